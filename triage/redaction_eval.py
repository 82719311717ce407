"""`privacy-triage eval redaction`: detection and masking quality on the
benchmark or the sample inbox, scored as ../shared/docs/EVALUATION.md says.

benchmark: Presidio's synthetic set; detection scored on every entity the
    analyzer reports (Redactor.detect_many), before the masking policy.
samples: the labelled sample inbox, read and masked exactly as the flow
    does it (mask_items); scored on what was masked, plus the leak rate."""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from redaction.evaluation import DetectionScore, leaked_values, score_detection

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "data" / "samples"
BENCHMARK = Path(os.environ.get("PRIVACY_TRIAGE_BENCHMARK",
                                REPO_ROOT.parent / "shared" / "benchmarks" / "presidio_synth_dataset_v2.json"))
# Direct identifiers: EVALUATION.md's zero-leak target applies to these.
DIRECT_IDENTIFIERS = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "NATIONAL_ID", "PASSPORT",
                      "CREDIT_CARD", "IBAN_CODE", "ACCOUNT_ID", "US_SSN", "US_DRIVER_LICENSE"}


@dataclass
class EvalResult:
    name: str
    score: DetectionScore
    texts: list[str]
    values: list[tuple[str, str]]   # (type, gold value) for the leak rate
    leaked: list[tuple[str, str]]   # as EVALUATION.md counts: still a substring of the output
    leaked_words: list[tuple[str, str]]  # still readable as a whole word ('Tom' but not in 'custom')
    note: str


def load_benchmark(path: Path | None = None, limit: int | None = None):
    path = path or BENCHMARK
    if not path.is_file():
        raise FileNotFoundError(f"benchmark not found: {path} (set PRIVACY_TRIAGE_BENCHMARK)")
    records = json.loads(path.read_text(encoding="utf-8"))[:limit]
    texts = [r["full_text"] for r in records]
    gold = [[(s["entity_type"], s["start_position"], s["end_position"]) for s in r["spans"]] for r in records]
    return texts, gold


def eval_benchmark(redactor, limit: int | None = None) -> EvalResult:
    texts, gold = load_benchmark(limit=limit)
    detected = redactor.detect_many(texts)
    score = score_detection(texts, gold, [[(e.start, e.end, e.type) for e in ents] for ents in detected])
    masked = [r.text for r in redactor.redact_many(texts)]
    values, leaked, leaked_words = [], [], []
    for text, spans, output in zip(texts, gold, masked):
        item_values = [(kind, text[s:e]) for kind, s, e in spans]
        values += item_values
        leaked += _leaks(item_values, [output])
        leaked_words += _leaks(item_values, [output], whole_words=True)
    return EvalResult("benchmark", score, texts, values, leaked, leaked_words,
                      "detection: every entity the analyzer reports (before the masking policy)")


def eval_samples(redactor, root: Path = SAMPLES) -> EvalResult:
    from redaction.extract import extract_text

    from .intake import InboxItem, list_inbox, read_inbox_file
    from .masking import mask_items

    labels = {}
    for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        labels[r["id"] if r["kind"] == "message" else r["source"].removeprefix("inbox/")] = r
    items = [i for p in list_inbox(root / "inbox") for i in read_inbox_file(p, root / "inbox")
             if isinstance(i, InboxItem)]
    texts, gold, predicted, values, leaked, leaked_words = [], [], [], [], [], []
    for m in mask_items(redactor, items):
        label = labels[m.item.external_id if m.item.kind == "message" else m.item.source]
        parts = {"from_name": (m.item.sender_name, m.sender_name), "from_email": (m.item.sender_email, m.sender_email),
                 "subject": (m.item.subject, m.subject),
                 "body" if m.item.kind == "message" else "text": (m.item.body, m.body)}
        for att, masked_att in zip(m.item.attachments, m.attachments):
            if masked_att.text is not None:
                parts[f"attachment:{att.filename}"] = (extract_text(att.data, att.filename), masked_att.text)
        by_part: dict[str, list] = {}
        for p in label["pii"]:
            by_part.setdefault(p["part"], []).append((p["type"], p["value"]))
        for part, (original, result) in parts.items():
            spans = sorted({(kind, s, e) for kind, value in by_part.get(part, [])
                            for s, e in _occurrences(original, value)}, key=lambda x: x[1])
            texts.append(original)
            gold.append(spans)
            predicted.append([(e.start, e.end, e.type) for e in result.entities])
        outputs = [result.text for _, result in m.parts()]
        item_values = sorted({(p["type"], p["value"]) for p in label["pii"] if len(p["value"].strip()) >= 3})
        values += item_values
        leaked += _leaks(item_values, outputs)
        leaked_words += _leaks(item_values, outputs, whole_words=True)
    score = score_detection(texts, gold, predicted)
    return EvalResult("samples", score, texts, values, leaked, leaked_words,
                      "detection: the spans the flow masked (after the masking policy)")


def _leaks(values: list[tuple[str, str]], outputs: list[str], whole_words: bool = False) -> list[tuple[str, str]]:
    hit = set(leaked_values([v for _, v in values], outputs, whole_words=whole_words))
    return [(kind, value) for kind, value in values if value in hit]


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """Where a gold value stands in a part (labels give values; PDF offsets
    index the source, not the extracted text). Whitespace may differ."""
    words = value.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [m.span() for m in re.finditer(pattern, text)]


def format_report(result: EvalResult, misses: int = 25, false_alarms: int = 0) -> str:
    s = result.score
    lines = [f"# Redaction on {result.name}: {len(result.texts)} texts, {s.gold} gold spans",
             f"({result.note})",
             f"precision {s.precision:.3f}  recall {s.recall:.3f}  F2 {s.f2:.3f}  "
             f"({s.correct}/{s.predicted} predicted correct, {s.found}/{s.gold} gold found)"]
    direct = [v for v in result.values if v[0] in DIRECT_IDENTIFIERS]
    for label, leaks in (("leak rate", result.leaked), ("as whole words", result.leaked_words)):
        n, k = len(result.values), len(leaks)
        direct_leaks = [v for v in leaks if v[0] in DIRECT_IDENTIFIERS]
        lines.append(f"{label} {k}/{n} = {k / max(n, 1):.2%}; direct identifiers "
                     f"{len(direct_leaks)}/{len(direct)} = {len(direct_leaks) / max(len(direct), 1):.2%}")
    lines.append("\nper type        gold  found  recall  leaked")
    leaks_by_type = Counter(kind for kind, _ in result.leaked)
    values_by_type = Counter(kind for kind, _ in result.values)
    for kind in sorted(s.gold_by_type, key=lambda t: -s.gold_by_type[t]):
        g, f = s.gold_by_type[kind], s.found_by_type[kind]
        lines.append(f"  {kind:15} {g:4}  {f:5}  {f / g:6.3f}  {leaks_by_type[kind]}/{values_by_type[kind]}")
    if misses and result.leaked_words:
        lines.append(f"\nleaked as whole words (first {min(misses, len(result.leaked_words))}):")
        lines += [f"  {kind:15} {value!r}" for kind, value in result.leaked_words[:misses]]
    if misses and s.misses:
        lines.append(f"\nmisses (first {min(misses, len(s.misses))} of {len(s.misses)}):")
        for index, kind, start, end in s.misses[:misses]:
            lines.append(f"  [{index}] {kind:15} {result.texts[index][start:end]!r}")
    if s.false_alarms_by_type:
        counts = ", ".join(f"{kind} {n}" for kind, n in sorted(s.false_alarms_by_type.items(), key=lambda kv: -kv[1]))
        lines.append(f"\nfalse alarms by predicted type: {counts}")
    if false_alarms and s.false_alarms:
        lines.append(f"false alarms (first {min(false_alarms, len(s.false_alarms))} of {len(s.false_alarms)}):")
        for index, kind, start, end in s.false_alarms[:false_alarms]:
            lines.append(f"  [{index}] {kind or '?':15} {result.texts[index][start:end]!r}")
    return "\n".join(lines)
