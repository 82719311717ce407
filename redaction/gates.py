"""Gates: for a pattern recognizer, a cheap test that every text it can
find something in passes (what its patterns cannot match without). A
recognizer whose gate finds nothing in a text is not run on it: the same
results in less time. Used by the detector (analyzer.py) and by the egress
rescan (patterns.py); keyed by recognizer name.

Presidio's patterns are case-insensitive, and so are the gates. Each gate
uses the engine (`regex` or `re`) that measured faster for it; a gate's
character classes mean the same in both for these patterns. Masked text
holds digits in every placeholder, so 'has a digit' would let everything
through the rescan: the gates ask for more."""
from __future__ import annotations

import re
from collections.abc import Callable

import regex


def _gate(pattern: str, engine=regex):
    return engine.compile(pattern, engine.IGNORECASE)


class _Words:
    """A gate of literal words in any case: substring tests on the
    case-folded text, folded once per text for all such gates (a quarter of
    the time of the same alternation as a regular expression). Case folding
    maps more than the patterns' case-insensitive matching, so whatever they
    match passes."""

    _last: tuple = (None, "")  # (text, its case-folded form): the text all gates are asked about

    def __init__(self, *words: str) -> None:
        self.words = tuple(w.casefold() for w in words)

    def search(self, text: str):
        seen, folded = _Words._last
        if seen is not text:
            folded = text.casefold()
            _Words._last = (text, folded)
        return True if any(w in folded for w in self.words) else None


GATES = {
    "UsernameRecognizer": _Words("@", "user", "login", "handle", "benutzer", "utilisateur", "usuario", "utente",
                                 "gebruiker", "utilizador"),
    "PlatformIdRecognizer": _gate(r"\b(?:ACC|ACCT|CUS|USR|ORD|INV|TKT)-\d"),
    "GatedPhoneRecognizer": _gate(r"\d[\d \t().\-/\u00a0]{5,}\d"),
    # Presidio's IBAN pattern opens with country, check digits and a first group of four.
    "IbanRecognizer": _gate(r"[a-z]{2}\d{2}[ -]?[a-z0-9]{4}"),
    "BicRecognizer": _Words("BIC", "SWIFT"),
    "CardNumberRecognizer": _gate(r"\d(?:[ -]?\d){12}"),
    "CreditCardRecognizer": _gate(r"\d(?:[ -]?\d){11}"),
    "IpRecognizer": _gate(r"\.\d{1,3}\.\d{1,3}\.\d|:[0-9a-f]{0,4}:"),
    "FrNirRecognizer": _gate(r"[12]\s?\d{2}\s?\d{2}"),
    "NlBsnRecognizer": _Words("bsn", "burgerservicenummer", "sofinummer", "citizen service number"),
    "UsSsnRecognizer": _gate(r"\d{3}[- .]?\d{2}"),
    "UkNinoRecognizer": _gate(r"\d{2}\s?\d{2}\s?\d{2}"),
    "EsNifRecognizer": _gate(r"\d{7}"),
    "EsNieRecognizer": _gate(r"\d{7}"),
    "ItFiscalCodeRecognizer": _gate(r"[\dlmnp-v]{2}[abcdehlmprst][\dlmnp-v]{2}(?<=[a-z]{6}.....)", re),
    "DeTaxIdRecognizer": _gate(r"\d{11}"),
    # Both of Presidio's ID card patterns end in a digit after eight letters or digits; looking
    # back from each digit is a third of the time of trying the patterns at every word.
    "DeIdCardRecognizer": _gate(r"(?<=[a-z\d]{8})\d"),
    # Every URL pattern of Presidio's has a host character, a dot and a top-level domain of letters.
}

# Recognizers whose matches never hold white space (e-mail addresses, URLs)
# read only the words (runs of non-space characters) in which their gate
# finds something, not the whole text: Presidio's e-mail pattern tries a
# long character class at every word of a letter, its URL pattern at every
# letter (together a tenth of the detection time on the sample inbox
# besides the token classifier). A match lies inside one word, and a word
# is bounded by white space or the text's ends, which every \b and
# look-behind of these patterns reads alike: the same matches.
WORD_GATES = {
    "EmailRecognizer": _gate(r"@"),
    "EmailShapeRecognizer": _gate(r"@"),
    # Every URL pattern of Presidio's has a host character, a dot and a top-level domain of letters.
    "UrlRecognizer": _gate(r"[a-z0-9.\-]\.[a-z]{2}"),
    # A profile URL names its host's domain and a path ('linkedin.com/in/', 't.me/'); a URL with a
    # personal parameter opens with its scheme (recognizers/urls.py).
    "PersonalUrlRecognizer": _gate(r"\.(?:com|net|me)/|https?://"),
}
_SPACE = regex.compile(r"\s")
_SPACE_BEFORE = regex.compile(r"\s", regex.REVERSE)


def words_with(gate, text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of `text` (a run of non-space characters)
    in which `gate` matches; a gate's match holds no white space."""
    spans: list[tuple[int, int]] = []
    end = -1
    for hit in gate.finditer(text):
        if hit.start() < end:
            continue  # another hit in the word already taken
        space = _SPACE_BEFORE.search(text, 0, hit.start())
        start = space.end() if space else 0
        space = _SPACE.search(text, hit.end())
        end = space.start() if space else len(text)
        spans.append((start, end))
    return spans


def gated(recognizer):
    """The recognizer, its `analyze` skipping texts its gate does not pass,
    or reading only the words its word gate passes (unchanged when it has
    neither)."""
    if recognizer.name in WORD_GATES:
        return _word_gated(recognizer, WORD_GATES[recognizer.name])
    gate = GATES.get(recognizer.name)
    if gate is None:
        return recognizer
    analyze: Callable = recognizer.analyze

    def analyze_if_possible(text, entities, nlp_artifacts=None, *args, **kwargs):
        if gate.search(text) is None:
            return []
        return analyze(text, entities, nlp_artifacts, *args, **kwargs)

    recognizer.analyze = analyze_if_possible
    return recognizer


def _word_gated(recognizer, gate):
    analyze: Callable = recognizer.analyze

    def analyze_words(text, entities, nlp_artifacts=None, *args, **kwargs):
        results = []
        for start, end in words_with(gate, text):
            for result in analyze(text[start:end], entities, nlp_artifacts, *args, **kwargs):
                result.start += start
                result.end += start
                results.append(result)
        return results

    recognizer.analyze = analyze_words
    return recognizer
