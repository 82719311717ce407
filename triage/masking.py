"""Masks an inbox item as one unit: sender, subject, body, attachment names
and texts share one placeholder map, so <PERSON_1> is the same person
throughout a message and its attachments."""
from __future__ import annotations

from dataclasses import dataclass, field
import re
from pathlib import PurePath

from redaction import PlaceholderMap, RedactionResult, Redactor
from redaction.entities import MaskedEntity
from redaction.extract import ExtractionError, extract_text

from .intake import InboxItem


@dataclass
class MaskedAttachment:
    filename: RedactionResult
    text: RedactionResult | None  # None when the text could not be extracted
    media_type: str
    error: str | None = None


@dataclass
class MaskedItem:
    item: InboxItem
    source: RedactionResult
    sender_name: RedactionResult
    sender_email: RedactionResult
    subject: RedactionResult
    body: RedactionResult
    attachments: list[MaskedAttachment] = field(default_factory=list)
    placeholders: PlaceholderMap = field(default_factory=PlaceholderMap)

    def parts(self) -> list[tuple[str, RedactionResult]]:
        named = [("source", self.source), ("sender_name", self.sender_name),
                 ("sender_email", self.sender_email), ("subject", self.subject), ("body", self.body)]
        for n, att in enumerate(self.attachments, start=1):
            named.append((f"attachment:{n}:filename", att.filename))
            if att.text is not None:
                named.append((f"attachment:{n}", att.text))
        return named


def filename_for_detection(name: str) -> str:
    """'cv_maria_gonzalez.pdf' -> 'cv maria gonzalez.pdf': same length, so the
    offsets found apply to the original name."""
    return name.replace("_", " ").replace("-", " ")


def mask_items(redactor: Redactor, items: list[InboxItem]) -> list[MaskedItem]:
    """Extract attachment texts, then mask every part of every item in one pass."""
    groups, names, layouts = [], [], []
    for item in items:
        texts = [item.sender_name, item.sender_email, item.subject, item.body]
        layout = []
        for att in item.attachments:
            try:
                text, error = extract_text(att.data, att.filename), None
            except ExtractionError as exc:
                text, error = None, str(exc)
            if text is not None:
                texts.append(text)
            layout.append((att, text is not None, error))
        groups.append(texts)
        names.append([item.sender_name] if item.sender_name else [])
        layouts.append(layout)

    masked = []
    for item, layout, (results, placeholders) in zip(items, layouts, redactor.redact_groups(groups, names)):
        results = iter(results)
        sender_name, sender_email, subject, body = (next(results) for _ in range(4))
        texts = [(att, next(results) if has_text else None, error) for att, has_text, error in layout]
        # Names of files are masked last, with the values found in the content:
        # 'cv_maria_gonzalez.pdf' -> 'cv_<PERSON_1>.pdf'. NER on file names only guesses.
        source = mask_name(item.source, placeholders)
        attachments = []
        for att, text, error in texts:
            filename = mask_name(att.filename, placeholders)
            attachments.append(MaskedAttachment(filename, text, _media_type(att.filename), error))
        masked.append(MaskedItem(item, source, sender_name, sender_email, subject, body,
                                 attachments, placeholders))
    return masked


def mask_name(name: str, placeholders: PlaceholderMap) -> RedactionResult:
    """Replace, in a file name, every value already masked in the item (and each
    word of a person's name), whatever separators the name uses."""
    spaced = filename_for_detection(name)
    hits = []
    for placeholder, (kind, value) in placeholders.originals.items():
        needles = [value] + (value.split() if kind == "PERSON" else [])
        for needle in needles:
            needle = filename_for_detection(needle).strip()
            if len(needle) < 3 or needle.isdigit() and len(needle) < 6:
                continue
            for m in re.finditer(rf"(?<![^\W_]){re.escape(needle)}(?![^\W_])", spaced, re.IGNORECASE):
                hits.append(MaskedEntity(kind, m.start(), m.end(), 1.0, placeholder))
    pieces, cursor, kept = [], 0, []
    for e in sorted(hits, key=lambda e: (e.start, -e.end)):
        if e.start < cursor:
            continue
        pieces += [name[cursor:e.start], e.placeholder]
        kept.append(e)
        cursor = e.end
    pieces.append(name[cursor:])
    return RedactionResult("".join(pieces), kept)


def _media_type(filename: str) -> str:
    return PurePath(filename).suffix.lower().lstrip(".") or "unknown"
