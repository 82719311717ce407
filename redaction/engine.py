"""One pass of detection over a batch of texts: spaCy once over the batch
(nlp.pipe), the token classifier once over the batch, then each text is
analysed once by Presidio with the precomputed NLP artifacts."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from .address_blocks import complete_address_blocks
from .analyzer import build_analyzer
from .entities import Entity
from .language import guess_language
from .name_extent import with_joined_first_names, with_surnames, without_trailing_nouns
from .plausibility import check_model_guesses
from .policy import Policy
from .recognizers.name_lists import given_names, name_words

_SPACY_BATCH = 32


class DetectionEngine:
    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._analyzer = build_analyzer(policy)
        self._nlp = self._analyzer.nlp_engine
        self._tagger = _load_tagger(policy) if policy.token_classifier else None
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
            language = guess_language(text)  # once per text: the checks below both read it
            entities = check_model_guesses(text, entities, language)
            entities = without_trailing_nouns(text, entities, language, name_words().__contains__)
            entities = with_joined_first_names(text, with_surnames(text, entities), given_names())
            entities = complete_address_blocks(text, entities)
            entities += match_all(self._deny, text, "DENY_LIST", "DenyListRecognizer")
            found.append(self._allowed(text, entities))
        return found

    def _allowed(self, text: str, entities: list[Entity]) -> list[Entity]:
        allow = self.policy.allow
        return [e for e in entities if text[e.start:e.end].strip().casefold() not in allow]


def _load_tagger(policy: Policy):
    from .ner.labels import ENTITY_LABELS
    from .ner.tagger import TokenTagger

    # A word is a name when the model gives it the masking threshold's
    # probability of being one (a word it finds 40% likely a name is masked).
    return TokenTagger(min_mass={label: policy.threshold_for(label) for label in ENTITY_LABELS})


def match_all(patterns: list, text: str, entity_type: str, recognizer: str) -> list[Entity]:
    """Every match of `patterns` (compiled patterns, or anything with their `finditer`)."""
    return [Entity(entity_type, m.start(), m.end(), 0.9, recognizer)
            for p in patterns for m in p.finditer(text)]
