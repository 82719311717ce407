"""Plain text out of uploaded documents, with well-kept libraries:
pypdf (PDF), python-docx (DOCX), BeautifulSoup (HTML), charset-normalizer
(text files of unknown encoding)."""
from __future__ import annotations

import io
from pathlib import Path

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".txt", ".csv", ".html", ".htm"}


class ExtractionError(Exception):
    """A document whose text cannot be read. The message names the problem,
    never the content."""


def extract_text(data: bytes, filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    if not data:
        raise ExtractionError("the file is empty")
    reader = _READERS.get(suffix)
    if reader is None:
        raise ExtractionError(f"unsupported document type '{suffix or 'none'}'")
    try:
        text = reader(data)
    except ExtractionError:
        raise
    except Exception as exc:  # library errors: keep the kind, not the content
        raise ExtractionError(f"cannot read {suffix[1:].upper()} file ({type(exc).__name__})") from None
    if not text.strip():
        raise ExtractionError(f"no text found in the {suffix[1:].upper()} file (a scan without a text layer?)")
    return text


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        raise ExtractionError("the PDF is encrypted")
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:  # letterheads often hold the sender's address
        for part in (section.header, section.footer):
            lines.extend(p.text for p in part.paragraphs)
    return "\n".join(lines)


def _html(data: bytes) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data), "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    return soup.get_text("\n", strip=True)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) first, else charset-normalizer's best guess."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ExtractionError("the text encoding cannot be determined (binary data?)")
    return str(best)


_READERS = {
    ".pdf": _pdf, ".docx": _docx, ".html": _html, ".htm": _html,
    ".txt": decode_text, ".csv": decode_text,
}
