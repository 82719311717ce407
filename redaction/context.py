"""Presidio's context enhancer, with the token lookup made logarithmic.

Presidio finds the token under each match by walking the document from its
start, once per match: quadratic on long letters with many numbers. Token
ends are increasing, so a binary search over them, computed once per
document, finds the same token."""
from __future__ import annotations

from bisect import bisect_right

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer


class FastLemmaContextEnhancer(LemmaContextAwareEnhancer):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # The last document seen and its token ends. Holding the document itself
        # (not its id, which a later document may reuse) keeps the check exact.
        self._tokens, self._ends = None, []

    def _find_index_of_match_token(self, word, start, tokens, tokens_indices):
        if self._tokens is not tokens:
            self._tokens, self._ends = tokens, [i + len(t) for i, t in zip(tokens_indices, tokens)]
        ends = self._ends
        # The first token that starts at `start` or covers it (Presidio's rule).
        index = bisect_right(ends, start)
        if index < len(ends):
            return index
        raise ValueError(f"no token at offset {start} although a match was found there")
