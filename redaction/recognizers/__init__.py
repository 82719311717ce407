"""Our recognizers, added to Presidio's defaults. Each module holds one kind of
identifier; `build_recognizers(policy)` is the registry the analyzer reads."""
from .addresses import street_addresses
from .ages import ages
from .banking import bic_codes
from .cards import card_numbers
from .dates import calendar_dates
from .dates_of_birth import dates_of_birth
from .name_lists import GivenNameRecognizer, NameEnumerationRecognizer
from .names import contextual_names
from .organisations import organisations
from .phones import GatedPhoneRecognizer
from .national_ids import dutch_bsn, french_nir, presidio_national_ids
from .tables import TableColumnRecognizer
from .urls import personal_urls
from .platform_ids import account_ids, email_addresses, usernames
from .postcodes import postcodes
from .special_categories import special_categories


def build_recognizers(policy) -> list:
    return [
        street_addresses(),
        postcodes(),
        organisations(),
        dates_of_birth(),
        calendar_dates(),
        ages(),
        card_numbers(),
        bic_codes(),
        personal_urls(),
        special_categories(),
        contextual_names(),
        GivenNameRecognizer(),
        NameEnumerationRecognizer(),
        french_nir(),
        dutch_bsn(),
        *presidio_national_ids(),
        account_ids(),
        usernames(),
        email_addresses(),
        TableColumnRecognizer(),
        GatedPhoneRecognizer(policy.phone_regions),
    ]
