"""Peak memory of redact_many over 10,000 messages in one call.

    .venv/bin/python bench/bench_memory.py [--messages 10000]

The messages are the sample inbox's message bodies, repeated with a serial
number so that no two are equal. Peak memory is this process's plus each
detection worker's resident peak (VmHWM)."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_redaction import sample_texts  # noqa: E402
from redaction import Redactor  # noqa: E402
from redaction.policy import Policy  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    base = sample_texts()
    texts = [f"{base[i % len(base)]}\n(ref {i})" for i in range(args.messages)]
    policy = Policy.load()
    redactor = Redactor(policy, workers=policy.worker_count())  # as the pipeline runs it
    started = time.perf_counter()
    results = redactor.redact_many(texts)
    elapsed = time.perf_counter() - started
    masked = sum(len(r.entities) for r in results)
    print(f"redact_many over {len(texts)} messages ({sum(map(len, texts)) / len(texts):.0f} characters on average): "
          f"{elapsed:.0f} s, {len(texts) / elapsed:.1f} messages/s, {masked} entities masked, "
          f"{redactor.workers} workers")
    print(f"peak memory (this process plus workers): {redactor.peak_memory_mb():.0f} MB")
    redactor.close()


if __name__ == "__main__":
    main()
