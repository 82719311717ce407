"""Calendar dates written with a month name, in the languages we serve
("March 3, 2021", "3rd of May 2024", "12. März 2026", "le 4 juillet 2025").
Presidio's DateRecognizer knows only numeric forms. Dates are reported
(DATE_TIME), not masked: most are deadlines, not facts about a person; a
date of birth is found by its cue (dates_of_birth.py) and masked."""
from .base import GroupPatternRecognizer

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    r"|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|januari|februari|maart|mei|augustus|oktober"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)\.?"
)
MONTH = _MONTH  # shared with dates_of_birth.py
# Abbreviations of the other languages ('févr.', 'sett.', 'Febr.'): read after a birth
# cue (dates_of_birth.py); the calendar dates here need the name or an English abbreviation.
MONTH_ABBREVIATIONS = (r"(?:janv|févr|fevr|fév|fev|avr|juil|déc|ene|abr|ago|dic|gen|giu|lug|sett|set|ott|mrt"
                       r"|out|dez|febr|mär|okt)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY_NAMES = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"
            r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
            r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag"
            r"|zaterdag|zondag|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira")
_WEEKDAY = rf"(?:{_WEEKDAY_NAMES})"


def _starts_with_one_of(names: str, ignore_case: bool = False) -> str:
    """A lookahead for the first letters of the alternatives in `names`: the
    regex engine tries the long alternation only where a name can begin
    (half of this recognizer's time without it)."""
    firsts = {name.lstrip("(?:")[0] for name in names.split("|")}
    if ignore_case:
        firsts |= {c.swapcase() for c in firsts}
    return f"(?=[{''.join(sorted(firsts))}])"


# The optional weekday before a date ('Monday, 3 March'), in any case, at
# the start of a word (tried inside words too, it was half of this
# recognizer's time for the same matches).
_WEEKDAY_PREFIX = rf"(?:\b{_starts_with_one_of(_WEEKDAY_NAMES, ignore_case=True)}(?i:{_WEEKDAY}),?\s+)?"
_MONTH_START = _starts_with_one_of(_MONTH)

_PATTERNS = [
    # Timestamps: 2026-03-01 14:22:05, 01.03.2026 14:22, 03/01/2026 2:22 PM
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\b",
    # Days of the week, as each language writes them
    rf"\b(?:{_WEEKDAY_NAMES})\b",
    # A year after a preposition: 'in 1977', 'since 2019', 'seit 2019', 'depuis 2019', '(1984)'
    r"(?:\b(?i:in|since|from|until|till|by|of|during|circa|seit|bis|von|im\s+Jahr|depuis|en|desde|hasta|dal|nel|sinds|vanaf|em|desde)\s+|\()(?P<pii>(?:19|20)\d{2})\b(?!\s*[-/.]\d)",
    # 3 March 2021, 3rd of March, 2021, 12. März 2026, 4 de julio de 2025, 3 March (day + month, year optional)
    rf"{_WEEKDAY_PREFIX}\b{_DAY}\s+(?:of\s+|de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?{_YEAR})?\b",
    # March 3, 2021 / March 3rd / Sept. 14 2025
    rf"{_WEEKDAY_PREFIX}\b{_MONTH_START}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*(?:%|€|\$|h\b))",
    # March 2021 / mars 2026 (month and year)
    rf"\b{_MONTH}\s+(?:de\s+|of\s+)?{_YEAR}\b",
]


def calendar_dates() -> GroupPatternRecognizer:
    # Month names match as each language writes them (English and German
    # capitalised, the others in lower case), so 'we may 2 options' is no date;
    # a month alone never matches: a day or a year must stand by it.
    return GroupPatternRecognizer("DATE_TIME", _PATTERNS, score=0.6, name="CalendarDateRecognizer")
