"""What classifying a batch adds to masking it (issue 4: at most half).

    .venv/bin/python bench/bench_classifier.py [--messages 1000] [--inbox corpus|samples] [--models DIR]

The batch is the first N messages of the training corpus, or with
`--inbox samples` the sample inbox's messages taken in turn until there are
N (three times as long on average, as real support mail is: masking takes
longer with every character, the classifier reads at most its word-piece
cap). Subject and body, as the pipeline reads them (attachments left out),
masked as the pipeline masks them
(`Redactor.redact_groups` with the policy's workers), then classified by the
pipeline's default classifier. Both are timed in this run, after a warm-up
of each, so the ratio compares like with like."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.classifier import RequestClassifier  # noqa: E402
from models.corpus import corpus_records, message_text  # noqa: E402
from redaction import Redactor  # noqa: E402
from redaction.policy import Policy  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--inbox", choices=("corpus", "samples"), default="corpus")
    parser.add_argument("--models", type=Path, default=None, metavar="DIR",
                        help="DIR/request-minilm and DIR/request-ngrams instead of the committed models")
    args = parser.parse_args()
    groups = _sample_messages(args.messages) if args.inbox == "samples" else \
        [[r["subject"], r["text"]] for r in corpus_records()[:args.messages]]
    policy = Policy.load()
    redactor = Redactor(policy, workers=policy.worker_count())
    try:
        classifier = RequestClassifier.load_from(args.models) if args.models else RequestClassifier.load()
    except FileNotFoundError as exc:
        sys.exit(f"bench_classifier: {exc}")
    redactor.redact_groups(groups[:8])  # workers started, models loaded
    classifier.predict(["warm up"])
    classifier.warm_up()  # its worker processes started, models loaded

    started = time.perf_counter()
    masked = redactor.redact_groups(groups)
    masking = time.perf_counter() - started
    texts = [message_text(subject.text, body.text) for (subject, body), _ in masked]
    started = time.perf_counter()
    classifier.predict(texts)
    classifying = time.perf_counter() - started
    started = time.perf_counter()
    classifier._predict_here(texts)  # the same reading in this one process, for comparison
    in_process = time.perf_counter() - started
    redactor.close()
    classifier.close()

    n = len(groups)
    print(f"# Classifier time against masking time, {n} messages of the {args.inbox} "
          f"({sum(len(t) for t in texts) // n} characters on average after masking)")
    print(f"masking (redact_groups, {redactor.workers} workers): {masking:.1f} s, {n / masking:.1f} messages/s")
    print(f"classifying ({classifier.name}, batches of passes, {classifier.workers} workers): "
          f"{classifying:.1f} s, {n / classifying:.1f} messages/s")
    print(f"classification adds {classifying / masking:.2f}x the masking time (target: at most 0.5x)")
    print(f"(in this one process, {torch.get_num_threads()} threads: {in_process:.1f} s, {in_process / masking:.2f}x)")


def _sample_messages(n: int) -> list[list[str]]:
    from itertools import cycle, islice

    from models.corpus import sample_messages

    return [[i.subject, i.body] for i in islice(cycle(sample_messages()), n)]


if __name__ == "__main__":
    main()
