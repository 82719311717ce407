"""The request classifier's network: MiniLM (first layers) reads the masked
message, its mean-pooled vector joined with the cue features feeds two
heads: request types (multi-label, sigmoid) and routing category
(single-label over the categories and 'none', softmax)."""
from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

from redaction.ner.model import base_model_path  # one place knows where the offline encoder lies

from . import rules
from .features import FEATURE_NAMES

CATEGORY_CLASSES = rules.CATEGORIES + ("none",)
MAX_TOKENS = 128
HEAD_TOKENS = 96  # long threads keep their start and their end
_WEIGHTS = "weights.safetensors"
_FROZEN = "encoder.embeddings.word_embeddings.weight"


class RequestNetwork(nn.Module):
    def __init__(self, layers: int = 6) -> None:
        super().__init__()
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        self.encoder = AutoModel.from_pretrained(base_model_path(), num_hidden_layers=layers)
        width = self.encoder.config.hidden_size + len(FEATURE_NAMES)
        self.dropout = nn.Dropout(0.1)
        self.types = nn.Linear(width, len(rules.PRIVACY_TYPES))
        self.category = nn.Linear(width, len(CATEGORY_CLASSES))

    def forward(self, input_ids, attention_mask, features):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
        joined = self.dropout(torch.cat([pooled, features], dim=-1))
        return self.types(joined), self.category(joined)


def encode(tokenizer, texts: list[str]) -> list[list[int]]:
    """Token ids, at most MAX_TOKENS: the first HEAD_TOKENS and the last ones."""
    out = []
    for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]:
        room = MAX_TOKENS - 2
        if len(ids) > room:
            ids = ids[:HEAD_TOKENS] + ids[-(room - HEAD_TOKENS):]
        out.append([tokenizer.cls_token_id] + ids + [tokenizer.sep_token_id])
    return out


def save(network: RequestNetwork, out_dir: Path, info: dict) -> None:
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in network.state_dict().items() if k != _FROZEN}
    save_file(state, str(out_dir / _WEIGHTS))
    (out_dir / "model.json").write_text(json.dumps(info, indent=2) + "\n")


def load(model_dir: Path) -> tuple[RequestNetwork, dict]:
    from safetensors.torch import load_file

    weights = model_dir / _WEIGHTS
    if not weights.is_file():
        raise FileNotFoundError(f"request classifier not trained: {weights} (run `make train`)")
    info = json.loads((model_dir / "model.json").read_text())
    network = RequestNetwork(layers=info["layers"])
    state = {k: v.to(torch.float32) for k, v in load_file(str(weights)).items()}
    missing, unexpected = network.load_state_dict(state, strict=False)
    if unexpected or set(missing) - {_FROZEN}:
        raise ValueError(f"request classifier artifact does not fit the network: {missing} {unexpected}")
    return network.eval(), info
