"""BIC (SWIFT) codes, by their cue. Eight or eleven capitals and digits are
as often an ordinary word in capitals, so 'BIC' or 'SWIFT' must stand before
the code. IBANs are Presidio's IbanRecognizer (checksum validated)."""
from .base import GroupPatternRecognizer

_BIC = r"(?P<pii>[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b"


def bic_codes() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "BIC", [rf"\b(?i:BIC|SWIFT|SWIFT[/ -]?BIC|BIC[/ -]?SWIFT|SWIFT\s+code|BIC\s+code|Code\s+BIC)\s*(?:code)?\s*[:.=-]?\s*{_BIC}"],
        score=0.9, name="BicRecognizer")
