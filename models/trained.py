"""TrainedRequestClassifier: MiniLM fine-tuned on the project's masked corpus
(models/train.py) with the multilingual cue rules as extra features;
thresholds come from the validation split and are stored with the weights.
Same interface as RequestClassifier (classifier.py), the pipeline's default,
which uses it beside the cue rules; `privacy-triage eval classifier` scores
it alone too."""
from __future__ import annotations

import warnings
from pathlib import Path

import torch

from redaction.placeholders import PLACEHOLDER

from .prediction import Prediction
from .evaluate import predict_probabilities, threshold_for
from .network import Reading, base_model_path, load

DEFAULT_DIR = Path(__file__).resolve().parent / "artifacts" / "request-minilm"


class TrainedRequestClassifier:
    name = "minilm-requests-v1"

    def __init__(self, network, tokenizer, type_threshold: float | dict[str, float], review_below: float,
                 info: dict | None = None) -> None:
        self._network, self._tokenizer = network, tokenizer
        self.type_threshold, self.review_below = type_threshold, review_below
        self.info = info or {}  # how it was trained and the levels chosen on validation (model.json)

    @classmethod
    def load(cls, model_dir: Path = DEFAULT_DIR, quantize: bool = True) -> "TrainedRequestClassifier":
        from transformers import AutoTokenizer

        network, info = load(model_dir)
        if quantize:  # int8 on CPU; texts run one at a time, so results never depend on the batch
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", (DeprecationWarning, UserWarning))
                network = torch.ao.quantization.quantize_dynamic(network, {torch.nn.Linear}, dtype=torch.qint8)
            network = _traced(network)
        return cls(network, AutoTokenizer.from_pretrained(base_model_path()),
                   # A model just trained has no thresholds yet: train.py chooses them next.
                   info.get("type_threshold", 0.5), info.get("review_below", 0.0), info)

    def threshold_for(self, request_type: str) -> float:
        return threshold_for(self.type_threshold, request_type)

    def probabilities(self, texts: list[str]):
        """Per masked text, the model's type and category probabilities."""
        return predict_probabilities(self._network, self._tokenizer, list(texts), Reading.of(self.info))

    def decide(self, p, privacy: list[str], category: str | None, text: str) -> Prediction:
        """The prediction for request types and a category decided from the
        model's probabilities `p` (by this model alone, or joined with the
        rules): confidence from the model, and review when it is unsure, when
        the message is neither a request nor a task, or when it has almost
        nothing to read besides placeholders ('<PERSON_1> ???'): a model is
        sure of something on any input, a person decides."""
        confidence = round(p.confidence(self.type_threshold), 4)
        unsure = (confidence < self.review_below or (not privacy and category is None)
                  or _letters(text) < _FEW_LETTERS)
        return Prediction(privacy, category, confidence, unsure)

    def predict(self, texts: list[str]) -> list[Prediction]:
        """Masked texts in; per text the request types (empty for ordinary
        work), the routing category (None for a pure request), a confidence
        and whether a person should look at it first."""
        return [self.decide(p, p.privacy(self.type_threshold), p.category_name(), text)
                for p, text in zip(self.probabilities(texts), texts)]


def _traced(network):
    """The network traced into TorchScript and frozen, as the token tagger
    is: the same outputs (max difference 0.0 on 400 held-out texts) with
    less Python per text (measured 81 -> 91 and 54 -> 70 texts/s)."""
    from .features import FEATURE_NAMES

    example = (torch.tensor([[101, 2023, 102]]), torch.ones((1, 3), dtype=torch.long),
               torch.zeros((1, len(FEATURE_NAMES))))
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on constants, torch.jit's deprecation
        return torch.jit.freeze(torch.jit.trace(network.eval(), example, check_trace=False, strict=False))


# Fewer letters than this outside placeholders, and a message says too little to act on.
_FEW_LETTERS = 12


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in PLACEHOLDER.sub("", text))
