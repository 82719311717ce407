"""BIO tags over word pieces, and back from tags to character spans."""
from __future__ import annotations

import torch

ENTITY_LABELS = ("PERSON", "STREET_ADDRESS", "LOCATION", "ORGANIZATION", "TITLE")
BIO_LABELS = ("O",) + tuple(f"{p}-{label}" for label in ENTITY_LABELS for p in ("B", "I"))
_INDEX = {label: i for i, label in enumerate(BIO_LABELS)}
_B = [_INDEX[f"B-{label}"] for label in ENTITY_LABELS]
_I = [_INDEX[f"I-{label}"] for label in ENTITY_LABELS]
_O = _INDEX["O"]
_LABEL_OF = {_INDEX[f"{p}-{label}"]: k for k, label in enumerate(ENTITY_LABELS) for p in "BI"}
_TAG_LABEL = torch.tensor([_LABEL_OF.get(t, 0) for t in range(len(BIO_LABELS))])
_TAG_INSIDE = torch.tensor([name.startswith("I-") for name in BIO_LABELS])
IGNORE = -100


def bio_targets(offsets, spans) -> list[int]:
    """One target per token: B- on a span's first token, I- on the rest, O
    outside spans; special tokens (offset (0, 0)) are ignored by the loss."""
    targets, previous = [], None
    for start, end in offsets:
        if start == end:
            targets.append(IGNORE)
            previous = None
            continue
        span = next((s for s in spans if s[0] <= start < s[1]), None)
        if span is None:
            targets.append(_INDEX["O"])
        else:
            prefix = "I" if previous is span else "B"
            targets.append(_INDEX[f"{prefix}-{span[2]}"])
        previous = span
    return targets


def decode(text: str, offsets, probs, min_mass) -> list[tuple[str, int, int, float]]:
    """Character spans (label, start, end, score) from per-token probability
    rows (one probability per BIO_LABELS entry).

    A token takes its likeliest tag. When that is "O", it still belongs to
    the entity label with the largest mass (B- plus I- probability) if that
    mass reaches min_mass[label]: a word the model finds 40% likely to be a
    name is masked as one. A token continues the span the previous token
    opened (across whitespace and light punctuation) when it is the same
    label and an inside tag; a span's score is its tokens' mean mass for its
    label. A span is widened to whole words: a tagged word piece masks its
    word."""
    spans: list[list] = []
    open_span = None  # the span the previous token belongs to, if any
    for (start, end), reading in zip(offsets, _readings(probs, min_mass)):
        if start == end or reading is None:
            open_span = None
            continue
        i, inside, mass = reading
        label = ENTITY_LABELS[i]
        if open_span is not None and open_span[0] == label and inside and _only_gap(text, open_span[2], start):
            open_span[2] = end
            open_span[3].append(mass)
        else:
            open_span = [label, start, end, [mass]]
            spans.append(open_span)
    out = []
    for label, start, end, masses in spans:
        start, end = _whole_words(text, start, end)
        out.append((label, start, end, sum(masses) / len(masses)))
    return out


def _readings(probs, min_mass) -> list:
    """Per token (label index, inside?, mass), or None outside any entity;
    computed on the whole window at once (a Python loop over 11 probabilities
    per token cost a tenth of the sample inbox's detection time)."""
    probs = torch.as_tensor(probs, dtype=torch.float32)
    if probs.numel() == 0:
        return []
    b, i = probs[:, _B], probs[:, _I]
    mass = b + i
    top = probs.argmax(-1)
    tagged = top != _O
    label = torch.where(tagged, _TAG_LABEL[top], mass.argmax(-1))
    inside = torch.where(tagged, _TAG_INSIDE[top], i.gather(1, label[:, None])[:, 0] > b.gather(1, label[:, None])[:, 0])
    label_mass = mass.gather(1, label[:, None])[:, 0]
    floor = torch.tensor([min_mass[name] for name in ENTITY_LABELS])[label]
    keep = tagged | (label_mass >= floor)
    return [(k, n, m) if kept else None
            for kept, k, n, m in zip(keep.tolist(), label.tolist(), inside.tolist(), label_mass.tolist())]


def _only_gap(text: str, end: int, start: int) -> bool:
    return text[end:start].strip(" \t\r\n,.-") == "" and start - end <= 3


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end
