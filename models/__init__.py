"""The request classifier: privacy request types and routing categories."""
from .classifier import RequestClassifier
from .prediction import Prediction
from .rules import CATEGORIES, PRIVACY_TYPES

__all__ = ["CATEGORIES", "PRIVACY_TYPES", "Prediction", "RequestClassifier"]
