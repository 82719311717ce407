"""A second request model that reads characters, not word pieces.

MiniLM's vocabulary is English: 'Löschung', 'supresión' or 'verwijderen'
reach it as runs of meaningless word pieces, and its held-out recall is 0.6-0.7
in German, Dutch and Portuguese against 0.93 in English. This model reads the
masked text as hashed character 3- to 5-grams (placeholders left out, lower
case), summed into a small vector that feeds the same two heads (request
types, category). Word stems are the same strings in any inflection, so it
needs no tokenizer and no language. It is weaker alone and more precise at
high confidence; the default classifier adds a type it is very sure of
(classifier.py, level chosen on validation by models/train.py). It trains in
about 15 s on the 2 cores here; its weights (4 MB) are committed beside
MiniLM's."""
from __future__ import annotations

import json
import math
import random
import re
import time
import zlib
from pathlib import Path

import torch
from torch import nn

from redaction.placeholders import PLACEHOLDER

from . import rules
from .network import CATEGORY_CLASSES

DEFAULT_DIR = Path(__file__).resolve().parent / "artifacts" / "request-ngrams"
BUCKETS = 1 << 16  # hashed n-gram ids; collisions cost little at this corpus size
WIDTH = 32
NGRAMS = (3, 4, 5)
_WEIGHTS = "weights.safetensors"
_SPACE = re.compile(r"\s+")


def ngram_features(text: str) -> tuple[torch.Tensor, torch.Tensor]:
    """(bucket ids, weights) of a text's character n-grams, each word padded
    by a space at both ends: weights are 1 + log(count), scaled to unit length.
    crc32, not hash(): the same ids in every process."""
    words = _SPACE.sub(" ", PLACEHOLDER.sub(" ", text).lower()).split()
    counts: dict[int, int] = {}
    for word in words:
        padded = f" {word} "
        for n in NGRAMS:
            for k in range(len(padded) - n + 1):
                bucket = zlib.crc32(padded[k:k + n].encode()) & (BUCKETS - 1)
                counts[bucket] = counts.get(bucket, 0) + 1
    if not counts:
        return torch.zeros(1, dtype=torch.long), torch.zeros(1)
    ids = torch.tensor(list(counts))
    weights = torch.tensor([1 + math.log(c) for c in counts.values()])
    return ids, weights / weights.norm()


def _bag(features: list[tuple[torch.Tensor, torch.Tensor]]):
    offsets = torch.tensor([0] + [len(ids) for ids, _ in features[:-1]]).cumsum(0)
    return torch.cat([ids for ids, _ in features]), offsets, torch.cat([w for _, w in features])


class NgramNetwork(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.ngrams = nn.EmbeddingBag(BUCKETS, WIDTH, mode="sum")
        self.dropout = nn.Dropout(0.2)
        self.types = nn.Linear(WIDTH, len(rules.PRIVACY_TYPES))
        self.category = nn.Linear(WIDTH, len(CATEGORY_CLASSES))

    def forward(self, ids, offsets, weights):
        hidden = self.dropout(torch.relu(self.ngrams(ids, offsets, per_sample_weights=weights)))
        return self.types(hidden), self.category(hidden)


def train_ngrams(items, epochs: int = 12, batch_size: int = 32, seed: int = 13, log=print):
    """Fits the network on labelled masked messages (models.corpus.Labelled);
    seeded, the same weights on every run."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    network = NgramNetwork()
    features = [ngram_features(i.text) for i in items]
    types = torch.tensor([[float(t in i.privacy) for t in rules.PRIVACY_TYPES] for i in items])
    category = torch.tensor([CATEGORY_CLASSES.index(i.category or "none") for i in items])
    positives = types.sum(0).clamp(min=1)  # weighted as in models/train.py: each type is rare
    bce = nn.BCEWithLogitsLoss(pos_weight=(len(items) - positives) / positives)
    ce = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(network.parameters(), lr=3e-3)
    network.train()
    started = time.perf_counter()
    for _ in range(epochs):
        order = list(range(len(items)))
        rng.shuffle(order)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            type_logits, category_logits = network(*_bag([features[k] for k in chunk]))
            loss = bce(type_logits, types[chunk]) + ce(category_logits, category[chunk])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    network.eval()
    seconds = round(time.perf_counter() - started, 1)
    log(f"n-gram model: {epochs} epochs over {len(items)} messages in {seconds} s")
    return network, {"epochs": epochs, "batch_size": batch_size, "seed": seed, "examples": len(items),
                     "buckets": BUCKETS, "width": WIDTH, "ngrams": list(NGRAMS), "train_seconds": seconds}


def save_ngrams(network: NgramNetwork, out_dir: Path, info: dict) -> None:
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in network.state_dict().items()}
    save_file(state, str(out_dir / _WEIGHTS))
    (out_dir / "model.json").write_text(json.dumps(info, indent=2) + "\n")


class NgramModel:
    """`type_probabilities(texts)`: per masked text, the probability of each
    request type. `info` holds how it was trained and `ngrams_alone`, the
    level at which the default classifier reports a type on its word."""

    def __init__(self, network: NgramNetwork, info: dict) -> None:
        self._network, self.info = network, info

    @classmethod
    def is_built(cls, model_dir: Path = DEFAULT_DIR) -> bool:
        return (model_dir / _WEIGHTS).is_file()

    @classmethod
    def load(cls, model_dir: Path = DEFAULT_DIR) -> "NgramModel":
        from safetensors.torch import load_file

        if not cls.is_built(model_dir):
            raise FileNotFoundError(f"n-gram request model not trained: {model_dir / _WEIGHTS} (run `make train`)")
        network = NgramNetwork()
        network.load_state_dict({k: v.to(torch.float32) for k, v in load_file(str(model_dir / _WEIGHTS)).items()})
        return cls(network.eval(), json.loads((model_dir / "model.json").read_text()))

    def type_probabilities(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with torch.inference_mode():  # each text's n-grams are summed in a bag of their own
            type_logits, _ = self._network(*_bag([ngram_features(t) for t in texts]))
        return torch.sigmoid(type_logits).tolist()
