"""National identity numbers, with checksums where the number has one.

Presidio already ships checked recognizers for several; we add the French NIR
and the Dutch BSN and load the others for English text (we analyse every
language with one English pipeline)."""
import regex
from presidio_analyzer.predefined_recognizers import (
    DeIdCardRecognizer,
    DeTaxIdRecognizer,
    EsNieRecognizer,
    EsNifRecognizer,
    ItFiscalCodeRecognizer,
    UkNinoRecognizer,
    UsSsnRecognizer,
)

from .base import GroupPatternRecognizer


def valid_nir(value: str) -> bool:
    """French NIR: 13 digits (Corsica: 2A/2B) then a 2-digit key = 97 - n mod 97."""
    digits = regex.sub(r"\s", "", value).upper()
    if len(digits) != 15:
        return False
    body, key = digits[:13], digits[13:]
    body = body.replace("2A", "19").replace("2B", "18")
    if not (body.isdigit() and key.isdigit()):
        return False
    return 97 - int(body) % 97 == int(key)


def valid_bsn(value: str) -> bool:
    """Dutch BSN: the 11-test (9 digits, weights 9..2 and -1)."""
    digits = regex.sub(r"[\s.]", "", value)
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def french_nir() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "FR_NIR",
        [r"\b[12]\s?\d{2}\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}\s?\d{2}\b"],
        score=0.9, name="FrNirRecognizer", validate=valid_nir,
    )


def dutch_bsn() -> GroupPatternRecognizer:
    # Nine digits alone are common (order numbers): require the 11-test and a cue.
    return GroupPatternRecognizer(
        "NL_BSN",
        [r"(?i:\b(?:bsn|burgerservicenummer|sofinummer|citizen service number)\b[\s:.-]{0,3}(?:(?:is|nummer|number|nr\.?)[\s:]{1,3})?)(?P<pii>\d{4}\.?\d{2}\.?\d{3}|\d{9})\b"],
        score=0.9, name="NlBsnRecognizer", validate=valid_bsn,
    )


def presidio_national_ids() -> list:
    """Presidio's own checked recognizers, registered for the English pipeline."""
    classes = [UsSsnRecognizer, UkNinoRecognizer, EsNifRecognizer, EsNieRecognizer,
               ItFiscalCodeRecognizer, DeTaxIdRecognizer, DeIdCardRecognizer]
    return [cls(supported_language="en") for cls in classes]
