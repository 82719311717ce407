"""Span precision and recall of the token classifier per label, on generated
text it was not trained on (another seed): the model's own yardstick, apart
from the benchmark, used to compare training runs.

    python -m redaction.ner.validate [--examples 2000] [--seed 7]"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from .generate import generate
from .labels import ENTITY_LABELS
from .model import DEFAULT_DIR
from .tagger import TokenTagger


def validate(tagger: TokenTagger, examples: list[dict]) -> dict[str, tuple[float, float]]:
    """Per label (precision, recall): a span counts when label and offsets match
    after trimming whitespace and trailing punctuation."""
    gold, predicted, hit = Counter(), Counter(), Counter()
    tagged = tagger.tag_many([e["text"] for e in examples])
    for example, spans in zip(examples, tagged):
        text = example["text"]
        truth = {(label, *_trim(text, s, e)) for s, e, label in example["spans"]}
        guess = {(label, *_trim(text, s, e)) for label, s, e, _ in spans}
        for label, *_ in truth:
            gold[label] += 1
        for label, *_ in guess:
            predicted[label] += 1
        for label, *_ in truth & guess:
            hit[label] += 1
    return {label: (hit[label] / max(predicted[label], 1), hit[label] / max(gold[label], 1))
            for label in ENTITY_LABELS}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--model", type=Path, default=DEFAULT_DIR, help="a trained model folder")
    args = parser.parse_args()
    scores = validate(TokenTagger(args.model), generate(args.examples, seed=args.seed))
    for label, (p, r) in scores.items():
        print(f"{label:15} precision {p:.3f}  recall {r:.3f}")


if __name__ == "__main__":
    main()
