"""Phone numbers with `phonenumbers`, for every region in the policy."""
import regex
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

MIN_DIGITS = 7
# Stretches that could hold a phone number: digits with the separators people
# type, 7+ digits in all. Only these are handed to the matcher, which
# otherwise scans the whole text once per region.
_CANDIDATE = regex.compile(r"[+(]?\d(?:[\d \t().\-/]|\u00a0){5,}\d(?:\s*(?:ext|x|#)\.?\s*\d{1,5})?")
_MARGIN = 3  # characters of context either side: the matcher checks word boundaries


class GatedPhoneRecognizer(PhoneRecognizer):
    """Presidio's PhoneRecognizer at leniency 0 (POSSIBLE): a mistyped or
    unallocated number is still somebody's phone number. With every region's
    short numbers allowed, a year such as '2026' would parse as a phone
    number, so matches need MIN_DIGITS digits."""

    def __init__(self, regions) -> None:
        super().__init__(supported_language="en", supported_regions=tuple(regions), leniency=0)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for candidate in _CANDIDATE.finditer(text):
            if sum(c.isdigit() for c in candidate.group()) < MIN_DIGITS:
                continue
            offset = max(0, candidate.start() - _MARGIN)
            window = text[offset:candidate.end() + _MARGIN]
            for r in super().analyze(window, entities, None):
                if sum(c.isdigit() for c in window[r.start:r.end]) >= MIN_DIGITS:
                    r.start, r.end = r.start + offset, r.end + offset
                    results.append(r)
        return results
