"""Each recognizer with true and false cases (formats, checksums, context)."""
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


def test_phone_numbers_at_the_edges_of_a_long_text(redactor):
    text = "+49 30 1234567 " + "lorem ipsum 12 " * 200 + "call 020 7946 0958"
    assert spans(redactor, text, "PHONE_NUMBER") == ["+49 30 1234567", "020 7946 0958"]


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
