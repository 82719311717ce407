"""The triage steps as plain functions over a DuckDB file. The Prefect flow
calls these in batches; tests call them directly. Between steps only paths,
counts and content-hash ids travel, never message contents."""
from __future__ import annotations

import json
import logging
import uuid
from collections import Counter
from functools import lru_cache
from pathlib import Path

from models import RequestClassifier
from models.corpus import message_text
from redaction import Redactor
from redaction.policy import Policy
from redaction.vault import VaultCipher

from . import store
from .cases import due_date, jurisdiction_of
from .intake import InboxItem, Rejected, content_id, list_inbox, read_inbox_file
from redaction.language import guess_language
from .config import TriageConfig
from .masking import MaskedItem, filename_for_detection, mask_items
from .regions import sender_tld
from .routing import choose_provider, load_providers, required_skills

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def get_redactor() -> Redactor:
    """The pipeline's Redactor: detection in the policy's worker processes."""
    policy = Policy.load()
    return Redactor(policy, workers=policy.worker_count())


@lru_cache(maxsize=1)
def get_classifier() -> RequestClassifier:
    return RequestClassifier.load()


def start_run(db_path: str) -> str:
    run_id = f"run-{store.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    con = store.open_store(db_path)
    with con:
        con.execute("INSERT INTO runs (run_id, started_at) VALUES (?, ?)", [run_id, store.now()])
        store.audit(con, "run_started", run_id=run_id)
    return run_id


def count_inbox_files(inbox_dir: str) -> int:
    return len(list_inbox(inbox_dir))


# ---- intake + masking + storage --------------------------------------------
def ingest_files(inbox_dir: str, db_path: str, run_id: str, start: int, stop: int) -> dict:
    """Read files [start, stop) of the inbox, mask them, store them.
    Returns the ids of the new messages and counts."""
    files = list_inbox(inbox_dir)[start:stop]
    items: list[InboxItem] = []
    rejected: list[Rejected] = []
    for path in files:
        try:
            for entry in read_inbox_file(path, inbox_dir):
                (rejected if isinstance(entry, Rejected) else items).append(entry)
        except Exception as exc:  # an unexpected failure loses one file, never the batch
            raw = path.read_bytes() if path.exists() else b""
            rejected.append(Rejected(content_id(raw), str(path.relative_to(inbox_dir)),
                                     f"could not read the file ({type(exc).__name__})", raw))

    con = store.open_store(db_path)
    with con:
        seen = (store.known_ids(con, "messages", "message_id", [i.item_id for i in items])
                | store.known_ids(con, "documents", "document_id", [i.item_id for i in items]))
        fresh = [i for i in items if i.item_id not in seen]
        masked, failed = _mask_safely(fresh)
        rejected += failed
        cipher = VaultCipher()
        for m in masked:
            _store_item(con, run_id, m, cipher)
        new_rejections = _store_rejected(con, run_id, rejected, cipher)
        store.audit(con, "batch_ingested", run_id=run_id, files=len(files), new_items=len(masked),
                    duplicates=len(items) - len(fresh), quarantined=new_rejections)
    return {
        "message_ids": [m.item.item_id for m in masked if m.item.kind == "message"],
        "documents": sum(1 for m in masked if m.item.kind == "document"),
        "duplicates": len(items) - len(fresh),
        "quarantined": new_rejections,
    }


def _mask_safely(items: list[InboxItem]) -> tuple[list[MaskedItem], list[Rejected]]:
    try:
        return mask_items(get_redactor(), items), []
    except Exception:
        log.warning("masking failed for a batch; retrying item by item")
    masked, failed = [], []
    for item in items:
        try:
            masked += mask_items(get_redactor(), [item])
        except Exception as exc:
            failed.append(Rejected(item.item_id, item.source, f"masking failed ({type(exc).__name__})",
                                   _raw_of(item)))
    return masked, failed


def _raw_of(item: InboxItem) -> bytes:
    parts = [item.sender_name, item.sender_email, item.subject, item.body]
    return "\n".join(parts).encode("utf-8")


def _store_item(con, run_id: str, m: MaskedItem, cipher: VaultCipher) -> None:
    item, at = m.item, store.now()
    if item.kind == "message":
        language = guess_language(f"{m.subject.text}\n{m.body.text}")
        con.execute(
            """INSERT INTO messages (message_id, run_id, source, external_id, channel, received_at, language,
                                     sender_name_masked, sender_email_masked, subject_masked, body_masked,
                                     stored_at, sender_tld) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [item.item_id, run_id, m.source.text, item.external_id, item.channel,
             item.received_at or at, language, m.sender_name.text, m.sender_email.text,
             m.subject.text, m.body.text, at, sender_tld(item.sender_email)])
    else:
        con.execute(
            "INSERT INTO documents VALUES (?, NULL, ?, ?, ?, ?, ?, NULL, ?)",
            [item.item_id, run_id, m.source.text, Path(m.source.text).name,
             Path(item.source).suffix.lower().lstrip("."), m.body.text, at])
    for n, att in enumerate(m.attachments, start=1):
        doc_id = content_id(f"{item.item_id}:{n}".encode() + item.attachments[n - 1].data)
        con.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [doc_id, item.item_id, run_id, f"{m.source.text}#attachment:{n}", att.filename.text,
                     att.media_type, att.text.text if att.text else None, att.error, at])
        if att.error:
            qid = content_id(item.attachments[n - 1].data)
            _quarantine(con, run_id, qid, f"{m.source.text}#attachment:{n}",
                        f"attachment {att.filename.text}: {att.error}", item.attachments[n - 1].data, cipher)
    rows = [(item.item_id, part, e.type, e.start, e.end, e.score, e.placeholder)
            for part, result in m.parts() for e in result.entities]
    if rows:
        con.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    vault_rows = []
    for placeholder, (entity_type, value) in m.placeholders.originals.items():
        nonce, ciphertext = cipher.encrypt(value.encode("utf-8"), f"{item.item_id}|{placeholder}")
        vault_rows.append((item.item_id, placeholder, entity_type, nonce, ciphertext, at))
    if vault_rows:
        con.executemany("INSERT INTO vault VALUES (?, ?, ?, ?, ?, ?)", vault_rows)


def _store_rejected(con, run_id: str, rejected: list[Rejected], cipher: VaultCipher) -> int:
    if not rejected:
        return 0
    known = store.known_ids(con, "quarantine", "quarantine_id", [r.item_id for r in rejected])
    # The source name may itself hold a name ("cv_jane_doe.pdf"): mask it too.
    sources = get_redactor().redact_many([filename_for_detection(r.source) for r in rejected])
    added = 0
    for r, masked_source in zip(rejected, sources):
        if r.item_id in known:
            continue
        known.add(r.item_id)
        _quarantine(con, run_id, r.item_id, _reapply(r.source, masked_source), r.reason, r.raw, cipher)
        added += 1
    return added


def _reapply(original: str, masked) -> str:
    pieces, cursor = [], 0
    for e in masked.entities:
        pieces += [original[cursor:e.start], e.placeholder]
        cursor = e.end
    return "".join(pieces) + original[cursor:]


def _quarantine(con, run_id, quarantine_id, source_masked, reason, raw: bytes, cipher) -> None:
    if store.known_ids(con, "quarantine", "quarantine_id", [quarantine_id]):
        return
    con.execute("INSERT INTO quarantine VALUES (?, ?, ?, ?, ?)",
                [quarantine_id, run_id, source_masked, reason, store.now()])
    nonce, ciphertext = cipher.encrypt(raw, f"quarantine|{quarantine_id}")
    con.execute("INSERT INTO vault_quarantine VALUES (?, ?, ?)", [quarantine_id, nonce, ciphertext])
    store.audit(con, "quarantined", quarantine_id, run_id, reason=reason)


# ---- classification ---------------------------------------------------------
def classifier_input(subject_masked: str | None, body_masked: str) -> str:
    return message_text(subject_masked, body_masked)  # as in training


def classify_messages(db_path: str, message_ids: list[str]) -> dict:
    """Classify stored messages. The classifier reads only the masked columns."""
    con = store.open_store(db_path)
    with con:
        done = store.known_ids(con, "classifications", "message_id", message_ids)
        todo = [i for i in message_ids if i not in done]
        if not todo:
            return {"classified": 0}
        rows = con.execute(
            "SELECT message_id, subject_masked, body_masked FROM messages WHERE message_id IN (SELECT unnest(?))",
            [todo]).fetchall()
        classifier = get_classifier()
        predictions = classifier.predict([classifier_input(s, b) for _, s, b in rows])
        at = store.now()
        con.executemany("INSERT INTO classifications VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [(mid, classifier.name, p.privacy, p.category, p.confidence, p.needs_review, at)
                         for (mid, _, _), p in zip(rows, predictions)])
    return {"classified": len(rows)}


# ---- acting: cases, tasks, review queue ---------------------------------------
def act_on_messages(db_path: str, run_id: str, message_ids: list[str], providers_path: str | None = None,
                    config_path: str | None = None) -> dict:
    config = TriageConfig.load(config_path, providers_path)
    providers = load_providers(config.providers_file)
    con = store.open_store(db_path)
    counts = Counter()
    with con:
        rows = con.execute(
            """SELECT m.message_id, m.subject_masked, m.body_masked, m.received_at, m.language,
                      c.privacy_types, c.category, c.needs_review, m.sender_tld
               FROM messages m JOIN classifications c USING (message_id)
               WHERE m.message_id IN (SELECT unnest(?))""", [message_ids]).fetchall()
        open_tasks = store.open_task_counts(con)
        has_case = store.known_ids(con, "privacy_cases", "message_id", message_ids)
        has_task = store.known_ids(con, "tasks", "message_id", message_ids)
        queued = store.known_ids(con, "review_queue", "message_id", message_ids)
        at = store.now()
        for mid, subject, body, received_at, language, types, category, needs_review, tld in rows:
            if types and mid not in has_case:
                law = jurisdiction_of(classifier_input(subject, body))
                case_id = f"case-{mid[:12]}"
                con.execute("INSERT INTO privacy_cases VALUES (?, ?, ?, ?, ?, ?, 'open', ?)",
                            [case_id, mid, types, law, received_at, due_date(received_at, law), at])
                store.audit(con, "case_opened", case_id, run_id, jurisdiction=law, types=types)
                counts["cases"] += 1
            if (needs_review or (not types and not category)) and mid not in queued:
                reason = "low confidence" if needs_review else "no request type or category recognised"
                con.execute("INSERT INTO review_queue VALUES (?, ?, ?)", [mid, reason, at])
                counts["review"] += 1
                continue  # unsure messages are not routed to providers
            if category and mid not in has_task:
                text = classifier_input(subject, body)
                region, basis = config.regions.region_of(tld, text)
                provider = choose_provider(providers, category, language, open_tasks,
                                           config.regions.allowed.get(region, ()), required_skills(text))
                status = "assigned" if provider else "manual_queue"
                pid = provider.provider_id if provider else None
                reason = None if provider else f"no provider for {category} with capacity in a region allowed for {region} data"
                if pid:
                    open_tasks[pid] = open_tasks.get(pid, 0) + 1
                con.execute("""INSERT INTO tasks (task_id, message_id, category, language, provider_id, status,
                                                  created_at, data_region, status_reason, attempts, updated_at)
                               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                            [f"task-{mid[:12]}", mid, category, language, pid, status, at, region, reason, at])
                store.audit(con, "task_routed", f"task-{mid[:12]}", run_id, provider=pid, category=category,
                            data_region=region, region_basis=basis)
                counts["tasks"] += 1
    return dict(counts)


# ---- summary ----------------------------------------------------------------
def summarise(db_path: str, run_id: str, batch_counts: list[dict]) -> dict:
    con = store.open_store(db_path)
    with con:
        one = lambda sql, *a: con.execute(sql, list(a)).fetchone()[0]  # noqa: E731
        by_type = dict(con.execute(
            "SELECT t, count(*) FROM (SELECT unnest(privacy_types) t FROM classifications) GROUP BY t ORDER BY t").fetchall())
        by_category = dict(con.execute(
            "SELECT category, count(*) FROM classifications WHERE category IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall())
        summary = {
            "run_id": run_id,
            "new_messages": sum(len(b.get("message_ids", [])) for b in batch_counts),
            "new_documents": sum(b.get("documents", 0) for b in batch_counts),
            "duplicates_skipped": sum(b.get("duplicates", 0) for b in batch_counts),
            "quarantined_this_run": sum(b.get("quarantined", 0) for b in batch_counts),
            "messages": one("SELECT count(*) FROM messages"),
            "documents": one("SELECT count(*) FROM documents"),
            "privacy_requests": one("SELECT count(*) FROM classifications WHERE len(privacy_types) > 0"),
            "ordinary": one("SELECT count(*) FROM classifications WHERE len(privacy_types) = 0"),
            "open_cases": one("SELECT count(*) FROM privacy_cases WHERE status = 'open'"),
            "tasks_assigned": one("SELECT count(*) FROM tasks WHERE status IN ('assigned', 'delivered')"),
            "tasks_delivered": one("SELECT count(*) FROM tasks WHERE status = 'delivered'"),
            "tasks_retry": one("SELECT count(*) FROM tasks WHERE status = 'retry'"),
            "tasks_waiting": one("SELECT count(*) FROM tasks WHERE status = 'manual_queue'"),
            "drafts": one("SELECT count(*) FROM drafts"),
            "egress_sent": one("SELECT count(*) FROM egress_audit WHERE decision = 'sent'"),
            "egress_refused": one("SELECT count(*) FROM egress_audit WHERE decision = 'refused'"),
            "egress_failed": one("SELECT count(*) FROM egress_audit WHERE decision = 'failed'"),
            "review_queue": one("SELECT count(*) FROM review_queue"),
            "quarantined": one("SELECT count(*) FROM quarantine"),
            "entities_masked": one("SELECT count(*) FROM entities"),
            "by_type": by_type,
            "by_category": by_category,
        }
        con.execute("UPDATE runs SET finished_at = ?, summary = ? WHERE run_id = ?",
                    [store.now(), json.dumps(summary), run_id])
        store.audit(con, "run_finished", run_id=run_id)
    return summary
