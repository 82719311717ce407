"""The egress guard's cost against the redaction time of the same messages.

    make bench        (or: .venv/bin/python bench/bench_egress.py [--passes 5])

For every message of the sample inbox (80, with their attachments), as the
pipeline does it:

  redaction  mask_items(): sender, subject, body and attachments in one pass,
             with the pipeline's Redactor (policy workers);
  guard      the vault's originals decrypted (KnownValues), then every payload
             a message sends with AI drafting and webhooks configured (drafted
             by the template drafter, which is timed apart), sealed
             (KnownValues.mask) and checked (EgressGuard.prepare: seal, processor,
             region, in-clear types, rescan with known values and the pattern
             recognizers, JSON envelope, sha256): a chat request with the masked
             message and the template acknowledgement, and the task brief for a
             webhook. Two payloads per message: a privacy request sends one, a
             task two (AI brief, then webhook). No network.
  audit      the guard's records of those payloads written to DuckDB as
             EgressGuard.send_many writes them: per batch (the chat requests, then
             the webhooks), every attempt in one write before sending, then
             settled in one (shown apart as well: it waits on the disk).

Redaction and guard alternate pass by pass in one process (the machine is shared
and timings drift); the figure is the sum over passes, guard / redaction."""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "data" / "samples"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--audit-dir", default=None, help="folder for the audit's DuckDB file (default: the temp dir)")
    args = parser.parse_args()

    from redaction import Redactor
    from redaction.egress import (CHAT, WEBHOOK, EgressGuard, EgressRecord, MemoryAudit, Outgoing, Prepared,
                                  Processor, Refusal)
    from redaction.masked import KnownValues
    from redaction.patterns import PatternScanner
    from redaction.policy import Policy
    from redaction.vault import VaultCipher
    from triage import store
    from triage.drafting import CaseFacts, MessageView, SYSTEM_ACK, TaskFacts, TemplateDrafter
    from triage.intake import InboxItem, list_inbox, read_inbox_file
    from triage.masking import mask_items

    items = [i for path in list_inbox(SAMPLES / "inbox") for i in read_inbox_file(path, SAMPLES / "inbox")
             if isinstance(i, InboxItem) and i.kind == "message"]
    policy = Policy.load()
    redactor = Redactor(policy, workers=policy.worker_count())  # as the pipeline runs it
    redactor.warm_up()
    masked = mask_items(redactor, items)

    cipher = VaultCipher(b"\x00" * 32)
    vault = {m.item.item_id: [(p, kind, *cipher.encrypt(value.encode(), f"{m.item.item_id}|{p}"))
                              for p, (kind, value) in m.placeholders.originals.items()] for m in masked}
    processors = {
        "ai": Processor("ai", "drafting", "EU", False, 0, "http://127.0.0.1:9/v1/chat/completions", model="m",
                        options={"store": False}),
        "prov": Processor("prov", "task_delivery", "EU", False, 30, "http://127.0.0.1:9/webhooks/prov"),
    }
    guard = EgressGuard(processors, {"EU": ["EU", "UK"]}, MemoryAudit(), PatternScanner(policy))
    drafter = TemplateDrafter()
    received = datetime(2026, 11, 3, tzinfo=timezone.utc)

    drafting = [0.0]  # seconds spent in the template drafter, over all guard passes

    def guard_pass() -> tuple[list, list]:
        """(chat requests, webhook briefs): Prepared, or the refusal."""
        chats, hooks = [], []
        for m in masked:
            mid = m.item.item_id
            known = KnownValues(mid, {p: (kind, cipher.decrypt(n, c, f"{mid}|{p}").decode())
                                      for p, kind, n, c in vault[mid]})
            view = MessageView(mid, m.sender_name.text, m.subject.text, m.body.text, "en", "EU")
            t0 = time.perf_counter()  # drafting is the drafter's work, not the guard's: timed apart
            ack = drafter.acknowledgement(view, CaseFacts("case-0123456789ab", ("access",), "GDPR", received,
                                                          date(2026, 12, 3)), known)
            prompt = f"Template:\n{ack.text.text}\n\nThe customer's message:\nSubject: {view.subject}\n\n{view.body}"
            brief = drafter.task_brief(view, TaskFacts("task-0123456789ab", "design", "en", ()), known)
            drafting[0] += time.perf_counter() - t0
            for into, outgoing in (
                    (chats, Outgoing("ai", "drafting", "EU", {"system": known.mask(SYSTEM_ACK),
                                                             "user": known.mask(prompt)}, protocol=CHAT)),
                    (hooks, Outgoing("prov", "task_delivery", "EU", {"brief": brief.text},
                                     {"task_id": "task-0123456789ab", "category": "design"}, WEBHOOK))):
                try:
                    into.append(guard.prepare(outgoing))
                except Refusal as refusal:  # counted: a refusal costs the same checks
                    into.append(refusal)
        return chats, hooks

    def audit_pass(sink, batches) -> None:
        """As send_many records a batch: its attempts in one write before sending, then settled in one."""
        for batch in batches:
            pending = [EgressRecord(uuid.uuid4().hex, datetime.now(timezone.utc), p.processor.processor_id,
                                    p.processor.purpose, None, "EU", p.processor.region, p.sha256, len(p.body),
                                    p.entity_counts, "pending", "about to send")
                       for p in batch if isinstance(p, Prepared)]
            sink.write(pending)
            sink.settle([replace(r, decision="sent", reason="HTTP 200", http_status=200) for r in pending])

    with tempfile.TemporaryDirectory(dir=args.audit_dir) as tmp:
        con = store.open_store(Path(tmp) / "bench.duckdb")
        sink = store.EgressAudit(con, "bench")
        redaction_s = guard_s = audit_s = 0.0
        audit_pass(sink, guard_pass())  # warm (regex compilation, imports)
        drafting[0] = 0.0
        for n in range(args.passes):
            steps = ["redaction", "guard"] if n % 2 == 0 else ["guard", "redaction"]
            for step in steps:
                t0 = time.perf_counter()
                if step == "redaction":
                    mask_items(redactor, items)
                    redaction_s += time.perf_counter() - t0
                    continue
                batches = guard_pass()
                t1 = time.perf_counter()
                audit_pass(sink, batches)
                guard_s += t1 - t0
                audit_s += time.perf_counter() - t1
        con.close()
    payloads = [p for batch in batches for p in batch]
    refused = sum(1 for p in payloads if not isinstance(p, Prepared))
    redactor.close()
    print(f"{len(items)} messages, {len(payloads)} payloads per pass ({refused} refused by the rescan), "
          f"{args.passes} passes, workers={redactor.workers}")
    print(f"redaction (mask_items)      {redaction_s / args.passes * 1000:8.1f} ms per pass")
    guard_s -= drafting[0]
    print(f"drafting (templates)        {drafting[0] / args.passes * 1000:8.1f} ms per pass  (not the guard's)")
    print(f"guard (seal + checks)       {guard_s / args.passes * 1000:8.1f} ms per pass  "
          f"= {100 * guard_s / redaction_s:.1f}% of redaction time")
    print(f"audit (2 batches, DuckDB)   {audit_s / args.passes * 1000:8.1f} ms per pass  "
          f"= {100 * audit_s / redaction_s:.1f}%")
    print(f"guard + audit               {100 * (guard_s + audit_s) / redaction_s:.1f}% of redaction time")


if __name__ == "__main__":
    main()
