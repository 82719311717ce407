"""One pass of detection over a batch of texts: spaCy once over the batch
(nlp.pipe), the token classifier once over the batch, then each text is
analysed once by Presidio with the precomputed NLP artifacts."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from .analyzer import build_analyzer
from .entities import Entity
from .language import DETERMINERS, guess_language
from .policy import Policy

_SPACY_BATCH = 32
_MODELS = ("SpacyRecognizer", "TokenClassifier")


class DetectionEngine:
    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._analyzer = build_analyzer(policy)
        self._nlp = self._analyzer.nlp_engine
        self._tagger = _load_tagger() if policy.token_classifier else None
        self._deny = [regex.compile(rf"(?i)\b{regex.escape(term)}\b") for term in policy.deny]

    def first_pass(self, texts: Sequence[str]) -> list[list[Entity]]:
        """Every entity each text holds on its own (allow list applied,
        overlaps not yet merged)."""
        texts = list(texts)
        artifacts = self._nlp.process_batch(texts, language="en", batch_size=_SPACY_BATCH)
        tagged = self._tagger.tag_many(texts) if self._tagger else [[] for _ in texts]
        found = []
        for text, (_, nlp_artifacts), spans in zip(texts, artifacts, tagged):
            results = self._analyzer.analyze(
                text, language="en", nlp_artifacts=nlp_artifacts,
                score_threshold=self.policy.score_threshold,
            )
            entities = [
                Entity(self.policy.canonical_type(r.entity_type), r.start, r.end, r.score,
                       (r.recognition_metadata or {}).get("recognizer_name", ""))
                for r in results
            ]
            entities += [Entity(label, start, end, score, "TokenClassifier")
                         for label, start, end, score in spans if score >= self.policy.threshold_for(label)]
            entities = _carve_out_identifiers(text, entities)
            entities = [e for e in entities if not _name_with_digits(text, e)
                        and not _implausible_address(text, e, entities)]
            if guess_language(text) not in ("en", "und"):
                entities = [e for e in entities if not _english_ner_guess_on_foreign_noun(text, e)]
            entities += match_all(self._deny, text, "DENY_LIST", "DenyListRecognizer")
            found.append(self._allowed(text, entities))
        return found

    def _allowed(self, text: str, entities: list[Entity]) -> list[Entity]:
        allow = self.policy.allow
        return [e for e in entities if text[e.start:e.end].strip().casefold() not in allow]


def _load_tagger():
    from .ner.tagger import TokenTagger

    return TokenTagger()


# What a checksum or an exact pattern identifies is that identifier, not part
# of a name or an address around it.
_IDENTIFIERS = frozenset({"NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "ACCOUNT_ID",
                          "AGE", "DATE_OF_BIRTH", "IP_ADDRESS", "USERNAME", "BIC", "PERSONAL_URL", "US_SSN"})


def _carve_out_identifiers(text: str, entities: list[Entity]) -> list[Entity]:
    """A model span that runs over an identifier a rule found ('tengo 71 años'
    taken for an address) keeps only its pieces outside the identifier; the
    plausibility checks that follow then judge what is left."""
    ids = [e for e in entities if e.recognizer not in _MODELS and e.type in _IDENTIFIERS]
    if not ids:
        return entities
    out = []
    for e in entities:
        if e.recognizer not in _MODELS or not any(i.start < e.end and e.start < i.end for i in ids):
            out.append(e)
            continue
        cursor = e.start
        for i in sorted(ids, key=lambda i: i.start):
            if i.end <= cursor or i.start >= e.end:
                continue
            out += _piece(text, e, cursor, i.start)
            cursor = max(cursor, i.end)
        out += _piece(text, e, cursor, e.end)
    return out


def _piece(text: str, e: Entity, start: int, end: int) -> list[Entity]:
    value = text[start:end]
    stripped = value.strip(" \t\r\n,.;:()-")
    if not stripped:
        return []
    start += value.index(stripped)
    return [Entity(e.type, start, start + len(stripped), e.score, e.recognizer)]


def _name_with_digits(text: str, e: Entity) -> bool:
    """A statistical model's 'name' that holds a digit is a misreading (spaCy
    takes whole Spanish sentences for a PERSON): names hold no digits."""
    return e.type == "PERSON" and e.recognizer in _MODELS and any(c.isdigit() for c in text[e.start:e.end])


def _implausible_address(text: str, e: Entity, entities: list[Entity]) -> bool:
    """A model's lone 'address' that holds no number ('years old', 'the
    beach') or is one word ('latin1' in a file name) is a misreading; a
    street address has a name and a number. Digits alone must be a
    postcode (4+ digits). A piece next to an address piece with a number
    (the city line under a street) belongs to that address and stays."""
    if e.type != "STREET_ADDRESS" or e.recognizer not in _MODELS:
        return False
    value = text[e.start:e.end]
    digits = sum(c.isdigit() for c in value)
    if not any(c.isalpha() for c in value):
        return digits < 4
    if digits and len(value.split()) > 1:
        return False
    return not any(o is not e and o.type == "STREET_ADDRESS" and o.start - 5 <= e.end and e.start <= o.end + 5
                   and any(c.isdigit() for c in text[o.start:o.end]) for o in entities)


def _english_ner_guess_on_foreign_noun(text: str, e: Entity) -> bool:
    """The English NER model takes capitalised German (and other) nouns for
    names: 'Daten', 'Herren', 'Adresse'. In non-English text a single-word
    PERSON from the model alone, or one opening with a determiner ('Meine
    Adresse'), is dropped; names there are found by context (greetings,
    titles, signatures, headers) and the sender's own name."""
    if e.recognizer != "SpacyRecognizer" or e.type != "PERSON":
        return False
    words = text[e.start:e.end].split()
    return len(words) < 2 or words[0].casefold() in DETERMINERS


def match_all(patterns: list[regex.Pattern], text: str, entity_type: str, recognizer: str) -> list[Entity]:
    return [Entity(entity_type, m.start(), m.end(), 0.9, recognizer)
            for p in patterns for m in p.finditer(text)]
