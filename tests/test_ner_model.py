"""The committed token classifier: loads offline, finds what rules miss, and
gives each text the same result whatever it is batched with."""
import json

import pytest

from redaction.entities import Entity
from redaction.ner.model import load_finetuned


@pytest.fixture(scope="module")
def tagger():
    from redaction.ner.tagger import TokenTagger

    return TokenTagger()


def found(tagger, text, label):
    return [text[s:e] for kind, s, e, _ in tagger.tag_many([text])[0] if kind == label]


def test_lower_case_and_capitalised_names(tagger):
    assert "maya lindqvist" in " ".join(found(tagger, "[12:40] maya lindqvist: my order never arrived", "PERSON"))
    assert any("KOWALCZYK" in n for n in found(tagger, "NAME: AGNIESZKA KOWALCZYK\nEMAIL: a.k@example.pl", "PERSON"))


def test_address_in_a_format_no_rule_knows(tagger):
    text = "Please ship to Mannerheimintie 12 B 7, 00100 Helsinki, thanks"
    assert any("Mannerheimintie 12" in a for a in found(tagger, text, "STREET_ADDRESS"))


def test_a_text_gets_the_same_spans_alone_or_in_a_batch(tagger):
    texts = ["Hi, I'm Jana Nováková from Brno.", "Nothing to see here.", "Rua das Flores 45, 4050-262 Porto"]
    assert tagger.tag_many(texts) == [tagger.tag_many([t])[0] for t in texts]


def test_long_texts_are_read_in_windows(tagger):
    text = "Lorem ipsum dolor sit amet. " * 120 + "Regards,\nTheodora Papadakis"
    assert any("Papadakis" in n for n in found(tagger, text, "PERSON"))


def _guess(text, guess, kind="PERSON", recognizer="TokenClassifier"):
    """A statistical model's guess on `guess` in `text`, and what the plausibility checks keep of it."""
    from redaction.plausibility import check_model_guesses

    start = text.index(guess)
    entity = Entity(kind, start, start + len(guess), 0.8, recognizer)
    return entity, [text[e.start:e.end] for e in check_model_guesses(text, [entity])]


def _pieces(text):
    """One word piece per word, with its offsets (what windows() reads)."""
    import re

    return [m.span() for m in re.finditer(r"\S+", text)]


def test_long_texts_are_cut_at_paragraphs_then_lines():
    from redaction.ner.tagger import windows

    text = "a b c d\n\ne f g\nh i j k l m"
    offsets = _pieces(text)
    assert windows(text, offsets, size=6, overlap=2) == [(0, 4), (4, 7), (7, 13)]  # paragraph, then line
    assert windows(text, offsets, size=100) == [(0, 13)]
    assert windows("", [], size=6) == []


def test_text_without_line_breaks_is_read_in_overlapping_windows():
    from redaction.ner.tagger import windows

    text = " ".join("w" * 10)
    cuts = windows(text, _pieces(text), size=4, overlap=1)
    assert cuts == [(0, 4), (3, 7), (6, 10)]
    assert all(first < end <= first + 4 for first, end in cuts)


def test_every_piece_of_a_long_message_is_read():
    from redaction.ner.tagger import windows

    text = "\n".join(f"line {i} holds a few words here" for i in range(300))
    offsets = _pieces(text)
    cuts = windows(text, offsets)
    covered = {i for first, end in cuts for i in range(first, end)}
    assert covered == set(range(len(offsets))) and len(cuts) > 10


def test_missing_artifact_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="make ner"):
        load_finetuned(tmp_path)


def test_artifact_records_how_it_was_trained():
    from redaction.ner.model import DEFAULT_DIR

    info = json.loads((DEFAULT_DIR / "training.json").read_text())
    assert info["seed"] == 13 and info["layers"] == 3 and info["examples"] >= 20000


def test_model_guesses_that_cannot_be_names_or_addresses_are_dropped():
    from redaction.plausibility import _implausible_address, _name_with_digits

    text = "Entrega el 4 de julio. I am 31 years old. Koskikatu 25\nTampere"
    sentence = Entity("PERSON", 0, 21, 0.8, "TokenClassifier")
    years = Entity("STREET_ADDRESS", 31, 40, 0.6, "TokenClassifier")
    assert _implausible_address(text, years, [years])
    street = Entity("STREET_ADDRESS", 42, 54, 0.9, "TokenClassifier")
    city = Entity("STREET_ADDRESS", 55, 62, 0.9, "TokenClassifier")
    assert _name_with_digits(text, sentence)
    assert not _implausible_address(text, street, [years, street, city])
    assert not _implausible_address(text, city, [years, street, city])  # the city line of an address
    assert _implausible_address("latin1 no charset.eml", Entity("STREET_ADDRESS", 0, 6, 0.9, "TokenClassifier"), [])


def test_model_names_in_lower_case_must_be_made_of_names():
    from redaction.plausibility import _implausible_lowercase_name

    def guess(text: str, value: str, kind: str = "PERSON", recognizer: str = "TokenClassifier") -> bool:
        start = text.index(value)
        return _implausible_lowercase_name(text, Entity(kind, start, start + len(value), 0.7, recognizer))

    text = "hey its codey m ross again. this lunacy with the bot has to stop; we track inbound and outbound at acme inc."
    assert not guess(text, "codey m ross")            # given name and surname from the name lists
    assert guess(text, "lunacy") and guess(text, "bot")  # everyday words are no names
    assert guess(text, "inbound and outbound", "ORGANIZATION")
    assert not guess(text, "acme inc", "ORGANIZATION")  # a legal form makes it a company
    assert guess("> quoted", ">", "ORGANIZATION")       # no letter at all
    assert not guess("Write to Lunacy Records", "Lunacy Records", "ORGANIZATION")  # capitalised: left to the model
    assert not guess("call 3m support", "3m", "ORGANIZATION")
    assert not guess(text, "lunacy", recognizer="TitleNameRecognizer")  # rules are not second-guessed


def test_a_street_corner_is_one_address(tagger):
    text = "The courier can leave it at the café on the corner of Maple Street and Grove Avenue."
    assert any("Maple Street and Grove Avenue" in a for a in found(tagger, text, "STREET_ADDRESS"))


def test_a_brand_with_no_legal_form_is_an_organisation_in_context(tagger):
    text = "Before joining Zentravo I worked at a bakery for six years."
    assert "Zentravo" in found(tagger, text, "ORGANIZATION")


_FRENCH = ("Bonjour, nous avons bien reçu votre message concernant la traduction du contrat et nous "
           "vérifions les documents en ce moment. {opener} a confirmé hier que la livraison pourra se faire "
           "la semaine prochaine, après relecture.\nCordialement\nThéodora Papadakis\n")


@pytest.mark.parametrize("opener, dropped", [
    ("Ensuite", True),            # a connective, never a name: dropped
    ("Cependant Zorvath", True),  # a guess that opens with one
    ("M. Zorvath", False),        # an unknown surname after 'M.' stays
    ("Zorvath", False),           # and at the start of a sentence
])
def test_a_connective_taken_for_a_name_is_dropped(opener, dropped):
    from redaction.plausibility import check_model_guesses

    text = _FRENCH.format(opener=opener)
    start = text.index(opener)
    guess = Entity("PERSON", start, start + len(opener), 0.8, "TokenClassifier")
    signature = Entity("PERSON", text.index("Théodora"), text.index("Théodora") + len("Théodora Papadakis"), 0.6,
                       "TokenClassifier")
    kept = check_model_guesses(text, [guess, signature])
    assert (guess not in kept) == dropped
    assert signature in kept


def test_no_connective_is_a_known_name():
    from redaction.language import CONNECTIVES
    from redaction.recognizers.name_lists import name_words

    assert not CONNECTIVES & name_words()


def test_a_greeting_with_an_unknown_surname_is_masked(redactor):
    text = "Zorvath,\n\n" + _FRENCH.format(opener="Ensuite, il")
    assert "Zorvath" not in redactor.redact(text).text


@pytest.mark.parametrize("citation", ["artikel 7 lid", "art. 18, par. 1, lett.", "par. 1, lett.", "Art. 17 Abs. 1", "§ 1798.120",
                                      "(artículo 15"])
def test_a_legal_citation_taken_for_an_address_is_dropped(citation):
    from redaction.plausibility import check_model_guesses

    text = f"Op grond van {citation} 3 verzoek ik u mijn gegevens te wissen.\nIk woon op Artilleriestraat 12, 1017 GC Amsterdam."
    start = text.index(citation)
    guess = Entity("STREET_ADDRESS", start, start + len(citation), 0.85, "TokenClassifier")
    street = Entity("STREET_ADDRESS", text.index("Artilleriestraat"), len(text) - 1, 0.9, "TokenClassifier")
    kept = check_model_guesses(text, [guess, street])
    assert guess not in kept
    assert street in kept  # a street whose name starts like a citation word is still an address


@pytest.mark.parametrize("text, address", [
    ("Enviem para Rua Augusta 120, 1100-053 Lisboa, por favor.", "para Rua Augusta 120, 1100-053 Lisboa"),
    ("Envoyé par 12 rue de la Paix, 75002 Paris.", "par 12 rue de la Paix, 75002 Paris"),
    ("Cumprimentos,\nJoão Silva\nApartado 1234\n1000-001 Lisboa\n", "Apartado 1234\n1000-001 Lisboa"),
])
def test_an_address_a_model_reads_from_a_preposition_or_a_po_box_stays(text, address):
    from redaction.plausibility import check_model_guesses

    start = text.index(address)
    guess = Entity("STREET_ADDRESS", start, start + len(address), 0.85, "TokenClassifier")
    assert guess in check_model_guesses(text, [guess])


def test_citations_stay_readable_and_the_address_is_masked(redactor):
    text = ("Geacht privacyteam,\n\nOp grond van artikel 7 lid 3 AVG trek ik mijn toestemming in; zie ook "
            "art. 18, par. 1, lett. c GDPR.\n\nMet vriendelijke groet,\nJoris Verbeek\nKerkstraat 12\n1017 GC Amsterdam\n")
    masked = redactor.redact(text).text
    assert "artikel 7 lid 3" in masked and "art. 18, par. 1, lett. c" in masked
    assert "Kerkstraat 12" not in masked and "Joris Verbeek" not in masked
    po_box = redactor.redact("Cumprimentos,\nJoão Silva\nApartado 1234\n1000-001 Lisboa\n").text
    assert "1234" not in po_box and "1000-001" not in po_box  # 'apartado' is a post-office box, not a citation


_GERMAN = ("Guten Tag,\n\nich habe gestern das Formular ausgefüllt und noch keine Antwort bekommen. "
           "Bitte schicken Sie mir eine Kopie aller Daten, die Sie über mich speichern.\n\n{closing}\n{name}\n")


@pytest.mark.parametrize("words, dropped", [
    ("Danke", True),                 # closes a letter
    ("Beste Grüße", True),           # an opener and a closing
    ("Groetjes", True),
    ("Correo", True),                # a form label
    ("Oorspronkelijk", True),        # a forwarded header
    ("Tag", True),                   # of 'Guten Tag'
    ("Bezoeker", True),              # who speaks in a chat transcript
    ("Agente", True),
    ("Datenschutz-Grundverordnung", True),
    ("van", True),                   # a particle alone
    ("Danke Heidrun", False),        # a name beside it keeps the guess whole
    ("Krüger", False),               # surnames Faker's lists lack
    ("Fontana", False),
    ("van der Sluis", False),
    ("L. Fontana", False),
    ("Wahl-Obermaier", False),
    ("Gentile", False),              # opens Italian letters, and is a surname
    ("Cortese", False),              # a letter word that Faker's lists hold as a surname
])
def test_letter_words_taken_for_a_name(words, dropped):
    from redaction.plausibility import _letter_words_taken_for_a_name

    text = f"... {words} ..."
    guess = Entity("PERSON", 4, 4 + len(words), 0.8, "TokenClassifier")
    assert _letter_words_taken_for_a_name(text, guess) == dropped
    by_rule = Entity("PERSON", 4, 4 + len(words), 0.8, "ContextualNameRecognizer")
    assert not _letter_words_taken_for_a_name(text, by_rule)


def test_a_guess_on_the_last_part_of_a_compound_is_judged_by_its_first():
    from redaction.plausibility import _letter_words_taken_for_a_name

    for text, part, dropped in (("gemäß der Datenschutz-Grundverordnung", "Grundverordnung", True),
                                ("Frau Wahl-Obermaier", "Obermaier", False)):
        start = text.index(part)
        assert _letter_words_taken_for_a_name(text, Entity("PERSON", start, len(text), 0.4, "TokenClassifier")) == dropped


def test_a_surname_found_once_recurs_alone(redactor):
    text = ("Sehr geehrte Damen und Herren,\n\nmein Name ist Thomas Krüger. Bitte löschen Sie mein Konto.\n\n"
            "Danke!\nKrüger")
    masked = redactor.redact(text).text
    assert "Krüger" not in masked and "Thomas" not in masked, masked


def test_everyday_german_words_stay_readable_and_the_name_is_masked(redactor):
    letter = ("Sehr geehrte Damen und Herren,\n\ngemäß der Datenschutz-Grundverordnung beantrage ich die Löschung "
              "meiner Daten. Die Vollmacht liegt bei.\n\nHochachtungsvoll\nHeidrun Obermaier")
    form = "Kontaktformular\nName: Heidrun Obermaier\nNachricht: Bitte Konto löschen.\n\nDanke schon mal\nHeidrun"
    for text, readable in ((letter, "Datenschutz-Grundverordnung"), (form, "Danke schon")):
        masked = redactor.redact(text).text
        assert readable in masked, masked
        assert "Heidrun" not in masked and "Obermaier" not in masked


def test_a_closing_is_no_given_name_and_surname(redactor):
    text = _GERMAN.format(closing="Beste Grüße", name="Heidrun Obermaier") + "\n> Beste Grüße\n> Heidrun\n"
    result = redactor.redact(text)
    assert result.text.count("Beste Grüße") == 2, result.text
    assert "Heidrun" not in result.text


def test_who_speaks_in_a_chat_is_readable_and_their_name_is_masked(redactor):
    chat = ("[19:03] Bezoeker: hoi, kunnen jullie mijn telefoonnummer aanpassen?\n"
            "[19:04] Medewerker: Natuurlijk!\n"
            "[19:05] Besucherin: Hallo\n"  # not "Kunde": a surname in the name lists, so a guess on it stays
            "Agente (Sofía): ¿En qué te puedo ayudar?\n"
            "[19:06] Hannah Vogel: danke")
    masked = redactor.redact(chat).text
    for label in ("Bezoeker:", "Medewerker:", "Besucherin:", "Agente ("):
        assert label in masked, masked
    assert "Sofía" not in masked and "Hannah" not in masked and "Vogel" not in masked, masked


@pytest.mark.parametrize("text, name", [
    ("Herr Kunde hat gestern angerufen und bittet um Rückruf.", "Kunde"),  # a surname as well as a chat label
    ("Dhr. Bot wil graag inzage in zijn gegevens.", "Bot"),
    ("Von: Kunde-Müller <k.mueller@mail.example>", "Kunde-Müller"),
])
def test_a_chat_label_that_is_also_a_surname_is_masked_as_a_name(redactor, text, name):
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize("text, guess, dropped", [
    ("la ley: de la Ley Orgánica 3/2018 (LOPDGDD).", "de la Ley Orgánica 3/2018", True),  # a law's name and number
    ("ai sensi del Regolamento (UE) 2016/679, la limitazione", "(UE) 2016/679", True),    # a law's number alone
    ("ai sensi del Regolamento (UE) 2016/679, la limitazione", "Regolamento", True),      # a law's name alone
    ("Ich wohne in der Gesetzstraße 4, 10115 Berlin.", "Gesetzstraße 4, 10115 Berlin", False),  # a street, not a law
    ("Calle de Leyva 12, 28001 Madrid", "Calle de Leyva 12, 28001 Madrid", False),
])
def test_a_law_taken_for_an_address_is_dropped(text, guess, dropped):
    _, kept = _guess(text, guess, "STREET_ADDRESS")
    assert (guess not in kept) == dropped


def test_a_word_beside_a_law_is_no_address_either():
    from redaction.plausibility import check_model_guesses

    text = "ai sensi del Regolamento (UE) 2016/679, la limitazione del trattamento"
    law = Entity("STREET_ADDRESS", text.index("(UE"), text.index(","), 0.74, "TokenClassifier")
    word = Entity("STREET_ADDRESS", text.index("limitazione"), text.index(" del tratt"), 0.63, "TokenClassifier")
    assert check_model_guesses(text, [law, word]) == []


@pytest.mark.parametrize("words, dropped", [
    ("Schließung", True), ("Regolamento", True), ("Protection", True), ("de la Supresión", True),
    ("de la Loi", True),           # a law's name
    ("Hartung", False), ("Nascimento", False), ("Florence", False),  # names with such an ending, in Faker's lists
    ("Speranza", False), ("Sarmento", False), ("Bragança", False), ("Froment", False),  # surnames Faker lacks
    ("Schließung Krüger", False),  # any other word keeps the guess
    ("Jung", False),               # too short for the ending to say anything
])
def test_an_abstract_noun_taken_for_a_name_is_dropped(words, dropped):
    from redaction.plausibility import _abstract_noun_taken_for_a_name

    text = f"... {words} ..."
    assert _abstract_noun_taken_for_a_name(text, Entity("PERSON", 4, 4 + len(words), 0.7, "TokenClassifier")) == dropped
    assert not _abstract_noun_taken_for_a_name(text, Entity("PERSON", 4, 4 + len(words), 0.7, "ContextualNameRecognizer"))


@pytest.mark.parametrize("text, words, dropped", [
    ("Ik wil het vanaf morgen anders.", "vanaf", True),           # lower case in a text with capitals, no given name
    ("Vorrei sapere che cosa fate nella vostra azienda.", "nella", True),  # lower case in a text with capitals
    ("Vorrei sapere che cosa fate nella vostra azienda.", "che", True),
    ("[10:01] Cliente: ciao sara, una domanda", "sara", False),    # where a name stands: after a greeting,
    ("Grazie mille!\nsara", "sara", False),                          # alone on its line,
    ("[10:01] Operatore: Buongiorno\n[10:02] sara: una domanda", "sara", False),  # before a colon
    ("Ich möchte das NICHT, bitte.", "NICHT", True),                    # capitalised, and no name
    ("Ich möchte nicht, dass Ihnen das schadet.", "Ihnen", True),
    ("Ik ben het er niet mee eens. Anders heeft mij gebeld.", "Anders", False),  # capitalised, and a name
    ("hoi, ik wil graag alleen mijn adres wijzigen", "alleen", False),  # all lower case: the text says nothing
    ("Vorrei sapere che cosa fate con Giulia.", "Giulia", False),       # not a function word
])
def test_function_words_taken_for_a_name(text, words, dropped):
    from redaction.plausibility import check_model_guesses

    start = text.index(words)
    guess = Entity("PERSON", start, start + len(words), 0.7, "TokenClassifier")
    assert (guess not in check_model_guesses(text, [guess])) == dropped


def test_the_law_and_the_right_asked_for_stay_readable(redactor):
    texts = ["I am writing under Article 15 of the UK General Data Protection Regulation.",
             "ai sensi dell'art. 18, par. 1, lett. a) del Regolamento (UE) 2016/679, chiedo la limitazione del trattamento.",
             "Por medio del presente escrito ejercito el derecho de supresión previsto en el artículo 15 de la Ley Orgánica 3/2018 (LOPDGDD).",
             "Mit der Schließung meines Kontos bin ich einverstanden."]
    for text, result in zip(texts, redactor.redact_many(texts)):
        assert result.text == text, result.text


def test_a_chat_label_before_a_bracketed_name_is_not_part_of_it():
    from redaction.plausibility import check_model_guesses

    text = "[10:02] Agente (Carla): Buenos días"
    guess = Entity("PERSON", text.index("Agente"), text.index(")"), 0.8, "TokenClassifier")
    [kept] = check_model_guesses(text, [guess])
    assert text[kept.start:kept.end] == "Carla"


@pytest.mark.parametrize("text, guess, dropped", [
    ("Usate i miei dati per addestrare la vostra IA? Come funziona?", "IA?", True),
    ("mijn chats horen niet in jullie AI-training, gebruik ze niet", "AI-training", True),
    ("Bitte keine KI-Auswertung meiner Daten.", "KI-Auswertung", True),
    ("Please send it to LI WEI before Friday.", "LI WEI", False),   # two words: a name in capitals stays
    ("Ask Ia about the invoice.", "Ia", False),                     # not in capitals: may be a given name
    ("Ask Bea about the invoice.", "Bea", False),                   # not an acronym of the list
    ("Grazie,\nIVA-MARIA", "IVA-MARIA", False),                    # a compound of capitals: a name
    ("Grazie,\nIA", "IA", False),                                  # where a name stands
    ("CC: SEM", "SEM", False),                                      # a name in Faker's lists
])
def test_an_acronym_taken_for_a_name_is_dropped(text, guess, dropped):
    assert (guess not in _guess(text, guess)[1]) == dropped
    assert _guess(text, guess, recognizer="ContextualNameRecognizer")[1] == [guess]  # a rule's name stands


@pytest.mark.parametrize("text, guess, kept", [
    ("Saludos,\nRubén Roselló\nAbogado | Despacho Huguet", "Rubén Roselló\nAbogado", "Rubén Roselló"),
    ("Regards,\nAnna Berg\nFreelance designer", "Anna Berg\nFreelance", "Anna Berg"),
    ("Regards,\nAnna\nBerg", "Anna\nBerg", "Anna\nBerg"),           # no role on the next line: the guess stands
    ("Saludos,\nMaría\nGerente López", "María\nGerente López", "María\nGerente López"),  # a surname after the role
    ("Grüße,\nAnna\nLeiter", "Anna\nLeiter", "Anna\nLeiter"),       # one word above: 'Leiter' may be her surname
])
def test_a_role_line_is_not_part_of_the_name_above_it(text, guess, kept):
    assert _guess(text, guess)[1] == [kept]


@pytest.mark.parametrize("text, guess, kept", [
    # The model ran on into a word of the next paragraph: the address ends at the blank line.
    ("Rotonda Filippo, 98\n60123 Gobbera\n\nSpett.le Taskbridge", "Rotonda Filippo, 98\n60123 Gobbera\n\nSpett",
     "Rotonda Filippo, 98\n60123 Gobbera"),
    # A letter's address split by a blank line and ending at a line's end stays whole.
    ("Calle Mayor 5\n\n28013 Madrid\n\nEstimados señores:", "Calle Mayor 5\n\n28013 Madrid",
     "Calle Mayor 5\n\n28013 Madrid"),
    # ... or stopping before its postcode: the model's span is not cut.
    ("Keizersgracht 12\n\nAmsterdam 1015 CX", "Keizersgracht 12\n\nAmsterdam", "Keizersgracht 12\n\nAmsterdam"),
    # A street without a number after the blank line stays.
    ("Apartado 12\n\nCalle del Sol, Sevilla", "Apartado 12\n\nCalle del Sol, Sevilla",
     "Apartado 12\n\nCalle del Sol, Sevilla"),
    # Two blank lines are one break.
    ("Via Roma 1\n60123 Gobbera\n\n\nSpett.le Taskbridge", "Via Roma 1\n60123 Gobbera\n\n\nSpett",
     "Via Roma 1\n60123 Gobbera"),
])
def test_a_model_address_ends_where_its_line_ends(text, guess, kept):
    assert _guess(text, guess, "STREET_ADDRESS")[1] == [kept]


@pytest.mark.parametrize("greeting", ["Gentile Responsabile della protezione dei dati,",
                                      "Estimado Responsable de Privacidad:", "Sehr geehrte Datenschutzbeauftragte,",
                                      "Cher Service client,"])
def test_the_office_a_letter_is_addressed_to_is_no_name(redactor, greeting):
    text = f"{greeting}\n\nvi scrivo per una domanda."
    assert redactor.redact(text).text.startswith(greeting)


@pytest.mark.parametrize("greeting, name", [("Gentile Dott.ssa Rossi,", "Rossi"), ("Gentile Direttore Rossi,", "Rossi"),
                                            ("Estimado Responsable Juan Pérez:", "Pérez"), ("Dear Manager Smith,", "Smith")])
def test_a_name_after_a_greeting_is_still_masked(redactor, greeting, name):
    assert name not in redactor.redact(f"{greeting}\n\nvi scrivo per una domanda.").text


@pytest.mark.parametrize("text, verb", [
    ("Estimados señores:\n\nEliminen todos mis datos personales de su plataforma.", "Eliminen"),
    ("Estimados señores:\n\nCorrijan la dirección de mi perfil, por favor.", "Corrijan"),
    ("Madame, Monsieur,\n\nEffacez toutes mes données personnelles de votre plateforme.", "Effacez"),
    ("Sehr geehrte Damen und Herren,\n\nWiderrufe hiermit meine Einwilligung.", "Widerrufe"),
    ("Exmos. Senhores,\n\nEliminem todos os meus dados pessoais da vossa plataforma.", "Eliminem"),
    # The forms a customer uses to one person or to friends (since 2026-11-29, second session)
    ("Löscht bitte mein Konto.", "Löscht"),
    ("Elimina account e dati, grazie.", "Elimina"),
])
def test_the_verb_a_request_opens_with_stays_readable(redactor, text, verb):
    assert verb in redactor.redact(text).text


@pytest.mark.parametrize("text, guess, dropped", [
    ("Estimados señores:\n\nBorren todos mis datos.", "Borren", True),
    ("Estimados señores:\n\nDirijan en adelante la correspondencia a este despacho.", "Dirijan", True),
    ("Sehr geehrte Damen und Herren,\n\nWiderrufe hiermit meine Einwilligung.", "Widerrufe", True),
    ("Geachte heer, mevrouw,\n\nBeperk het gebruik van mijn gegevens.", "Beperk", True),
    ("Estimados señores:\n\nSolicito Ramírez la supresión.", "Solicito Ramírez", False),  # any other word keeps it
    ("Saludos,\n\nBorren", "Borren", False),                  # alone on its line: a name stands there
    ("hola!\n\nQuita mi número de vuestra lista.", "Quita", True),
    ("Supprimer mon compte et mes données", "Supprimer", True),
    ("Ciao,\n\nToglimi dalla newsletter.", "Toglimi", True),
])
def test_a_request_verb_taken_for_a_name_is_dropped(text, guess, dropped):
    assert (guess not in _guess(text, guess)[1]) == dropped


def test_a_name_ends_before_the_label_of_a_forms_next_line():
    assert _guess("Nome e cognome: Serena Bianchi\nAzienda: Forno snc", "Serena Bianchi\nAzienda")[1] == ["Serena Bianchi"]
