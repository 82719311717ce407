"""Postcodes given on their own, by their cue ('ZIP: 90210', 'PLZ 10115',
'code postal : 75002', 'CAP 20121'): part of someone's address, masked
with it. A number without the cue is not a postcode."""
from .base import GroupPatternRecognizer

_CUE = (r"(?i:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|PLZ|Postleitzahl|code\s+postal|CP|c[oó]digo\s+postal"
        r"|CAP|postcode|c[oó]digo-postal)")
_CODE = (r"(?P<pii>\d{5}(?:-\d{4})?|\d{4}\s?[A-Z]{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4}"
         r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z0-9]{4})")

_PATTERNS = [rf"\b{_CUE}\s*(?:[:#.=-]|is|ist|est|es|è)?\s*{_CODE}\b"]


def postcodes() -> GroupPatternRecognizer:
    return GroupPatternRecognizer("STREET_ADDRESS", _PATTERNS, score=0.8, name="PostcodeRecognizer")
