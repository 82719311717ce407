"""Dates of birth: any date written after a birth cue, in the languages we serve."""
import regex

from presidio_analyzer import RecognizerResult

from .base import GroupPatternRecognizer
from .dates import MONTH, MONTH_ABBREVIATIONS

_CUE = (r"\b(?:date\s+of\s+birth|birth\s*date|d\.?o\.?b\.?|born(?:\s+on)?|birthday"
        r"|geburtsdatum|geboren(?:\s+am)?|geb\.|date\s+de\s+naissance|n[ée]e?\s+(?:le|à)"
        r"|fecha\s+de\s+nacimiento|nacid[oa]\s+el|data\s+di\s+nascita|nat[oa]\s+(?:a|il)|nacid[oa]\s+en|nascid[oa]\s+em|geboren\s+in"
        r"|geboortedatum|geboren\s+op|data\s+de\s+nascimento|nascid[oa]\s+em)(?![^\W\d_])")  # a digit may follow: 'geb.12.03.1980'
# A month's name or abbreviation in any of our languages, as a whole word ('mai', not 'maiden').
_MONTHS = rf"(?:{MONTH}|{MONTH_ABBREVIATIONS})(?![^\W\d_])"
_DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
         rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTHS}\s+(?:de\s+)?\d{{4}}"
         rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})")


class DateOfBirthRecognizer(GroupPatternRecognizer):
    """Every date within a short window around a birth cue: 'nata a Torino il
    22/03/1986', 'my date of birth is 7 April 1991 (07/04/1991 in UK format)',
    'Le quatorze juin mil neuf cent quatre-vingt-six, à 6 h 40, est née'."""

    AFTER, BEFORE = 80, 60

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for cue in _CUE_RE.finditer(text):
            window = (max(0, cue.start() - self.BEFORE), min(len(text), cue.end() + self.AFTER))
            for date in _DATE_RE.finditer(text, *window):
                results.append(RecognizerResult("DATE_OF_BIRTH", date.start(), date.end(), self._score,
                                                recognition_metadata={"recognizer_name": self.name}))
        return results


# A date spelt out in words: "quatorze juin mil neuf cent quatre-vingt-six".
_DATE_IN_WORDS = rf"(?:[a-zà-ÿ-]+\s+){{1,3}}{_MONTHS}(?:\s+[a-zà-ÿ-]+){{2,8}}"
_CUE_RE = regex.compile(_CUE, regex.IGNORECASE)
_DATE_RE = regex.compile(rf"\b(?:{_DATE}|{_DATE_IN_WORDS})\b", regex.IGNORECASE)


def dates_of_birth() -> GroupPatternRecognizer:
    return DateOfBirthRecognizer("DATE_OF_BIRTH", [], score=0.9, name="DateOfBirthRecognizer")

