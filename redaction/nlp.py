"""Presidio's spaCy engine, reading token offsets and lemmas as arrays.

Presidio builds its NLP artifacts by walking the document twice in Python,
creating a Token object per word: about a tenth of the detection time on
long letters. Doc.to_array reads the same values without them."""
from __future__ import annotations

from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LEMMA


class ArraySpacyNlpEngine(SpacyNlpEngine):
    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        values = doc.to_array([IDX, LEMMA]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return NlpArtifacts(
            entities=entities, tokens=doc, tokens_indices=[idx for idx, _ in values],
            lemmas=[strings[lemma] for _, lemma in values], nlp_engine=self, language=language, scores=scores)
