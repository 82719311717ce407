"""Masks an inbox item as one unit: sender, subject, body, attachment names
and texts share one placeholder map, so <PERSON_1> is the same person
throughout a message and its attachments."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from redaction import PlaceholderMap, RedactionResult, Redactor
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
        texts = [filename_for_detection(item.source), item.sender_name, item.sender_email,
                 item.subject, item.body]
        layout = []
        for att in item.attachments:
            try:
                text, error = extract_text(att.data, att.filename), None
            except ExtractionError as exc:
                text, error = None, str(exc)
            texts.append(filename_for_detection(att.filename))
            if text is not None:
                texts.append(text)
            layout.append((att, text is not None, error))
        groups.append(texts)
        names.append([item.sender_name] if item.sender_name else [])
        layouts.append(layout)

    masked = []
    for item, layout, (results, placeholders) in zip(items, layouts, redactor.redact_groups(groups, names)):
        results = iter(results)
        source, sender_name, sender_email, subject, body = (next(results) for _ in range(5))
        source = _apply(item.source, source)
        attachments = []
        for att, has_text, error in layout:
            filename = _apply(att.filename, next(results))
            text = next(results) if has_text else None
            attachments.append(MaskedAttachment(filename, text, _media_type(att.filename), error))
        masked.append(MaskedItem(item, source, sender_name, sender_email, subject, body,
                                 attachments, placeholders))
    return masked


def _apply(original: str, detected_on_copy: RedactionResult) -> RedactionResult:
    """Rebuild the masked text from the original (the copy had '_' -> ' ')."""
    pieces, cursor = [], 0
    for e in detected_on_copy.entities:
        pieces += [original[cursor:e.start], e.placeholder]
        cursor = e.end
    pieces.append(original[cursor:])
    return RedactionResult("".join(pieces), detected_on_copy.entities)


def _media_type(filename: str) -> str:
    return PurePath(filename).suffix.lower().lstrip(".") or "unknown"
