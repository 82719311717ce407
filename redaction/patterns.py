"""The detector's pattern recognizers alone: e-mail addresses, phone numbers,
IBAN and BIC, payment cards, IP addresses, national IDs, platform account
ids and handles. No spaCy, no token classifier: a rescan of text that was
already masked costs regular expressions and checksums only.

Types, aliases, the score threshold and the allow list are the policy's, as
in the full detector. Without spaCy there are no context words, so a
pattern keeps its base score: the rescan finds what the full detector
finds from the pattern alone, never more than it on the same text."""
from __future__ import annotations

import re

import regex

from . import _offline  # noqa: F401  (before Presidio is imported)
from .entities import Entity
from .policy import Policy


def _recognizers(policy: Policy) -> list[tuple[object, regex.Pattern]]:
    """(recognizer, gate): a recognizer runs only on text its gate matches, a
    cheap test for what its patterns cannot match without (Presidio's
    patterns are case-insensitive). Masked text holds digits in every
    placeholder, so 'has a digit' would let everything through."""
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer, DeIdCardRecognizer, DeTaxIdRecognizer, EsNieRecognizer, EsNifRecognizer,
        IbanRecognizer, IpRecognizer, ItFiscalCodeRecognizer, UkNinoRecognizer, UsSsnRecognizer)

    from .recognizers.banking import bic_codes
    from .recognizers.cards import card_numbers
    from .recognizers.national_ids import dutch_bsn, french_nir
    from .recognizers.phones import GatedPhoneRecognizer
    from .recognizers.platform_ids import account_ids, email_addresses, usernames

    def gate(pattern: str, engine=regex):  # whichever engine measured faster for the pattern
        return engine.compile(pattern, engine.IGNORECASE)

    en = dict(supported_language="en")
    return [
        (email_addresses(), gate("@")),
        (usernames(), gate(r"@|user|login|handle|benutzer|utilisateur|usuario|utente|gebruiker|utilizador")),
        (account_ids(), gate(r"\b(?:ACC|ACCT|CUS|USR|ORD|INV|TKT)-\d")),
        (GatedPhoneRecognizer(policy.phone_regions), gate(r"\d[\d \t().\-/\u00a0]{5,}\d")),
        (IbanRecognizer(**en), gate(r"\d{2}[ -]?[a-z0-9]{4}(?<=[a-z]{2}\d\d.....)")),
        (bic_codes(), gate(r"BIC|SWIFT")),
        (card_numbers(), gate(r"\d(?:[ -]?\d){12}")),
        (CreditCardRecognizer(**en), gate(r"\d(?:[ -]?\d){11}")),
        (IpRecognizer(**en), gate(r"\.\d{1,3}\.\d{1,3}\.\d|:[0-9a-f]{0,4}:")),
        (french_nir(), gate(r"[12]\s?\d{2}\s?\d{2}")),
        (dutch_bsn(), gate(r"bsn|burgerservicenummer|sofinummer|citizen service number")),
        (UsSsnRecognizer(**en), gate(r"\d{3}[- .]?\d{2}")),
        (UkNinoRecognizer(**en), gate(r"\d{2}\s?\d{2}\s?\d{2}")),
        (EsNifRecognizer(**en), gate(r"\d{7}")),
        (EsNieRecognizer(**en), gate(r"\d{7}")),
        (ItFiscalCodeRecognizer(**en), gate(r"[\dlmnp-v]{2}[abcdehlmprst][\dlmnp-v]{2}(?<=[a-z]{6}.....)", re)),
        (DeTaxIdRecognizer(**en), gate(r"\d{11}")),
        (DeIdCardRecognizer(**en), gate(r"\b[cfghjklmnprtvwxyz][cfghjklmnprtvwxyz0-9]{7}\d\b|\bT\d{8}\b", re)),
    ]


class PatternScanner:
    """`scan(text)` -> the maskable entities the pattern recognizers find."""

    def __init__(self, policy: Policy | None = None) -> None:
        self.policy = policy or Policy.load()
        self._recognizers = _recognizers(self.policy)

    def scan(self, text: str) -> list[Entity]:
        found = []
        for recognizer, gate in self._recognizers:
            if gate.search(text) is None:
                continue
            for r in recognizer.analyze(text, recognizer.supported_entities, None):
                kind = self.policy.canonical_type(r.entity_type)
                if r.score < self.policy.score_threshold or not self.policy.masks(kind):
                    continue
                if text[r.start:r.end].strip().casefold() in self.policy.allow:
                    continue
                found.append(Entity(kind, r.start, r.end, r.score, recognizer.name))
        return found
