"""Our recognizers, added to Presidio's defaults. Each module holds one kind of
identifier; `build_recognizers(policy)` is the registry the analyzer reads."""
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from .addresses import street_addresses
from .dates_of_birth import dates_of_birth
from .names import contextual_names
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
        # Leniency 0 (POSSIBLE): a mistyped or unallocated number is still somebody's
        # phone number; the Redactor drops matches with fewer than 7 digits.
        PhoneRecognizer(supported_language="en", supported_regions=tuple(policy.phone_regions), leniency=0),
    ]
