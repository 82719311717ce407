"""BIO tags over word pieces, and back from tags to character spans."""
from __future__ import annotations

ENTITY_LABELS = ("PERSON", "STREET_ADDRESS", "LOCATION", "ORGANIZATION", "TITLE")
BIO_LABELS = ("O",) + tuple(f"{p}-{label}" for label in ENTITY_LABELS for p in ("B", "I"))
_INDEX = {label: i for i, label in enumerate(BIO_LABELS)}
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


def decode(text: str, offsets, tag_ids, tag_probs) -> list[tuple[str, int, int, float]]:
    """Character spans (label, start, end, mean probability) from per-token
    tags. An I- tag continues the span the previous token opened, across
    whitespace and light punctuation; anything else opens a new span. A span
    is widened to whole words: a tag on one word piece masks its word."""
    spans: list[list] = []
    open_span = None  # the span the previous token belongs to, if any
    for (start, end), tag, prob in zip(offsets, tag_ids, tag_probs):
        if start == end:
            open_span = None
            continue
        name = BIO_LABELS[tag]
        if name == "O":
            open_span = None
            continue
        prefix, label = name.split("-", 1)
        if open_span is not None and open_span[0] == label and prefix == "I" and _only_gap(text, open_span[2], start):
            open_span[2] = end
            open_span[3].append(prob)
        else:
            open_span = [label, start, end, [prob]]
            spans.append(open_span)
    out = []
    for label, start, end, probs in spans:
        start, end = _whole_words(text, start, end)
        out.append((label, start, end, sum(probs) / len(probs)))
    return out


def _only_gap(text: str, end: int, start: int) -> bool:
    return text[end:start].strip(" \t\r\n,.-") == "" and start - end <= 3


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end
