"""Dates of birth: any date written after a birth cue, in the languages we serve."""
import regex

from .base import GroupPatternRecognizer

_CUE = (r"(?:date\s+of\s+birth|birth\s*date|d\.?o\.?b\.?|born(?:\s+on)?|birthday"
        r"|geburtsdatum|geboren(?:\s+am)?|geb\.|date\s+de\s+naissance|n[ée]e?\s+le"
        r"|fecha\s+de\s+nacimiento|nacid[oa]\s+el|data\s+di\s+nascita|nat[oa]\s+il"
        r"|geboortedatum|geboren\s+op|data\s+de\s+nascimento|nascid[oa]\s+em)")
_MONTHS = (r"(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|f[ée]v|avr|juil|ao[uû]t"
           r"|d[ée]c|ene|abr|ago|dic|gen|giu|lug|set|ott|mei|okt|fev|out)[a-zéû]*\.?")
_DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
         rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTHS}\s+(?:de\s+)?\d{{4}}"
         rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})")


def dates_of_birth() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "DATE_OF_BIRTH",
        [rf"{_CUE}\s*[:\-]?\s*(?:(?:is|was|ist|est|es|è|is|é|on\s+file|on\s+record|recorded\s+as|listed\s+as|should\s+be|actually)\s+){{0,3}}(?:on\s+|the\s+|le\s+|el\s+|il\s+|am\s+|em\s+|op\s+)?(?P<pii>{_DATE})"],
        score=0.9,
        name="DateOfBirthRecognizer",
        flags=regex.MULTILINE | regex.IGNORECASE,
    )
