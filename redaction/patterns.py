"""The detector's pattern recognizers alone: e-mail addresses, phone numbers,
IBAN and BIC, payment cards, IP addresses, national IDs, platform account
ids and handles. No spaCy, no token classifier: a rescan of text that was
already masked costs regular expressions and checksums only.

Types, aliases, the score threshold and the allow list are the policy's, as
in the full detector. Without spaCy there are no context words, so a
pattern keeps its base score: the rescan finds what the full detector
finds from the pattern alone, never more than it on the same text."""
from __future__ import annotations

import threading
from collections import OrderedDict

from . import _offline  # noqa: F401  (before Presidio is imported)
from .entities import Entity
from .gates import GATES, WORD_GATES, gated
from .policy import Policy


def _recognizers(policy: Policy) -> list:
    """The pattern recognizers for maskable identifiers, each behind its gate
    (gates.py): masked text fails most gates, so most never run."""
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer, DeIdCardRecognizer, DeTaxIdRecognizer, EsNieRecognizer, EsNifRecognizer,
        IbanRecognizer, IpRecognizer, ItFiscalCodeRecognizer, UkNinoRecognizer, UsSsnRecognizer)

    from .recognizers.banking import bic_codes
    from .recognizers.cards import card_numbers
    from .recognizers.national_ids import dutch_bsn, french_nir
    from .recognizers.phones import GatedPhoneRecognizer
    from .recognizers.platform_ids import account_ids, email_addresses, usernames

    en = dict(supported_language="en")
    recognizers = [
        email_addresses(), usernames(), account_ids(), GatedPhoneRecognizer(policy.phone_regions),
        IbanRecognizer(**en), bic_codes(), card_numbers(), CreditCardRecognizer(**en), IpRecognizer(**en),
        french_nir(), dutch_bsn(), UsSsnRecognizer(**en), UkNinoRecognizer(**en), EsNifRecognizer(**en),
        EsNieRecognizer(**en), ItFiscalCodeRecognizer(**en), DeTaxIdRecognizer(**en), DeIdCardRecognizer(**en),
    ]
    assert all(r.name in GATES or r.name in WORD_GATES for r in recognizers), "every rescan recognizer has a gate"
    return [gated(r) for r in recognizers]


class PatternScanner:
    """`scan(text)` -> the maskable entities the pattern recognizers find."""

    _REMEMBERED = 16  # texts whose findings are kept: payloads repeat (a chat's system prompt)

    def __init__(self, policy: Policy | None = None) -> None:
        self.policy = policy or Policy.load()
        self._recognizers = _recognizers(self.policy)
        self._recent: OrderedDict[str, tuple[Entity, ...]] = OrderedDict()
        self._lock = threading.Lock()

    def scan(self, text: str) -> list[Entity]:
        with self._lock:  # one scanner serves the process: threads must not evict under each other
            remembered = self._recent.get(text)
            if remembered is not None:
                self._recent.move_to_end(text)
                return list(remembered)
        found = self._scan(text)
        with self._lock:
            self._recent[text] = tuple(found)
            if len(self._recent) > self._REMEMBERED:
                self._recent.popitem(last=False)
        return found

    def _scan(self, text: str) -> list[Entity]:
        found = []
        for recognizer in self._recognizers:
            for r in recognizer.analyze(text, recognizer.supported_entities, None):
                kind = self.policy.canonical_type(r.entity_type)
                if r.score < self.policy.score_threshold or not self.policy.masks(kind):
                    continue
                if text[r.start:r.end].strip().casefold() in self.policy.allow:
                    continue
                found.append(Entity(kind, r.start, r.end, r.score, recognizer.name))
        return found
