"""Our recognizers, added to Presidio's defaults. Each module holds one kind of
identifier; `build_recognizers(policy)` is the registry the analyzer reads."""
from .addresses import street_addresses
from .dates_of_birth import dates_of_birth
from .names import contextual_names
from .phones import GatedPhoneRecognizer
from .national_ids import dutch_bsn, french_nir, presidio_national_ids
from .tables import TableColumnRecognizer
from .platform_ids import account_ids, email_addresses, usernames


def build_recognizers(policy) -> list:
    return [
        street_addresses(),
        dates_of_birth(),
        contextual_names(),
        french_nir(),
        dutch_bsn(),
        *presidio_national_ids(),
        account_ids(),
        usernames(),
        email_addresses(),
        TableColumnRecognizer(),
        GatedPhoneRecognizer(policy.phone_regions),
    ]
