"""RequestClassifier: the contract the pipeline relies on.

    clf = RequestClassifier.load()
    [p] = clf.predict(["Please delete my account <ACCOUNT_ID_1>."])
    p.privacy, p.category, p.confidence, p.needs_review

The default joins the trained model (trained.py) and the first version's cue
rules (rules_classifier.py), because the figures show each adds what the
other misses (README, "Classification"): the rules are precise on the
phrasings they know; the model finds requests they do not know (recall on
the held-out split 0.46 with the rules alone). A request type is reported
when the rules cue it or the model is at least `model_alone` sure of it, a
level chosen on the validation split (models/train.py). The routing category
is the rules' when they name one, else the model's. Confidence and review
come from the model."""
from __future__ import annotations

from pathlib import Path

from . import rules
from .prediction import Prediction
from .rules_classifier import RulesClassifier
from .trained import DEFAULT_DIR, TrainedRequestClassifier

__all__ = ["Prediction", "RequestClassifier"]


class RequestClassifier:
    name = "rules+minilm-v1"

    def __init__(self, rules_classifier: RulesClassifier, model: TrainedRequestClassifier,
                 model_alone: float) -> None:
        self.rules, self.model, self.model_alone = rules_classifier, model, model_alone

    @classmethod
    def load(cls, model_dir: Path = DEFAULT_DIR) -> "RequestClassifier":
        model = TrainedRequestClassifier.load(model_dir)
        return cls(RulesClassifier.load(), model, model.info.get("model_alone", 0.9))

    def predict(self, texts: list[str]) -> list[Prediction]:
        texts = list(texts)
        out = []
        for text, cued, p in zip(texts, self.rules.predict(texts), self.model.probabilities(texts)):
            sure = {t for t, prob in zip(rules.PRIVACY_TYPES, p.types) if prob >= self.model_alone}
            privacy = [t for t in rules.PRIVACY_TYPES if t in cued.privacy or t in sure]
            out.append(self.model.decide(p, privacy, cued.category or p.category_name(), text))
        return out
