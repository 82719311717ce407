"""Reading the inbox: e-mails (.eml), helpdesk exports (.json / .jsonl) and
loose uploaded documents. Everything that cannot be read becomes a Rejected
item with a reason that names the problem, never the content."""
from __future__ import annotations

import base64
import binascii
import email
import email.policy
import email.utils
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from redaction.extract import SUPPORTED_SUFFIXES, ExtractionError, extract_text

MESSAGE_SUFFIXES = {".eml", ".json", ".jsonl"}
CHANNELS = {"email", "webform", "chat"}


@dataclass
class Attachment:
    filename: str
    data: bytes


@dataclass
class InboxItem:
    """A message (kind 'message') or a loose uploaded document (kind 'document')."""

    item_id: str  # content hash of the raw item: re-reading the inbox finds the same id
    source: str  # path inside the inbox, '#N' for line N of a .jsonl file
    kind: str
    channel: str
    external_id: str | None = None
    received_at: datetime | None = None
    sender_name: str = ""
    sender_email: str = ""
    subject: str = ""
    body: str = ""
    attachments: list[Attachment] = field(default_factory=list)

    def __repr__(self) -> str:  # never print contents
        return f"InboxItem({self.kind} {self.item_id} from {self.source})"


@dataclass
class Rejected:
    item_id: str
    source: str
    reason: str
    raw: bytes

    def __repr__(self) -> str:
        return f"Rejected({self.source}: {self.reason})"


class IntakeError(Exception):
    """Raised inside the readers; becomes a Rejected item."""


def content_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:32]


def list_inbox(inbox_dir: str | Path) -> list[Path]:
    """Every file under the inbox, in a stable order (hidden files skipped)."""
    root = Path(inbox_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"inbox folder not found: {root}")
    return sorted(p for p in root.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(root).parts))


def read_inbox_file(path: Path, inbox_dir: str | Path) -> Iterator[InboxItem | Rejected]:
    source = str(path.relative_to(inbox_dir))
    raw = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(raw, source)
        return
    try:
        if not raw.strip():
            raise IntakeError("the file is empty")
        if suffix == ".eml":
            yield parse_eml(raw, source)
        elif suffix == ".json":
            yield parse_helpdesk_record(_load_json(raw), raw, source)
        elif suffix in SUPPORTED_SUFFIXES:
            yield InboxItem(content_id(raw), source, "document", "upload",
                            body=extract_text(raw, path.name),
                            received_at=datetime.fromtimestamp(path.stat().st_mtime, timezone.utc))
        else:
            raise IntakeError(f"unsupported file type '{suffix or 'none'}'")
    except (IntakeError, ExtractionError) as exc:
        yield Rejected(content_id(raw), source, str(exc), raw)


# ---- helpdesk exports -------------------------------------------------------
def _read_jsonl(raw: bytes, source: str) -> Iterator[InboxItem | Rejected]:
    if not raw.strip():
        yield Rejected(content_id(raw), source, "the file is empty", raw)
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            yield parse_helpdesk_record(_load_json(line), line, where)
        except IntakeError as exc:
            yield Rejected(content_id(line), where, str(exc), line)


def _load_json(raw: bytes):
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise IntakeError("JSON is not valid UTF-8") from None
    except json.JSONDecodeError as exc:  # msg + position only, no content
        raise IntakeError(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


def parse_helpdesk_record(record, raw: bytes, source: str) -> InboxItem:
    if not isinstance(record, dict):
        raise IntakeError("a helpdesk message must be a JSON object")
    missing = [k for k in ("id", "channel", "from", "subject", "body", "received_at") if k not in record]
    if missing:
        raise IntakeError(f"missing field(s): {', '.join(missing)}")
    sender = record["from"] if isinstance(record["from"], dict) else {}
    if record["channel"] not in CHANNELS:
        raise IntakeError(f"unknown channel (expected one of {', '.join(sorted(CHANNELS))})")
    for key in ("subject", "body"):
        if not isinstance(record[key], str):
            raise IntakeError(f"field '{key}' must be a string")
    try:
        received = datetime.fromisoformat(str(record["received_at"]).replace("Z", "+00:00"))
    except ValueError:
        raise IntakeError("received_at is not an ISO 8601 timestamp") from None
    attachments = []
    for n, att in enumerate(record.get("attachments") or [], start=1):
        if not isinstance(att, dict) or "filename" not in att or "content_base64" not in att:
            raise IntakeError(f"attachment {n} needs 'filename' and 'content_base64'")
        try:
            data = base64.b64decode(att["content_base64"], validate=True)
        except (binascii.Error, ValueError):
            raise IntakeError(f"attachment {n} is not valid base64") from None
        attachments.append(Attachment(str(att["filename"]), data))
    return InboxItem(
        content_id(raw), source, "message", record["channel"],
        external_id=str(record["id"]), received_at=_aware(received),
        sender_name=str(sender.get("name") or ""), sender_email=str(sender.get("email") or ""),
        subject=record["subject"], body=record["body"], attachments=attachments,
    )


# ---- e-mail -----------------------------------------------------------------
def parse_eml(raw: bytes, source: str) -> InboxItem:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not (msg["From"] or msg["Message-ID"] or msg["Subject"]):
        raise IntakeError("not an e-mail: no From, Subject or Message-ID header")
    try:
        name, address = email.utils.parseaddr(str(msg["From"] or ""))
        subject = str(msg["Subject"] or "")
    except Exception as exc:
        raise IntakeError(f"unreadable header ({type(exc).__name__})") from None
    received = None
    if msg["Date"]:
        try:
            received = _aware(email.utils.parsedate_to_datetime(str(msg["Date"])))
        except (TypeError, ValueError):
            received = None
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        body = _decode_part(body_part)
        if body_part.get_content_subtype() == "html":
            body = extract_text(body.encode("utf-8"), "body.html")
    attachments = []
    for part in msg.iter_attachments():
        data = part.get_payload(decode=True) or b""
        attachments.append(Attachment(part.get_filename() or "attachment.bin", data))
    message_id = str(msg["Message-ID"] or "").strip().strip("<>") or None
    return InboxItem(content_id(raw), source, "message", "email", external_id=message_id,
                     received_at=received, sender_name=name, sender_email=address,
                     subject=subject, body=body, attachments=attachments)


def _decode_part(part) -> str:
    """Decode strictly with the declared charset. A guessed decoding could turn
    a name or an address into something the detector no longer recognises, so
    a body that does not decode is quarantined instead."""
    payload = part.get_payload(decode=True) or b""
    declared = part.get_content_charset()
    charsets = [declared] if declared else ["us-ascii", "utf-8"]
    for charset in charsets:
        try:
            return payload.decode(charset)
        except LookupError:
            raise IntakeError(f"unknown charset '{charset}' declared for the body") from None
        except UnicodeDecodeError:
            continue
    if declared:
        raise IntakeError(f"the body is not valid {declared} as declared")
    raise IntakeError("the body has 8-bit text but declares no charset (not UTF-8)")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
