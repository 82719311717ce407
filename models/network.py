"""The request classifier's network: MiniLM (first layers) reads the masked
message; two heads read its token vectors joined with the cue features:
request types (multi-label, sigmoid) and routing category (single-label
over the categories and 'none', softmax, from the mean-pooled vector).

The type head pools the tokens in one of two ways (`pooling` in model.json):
'mean', one vector for all types, or 'label_attention', one vector per
type, each a weighted mean of the tokens that type learns to look at. A
formal letter is mostly salutation, identification and legal boilerplate;
the sentence that says *which* right is asked for is a few tokens among a
hundred, and a plain mean dilutes it (the type F1 stayed far below the
request-or-not F1)."""
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


POOLINGS = ("mean", "label_attention")


class RequestNetwork(nn.Module):
    def __init__(self, layers: int = 6, pooling: str = "mean") -> None:
        super().__init__()
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        self.encoder = AutoModel.from_pretrained(base_model_path(), num_hidden_layers=layers)
        if pooling not in POOLINGS:
            raise ValueError(f"unknown pooling {pooling!r}: one of {POOLINGS}")
        self.pooling = pooling
        width = self.encoder.config.hidden_size + len(FEATURE_NAMES)
        n_types = len(rules.PRIVACY_TYPES)
        self.dropout = nn.Dropout(0.1)
        self.category = nn.Linear(width, len(CATEGORY_CLASSES))
        if pooling == "mean":
            self.types = nn.Linear(width, n_types)
        else:  # per type: where to look (a score per token), then its own weights over what it saw
            self.type_attention = nn.Linear(self.encoder.config.hidden_size, n_types)
            self.type_weight = nn.Parameter(torch.empty(n_types, width).normal_(std=0.02))
            self.type_bias = nn.Parameter(torch.zeros(n_types))

    def forward(self, input_ids, attention_mask, features):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
        joined = self.dropout(torch.cat([pooled, features], dim=-1))
        if self.pooling == "mean":
            return self.types(joined), self.category(joined)
        scores = self.type_attention(hidden).masked_fill(mask == 0, float("-inf"))  # (batch, tokens, types)
        per_type = torch.einsum("btk,bth->bkh", torch.softmax(scores, dim=1), hidden)
        per_type = torch.cat([per_type, features.unsqueeze(1).expand(-1, per_type.shape[1], -1)], dim=-1)
        type_logits = (self.dropout(per_type) * self.type_weight).sum(-1) + self.type_bias
        return type_logits, self.category(joined)

    def head_parameters(self) -> list[nn.Parameter]:
        """What is trained from scratch (a higher learning rate than the encoder's)."""
        return [p for name, p in self.named_parameters() if not name.startswith("encoder.")]


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
    network = RequestNetwork(layers=info["layers"], pooling=info.get("pooling", "mean"))
    state = {k: v.to(torch.float32) for k, v in load_file(str(weights)).items()}
    missing, unexpected = network.load_state_dict(state, strict=False)
    if unexpected or set(missing) - {_FROZEN}:
        raise ValueError(f"request classifier artifact does not fit the network: {missing} {unexpected}")
    return network.eval(), info
