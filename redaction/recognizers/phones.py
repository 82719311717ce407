"""Phone numbers with `phonenumbers`, for every region in the policy."""
import phonenumbers
import regex
from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

MIN_DIGITS = 7
# Stretches that could hold a phone number: digits with the separators people
# type, 7+ digits in all. Only these are handed to the matcher, which
# otherwise scans the whole text once per region.
_CANDIDATE = regex.compile(r"[+(]?\d(?:[\d \t().\-/]|\u00a0){5,}\d(?:\s*(?:ext|x|#)\.?\s*\d{1,5})?")
_MARGIN = 3  # characters of context either side: the matcher checks word boundaries
# What lenient parsing takes for a number but people write for something else.
# A match that holds a whole date (2026-10-14, 31.10.2026, 01-10-2026, 10/31/2026)
# or a year range (2025-2026) is not a phone number; nor is one that is a
# reference to a law or a file (Regulation 2016/679, Cal. Civ. Code 1798.110, R-2026-031).
_DATE = regex.compile(r"""(?<!\d|\d[.\-/])(?:
    (?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])
  | (?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d
  | (?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)\d\d
  | (?:19|20)\d\d\s?[-/–]\s?(?:19|20)\d\d
)(?!\d|[.\-/]\d)""", regex.VERBOSE)
_REFERENCE = regex.compile(r"(?:19|20)\d\d[/-]\d{1,4}|\d{4}\.\d{2,3}")


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
            if sum(c.isdigit() for c in candidate.group()) < MIN_DIGITS or _inside_identifier(text, *candidate.span()):
                continue
            offset = max(0, candidate.start() - _MARGIN)
            window = text[offset:candidate.end() + _MARGIN]
            dates = [d.span() for d in _DATE.finditer(window)]
            if _no_number_left(window, candidate.start() - offset, candidate.end() - offset, dates):
                continue
            results += [self._get_recognizer_result(_Shifted(m, offset), text, region, nlp_artifacts)
                        for m, region in self._matches(window, candidate.end() - candidate.start())
                        if not any(m.start < end and start < m.end for start, end in dates)]
        return EntityRecognizer.remove_duplicates(results)

    def _matches(self, window: str, length: int):
        """Matches of the first region (in the policy's order) whose reading
        covers the whole stretch; else every region's partial matches. Trying
        all 15 regions on every number was a sixth of the detection time."""
        partial = []
        for region in self.supported_regions:
            matches = [m for m in phonenumbers.PhoneNumberMatcher(window, region, leniency=self.leniency)
                       if sum(c.isdigit() for c in m.raw_string) >= MIN_DIGITS
                       and not _REFERENCE.fullmatch(m.raw_string.strip())]
            if any(m.end - m.start >= length for m in matches):
                return [(m, region) for m in matches]
            partial += [(m, region) for m in matches]
        return partial


def _no_number_left(window: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """Whether the stretch window[start:end] is a date, a reference or a
    date and a time ('22.10.2026 14:02', '§1798.110', '2016/679'): with
    fewer than MIN_DIGITS digits outside its dates, every match the
    matcher could find would overlap a date and be dropped, and a stretch
    that is a reference as a whole is one too; so no region is tried (15
    for each such stretch: most of the egress rescan's phone time, as
    letters and templates cite articles and dates)."""
    if _REFERENCE.fullmatch(window[start:end].strip()):
        return True
    outside = sum(c.isdigit() for i, c in enumerate(window[start:end], start)
                  if not any(a <= i < b for a, b in dates))
    return outside < MIN_DIGITS


def _inside_identifier(text: str, start: int, end: int) -> bool:
    """Digits glued to letters are part of an identifier ('ORD-2026-120871',
    'task-0123456789ab', 'DE89370400440532013000'), not a phone number: the
    matcher would try every region on them for nothing."""
    before = text[start - 1] if start else ""
    if before.isalpha() or (before in "-_/#" and start >= 2 and text[start - 2].isalpha()):
        return True
    return end < len(text) and (text[end].isalpha() or text[end] == "_")


class _Shifted:
    """A match's offsets moved from the window into the whole text."""

    def __init__(self, match, offset: int) -> None:
        self.start, self.end = match.start + offset, match.end + offset
