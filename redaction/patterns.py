"""The detector's pattern recognizers alone: e-mail addresses, phone numbers,
IBAN and BIC, payment cards, IP addresses, national IDs, platform account
ids and handles. No spaCy, no token classifier: a rescan of text that was
already masked costs regular expressions and checksums only.

Types, aliases, the score threshold and the allow list are the policy's, as
in the full detector. Without spaCy there are no context words, so a
pattern keeps its base score: the rescan finds what the full detector
finds from the pattern alone, never more than it on the same text."""
from __future__ import annotations

import regex

from . import _offline  # noqa: F401  (before Presidio is imported)
from .entities import Entity
from .policy import Policy


def _recognizers(policy: Policy) -> list[tuple[object, regex.Pattern | None]]:
    """(recognizer, gate): a recognizer runs only on text its gate matches,
    a cheap test for the characters its pattern cannot do without."""
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, IbanRecognizer, IpRecognizer

    from .recognizers.banking import bic_codes
    from .recognizers.cards import card_numbers
    from .recognizers.national_ids import dutch_bsn, french_nir, presidio_national_ids
    from .recognizers.phones import GatedPhoneRecognizer
    from .recognizers.platform_ids import account_ids, email_addresses, usernames

    digits = regex.compile(r"\d")
    return [
        (email_addresses(), regex.compile("@")),
        (usernames(), regex.compile(r"@|(?i:user|login|handle|benutzer|utilisateur|usuario|utente|gebruiker|utilizador)")),
        (account_ids(), digits),
        (GatedPhoneRecognizer(policy.phone_regions), regex.compile(r"\d[\d \t().\-/\u00a0]{5,}\d")),
        (IbanRecognizer(supported_language="en"), regex.compile(r"[A-Za-z]{2}[ \-]?\d{2}")),
        (bic_codes(), regex.compile(r"(?i:BIC|SWIFT)")),
        (card_numbers(), regex.compile(r"\d(?:[ -]?\d){12}")),
        (CreditCardRecognizer(supported_language="en"), regex.compile(r"\d(?:[ -]?\d){11}")),
        (IpRecognizer(supported_language="en"), regex.compile(r"\d\.\d|:[0-9A-Fa-f]*:")),
        (french_nir(), digits),
        (dutch_bsn(), digits),
        *[(r, digits) for r in presidio_national_ids()],
    ]


class PatternScanner:
    """`scan(text)` -> the maskable entities the pattern recognizers find."""

    def __init__(self, policy: Policy | None = None) -> None:
        self.policy = policy or Policy.load()
        self._recognizers = _recognizers(self.policy)

    def scan(self, text: str) -> list[Entity]:
        found = []
        for recognizer, gate in self._recognizers:
            if gate is not None and gate.search(text) is None:
                continue
            for r in recognizer.analyze(text, recognizer.supported_entities, None):
                kind = self.policy.canonical_type(r.entity_type)
                if r.score < self.policy.score_threshold or not self.policy.masks(kind):
                    continue
                if text[r.start:r.end].strip().casefold() in self.policy.allow:
                    continue
                found.append(Entity(kind, r.start, r.end, r.score, recognizer.name))
        return found
