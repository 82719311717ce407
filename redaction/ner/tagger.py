"""Runs the fine-tuned token classifier over texts, window by window."""
from __future__ import annotations

import warnings
from pathlib import Path

import torch

from .labels import ENTITY_LABELS, decode
from .model import DEFAULT_DIR, load_finetuned

WINDOW = 128  # word pieces per window, [CLS] and [SEP] included
OVERLAP = 32  # shared by two windows where a text has no line break to cut at
# Long texts are cut into windows at paragraph breaks (else line breaks),
# so no word is read twice and every window has its own paragraphs whole.
# A word piece costs about 41 us in windows of 32-128 and 53 us in windows
# of 256 (attention grows with the square of the window), and sliding
# windows of 256 re-read 48 pieces each. Most text of the sample inbox is
# in messages longer than 128 pieces; none of the benchmark's is.
# One window per forward pass. int8 dynamic quantisation scales activations
# per batch, so batching would make a text's result depend on the texts
# beside it (measured: 230 of 300 texts came out different). One window at
# a time keeps redact_many exactly equal to redact one by one; on long texts
# it costs nothing (90-94 vs 87-95 sample texts/s), on short ones about half.


class TokenTagger:
    """`tag_many(texts)` gives per text [(label, start, end, score)]: the words
    whose probability of being part of a `label` span reaches `min_mass` for
    that label (labels.decode), scored by that probability.

    Linear layers are quantised to int8 (about twice as fast on CPU), and
    the model is traced into TorchScript, which halves the Python overhead
    of one short window (measured 291 -> 555 windows/s, outputs identical)."""

    def __init__(self, model_dir: Path = DEFAULT_DIR, quantize: bool = True,
                 min_mass: dict[str, float] | None = None) -> None:
        self.min_mass = {label: 0.5 for label in ENTITY_LABELS} | (min_mass or {})
        self.tokenizer, model = load_finetuned(model_dir)
        if quantize:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", (DeprecationWarning, UserWarning))  # torch.ao's deprecation notices
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        with torch.inference_mode(), warnings.catch_warnings():
            # The tracer warns that attention's causal flag becomes a constant:
            # it is constant (False) for an encoder. Deprecation notices too (below).
            warnings.simplefilter("ignore")
            example = torch.tensor([self.tokenizer("warm up")["input_ids"]])
            traced = torch.jit.trace(_Logits(model).eval(), (example,), check_trace=False, strict=False)
            # torch.jit is deprecated in favour of torch.compile (not measured here);
            # TorchScript still runs in torch 2.13, at the speed measured above.
            self.model = torch.jit.freeze(traced)

    def tag_many(self, texts: list[str]) -> list[list[tuple[str, int, int, float]]]:
        results: list[list] = [[] for _ in texts]
        if not texts:
            return results
        enc = self.tokenizer(list(texts), add_special_tokens=False, return_offsets_mapping=True, verbose=False)
        cls, sep = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        with torch.inference_mode():
            for t, (text, ids, offsets) in enumerate(zip(texts, enc["input_ids"], enc["offset_mapping"])):
                for start, end in windows(text, offsets):
                    logits = self.model(torch.tensor([[cls] + ids[start:end] + [sep]]))[0][1:-1]
                    results[t] += decode(text, offsets[start:end], torch.softmax(logits, dim=-1), self.min_mass)
        return results


def windows(text: str, offsets: list[tuple[int, int]], size: int = WINDOW - 2,
            overlap: int = OVERLAP) -> list[tuple[int, int]]:
    """(first, end) word-piece indices of the windows a text is read in: up
    to `size` pieces each, cut before the last paragraph break in a window's
    second half, else before its last line break; where there is neither,
    the next window starts `overlap` pieces before the cut, so that words
    near the cut are read with context on both sides."""
    spans, first, n = [], 0, len(offsets)
    if n == 0:
        return []
    while n - first > size:
        cut = _break_before(text, offsets, first + size // 2, first + size)
        if cut is None:
            spans.append((first, first + size))
            first += size - overlap
        else:
            spans.append((first, cut))
            first = cut
    spans.append((first, n))
    return spans


def _break_before(text: str, offsets, low: int, high: int) -> int | None:
    """The last piece in [low, high] that opens a paragraph, else a line."""
    line = None
    for i in range(high, low - 1, -1):
        gap = text[offsets[i - 1][1]:offsets[i][0]]
        if gap.count("\n") >= 2:
            return i
        if line is None and "\n" in gap:
            line = i
    return line


class _Logits(torch.nn.Module):
    """The classifier as a function of token ids alone, for tracing."""

    def __init__(self, model) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids):
        return self.model(input_ids=input_ids).logits
