"""A person's age, by its cue: '45 years old', 'aged 45', 'age: 45', 'ich bin
45 Jahre alt', "j'ai 45 ans", 'tengo 45 años', 'ho 45 anni', 'ik ben 45 jaar',
'tenho 45 anos'. Only the number is the span. Without a cue a number is not
an age ('for 10 years', 'depuis 10 ans')."""
from .base import GroupPatternRecognizer

_N = r"(?P<pii>\d{1,3})"

_PATTERNS = [
    rf"(?i)\b{_N}[ -]?(?:years?|yrs?|y/o|yo)(?:[ -]old)\b",
    rf"(?i)\b{_N}-year-old\b",
    rf"(?i)\b{_N}\s*(?:y/o|yo)\b",
    rf"(?i)\b(?:aged|age|ages|age\s+of)\s*[:=]?\s*{_N}\b(?!\s*(?:%|min|h\b|days?|weeks?|months?))",
    rf"(?i)\b(?:at\s+the\s+age\s+of|turned|turning|turns|will\s+be)\s+{_N}\b(?!\s*(?:%|min|h\b|days?|weeks?|months?|of\b|percent|items?|orders?))",
    rf"(?i)\b{_N}\s+years\s+of\s+age\b|\ba\s+{_N}[ -]year[ -]old\b",
    rf"(?i)\b(?:i\s+am|i'm|im|he\s+is|she\s+is|he's|she's)\s+{_N}(?=\s*(?:[,.;!?)]|$|and\b|now\b|years?\b|next\b))",
    rf"(?i)\b{_N}\s+Jahre\s+alt\b|\bim\s+Alter\s+von\s+{_N}\b|\bAlter\s*:\s*{_N}\b",
    rf"(?i)\b(?:j'ai|j’ai|âgée?\s+de|il\s+a|elle\s+a)\s+{_N}\s+ans\b|\bâge\s*:\s*{_N}\b",
    rf"(?i)\b(?:tengo|tiene|edad\s+de)\s+{_N}\s+años\b|\b{_N}\s+años\s+de\s+edad\b|\bedad\s*:\s*{_N}\b",
    rf"(?i)\b(?:ho|ha)\s+{_N}\s+anni\b|\b{_N}\s+anni\s+di\s+età\b|\bet[àa]\s*:\s*{_N}\b",
    rf"(?i)\b(?:ik\s+ben|hij\s+is|zij\s+is)\s+{_N}\s+jaar\b|\b{_N}\s+jaar\s+oud\b|\bleeftijd\s*:\s*{_N}\b",
    rf"(?i)\b(?:tenho|tem|idade\s+de)\s+{_N}\s+anos\b|\bidade\s*:\s*{_N}\b",
]


def ages() -> GroupPatternRecognizer:
    return GroupPatternRecognizer("AGE", _PATTERNS, score=0.7, name="AgeRecognizer")
