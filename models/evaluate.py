"""Scoring the request classifier as ../shared/docs/EVALUATION.md says, and
the keyword rule commercial intake tools use, as the baseline beside it."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import torch

from . import rules
from .features import cue_features
from .network import CATEGORY_CLASSES, Reading, pool_chunks


@dataclass
class Probabilities:
    types: list[float]      # per request type, sigmoid
    category: list[float]   # per category and 'none', softmax

    def privacy(self, threshold) -> list[str]:
        """Types at or over their threshold (one for all, or one per type)."""
        return [t for t, p in zip(rules.PRIVACY_TYPES, self.types) if p >= threshold_for(threshold, t)]

    def category_name(self) -> str | None:
        name = CATEGORY_CLASSES[max(range(len(self.category)), key=self.category.__getitem__)]
        return None if name == "none" else name

    def confidence(self, threshold: float) -> float:
        """How far every decision is from its boundary: the least sure type
        decision, and for a task the category's probability."""
        sure = min(_sureness(p, threshold_for(threshold, t)) for t, p in zip(rules.PRIVACY_TYPES, self.types))
        if not self.privacy(threshold) or self.category_name():
            sure = min(sure, max(self.category))
        return sure


def _sureness(p: float, threshold: float) -> float:
    """0.5 on the threshold, 1.0 at certainty either way: how far a decision
    is from flipping, relative to the room on its side."""
    if p >= threshold:
        return 0.5 + 0.5 * (p - threshold) / max(1 - threshold, 1e-6)
    return 0.5 + 0.5 * (threshold - p) / max(threshold, 1e-6)


def threshold_for(threshold, request_type: str) -> float:
    """A type's threshold: one for all types, or one per type."""
    return threshold[request_type] if isinstance(threshold, dict) else threshold


# Passes read together. Sorted by length first, so a batch pads little;
# 32 is where bfloat16 batches stopped getting faster per text here.
BATCH_PASSES = 32


def predict_probabilities(network, tokenizer, texts: list[str], reading: Reading = Reading(),
                          dtype: torch.dtype = torch.float32, batch: int = BATCH_PASSES) -> list[Probabilities]:
    """Per text, the network's probabilities. The encoder reads what
    `reading` makes of each text (the model's own, from model.json); the cue
    features always read the text as written. A text's passes (one, or one
    per chunk) are read in batches of passes of about the same length,
    padded and masked; `dtype` is the network's (bfloat16 in production).
    In bfloat16 a text's probabilities can move by rounding with the
    neighbours it is batched with (up to about 0.015 measured); the same texts in
    the same order always give the same results."""
    if not texts:
        return []
    chunks = reading.ids(tokenizer, texts)
    features = [cue_features(text) for text in texts]
    # (length, text number, token ids) of every pass, shortest first; ties keep the texts' order.
    passes = sorted(((len(ids), n, ids) for n, text_chunks in enumerate(chunks) for ids in text_chunks),
                    key=lambda p: p[0])
    type_rows: list[list[torch.Tensor]] = [[] for _ in texts]
    category_rows: list[list[torch.Tensor]] = [[] for _ in texts]
    pad = tokenizer.pad_token_id or 0
    with torch.inference_mode():
        for start in range(0, len(passes), batch):
            group = passes[start:start + batch]
            ids = torch.full((len(group), group[-1][0]), pad, dtype=torch.long)
            mask = torch.zeros_like(ids)
            for row, (length, _, piece) in enumerate(group):
                ids[row, :length] = torch.tensor(piece)
                mask[row, :length] = 1
            type_logits, category_logits = network(ids, mask, torch.tensor([features[n] for _, n, _ in group], dtype=dtype))
            for row, (_, n, _) in enumerate(group):
                type_rows[n].append(type_logits[row].float())
                category_rows[n].append(category_logits[row].float())
    out = []
    for types, categories in zip(type_rows, category_rows):
        type_logits, category_logits = pool_chunks(torch.stack(types), torch.stack(categories))
        out.append(Probabilities(torch.sigmoid(type_logits).tolist(), torch.softmax(category_logits, -1).tolist()))
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not fp and not fn else 0.0)


def type_f1(probabilities, items, threshold: float) -> tuple[float, float]:
    return type_scores([p.privacy(threshold) for p in probabilities], [i.privacy for i in items])[:2]


def type_scores(predicted: list[list[str]], gold: list[list[str]]):
    """(micro F1, macro F1, per-type F1) of the request types."""
    counts = {t: [0, 0, 0] for t in rules.PRIVACY_TYPES}
    for p, g in zip(predicted, gold):
        for t in rules.PRIVACY_TYPES:
            counts[t][0] += t in p and t in g
            counts[t][1] += t in p and t not in g
            counts[t][2] += t not in p and t in g
    per_type = {t: _f1(*c) for t, c in counts.items()}
    micro = _f1(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return micro, sum(per_type.values()) / len(per_type), per_type


def exact_match(probabilities, items, threshold: float) -> float:
    right = sum(sorted(p.privacy(threshold)) == sorted(i.privacy)
                and (bool(i.privacy) and not i.category or p.category_name() == i.category)
                for p, i in zip(probabilities, items))
    return right / max(len(items), 1)


# ---- the baseline -------------------------------------------------------------
_KEYWORD_REQUEST = re.compile(r"(?i)\b(?:personal\s+data|my\s+data|privacy|gdpr|ccpa|data\s+protection|delete|remove|erase|forget)")
_KEYWORD_DELETION = re.compile(r"(?i)\b(?:delete|remove|erase|forget)")


def keyword_rule(text: str) -> list[str]:
    """What commercial intake tools do: a message that mentions deleting or
    data protection is a request; 'delete, remove, erase, forget' means
    deletion, anything else access. English only, as they are."""
    if not _KEYWORD_REQUEST.search(text):
        return []
    return ["deletion"] if _KEYWORD_DELETION.search(text) else ["access"]


# ---- the report ---------------------------------------------------------------
@dataclass
class Outcome:
    privacy: list[str]
    category: str | None
    needs_review: bool


def report(name: str, items, outcomes: list[Outcome], baseline: list[list[str]], seconds: float) -> str:
    def detection(pred: list[list[str]], subset=None):
        idx = range(len(items)) if subset is None else subset
        tp = sum(bool(pred[i]) and bool(items[i].privacy) for i in idx)
        fp = sum(bool(pred[i]) and not items[i].privacy for i in idx)
        fn = sum(not pred[i] and bool(items[i].privacy) for i in idx)
        ordinary = [i for i in idx if not items[i].privacy]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, _f1(tp, fp, fn), (fp / len(ordinary) if ordinary else 0.0), tp + fn, len(ordinary)

    ours = [o.privacy for o in outcomes]
    lines = [f"# Request classifier on {name}: {len(items)} messages "
             f"({sum(bool(i.privacy) for i in items)} privacy requests, {sum(not i.privacy for i in items)} ordinary)",
             f"{len(items) / seconds:.1f} texts/s on CPU (masked text in, read in batches of passes)", "",
             "                         precision  recall  F1     false alarms  type micro/macro F1"]
    for label, pred in (("this classifier", ours), ("keyword rule (baseline)", baseline)):
        p, r, f, fa, _, _ = detection(pred)
        micro, macro, _ = type_scores(pred, [i.privacy for i in items])
        lines.append(f"{label:24} {p:9.3f} {r:7.3f} {f:6.3f} {fa:12.1%}   {micro:.3f} / {macro:.3f}")
    _, _, per_type = type_scores(ours, [i.privacy for i in items])
    lines.append("\nper type F1: " + ", ".join(f"{t} {v:.3f}" for t, v in per_type.items()))
    lines.append("\nper language     requests  recall  precision  F1     ordinary  false alarms")
    by_language = defaultdict(list)
    for n, i in enumerate(items):
        by_language[i.language].append(n)
    for language in sorted(by_language):
        p, r, f, fa, n_req, n_ord = detection(ours, by_language[language])
        lines.append(f"  {language:5} {n_req:17} {r:7.3f} {p:10.3f} {f:6.3f} {n_ord:9}  {fa:.1%}")
    ordinary = [n for n, i in enumerate(items) if not i.privacy]
    if ordinary:
        right = sum(outcomes[n].category == items[n].category for n in ordinary)
        lines.append(f"\nrouting category accuracy on ordinary messages: {right / len(ordinary):.3f} ({right}/{len(ordinary)})")
    review = sum(o.needs_review for o in outcomes)
    lines.append(f"sent to review (needs_review): {review} ({review / max(len(items), 1):.1%})")
    confusion = Counter((bool(i.privacy), bool(o.privacy)) for i, o in zip(items, outcomes))
    lines += ["\nconfusion (rows: truth)   predicted privacy  predicted ordinary",
              f"  privacy request        {confusion[(True, True)]:17}  {confusion[(True, False)]:18}",
              f"  ordinary               {confusion[(False, True)]:17}  {confusion[(False, False)]:18}"]
    categories = Counter((items[n].category, outcomes[n].category) for n in ordinary)
    wrong = [(k, v) for k, v in categories.most_common() if k[0] != k[1]]
    if wrong:
        lines.append("category mix-ups (truth -> predicted): " + ", ".join(f"{a}->{b} {v}" for (a, b), v in wrong[:8]))
    return "\n".join(lines)
