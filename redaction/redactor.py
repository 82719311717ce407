"""The Redactor: finds personal data and replaces it with typed placeholders."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from .analyzer import build_analyzer
from .language import DETERMINERS, guess_language
from .entities import Entity, MaskedEntity, RedactionResult
from .placeholders import PlaceholderMap
from .recognizers.names import NOT_NAME_WORDS
from .policy import Policy

_SPACY_BATCH = 32


class Redactor:
    """`Redactor()` works offline with the default policy (policy.toml)."""

    def __init__(self, policy: Policy | None = None) -> None:
        self.policy = policy or Policy.load()
        self._analyzer = build_analyzer(self.policy)
        self._nlp = self._analyzer.nlp_engine
        self._deny = [regex.compile(rf"(?i)\b{regex.escape(term)}\b") for term in self.policy.deny]

    # ---- detection -------------------------------------------------------
    def detect(self, text: str, known_names: Iterable[str] = ()) -> list[Entity]:
        return self.detect_many([text], known_names)[0]

    def detect_many(self, texts: Sequence[str], known_names: Iterable[str] = ()) -> list[list[Entity]]:
        """Entities per text (every type the analyzer knows, before the mask policy)."""
        texts = list(texts)
        known = list(known_names)
        return self._detect(texts, [[known] for _ in texts])

    def _detect(self, texts: list[str], groups_known: list[list[str]],
                group_sizes: list[int] | None = None) -> list[list[Entity]]:
        """spaCy runs once over the whole batch (nlp.pipe); each text is then
        analysed once with the precomputed NLP artifacts. Texts come in groups
        (a message's parts; by default one text per group): a name found
        anywhere in a group, or given as known (the sender), is then masked
        wherever it recurs in that group, alone or by its parts."""
        group_sizes = group_sizes or [1] * len(texts)
        artifacts = self._nlp.process_batch(texts, language="en", batch_size=_SPACY_BATCH)
        first_pass = []
        for text, (_, nlp_artifacts) in zip(texts, artifacts):
            results = self._analyzer.analyze(
                text, language="en", nlp_artifacts=nlp_artifacts,
                score_threshold=self.policy.score_threshold,
            )
            entities = [
                Entity(self.policy.canonical_type(r.entity_type), r.start, r.end, r.score,
                       (r.recognition_metadata or {}).get("recognizer_name", ""))
                for r in results
            ]
            if guess_language(text) not in ("en", "und"):
                entities = [e for e in entities if not _english_ner_guess_on_foreign_noun(text, e)]
            entities = [e for e in entities if _plausible(text, e)]
            entities += _match_all(self._deny, text, "DENY_LIST", "DenyListRecognizer")
            first_pass.append(self._allowed(text, entities))

        found, cursor = [], 0
        for size, known in zip(group_sizes, groups_known):
            members = range(cursor, cursor + size)
            cursor += size
            names = list(known[0]) if known else []
            names += [texts[i][e.start:e.end] for i in members for e in first_pass[i] if e.type == "PERSON"]
            patterns = _known_name_patterns(names)
            for i in members:
                entities = first_pass[i] + _match_all(patterns, texts[i], "PERSON", "RecurringNameRecognizer")
                found.append(merge_overlaps(entities, self._maskable))
        return found

    def _maskable(self, entity: Entity) -> bool:
        return entity.type == "DENY_LIST" or self.policy.masks(entity.type)

    def _allowed(self, text: str, entities: list[Entity]) -> list[Entity]:
        allow = self.policy.allow
        return [e for e in entities if text[e.start:e.end].strip().casefold() not in allow]

    # ---- masking ---------------------------------------------------------
    def redact(self, text: str, placeholders: PlaceholderMap | None = None,
               known_names: Iterable[str] = ()) -> RedactionResult:
        return self.redact_many([text], placeholders, known_names)[0]

    def redact_many(self, texts: Sequence[str], placeholders: PlaceholderMap | None = None,
                    known_names: Iterable[str] = ()) -> list[RedactionResult]:
        """Mask each text. Pass one PlaceholderMap to keep placeholders consistent
        across texts that belong together (a message and its attachments);
        without one, each text is numbered on its own."""
        texts = list(texts)
        detected = self.detect_many(texts, known_names)
        return [
            self.mask(text, entities, placeholders if placeholders is not None else PlaceholderMap())
            for text, entities in zip(texts, detected)
        ]

    def redact_groups(self, groups: Sequence[Sequence[str]],
                      known_names: Sequence[Iterable[str]] | None = None,
                      ) -> list[tuple[list[RedactionResult], PlaceholderMap]]:
        """Mask several messages in one pass: each group (a message's parts and
        attachments) shares one PlaceholderMap, and spaCy sees all texts at once."""
        known_names = known_names or [()] * len(groups)
        flat = [text for parts in groups for text in parts]
        detected = iter(self._detect(flat, [[list(n)] for n in known_names], [len(p) for p in groups]))
        out = []
        for parts in groups:
            placeholders = PlaceholderMap()
            out.append(([self.mask(t, next(detected), placeholders) for t in parts], placeholders))
        return out

    def mask(self, text: str, entities: list[Entity], placeholders: PlaceholderMap) -> RedactionResult:
        """Replace the maskable entities (sorted, non-overlapping) by placeholders."""
        pieces, masked, cursor = [], [], 0
        for e in entities:
            if e.type != "DENY_LIST" and not self.policy.masks(e.type):
                continue
            kind = "PERSON" if e.type == "DENY_LIST" else e.type
            placeholder = placeholders.placeholder_for(kind, text[e.start:e.end])
            pieces += [text[cursor:e.start], placeholder]
            masked.append(MaskedEntity(kind, e.start, e.end, e.score, placeholder))
            cursor = e.end
        pieces.append(text[cursor:])
        return RedactionResult("".join(pieces), masked)


def merge_overlaps(entities: list[Entity], maskable=lambda e: True) -> list[Entity]:
    """One span per stretch of text. Overlapping maskable detections become
    their union (masking the union never leaves a fragment behind), typed by
    the most confident, then longest. A detection the policy does not mask
    (DATE_TIME, LOCATION...) never widens or hides a maskable one: it is kept
    only where it overlaps none."""
    strong = _union([e for e in entities if maskable(e)])
    weak = [e for e in entities if not maskable(e)
            and not any(e.start < s.end and s.start < e.end for s in strong)]
    return sorted(strong + _union(weak), key=lambda e: e.start)


def _union(entities: list[Entity]) -> list[Entity]:
    merged: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, -e.end)):
        if merged and e.start < merged[-1].end:
            last = merged[-1]
            best = max(last, e, key=lambda x: (x.score, len(x)))
            merged[-1] = Entity(best.type, last.start, max(last.end, e.end),
                                max(last.score, e.score), best.recognizer)
        else:
            merged.append(e)
    return merged


def _plausible(text: str, e: Entity) -> bool:
    """Phone numbers need 7+ digits: with every region's short numbers
    allowed, a year such as '2026' parses as a phone number."""
    if e.type == "PHONE_NUMBER":
        return sum(c.isdigit() for c in text[e.start:e.end]) >= 7
    return True


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


def _known_name_patterns(names: Iterable[str]) -> list[regex.Pattern]:
    """A name wherever it recurs: the full name in any case, and each part of
    it (3+ letters, capitalised, not a greeting word) as written or in capitals."""
    full, parts = set(), set()
    for name in names:
        words = regex.findall(r"[^\W\d_][\w'’-]*", name)
        if not words or len(" ".join(words)) < 3:
            continue
        full.add(r"\s+".join(regex.escape(w) for w in words))
        for w in words:
            if len(w) >= 3 and w[0].isupper() and w.casefold() not in NOT_NAME_WORDS | DETERMINERS:
                parts.add(regex.escape(w))
                parts.add(regex.escape(w.upper()))
    patterns = []
    if full:
        patterns.append(regex.compile(rf"(?i)\b(?:{'|'.join(sorted(full, key=len, reverse=True))})\b"))
    if parts:
        patterns.append(regex.compile(rf"\b(?:{'|'.join(sorted(parts, key=len, reverse=True))})\b"))
    return patterns


def _match_all(patterns: list[regex.Pattern], text: str, entity_type: str, recognizer: str) -> list[Entity]:
    return [Entity(entity_type, m.start(), m.end(), 0.9, recognizer)
            for p in patterns for m in p.finditer(text)]
