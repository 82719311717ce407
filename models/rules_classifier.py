"""RulesClassifier: the first version's multilingual cue rules (rules.py)
behind the classifier interface. The default classifier (classifier.py)
uses them beside the trained model."""
from __future__ import annotations

from . import rules
from .prediction import Prediction


class RulesClassifier:
    name = "rules-v1"

    def __init__(self, review_below: float = 0.6) -> None:
        self.review_below = review_below

    @classmethod
    def load(cls) -> "RulesClassifier":
        return cls()

    def predict(self, texts: list[str]) -> list[Prediction]:
        return [self._predict_one(t) for t in texts]

    def _predict_one(self, text: str) -> Prediction:
        types = rules.request_types(text)
        categories = rules.category_scores(text)
        privacy = [t for t in rules.PRIVACY_TYPES if t in types]
        category = max(categories, key=categories.get) if categories else None
        if privacy:
            # A mixed message keeps its task only when the task cues are clear.
            if category and categories[category] < 2:
                category = None
            strength = max(types.values())
            confidence = 0.95 if strength >= 2 else 0.8
        elif category:
            total = sum(categories.values())
            confidence = round(0.5 + 0.5 * categories[category] / total, 3)
        else:
            confidence = 0.3  # neither a request nor a recognisable task
        return Prediction(privacy, category, confidence, confidence < self.review_below)
