"""Redaction speed and quality against plain Presidio, measured side by side.

    make bench        (or: .venv/bin/python bench/bench_redaction.py [--limit N])

Follows ../shared/docs/EVALUATION.md: the same texts, the same process and run,
alternating plain Presidio (AnalyzerEngine with the same spaCy model and its
default recognizers, analyze then AnonymizerEngine.anonymize, one text at a
time) and our Redactor.redact_many, chunk by chunk; the ratio is plain's time
/ ours. Also prints detection precision/recall/F2 of both on the benchmark and
peak memory (ru_maxrss) of the process."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redaction import Redactor  # noqa: E402
from redaction.analyzer import build_plain_presidio  # noqa: E402
from redaction.policy import Policy  # noqa: E402
from redaction.evaluation import score_detection  # noqa: E402

BENCHMARK = ROOT.parent / "shared" / "benchmarks" / "presidio_synth_dataset_v2.json"
SAMPLES = ROOT / "data" / "samples"
CHUNK = 50


def benchmark_texts(limit: int | None):
    records = json.loads(BENCHMARK.read_text(encoding="utf-8"))[:limit]
    texts = [r["full_text"] for r in records]
    gold = [[(s["entity_type"], s["start_position"], s["end_position"]) for s in r["spans"]] for r in records]
    return texts, gold


def sample_texts() -> list[str]:
    """Message bodies and document texts of the sample inbox, as the intake reads them."""
    from triage.intake import InboxItem, list_inbox, read_inbox_file

    texts = []
    for path in list_inbox(SAMPLES / "inbox"):
        for item in read_inbox_file(path, SAMPLES / "inbox"):
            if isinstance(item, InboxItem):
                texts += [t for t in (item.subject, item.body) if t.strip()]
    return texts


def time_side_by_side(texts, redactor, plain, anonymizer):
    ours = theirs = 0.0
    for n, start in enumerate(range(0, len(texts), CHUNK)):
        chunk = texts[start:start + CHUNK]
        runs = [("plain", lambda: [anonymizer.anonymize(t, plain.analyze(t, language="en")) for t in chunk]),
                ("ours", lambda: redactor.redact_many(chunk))]
        for name, fn in (runs if n % 2 == 0 else runs[::-1]):
            t0 = time.perf_counter()
            fn()
            elapsed = time.perf_counter() - t0
            if name == "ours":
                ours += elapsed
            else:
                theirs += elapsed
    return theirs, ours


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="benchmark texts to use (default all)")
    args = parser.parse_args()
    from presidio_anonymizer import AnonymizerEngine

    policy = Policy.load()
    redactor = Redactor(policy, workers=policy.worker_count())  # as the pipeline runs it
    plain, anonymizer = build_plain_presidio(), AnonymizerEngine()
    texts, gold = benchmark_texts(args.limit)
    # Warm both (first calls load lazily; our worker processes start here).
    redactor.warm_up()
    redactor.redact_many(texts[:5])
    [anonymizer.anonymize(t, plain.analyze(t, language="en")) for t in texts[:5]]

    print(f"# Redaction benchmark ({len(texts)} texts of presidio_synth_dataset_v2, side by side)")
    ours_pred = [[(e.start, e.end) for e in ents] for ents in redactor.detect_many(texts)]
    plain_pred = [[(r.start, r.end) for r in plain.analyze(t, language="en")] for t in texts]
    for name, pred in (("plain Presidio", plain_pred), ("privacy-triage", ours_pred)):
        s = score_detection(texts, gold, pred)
        print(f"{name:>15}: precision {s.precision:.3f}  recall {s.recall:.3f}  F2 {s.f2:.3f}")

    # The sample inbox is small (a second or two per engine): it is timed over
    # several passes so that the ratio is not one blip of the machine.
    for label, corpus in (("benchmark texts", texts), ("sample inbox texts, 5 passes", sample_texts() * 5)):
        theirs, ours = time_side_by_side(corpus, redactor, plain, anonymizer)
        print(f"{label}: {len(corpus)} texts; plain Presidio {len(corpus) / theirs:.1f} texts/s, "
              f"privacy-triage {len(corpus) / ours:.1f} texts/s; speed ratio (plain time / ours) {theirs / ours:.2f}x")
    print(f"privacy-triage detection workers: {redactor.workers}")
    print(f"peak memory (this process with both engines, plus our workers): {redactor.peak_memory_mb():.0f} MB")
    redactor.close()  # workers stop before the interpreter tears down their pipes


if __name__ == "__main__":
    main()
