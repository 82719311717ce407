"""Stored drafts: kept masked in `drafts`, re-identified only when a person
inside the system opens one to send (`privacy-triage draft open DRAFT_ID
--by USER`). Opening is audited: who, when, which draft, how many values were
put back; never the text."""
from __future__ import annotations

import hashlib

from redaction.masked import MaskedText

from . import store
from .known import load_known


def draft_id(kind: str, subject_id: str) -> str:
    return "draft-" + hashlib.sha256(f"{kind}|{subject_id}".encode()).hexdigest()[:12]


def save_draft(con, message_id: str, subject_id: str, kind: str, drafter: str, text: MaskedText) -> str:
    did = draft_id(kind, subject_id)
    con.execute("INSERT INTO drafts VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [did, message_id, subject_id, kind, drafter, text.text, store.now()])
    return did


def list_drafts(db_path: str) -> list[tuple]:
    """(draft id, kind, subject id, drafter, created at): no text."""
    con = store.open_store(db_path)
    with con:
        return con.execute("SELECT draft_id, kind, subject_id, drafter, created_at FROM drafts "
                           "ORDER BY created_at, draft_id").fetchall()


class DraftNotFound(LookupError):
    pass


def open_draft(db_path: str, draft_id: str, opened_by: str) -> str:
    """The draft with its placeholders put back from the vault, for `opened_by`
    to send. Audited in audit_log as 'draft_reidentified'."""
    if not opened_by.strip():
        raise ValueError("say who opens the draft (--by)")
    con = store.open_store(db_path)
    with con:
        row = con.execute("SELECT message_id, text_masked FROM drafts WHERE draft_id = ?", [draft_id]).fetchone()
        if row is None:
            raise DraftNotFound(f"no draft {draft_id}")
        message_id, masked = row
        text, restored = load_known(con, [message_id])[message_id].restore(masked)
        store.audit(con, "draft_reidentified", draft_id, opened_by=opened_by.strip(),
                    values_restored=sum(restored.values()), types=sorted(restored))
    return text
