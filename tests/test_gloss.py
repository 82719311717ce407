"""English glosses for the request classifier's encoder (models/gloss.py)."""
import pytest

from models.gloss import Glossary, glossaries, gloss

GERMAN = Glossary.parse("de", """
# comments and blank lines are skipped

meine\tmy
daten\tdata
bitte\tplease
nicht\tnot
und\t-
lösch*\tdelete
kunde*\tcustomer
*daten\tdata
*konto\taccount
""".splitlines())
DUTCH = Glossary.parse("nl", "mijn\tmy\ngegevens\tdata\nniet\tnot\nverwijder*\tdelete\n".splitlines())


def test_exact_words_starts_and_ends_of_words():
    assert GERMAN.word("Meine") == "my"
    assert GERMAN.word("Löschung") == "delete"  # a start: any inflection
    assert GERMAN.word("Kundendaten") == "customer data"  # a start and an end: both
    assert GERMAN.word("Nutzerkonto") == "account"  # an end alone
    assert GERMAN.word("Logo") is None


def test_a_start_shorter_than_four_letters_never_matches():
    short = Glossary.parse("xx", "ab*\tfrom\n".splitlines())
    assert short.word("abholen") is None


def test_bad_line_names_its_number():
    with pytest.raises(ValueError, match="line 2"):
        Glossary.parse("de", ["meine\tmy", "daten data"])


def test_placeholders_numbers_and_lines_are_kept():
    text = "<PERSON_1>: Meine Daten bitte löschen, Konto <ACCOUNT_ID_2>.\nAm 12.04.2026"
    assert gloss(text, (GERMAN,)) == "<PERSON_1>: my data please delete, Konto <ACCOUNT_ID_2>.\nAm 12.04.2026"


def test_a_dropped_word_leaves_no_word():
    assert gloss("Daten und Kundendaten bitte nicht löschen", (GERMAN,)).split() == \
        ["data", "customer", "data", "please", "not", "delete"]


def test_the_language_is_the_glossary_whose_words_the_text_uses():
    assert gloss("verwijder mijn gegevens niet", (GERMAN, DUTCH)) == "delete my data not"
    assert gloss("bitte meine Daten nicht löschen", (GERMAN, DUTCH)) == "please my data not delete"


def test_english_text_is_left_alone():
    text = "Please delete my data and not the logo: meine Daten."
    assert gloss(text, (GERMAN, DUTCH)) == text


def test_shipped_glossaries_parse_and_read_their_language():
    shipped = {g.language: g for g in glossaries()}
    assert {"de", "fr", "es", "it", "nl", "pt"} <= set(shipped)
    assert all(len(g.exact) + len(g.prefixes) + len(g.suffixes) >= 300 for g in shipped.values())
    cases = {
        "de": "Bitte löschen Sie meine Daten.",
        "fr": "Veuillez supprimer mes données.",
        "es": "Por favor, borren mis datos.",
        "it": "Vi prego di cancellare i miei dati.",
        "nl": "Verwijder alstublieft mijn gegevens.",
        "pt": "Por favor, apaguem os meus dados.",
    }
    for language, text in cases.items():
        words = gloss(text).split()
        assert "data" in " ".join(words), (language, words)
        assert any(w.startswith(("delet", "eras", "remov")) for w in words), (language, words)


def test_english_function_words_that_are_german_too_do_not_make_text_german():
    # 'will', 'also', 'was', 'an' are German words as well as English ones.
    text = "I will also check what was sent to an address. Danke"
    assert gloss(text, (Glossary.parse("de", "will\twant\nalso\tso\nwas\twhat\nan\tto\ndanke\tthanks\n".splitlines()),)) == text


def test_the_committed_model_read_these_glossaries():
    """A glossary edited after training changes what the model reads: retrain
    (`make train`) with the edit, which records the new digest."""
    import json

    from models.gloss import glossary_digest
    from models.trained import DEFAULT_DIR

    info = json.loads((DEFAULT_DIR / "model.json").read_text())
    assert info["gloss"] and info["glossary_sha256"] == glossary_digest()


def test_the_language_of_corpus_messages_is_told_right():
    """The glossary chosen for each corpus message (as written) is its
    language's, and English messages are left alone."""
    from models.corpus import corpus_records
    from models.gloss import _WORD, text_language

    records = corpus_records()
    chosen = [text_language(_WORD.findall(r["subject"] + "\n" + r["text"]), glossaries()) for r in records]
    right = sum((g.language if g else "en") == r["language"] for g, r in zip(chosen, records))
    assert right >= 0.995 * len(records)
