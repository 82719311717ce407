"""The cue rules (models/rules.py): each cue is searched only in texts that
hold the literal it opens with, and that gives exactly the counts of
searching every cue in every text."""
import pytest

from models import rules


@pytest.mark.parametrize("pattern, literal", [
    (r"\bLöschung\b", "löschung"),                 # lower-cased
    (r"\btypos?\b", "typo"),                       # an optional last character is not required
    (r"\bmachine[-\s]readable\b", "machine"),      # stops at a class
    (r"§?\s*1798\.105\b", None),                   # an optional start: no literal
    (r"\bverwijder\w*\s+mijn|\bwis\s+mijn", None),  # alternatives at the top level: no literal
    (r"\bDPO\b", "dpo"),
    (r"\bno\b", None),                             # too short to be worth a test
])
def test_required_literal(pattern, literal):
    assert rules.required_literal(pattern) == literal


TEXTS = [
    "Please DELETE MY PERSONAL DATA and send me a copy of my data under Art. 15.",
    "LÖSCHUNG meiner Daten gemäß Art. 17 DSGVO, außerdem Auskunft bitte.",
    "Could you fix the typo in paragraph 2 and translate the brochure into Dutch?",
    "Je m'oppose au traitement ; droit d'accès et effacement, merci. Logo en couleur.",
    "<PERSON_1> wants the VAT return and the payroll for <ORGANIZATION_1>.",
    "Pleaſe unſubscribe me and tranſlate the flyer.",  # a long s: case-insensitive matching reads it as 's'
    "DİSİSCRİVERMI, per favore: opposizione al trattamento.",  # a dotted capital I
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_gated_cues_count_as_every_cue_searched(text):
    every_type = {t: sum(1 for p in rules.TYPE_PATTERNS[t] if p.search(text)) for t in rules.PRIVACY_TYPES}
    every_category = {c: sum(len(p.findall(text)) for p in rules.CATEGORY_PATTERNS[c]) for c in rules.CATEGORIES}
    assert rules.request_types(text) == {t: n for t, n in every_type.items() if n}
    assert rules.category_scores(text) == {c: n for c, n in every_category.items() if n}


def test_the_examples_hold_cues():  # so that the test above compares something
    assert rules.request_types(TEXTS[0]).keys() >= {"access", "deletion"}
    assert "deletion" in rules.request_types(TEXTS[1]) and rules.category_scores(TEXTS[4])
