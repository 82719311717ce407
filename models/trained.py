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
                 info: dict | None = None, dtype: torch.dtype = torch.float32) -> None:
        self._network, self._tokenizer = network, tokenizer
        self.type_threshold, self.review_below = type_threshold, review_below
        self.info = info or {}  # how it was trained and the levels chosen on validation (model.json)
        self.dtype = dtype  # the network's: its inputs are cast to it

    @classmethod
    def load(cls, model_dir: Path = DEFAULT_DIR, dtype: torch.dtype | None = None) -> "TrainedRequestClassifier":
        """The trained network in `dtype`: by default bfloat16 where the CPU
        computes in it (AMX or AVX-512 BF16: this machine), else float32."""
        from transformers import AutoTokenizer

        network, info = load(model_dir)
        dtype = dtype or production_dtype()
        return cls(_traced(network.to(dtype), dtype), AutoTokenizer.from_pretrained(base_model_path()),
                   # A model just trained has no thresholds yet: train.py chooses them next.
                   info.get("type_threshold", 0.5), info.get("review_below", 0.0), info, dtype)

    def threshold_for(self, request_type: str) -> float:
        return threshold_for(self.type_threshold, request_type)

    def probabilities(self, texts: list[str]):
        """Per masked text, the model's type and category probabilities."""
        return predict_probabilities(self._network, self._tokenizer, list(texts), Reading.of(self.info), self.dtype)

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


def production_dtype() -> torch.dtype:
    """bfloat16 where oneDNN computes in it: read in batches, it took
    0.68-0.90x the time of the int8 network reading one text at a time
    (which a batch would change: int8 scales each batch as a whole), and its
    probabilities stay within about 0.025 of float32's where int8's moved by up to
    0.76 (README, Classification). Elsewhere float32 (bfloat16 would be
    emulated element by element)."""
    supported = getattr(torch.ops.mkldnn, "_is_mkldnn_bf16_supported", None)  # private; absent: assume not
    return torch.bfloat16 if supported is not None and supported() else torch.float32


def _traced(network, dtype: torch.dtype = torch.float32):
    """The network traced into TorchScript and frozen, as the token tagger
    is: the same outputs for inputs of any batch size and length (tested)
    with less Python per batch."""
    from .features import FEATURE_NAMES

    example = (torch.tensor([[101, 2023, 102]] * 2), torch.ones((2, 3), dtype=torch.long),
               torch.zeros((2, len(FEATURE_NAMES)), dtype=dtype))
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on constants, torch.jit's deprecation
        return torch.jit.freeze(torch.jit.trace(network.eval(), example, check_trace=False, strict=False))


# Fewer letters than this outside placeholders, and a message says too little to act on.
_FEW_LETTERS = 12


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in PLACEHOLDER.sub("", text))
