"""Leak rate on the sample inbox (EVALUATION.md 'Masking'): every gold value of
3+ characters that is still readable in the masked output of its item.

    .venv/bin/python bench/sample_leaks.py [--show]"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redaction.evaluation import leaked_values  # noqa: E402
from triage.intake import InboxItem, list_inbox, read_inbox_file  # noqa: E402
from triage.masking import mask_items  # noqa: E402
from triage.pipeline import get_redactor  # noqa: E402

SAMPLES = ROOT / "data" / "samples"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="list every leaked value with its type")
    args = parser.parse_args()
    labels = [json.loads(line) for line in (SAMPLES / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    by_key = {}
    for r in labels:
        by_key[r["id"] if r["kind"] == "message" else r["source"].removeprefix("inbox/")] = r
    items = [i for p in list_inbox(SAMPLES / "inbox") for i in read_inbox_file(p, SAMPLES / "inbox")
             if isinstance(i, InboxItem)]
    masked = mask_items(get_redactor(), items)
    total, leaks, word_leaks = Counter(), Counter(), 0
    for m in masked:
        key = m.item.external_id if m.item.kind == "message" else m.item.source
        label = by_key[key]
        outputs = [result.text for _, result in m.parts()]
        values = {(p["type"], p["value"]) for p in label["pii"] if len(p["value"].strip()) >= 3}
        leaked = set(leaked_values([v for _, v in values], outputs))
        word_leaks += len(leaked_values([v for _, v in values], outputs, whole_words=True))
        for kind, value in sorted(values):
            total[kind] += 1
            if value in leaked:
                leaks[kind] += 1
                if args.show:
                    print(f"LEAK {kind:15} {value!r:45} {key}")
    n, k = sum(total.values()), sum(leaks.values())
    print(f"sample inbox: {len(masked)} items, {n} gold values, {k} leaked, leak rate {k / n:.3%} "
          f"(as whole words: {word_leaks} leaked)")
    for kind in sorted(total):
        print(f"  {kind:15} {leaks[kind]:3} / {total[kind]:3} leaked")


if __name__ == "__main__":
    main()
