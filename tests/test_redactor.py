"""The Redactor contract: results, placeholders, batching."""
import pytest

from redaction import PlaceholderMap

LETTER = ("Hi, I'm Maria Gonzalez (maria.g@example.com). Maria Gonzalez lives at "
          "Calle Mayor, 15, 28013 Madrid; call +34 612 345 678.\nThanks,\nMaria Gonzalez")


def test_redact_masks_with_typed_placeholders_and_offsets(redactor):
    result = redactor.redact(LETTER)
    assert "Maria" not in result.text and "612 345 678" not in result.text and "Calle Mayor" not in result.text
    assert "<PERSON_1>" in result.text and "<EMAIL_ADDRESS_1>" in result.text
    for e in result.entities:  # offsets point into the original text
        assert 0 <= e.start < e.end <= len(LETTER)
        assert e.placeholder.startswith(f"<{e.type}_")


def test_same_value_gets_the_same_placeholder(redactor):
    result = redactor.redact(LETTER)
    people = {e.placeholder for e in result.entities if e.type == "PERSON"}
    assert people == {"<PERSON_1>"}


def test_placeholders_consistent_across_a_message_and_its_attachment(redactor):
    shared = PlaceholderMap()
    body, attachment = redactor.redact_many(
        ["Please find my CV attached. Jan Kowalski", "CURRICULUM VITAE\nName: Jan Kowalski\nMail: jan.k@example.pl"],
        placeholders=shared, known_names=["Jan Kowalski"])
    [jan] = [p for p, (_, value) in shared.originals.items() if value == "Jan Kowalski"]
    assert jan in body.text and jan in attachment.text
    assert "Kowalski" not in body.text + attachment.text


def test_redact_many_equals_redact_one_by_one(redactor):
    texts = [LETTER, "Bitte löschen Sie mein Konto, Anna Weber, Lindenstraße 4, 50674 Köln.",
             "Nothing personal here.", "", "Call 020 7946 0958 or write to j.smith@example.co.uk"]
    batch = redactor.redact_many(texts)
    single = [redactor.redact(t) for t in texts]
    assert [r.text for r in batch] == [r.text for r in single]
    assert [r.entities for r in batch] == [r.entities for r in single]


def test_detect_many_reports_entities_per_text(redactor):
    [first, second] = redactor.detect_many(["Mail me at a.b@example.org", "no data"])
    assert [(e.type, e.start, e.end) for e in first] == [("EMAIL_ADDRESS", 11, 26)]
    assert all(0 <= e.score <= 1 for e in first)
    assert second == []


def test_sender_name_found_wherever_it_recurs(redactor):
    text = "hi, this is Ines. INES CARVALHO here again - ines carvalho"
    result = redactor.redact(text, known_names=["Ines Carvalho"])
    assert "ines" not in result.text.lower()


def test_pronouns_and_ordinary_words_taken_for_a_name_do_not_spread():
    from redaction.redactor import known_name_patterns

    letter = "Bitte teilen Sie mir mit, ob Sie Daten speichern. The independent contractor, Contractor Smith, agrees."
    patterns = known_name_patterns(["Sie", "Contractor Smith", "Grace"], [letter + " Grace is out; the grace period ends."])
    found = {m.group() for p in patterns for m in p.finditer(letter + " Grace is out; the grace period ends.")}
    assert found == {"Contractor Smith", "Smith", "Grace", "grace"}  # not 'Sie', nor 'Contractor' alone; a given name stays


def recurring(names, text):
    from redaction.redactor import known_name_patterns

    return sorted(text[m.start():m.end()] for p in known_name_patterns(names, [text]) for m in p.finditer(text))


def test_a_name_with_decomposed_accents_recurs_whole_and_only_as_a_word():
    decomposed = "Bronte\u0308"  # 'Brontë' as some mail clients send it: e + a combining diaeresis
    text = f"Anne {decomposed} wrote. {decomposed.upper()} again; the {decomposed}s' house."
    assert recurring([f"Anne {decomposed}"], text) == sorted([f"Anne {decomposed}", "Anne", decomposed, decomposed.upper()])
    # A known name without the mark is not read as a word inside the marked one...
    assert set(recurring(["Anne Bronte"], "Anne Bronte\u0308 wrote")) == {"Anne"}
    # ...and a shorter known name still is ('Jean' of 'Jean-Rene' + a combining acute).
    assert set(recurring(["Jean", "Jean-Rene"], "Jean-Rene\u0301 wrote")) == {"Jean"}


def test_a_footnote_marker_does_not_hide_a_name():
    assert recurring(["Müller"], "Dr. Müller¹ schrieb") == ["Müller", "Müller"]  # the full name and its part


def test_a_name_that_ends_in_an_apostrophe_recurs_as_word_boundaries_read_it():
    # As `regex`'s \b reads it: after a non-word character only before a word character.
    assert "James’" in recurring(["James’ Smith"], "James’s car")
    assert recurring(["James’ Smith"], "James’ car") == []


def test_result_repr_holds_no_original(redactor):
    assert "Maria" not in repr(redactor.redact(LETTER))


def test_worker_processes_give_the_same_results_as_one_process(redactor):
    from redaction import Redactor

    texts = [LETTER, "Bitte löschen Sie mein Konto, Anna Weber, Lindenstraße 4, 50674 Köln.",
             "Nothing personal here.", "", "Call 020 7946 0958 or write to j.smith@example.co.uk"] * 5
    assert redactor.workers == 2
    ours, theirs = redactor.redact_many(texts), Redactor().redact_many(texts)
    assert [(r.text, r.entities) for r in ours] == [(r.text, r.entities) for r in theirs]


def test_worker_count_comes_from_policy_or_environment(monkeypatch):
    from redaction.policy import Policy

    monkeypatch.setenv("PRIVACY_TRIAGE_WORKERS", "3")
    assert Policy.load().worker_count() == 3
    monkeypatch.setenv("PRIVACY_TRIAGE_WORKERS", "0")
    with pytest.raises(ValueError):
        Policy.load().worker_count()
    monkeypatch.delenv("PRIVACY_TRIAGE_WORKERS")
    assert Policy.load().worker_count() >= 1


def test_model_guesses_stop_at_blank_lines_and_lowercase_phrases_are_no_companies():
    from redaction.entities import Entity
    from redaction.plausibility import check_model_guesses

    text = "Lena Fischer\n\nTom Berg sells inbound and outbound sales training."
    guesses = [Entity("PERSON", 0, text.index(" sells"), 0.9, "TokenClassifier"),
               Entity("ORGANIZATION", text.index("inbound"), text.index(" training"), 0.9, "TokenClassifier")]
    kept = [(e.type, text[e.start:e.end]) for e in check_model_guesses(text, guesses)]
    assert kept == [("PERSON", "Lena Fischer"), ("PERSON", "Tom Berg")]
    # In a text written all in lower case, a lower-case company guess stands.
    lower = "we work with acme gmbh on this"
    guess = Entity("ORGANIZATION", lower.index("acme"), lower.index(" on"), 0.9, "TokenClassifier")
    assert check_model_guesses(lower, [guess]) == [guess]


def test_a_models_address_that_opens_with_a_name_starts_on_the_next_line():
    from redaction.entities import Entity
    from redaction.redactor import _stop_addresses_at_names

    text = "Mira Holt\n> 9 Alder Road\n> Bristol"
    name = Entity("PERSON", 0, 9, 0.9, "RecurringNameRecognizer")
    address = Entity("STREET_ADDRESS", 0, len(text), 0.9, "TokenClassifier")
    out = _stop_addresses_at_names(text, [name, address])
    assert [text[e.start:e.end] for e in out] == ["Mira Holt", "9 Alder Road\n> Bristol"]


@pytest.mark.parametrize("text, name", [
    ("Registrar: P. Hollins", "P. Hollins"), ("signed J.R. Smith", "J.R. Smith"), ("cc A. B. Weber", "A. B. Weber"),
    ("see Dr. Hollins", "Hollins"), ("ask Mr. Hollins", "Hollins"),
])
def test_a_name_takes_in_the_initials_before_it(text, name):
    from redaction.entities import Entity
    from redaction.redactor import _with_initials

    found = Entity("PERSON", text.index("Hollins") if "Hollins" in text else text.rindex(" ") + 1, len(text), 0.9, "X")
    assert [text[e.start:e.end] for e in _with_initials(text, [found])] == [name]


def test_initials_before_a_name_are_masked_with_it(redactor):
    masked = redactor.redact("Witnesses: Emily Carter\nRegistrar: P. Hollins\n").text
    assert "P." not in masked and "Hollins" not in masked


def test_a_name_with_initials_keeps_the_placeholder_of_the_full_name():
    from redaction.placeholders import PlaceholderMap

    names = PlaceholderMap()
    first = names.placeholder_for("PERSON", "Peter Hollins")
    assert names.placeholder_for("PERSON", "P. Hollins") == first
    assert names.placeholder_for("PERSON", "J.R. Smith") != first  # another person
    assert names.placeholder_for("PERSON", "John Ronald Smith") == names.placeholder_for("PERSON", "J.R. Smith")
    assert PlaceholderMap().placeholder_for("PERSON", "Q. Hollins") == "<PERSON_1>"
    other = PlaceholderMap()
    other.placeholder_for("PERSON", "Peter Hollins")
    assert other.placeholder_for("PERSON", "Q. Hollins") == "<PERSON_2>"  # the initial does not fit Peter


@pytest.mark.parametrize("text, name", [("cc A. B. C. D. Weber", "A. B. C. D. Weber"), ("signed P.\u00a0Hollins", "P.\u00a0Hollins")])
def test_four_initials_and_a_no_break_space_are_taken_in(text, name):
    from redaction.entities import Entity
    from redaction.redactor import _with_initials

    start = text.rindex("Weber") if "Weber" in text else text.rindex("Hollins")
    assert [text[e.start:e.end] for e in _with_initials(text, [Entity("PERSON", start, len(text), 0.9, "X")])] == [name]
