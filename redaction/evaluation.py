"""Scoring as ../shared/docs/EVALUATION.md defines it.

Detection: type-agnostic, character-level with whitespace left out; a gold
span is found when predictions cover >= 80% of its characters, a predicted
span is correct when >= 50% of its characters lie in gold spans.
Masking: a gold value (3+ characters) leaked when, lower-cased and with
whitespace runs folded, it still appears in the masked output."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

_WS = re.compile(r"\s+")


def _chars(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, min(end, len(text))) if not text[i].isspace()}


@dataclass
class DetectionScore:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    gold_by_type: dict = field(default_factory=lambda: defaultdict(int))
    found_by_type: dict = field(default_factory=lambda: defaultdict(int))
    misses: list = field(default_factory=list)  # (text index, type, start, end)
    false_alarms: list = field(default_factory=list)  # (text index, predicted type or None, start, end)
    false_alarms_by_type: dict = field(default_factory=lambda: defaultdict(int))

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if (p + r) else 0.0


def score_detection(texts, gold_spans, predicted_spans) -> DetectionScore:
    """gold_spans: per text [(type, start, end)]; predicted_spans: per text
    [(start, end)] or [(start, end, type)] (the type only names false alarms)."""
    score = DetectionScore()
    for index, (text, gold, predicted) in enumerate(zip(texts, gold_spans, predicted_spans)):
        gold_chars, pred_chars = set(), set()
        for _, s, e in gold:
            gold_chars |= _chars(text, s, e)
        for s, e, *_ in predicted:
            pred_chars |= _chars(text, s, e)
        for kind, s, e in gold:
            chars = _chars(text, s, e)
            score.gold += 1
            score.gold_by_type[kind] += 1
            if chars and len(chars & pred_chars) >= 0.8 * len(chars):
                score.found += 1
                score.found_by_type[kind] += 1
            else:
                score.misses.append((index, kind, s, e))
        for s, e, *kind in predicted:
            chars = _chars(text, s, e)
            score.predicted += 1
            if chars and len(chars & gold_chars) >= 0.5 * len(chars):
                score.correct += 1
            else:
                score.false_alarms.append((index, kind[0] if kind else None, s, e))
                score.false_alarms_by_type[kind[0] if kind else None] += 1
    return score


def fold(text: str) -> str:
    return _WS.sub(" ", text.lower())


def leaked_values(values: list[str], masked_outputs: list[str], whole_words: bool = False) -> list[str]:
    """The gold values (3+ characters) still readable in any of the outputs.

    As EVALUATION.md defines it, a value leaks when it appears as a substring,
    so a first name 'Tom' 'leaks' through the word 'custom'. whole_words=True
    counts only appearances not glued to other letters or digits."""
    haystack = "\n".join(fold(t) for t in masked_outputs)
    leaked = []
    for v in values:
        needle = fold(v).strip()
        if len(needle) < 3:
            continue
        if whole_words:
            found = re.search(rf"(?<![^\W_]){re.escape(needle)}(?![^\W_])", haystack) is not None
        else:
            found = needle in haystack
        if found:
            leaked.append(v)
    return leaked
