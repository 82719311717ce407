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
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from redaction.ner.model import base_model_path  # one place knows where the offline encoder lies
from redaction.placeholders import PLACEHOLDER

from . import rules
from .features import FEATURE_NAMES
from .gloss import gloss

CATEGORY_CLASSES = rules.CATEGORIES + ("none",)
MAX_TOKENS = 128
HEAD_SHARE = 0.76  # long threads keep their start (78 of 102 word pieces at 104, 96 of 126 at 128) and their end
WEIGHTS_FILE = "weights.safetensors"
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


PLACEHOLDER_READINGS = ("as_written", "words", "mask")


@dataclass(frozen=True)
class Reading:
    """What the encoder reads of a masked text; stored in model.json, since a
    model reads at run time what it was trained on. `gloss`: English glosses
    (models/gloss.py). `placeholders`: as written ('<EMAIL_ADDRESS_1>' is
    six word pieces; placeholders are a quarter of the corpus's word pieces,
    and the time per text grows with them), as one word ('email'), or as
    the tokenizer's one [MASK] piece. `max_tokens`: the word pieces one pass
    reads. `chunks`: at most how many passes a long text gets; it is cut into
    as few overlapping pieces of at most `max_tokens` as cover it (a type is
    as sure as its surest chunk: `pool_chunks`). Past `chunks` passes, or
    with one, a text keeps its start and end."""
    gloss: bool = False
    placeholders: str = "as_written"
    max_tokens: int = MAX_TOKENS
    chunks: int = 1

    def __post_init__(self) -> None:
        if self.placeholders not in PLACEHOLDER_READINGS:
            raise ValueError(f"unknown placeholder reading {self.placeholders!r}: one of {PLACEHOLDER_READINGS}")
        if self.chunks < 1 or (self.chunks > 1 and self.max_tokens <= CHUNK_OVERLAP + 2):
            raise ValueError(f"{self.chunks} chunks of {self.max_tokens} word pieces: at least one, "
                             f"and chunks longer than their overlap ({CHUNK_OVERLAP})")

    @classmethod
    def of(cls, info: dict) -> "Reading":
        return cls(info.get("gloss", False), info.get("placeholders", "as_written"), info.get("max_tokens", MAX_TOKENS),
                   info.get("chunks", 1))

    def as_info(self) -> dict:
        return {"gloss": self.gloss, "placeholders": self.placeholders, "max_tokens": self.max_tokens,
                "chunks": self.chunks}

    def text(self, text: str) -> str:
        if self.gloss:
            text = gloss(text)
        if self.placeholders == "words":
            return PLACEHOLDER.sub(_placeholder_word, text)
        return PLACEHOLDER.sub("[MASK]", text) if self.placeholders == "mask" else text

    def ids(self, tokenizer, texts: list[str]) -> list[list[list[int]]]:
        """Per text, the token ids of each pass (one, or up to `chunks`)."""
        return encode(tokenizer, [self.text(t) for t in texts], self.max_tokens, self.chunks)


# Where the type's first word would say too little ('street', 'credit').
_PLACEHOLDER_WORDS = {"STREET_ADDRESS": "address", "CREDIT_CARD": "card", "NATIONAL_ID": "id"}


def _placeholder_word(match) -> str:
    return _PLACEHOLDER_WORDS.get(match.group(1)) or match.group(1).split("_")[0].lower()


CHUNK_OVERLAP = 16  # word pieces two neighbouring chunks share: a sentence cut at a boundary is read whole once


def encode(tokenizer, texts: list[str], max_tokens: int = MAX_TOKENS, chunks: int = 1) -> list[list[list[int]]]:
    """Per text, the token ids of each pass: the whole text in one pass when
    it fits, else cut into up to `chunks` overlapping passes of at most
    `max_tokens` (2 of them [CLS] and [SEP]). What still does not fit is
    dropped from the middle: a text keeps its first and its last pieces."""
    room = max_tokens - 2
    out = []
    for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]:
        n = 1 if chunks == 1 or len(ids) <= room else min(chunks, 1 + (len(ids) - CHUNK_OVERLAP - 1) // (room - CHUNK_OVERLAP))
        total = n * room - (n - 1) * CHUNK_OVERLAP
        if len(ids) > total:
            head = round(HEAD_SHARE * total)
            ids = ids[:head] + ids[-(total - head):]
        size = -(-(len(ids) + (n - 1) * CHUNK_OVERLAP) // n)  # even chunks, each at most `room`
        starts = [k * (size - CHUNK_OVERLAP) for k in range(n)]
        out.append([[tokenizer.cls_token_id] + ids[s:s + size] + [tokenizer.sep_token_id] for s in starts])
    return out


def pool_chunks(type_logits: torch.Tensor, category_logits: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """One text's logits from those of its chunks: a request type is as sure
    as the chunk surest of it (the sentence that asks for a right is in one
    of them); the routing category is read from all of them (a mean)."""
    return type_logits.max(0).values, category_logits.mean(0)


def save(network: RequestNetwork, out_dir: Path, info: dict) -> None:
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in network.state_dict().items() if k != _FROZEN}
    save_file(state, str(out_dir / WEIGHTS_FILE))
    (out_dir / "model.json").write_text(json.dumps(info, indent=2) + "\n")


def load(model_dir: Path) -> tuple[RequestNetwork, dict]:
    from safetensors.torch import load_file

    weights = model_dir / WEIGHTS_FILE
    if not weights.is_file():
        raise FileNotFoundError(f"request classifier not trained: {weights} (run `make train`)")
    info = json.loads((model_dir / "model.json").read_text())
    network = RequestNetwork(layers=info["layers"], pooling=info.get("pooling", "mean"))
    state = {k: v.to(torch.float32) for k, v in load_file(str(weights)).items()}
    missing, unexpected = network.load_state_dict(state, strict=False)
    if unexpected or set(missing) - {_FROZEN}:
        raise ValueError(f"request classifier artifact does not fit the network: {missing} {unexpected}")
    return network.eval(), info
