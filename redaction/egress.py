"""The egress guard: the one code path that sends content out of the system.

Every attempt goes through `EgressGuard.send(Outgoing(...))`, which, in order:

1. takes content only as `MaskedText` sealed by the redaction step (a plain
   str, or anything else, raises UnmaskedContentError: refused by type);
2. refuses a processor that is not declared, that is declared as training on
   customer data, that is declared for another purpose, or whose region is not
   allowed for the customer's data region (fail closed: no declaration, no
   allowed-region list, no endpoint: refused);
3. puts back the entity types the processor is declared to receive in clear
   (default none), then rescans the payload: the item's own originals from the
   vault (whole values and parts of names) and the detector's pattern
   recognizers (redaction/patterns.py); anything found blocks the payload;
4. audits the attempt before anything leaves (decision 'pending', one write
   for a whole batch: `send_many`), then sends it with the processor's declared
   data-use options (for an OpenAI-compatible API e.g. `"store": false`), no
   proxies, no redirects, and settles the record: 'sent' (with the HTTP status)
   or 'failed' (no connection). A refusal is recorded as 'refused'. Records hold
   processor, purpose, payload sha256, entity counts, decision, reason, HTTP
   status; never the payload. A run that dies mid-batch leaves 'pending'
   records: attempts that may have been sent.

Reasons name types and counts, never the values found."""
from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Protocol

from .masked import KnownValues, MaskedText, UnmaskedContentError, verify
from .patterns import PatternScanner

CHAT = "chat"          # an OpenAI-compatible chat completions API
WEBHOOK = "webhook"    # a provider's webhook: the task brief as JSON
PROTOCOLS = (CHAT, WEBHOOK)

# Attributes are the non-content fields of a payload (ids, categories, dates):
# one token each, no spaces, no '@'. Ids the system mints and ISO dates skip
# the pattern scan (a hex id or a date reads like a phone number to it); the
# scan for the item's known originals covers them too.
_ATTRIBUTE = re.compile(r"[\w.:\-]{1,80}")
_SYSTEM_TOKEN = re.compile(r"(?:task|case|draft)-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Processor:
    """A declared external recipient (config: [processors.<id>])."""

    processor_id: str
    purpose: str                      # what it may receive content for: 'drafting', 'task_delivery'
    region: str                       # where it processes: 'EU', 'UK', 'US' ...
    trains_on_customer_data: bool
    retention_days: int               # how long it keeps what it receives (0: not at all)
    endpoint: str | None = None       # URL the payload is posted to
    clear_types: frozenset[str] = frozenset()  # entity types it may receive in clear
    options: Mapping[str, Any] = field(default_factory=dict)  # data-use switches sent in every body
    headers: Mapping[str, str] = field(default_factory=dict)
    model: str | None = None          # chat: the model name
    api_key_env: str | None = None    # chat: the variable holding the API key (never the key)
    timeout_s: float | None = None    # seconds to wait for it (None: the guard's default)
    description: str = ""


@dataclass(frozen=True)
class Outgoing:
    processor_id: str
    purpose: str
    data_region: str                  # the region of the customer's data (triage/regions.py)
    content: Mapping[str, MaskedText]  # chat: 'system' (optional) and 'user'; webhook: any names
    attributes: Mapping[str, Any] = field(default_factory=dict)
    protocol: str = WEBHOOK
    subject_id: str | None = None     # the task or case this is about (for the audit)


@dataclass(frozen=True)
class EgressRecord:
    attempt_id: str
    at: datetime
    processor_id: str
    purpose: str
    subject_id: str | None
    data_region: str
    processor_region: str | None
    payload_sha256: str
    payload_bytes: int
    entity_counts: dict
    decision: str                     # 'refused', or 'pending' before sending, then 'sent' or 'failed'
                                      # ('failed': no connection, nothing left)
    reason: str
    http_status: int | None = None


@dataclass(frozen=True)
class EgressResult:
    attempt_id: str
    decision: str
    reason: str
    http_status: int | None = None
    response: bytes | None = None
    refused_for: str | None = None    # 'processor' (another may take it) or 'payload' (nobody may)

    @property
    def delivered(self) -> bool:
        return self.decision == "sent" and self.http_status is not None and 200 <= self.http_status < 300


@dataclass(frozen=True)
class Prepared:
    """A payload that passed every check, ready to post."""

    processor: Processor
    body: bytes
    headers: dict
    sha256: str
    entity_counts: dict


class Refusal(Exception):
    def __init__(self, reason: str, refused_for: str, counts: dict | None = None) -> None:
        super().__init__(reason)
        self.reason, self.refused_for, self.counts = reason, refused_for, counts or {}


class AuditSink(Protocol):
    """Where the guard's records go (triage: the store's egress_audit)."""

    def write(self, records: list[EgressRecord]) -> None:
        """Add records, all at once and durably."""

    def settle(self, records: list[EgressRecord]) -> None:
        """Replace the pending records of the same attempt ids with these."""


class MemoryAudit:
    """An AuditSink in a list (tests, benchmarks)."""

    def __init__(self, records: list[EgressRecord] | None = None) -> None:
        self.records = records if records is not None else []

    def write(self, records: list[EgressRecord]) -> None:
        self.records += records

    def settle(self, records: list[EgressRecord]) -> None:
        final = {r.attempt_id: r for r in records}
        self.records[:] = [final.get(r.attempt_id, r) for r in self.records]


class EgressGuard:
    def __init__(self, processors: Mapping[str, Processor], allowed_regions: Mapping[str, Iterable[str]],
                 audit: AuditSink, scanner: PatternScanner | None = None,
                 timeout_s: float = 30.0) -> None:
        self.processors = dict(processors)
        self.allowed_regions = {k: frozenset(v) for k, v in allowed_regions.items()}
        self._audit = audit
        self._scanner = scanner or PatternScanner()
        self._timeout_s = timeout_s
        self._client = None

    # ---- checks (no network) -------------------------------------------
    def prepare(self, outgoing: Outgoing) -> Prepared:
        """The payload as it would be sent, or Refusal / UnmaskedContentError."""
        content = {name: verify(value, f"content '{name}'") for name, value in outgoing.content.items()}
        attributes = _checked_attributes(outgoing.attributes)
        counts = {"placeholders": dict(sum((c.placeholder_counts() for c in content.values()), Counter()))}
        try:
            processor = self._check_processor(outgoing)
        except Refusal as refusal:
            refusal.counts = counts
            raise
        texts = {}
        in_clear: Counter = Counter()
        for name, masked in content.items():
            texts[name], restored = masked.known.restore(masked.text, processor.clear_types)
            in_clear += restored
        if in_clear:
            counts["in_clear"] = dict(in_clear)
        residual = self._rescan(texts, attributes, {c.known.item_id: c.known for c in content.values()},
                                processor.clear_types)
        if residual:
            counts["residual"] = dict(residual)
            found = ", ".join(f"{kind} x{n}" for kind, n in sorted(residual.items()))
            raise Refusal(f"residual personal data in the payload: {found}", "payload", counts)
        body = _envelope(outgoing, processor, texts, attributes)
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", **processor.headers}
        if outgoing.protocol == CHAT and processor.api_key_env and os.environ.get(processor.api_key_env):
            headers["Authorization"] = f"Bearer {os.environ[processor.api_key_env]}"
        return Prepared(processor, raw, headers, hashlib.sha256(raw).hexdigest(), counts)

    def _check_processor(self, outgoing: Outgoing) -> Processor:
        pid = outgoing.processor_id
        processor = self.processors.get(pid)
        if processor is None:
            raise Refusal(f"processor '{pid}' is not declared (undeclared recipients receive nothing)", "processor")
        if processor.trains_on_customer_data:
            raise Refusal(f"processor '{pid}' is declared as training on customer data", "processor")
        if processor.purpose != outgoing.purpose:
            raise Refusal(f"processor '{pid}' is declared for '{processor.purpose}', not '{outgoing.purpose}'",
                          "processor")
        allowed = self.allowed_regions.get(outgoing.data_region)
        if not allowed:
            raise Refusal(f"no processor region is allowed for {outgoing.data_region} data", "processor")
        if processor.region not in allowed:
            raise Refusal(f"processor region {processor.region} is not allowed for {outgoing.data_region} data "
                          f"(allowed: {', '.join(sorted(allowed))})", "processor")
        if outgoing.protocol not in PROTOCOLS:
            raise Refusal(f"unknown protocol '{outgoing.protocol}'", "processor")
        if not processor.endpoint:
            raise Refusal(f"processor '{pid}' declares no endpoint", "processor")
        return processor

    def _rescan(self, texts: dict[str, str], attributes: dict, knowns: dict[str, KnownValues],
                clear_types: frozenset[str]) -> Counter:
        """Entity type -> pieces of personal data found: the known originals of
        every item the content comes from, in every string; the pattern
        recognizers, in every string but system ids and dates. A span both
        find counts once."""
        allow = self._scanner.policy.allow
        residual: Counter = Counter()
        for text in list(texts.values()) + list(_strings(attributes)):
            spans = [span for known in knowns.values() for span in known.find_spans(text, clear_types, allow)]
            if not _SYSTEM_TOKEN.fullmatch(text):
                spans += [(e.start, e.end, e.type) for e in self._scanner.scan(text) if e.type not in clear_types]
            end = -1
            for start, stop, kind in sorted(spans):
                if start >= end:
                    residual[kind] += 1
                end = max(end, stop)
        return residual

    # ---- sending -------------------------------------------------------
    def send(self, outgoing: Outgoing) -> EgressResult:
        return self.send_many([outgoing])[0]

    def send_many(self, outgoings: Sequence[Outgoing]) -> list[EgressResult]:
        """Check every payload, put every attempt on record (one write, before
        a byte leaves: decision 'pending'), send those that passed, then settle
        their records ('sent' or 'failed', reason, HTTP status). Refusals and
        failures are results; content that is not MaskedText raises
        UnmaskedContentError, after the batch's records are written and before
        anything is sent."""
        results: list[EgressResult | None] = [None] * len(outgoings)
        records, ready = [], []
        for i, outgoing in enumerate(outgoings):
            attempt_id = uuid.uuid4().hex
            try:
                prepared = self.prepare(outgoing)
            except UnmaskedContentError as exc:
                records.append(self._record(attempt_id, outgoing, None, _fallback_hash(outgoing), {},
                                            "refused", str(exc)))
                self._audit.write([r for r in records if r.decision != "pending"])  # nothing of it is sent
                raise
            except Refusal as refusal:
                records.append(self._record(attempt_id, outgoing, self.processors.get(outgoing.processor_id),
                                            _fallback_hash(outgoing), refusal.counts, "refused", refusal.reason))
                results[i] = EgressResult(attempt_id, "refused", refusal.reason, refused_for=refusal.refused_for)
                continue
            record = self._record(attempt_id, outgoing, prepared.processor, (prepared.sha256, len(prepared.body)),
                                  prepared.entity_counts, "pending", "about to send")
            records.append(record)
            ready.append((i, prepared, record))
        if records:
            self._audit.write(records)
        settled = []
        try:
            for i, prepared, record in ready:
                decision, status, response, reason = self._post(prepared)
                settled.append(replace(record, decision=decision, reason=reason, http_status=status))
                results[i] = EgressResult(record.attempt_id, decision, reason, status, response)
        finally:
            if settled:
                self._audit.settle(settled)
        return results

    def _post(self, prepared: Prepared) -> tuple[str, int | None, bytes | None, str]:
        import httpx

        if self._client is None:
            # No proxies from the environment, no redirects: the payload goes to the declared URL or nowhere.
            self._client = httpx.Client(trust_env=False, follow_redirects=False, timeout=self._timeout_s)
        try:
            response = self._client.post(prepared.processor.endpoint, content=prepared.body,
                                         headers=prepared.headers,
                                         timeout=prepared.processor.timeout_s or self._timeout_s)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            return "failed", None, None, f"could not connect ({type(exc).__name__}): nothing was sent"
        except httpx.HTTPError as exc:  # connected: the recipient may have received it
            return "sent", None, None, f"no response ({type(exc).__name__})"
        return "sent", response.status_code, response.content, f"HTTP {response.status_code}"

    @staticmethod
    def _record(attempt_id, outgoing, processor, digest, counts, decision, reason) -> EgressRecord:
        sha, size = digest
        return EgressRecord(
            attempt_id, datetime.now(timezone.utc), str(outgoing.processor_id), str(outgoing.purpose),
            outgoing.subject_id, str(outgoing.data_region), processor.region if processor else None,
            sha, size, counts, decision, reason)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> "EgressGuard":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _checked_attributes(attributes: Mapping[str, Any]) -> dict:
    def check(name: str, value):
        if value is None or isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, str) and _ATTRIBUTE.fullmatch(value):
            return value
        if isinstance(value, (list, tuple)):
            return [check(name, v) for v in value]
        raise UnmaskedContentError(
            f"attribute '{name}' must be a number or one token (ids, categories, dates); text goes in content "
            "as MaskedText")
    return {str(k): check(str(k), v) for k, v in attributes.items()}


def _strings(value) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def _envelope(outgoing: Outgoing, processor: Processor, texts: dict[str, str], attributes: dict) -> dict:
    if outgoing.protocol == CHAT:
        if set(texts) - {"system", "user"} or "user" not in texts:
            raise Refusal("a chat request takes content 'user' and optionally 'system'", "payload")
        messages = [{"role": role, "content": texts[role]} for role in ("system", "user") if role in texts]
        return {"model": processor.model, "messages": messages, **attributes, **processor.options}
    return {"purpose": outgoing.purpose, **attributes, **texts,
            "data_use": {"training_allowed": False, "retention_days": processor.retention_days},
            **processor.options}


def _fallback_hash(outgoing: Outgoing) -> tuple[str, int]:
    """The hash of a refused payload: its content and attributes as given."""
    def text_of(value):
        return value.text if type(value) is MaskedText else repr(type(value))
    canonical = json.dumps({"content": {k: text_of(v) for k, v in outgoing.content.items()},
                            "attributes": {k: repr(v) for k, v in dict(outgoing.attributes).items()}},
                           ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest(), len(canonical)
