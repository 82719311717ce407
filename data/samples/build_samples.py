#!/usr/bin/env python3
"""Deterministic generator for the privacy-triage sample inbox.

Run from the repository root:

    .venv/bin/python data/samples/build_samples.py

It (re)creates
    data/samples/inbox/emails/*.eml        RFC 5322 messages (email package)
    data/samples/inbox/helpdesk/*.json     one helpdesk message per file
    data/samples/inbox/helpdesk/*.jsonl    one helpdesk message per line
    data/samples/inbox/uploads/*           loose documents (PDF, DOCX, TXT, CSV, HTML)
    data/samples/labels.jsonl              one label record per inbox item

All message texts are hand-written in the _messages_*.py / _documents.py
modules next to this file.  All personal data in them is invented.  Character
spans are computed here (never typed by hand) and every invariant listed in
README.md is asserted at the end.
"""
from __future__ import annotations

import base64
import collections
import datetime as dt
import html
import io
import ipaddress
import json
import re
import shutil
import sys
import zipfile
import zoneinfo
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep data/samples free of __pycache__

from _checksums import iban_ok, luhn_ok, national_id_ok  # noqa: E402
from _documents import DOCUMENTS  # noqa: E402
from _messages_en import MESSAGES as MESSAGES_EN  # noqa: E402
from _messages_intl import MESSAGES as MESSAGES_INTL  # noqa: E402

INBOX = HERE / "inbox"
EMAIL_DIR = INBOX / "emails"
HELPDESK_DIR = INBOX / "helpdesk"
UPLOAD_DIR = INBOX / "uploads"
LABELS = HERE / "labels.jsonl"

PRIVACY_TYPES = ["access", "deletion", "correction", "portability", "restriction", "objection", "opt_out", "other_privacy"]
CATEGORIES = ["writing", "translation", "design", "software", "bookkeeping", "marketing", "data_analysis", "platform_support"]
PII_TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "DATE_OF_BIRTH",
             "NATIONAL_ID", "ACCOUNT_ID", "IP_ADDRESS", "USERNAME"]
LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt"]
CHANNELS = ["email", "webform", "chat"]
# Addresses of the platform itself: not personal data, never labelled.
PLATFORM_EMAILS = {"support@taskbridge.example", "privacy@taskbridge.example", "dpo@taskbridge.example",
                   "noreply@taskbridge.example", "billing@taskbridge.example", "payouts@taskbridge.example"}
MESSAGE_ID_DOMAINS = ["mail.example-client.net", "mx1.webmail.example", "smtp.mailhost.example",
                      "out.example-isp.net", "relay.post.example"]
FIXED_DOC_TIME = dt.datetime(2026, 11, 2, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 11, 2, 9, 0, 0)

# Tokens of PERSON values that are not required to be labelled when they occur alone
NAME_PARTICLES = {"van", "von", "der", "den", "de", "da", "das", "dos", "do", "di", "del", "della", "la", "le", "el",
                  "y", "e", "ten", "ter", "Dr.", "Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms."}

# Characters that mark a line as a heading in document/attachment sources; stripped from the canonical text.
HEADING_MARK = "# "


# --------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------

def clean(text: str) -> str:
    """Normalise a hand-written triple-quoted block: drop the leading newline, keep exactly one trailing."""
    return text.strip("\n") + "\n"


def doc_lines(source: str) -> list[tuple[str, str]]:
    """Split a PDF/DOCX source into (style, line) pairs; '# ' lines are headings."""
    out = []
    for line in source.rstrip("\n").split("\n"):
        if line.startswith(HEADING_MARK):
            out.append(("h", line[len(HEADING_MARK):]))
        else:
            out.append(("p", line))
    return out


def canonical_text(kind: str, source: str) -> str:
    """The exact string that label offsets refer to for an attachment/document."""
    if kind in ("pdf", "docx"):
        return "\n".join(line for _, line in doc_lines(source))
    if kind == "html":
        return "\n".join(line for _, line in html_blocks(source))
    return source


def render_pdf(source: str, title: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DOC_TIME)
    pdf.set_title(title)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    for style, line in doc_lines(source):
        line.encode("latin-1")  # core fonts are latin-1 only; fail loudly otherwise
        if style == "h":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif line == "":
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip container (DOCX) with fixed timestamps so output is byte-deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def render_docx(source: str, title: str) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    props = document.core_properties
    props.author = "Taskbridge sample generator"
    props.last_modified_by = "Taskbridge sample generator"
    props.title = title
    props.created = FIXED_DOC_TIME.replace(tzinfo=None)
    props.modified = FIXED_DOC_TIME.replace(tzinfo=None)
    props.revision = 1
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    for style, line in doc_lines(source):
        if style == "h":
            document.add_heading(line, level=1)
        else:
            document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    data = normalise_zip(buf.getvalue())
    # round-trip check: paragraphs == canonical lines
    reread = docx.Document(io.BytesIO(data))
    assert "\n".join(p.text for p in reread.paragraphs) == canonical_text("docx", source), title
    return data


def html_blocks(source: str) -> list[tuple[str, str]]:
    """HTML document sources: one visible text block per line; '# ' = heading, '| a | b |' = table row cells,
    '= ' = <title>.  Returns (tag, text) pairs in document order."""
    out = []
    for line in source.rstrip("\n").split("\n"):
        if line.startswith("= "):
            out.append(("title", line[2:]))
        elif line.startswith(HEADING_MARK):
            out.append(("h2", line[len(HEADING_MARK):]))
        elif line.startswith("|"):
            for cell in line.strip("|").split("|"):
                out.append(("td", cell.strip()))
        elif line.strip():
            out.append(("p", line))
    return out


def render_html(source: str, lang: str) -> bytes:
    title = ""
    body: list[str] = []
    row: list[str] = []
    in_table = False
    for line in source.rstrip("\n").split("\n"):
        if line.startswith("= "):
            title = html.escape(line[2:])
            continue
        if line.startswith("|"):
            if not in_table:
                body.append("<table>")
                in_table = True
            cells = "".join(f"<td>{html.escape(c.strip())}</td>" for c in line.strip("|").split("|"))
            body.append(f"  <tr>{cells}</tr>")
            continue
        if in_table:
            body.append("</table>")
            in_table = False
        if line.startswith(HEADING_MARK):
            body.append(f"<h2>{html.escape(line[len(HEADING_MARK):])}</h2>")
        elif line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    if in_table:
        body.append("</table>")
    page = (
        "<!DOCTYPE html>\n"
        f"<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n"
        "<style>body{font-family:Arial,sans-serif;max-width:720px;margin:2em auto}"
        "td{border-bottom:1px solid #ddd;padding:4px 8px}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def html_visible_text(data: bytes) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(data.decode("utf-8"), "html.parser").get_text("\n", strip=True)


def body_to_html(body: str) -> str:
    """HTML alternative for multipart/alternative mails: same visible text, paragraphs and <br>."""
    paras = body.rstrip("\n").split("\n\n")
    inner = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in para.split("\n")) + "</p>" for para in paras
    )
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + inner + "\n</body></html>\n")


MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "txt": ("text", "plain"),
    "csv": ("text", "csv"),
}


def render_attachment(att: dict) -> bytes:
    kind = att["kind"]
    if kind == "pdf":
        return render_pdf(att["source"], att["filename"])
    if kind == "docx":
        return render_docx(att["source"], att["filename"])
    if kind in ("txt", "csv"):
        return att["source"].encode("utf-8")
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------
# Span computation and checks
# --------------------------------------------------------------------------------------------

def find_all(text: str, value: str) -> list[int]:
    """Start offsets of `value` in `text`, not glued to other word characters."""
    pattern = (r"(?<![\w])" if value[0].isalnum() else "") + re.escape(value) + (r"(?![\w])" if value[-1].isalnum() else "")
    if value[0] == "@":
        pattern = r"(?<![\w.])" + pattern
    return [m.start() for m in re.finditer(pattern, text)]


def compute_spans(parts: dict[str, str], pii: list[tuple[str, str]], where: str) -> list[dict]:
    seen_values = set()
    for typ, value in pii:
        assert typ in PII_TYPES, (where, typ)
        assert value == value.strip() and value, (where, value)
        assert value not in seen_values, f"{where}: duplicate PII declaration {value!r}"
        seen_values.add(value)
    claimed: dict[str, list[tuple[int, int]]] = {p: [] for p in parts}
    spans = []
    # longest values first, so that e.g. 'Anna' inside 'Anna Weber' is covered by the longer span only
    for typ, value in sorted(pii, key=lambda tv: -len(tv[1])):
        hits = 0
        for part, text in parts.items():
            for start in find_all(text, value):
                end = start + len(value)
                if any(s < end and start < e for s, e in claimed[part]):
                    continue
                claimed[part].append((start, end))
                spans.append({"type": typ, "value": value, "part": part, "start": start, "end": end})
                hits += 1
        assert hits, f"{where}: PII value {value!r} ({typ}) not found in any part"
    order = {p: i for i, p in enumerate(parts)}
    spans.sort(key=lambda s: (order[s["part"]], s["start"]))
    return spans


def validate_value(typ: str, value: str, where: str) -> None:
    if typ == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), (where, value)
        assert value.lower() not in PLATFORM_EMAILS, (where, value)
    elif typ == "IBAN_CODE":
        assert iban_ok(value), (where, value)
    elif typ == "CREDIT_CARD":
        assert luhn_ok(value), (where, value)
    elif typ == "NATIONAL_ID":
        assert national_id_ok(value), (where, value)
    elif typ == "ACCOUNT_ID":
        assert re.fullmatch(r"ACC-\d{6}|ORD-2026-\d{6}|INV-2026-\d{5}", value), (where, value)
    elif typ == "IP_ADDRESS":
        ipaddress.ip_address(value)
    elif typ == "USERNAME":
        assert re.fullmatch(r"@?[A-Za-z0-9_.]+", value), (where, value)


# Patterns that must never occur uncovered (catch forgotten declarations)
LEAK_PATTERNS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "platform id": re.compile(r"\b(?:ACC-\d{6}|ORD-2026-\d{6}|INV-2026-\d{5})\b"),
    "ipv4": re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"),
    "iban": re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"),
    "handle": re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]"),
    "phone": re.compile(r"(?<![\w+])(?:\+\d{1,3} ?|\(0\)|0)[\d][\d ()/-]{6,}\d(?!\w)"),
}
GREETING = re.compile(
    r"(?=\b(?:Hi|Hello|Hey|Dear|Thanks|Hallo|Liebe|Lieber|Frau|Herr|Bonjour|Madame|Monsieur|Mme|Hola|Estimada|Estimado|"
    r"Querida|Querido|Ciao|Gentile|Caro|Cara|Beste|Dhr\.|Mevr\.|Olá|Sr\.|Sra\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ ,]+"
    r"([A-ZÀ-Ý][a-zà-ÿ'-]+))"
)
NOT_NAMES = {"Taskbridge", "Team", "Support", "Sir", "Madam", "Madame", "Monsieur", "Damen", "Herren", "Signore",
             "Signora", "All", "There", "Privacy", "Data", "Datenschutz", "Kundenservice", "Servicio", "Equipo",
             "Equipe", "Equipa", "Klantenservice", "Ufficio", "Responsable", "Again", "Everyone",
             "Mr", "Mrs", "Ms", "Dr", "Frau", "Herr", "Mme", "Sr", "Sra", "Dhr", "Mevr", "Sig", "Signor", "Prof"}


def leak_check(parts: dict[str, str], spans: list[dict], where: str, allow: set[str]) -> None:
    for part, text in parts.items():
        covered = [(s["start"], s["end"]) for s in spans if s["part"] == part]

        def is_covered(a: int, b: int) -> bool:
            return any(s <= a and b <= e for s, e in covered)

        for name, pat in LEAK_PATTERNS.items():
            for m in pat.finditer(text):
                val = m.group(0)
                if val.lower() in PLATFORM_EMAILS or val in allow:
                    continue
                if name == "phone" and sum(c.isdigit() for c in val) < 9:
                    continue
                assert is_covered(m.start(), m.end()), f"{where}: uncovered {name} {val!r} in {part}"
        for m in GREETING.finditer(text):
            word = m.group(1)
            if word.split("-")[0] in NOT_NAMES or word in allow:
                continue
            assert is_covered(m.start(1), m.end(1)), f"{where}: greeting/title name {word!r} in {part} not labelled"


def name_token_check(parts: dict[str, str], spans: list[dict], pii: list[tuple[str, str]], where: str,
                     allow: set[str]) -> None:
    """Every standalone occurrence of a token of a labelled PERSON (e.g. the first name in a sign-off) must be covered."""
    tokens = set()
    for typ, value in pii:
        if typ == "PERSON":
            for tok in re.split(r"[\s]+", value):
                tok = tok.strip(",")
                if len(tok) >= 3 and tok not in NAME_PARTICLES and tok not in allow:
                    tokens.add(tok)
    for part, text in parts.items():
        covered = [(s["start"], s["end"]) for s in spans if s["part"] == part]
        for tok in tokens:
            for start in find_all(text, tok):
                end = start + len(tok)
                assert any(s <= start and end <= e for s, e in covered), \
                    f"{where}: name token {tok!r} unlabelled in {part} at {start}: {text[max(0, start - 30):end + 30]!r}"


# --------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------

def message_datetime(m: dict) -> dt.datetime:
    local, tz = m["date"]
    return dt.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=zoneinfo.ZoneInfo(tz))


def set_boundaries(msg: EmailMessage, seed: str) -> None:
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_tb_{seed}_{n:02d}_b7c1e9")
            n += 1


def build_eml(m: dict, seq: int, when: dt.datetime) -> tuple[bytes, str]:
    domain = MESSAGE_ID_DOMAINS[seq % len(MESSAGE_ID_DOMAINS)]
    message_id = f"{when:%Y%m%d}.{seq * 7 + 11:04d}@{domain}"
    msg = EmailMessage()
    name, addr = m["from"]
    local, _, dom = addr.partition("@")
    msg["From"] = Address(display_name=name, username=local, domain=dom)
    msg["To"] = m.get("to", "Taskbridge Support <support@taskbridge.example>")
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{message_id}>"
    if m.get("reply"):
        msg["In-Reply-To"] = f"<{when:%Y%m%d}.{seq * 7 + 3:04d}@ticket.taskbridge.example>"
        msg["References"] = msg["In-Reply-To"]
    msg["X-Mailer"] = m.get("mailer", "Webmail 9.4")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    if cte is None:
        cte = "7bit" if m["body"].isascii() and max(map(len, m["body"].split("\n"))) <= 76 else "quoted-printable"
    msg.set_content(m["body"], charset=charset, cte=cte)
    if m.get("html"):
        msg.add_alternative(body_to_html(m["body"]), subtype="html", charset="utf-8", cte="quoted-printable")
    for att in m.get("attachments", []):
        maintype, subtype = MIME[att["kind"]]
        data = render_attachment(att)
        if maintype == "text":
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att["filename"],
                               cte="base64", params={"charset": "utf-8"})
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att["filename"])
    set_boundaries(msg, f"{seq:03d}")
    # LF line endings (get_content() == labelled body); long header lines are not folded (max 998 per RFC 5322)
    raw = msg.as_bytes(policy=policy.default.clone(max_line_length=998))
    # round-trip check
    parsed = BytesParser(policy=policy.default).parsebytes(raw)
    plain = parsed.get_body(preferencelist=("plain",))
    assert plain.get_content() == m["body"], f"body round-trip failed for {m['slug']}"
    assert plain.get_content_charset() == charset
    assert parsed["From"].addresses[0].display_name == name and parsed["From"].addresses[0].addr_spec == addr
    assert str(parsed["Subject"]) == m["subject"], (str(parsed["Subject"]), m["subject"])
    got_atts = {p.get_filename(): p.get_content() for p in parsed.iter_attachments()}
    for att in m.get("attachments", []):
        content = got_atts[att["filename"]]
        if isinstance(content, str):
            assert content == att["source"], att["filename"]
    return raw, message_id


def helpdesk_record(m: dict, when: dt.datetime) -> dict:
    name, addr = m["from"]
    return {
        "id": m["id"],
        "channel": m["channel"],
        "from": {"name": name, "email": addr},
        "subject": m["subject"],
        "body": m["body"],
        "received_at": when.isoformat(),
        "attachments": [
            {"filename": a["filename"], "content_base64": base64.b64encode(render_attachment(a)).decode("ascii")}
            for a in m.get("attachments", [])
        ],
    }


def message_parts(m: dict) -> dict[str, str]:
    parts = {"from_name": m["from"][0], "from_email": m["from"][1], "subject": m["subject"], "body": m["body"]}
    for att in m.get("attachments", []):
        parts[f"attachment:{att['filename']}"] = canonical_text(att["kind"], att["source"])
    return parts


def prepare(m: dict) -> dict:
    m = dict(m)
    m["body"] = clean(m["body"])
    atts = []
    for a in m.get("attachments", []):
        a = dict(a)
        a["source"] = clean(a["source"]) if a["kind"] in ("txt", "csv") else a["source"].strip("\n")
        atts.append(a)
    m["attachments"] = atts
    return m


def build_messages(messages: list[dict]) -> list[dict]:
    labels = []
    jsonl_lines: dict[str, list[tuple[dt.datetime, str]]] = collections.defaultdict(list)
    eml_seq = 0
    for m in messages:
        m = prepare(m)
        when = message_datetime(m)
        assert dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= when < dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
        fmt = m["fmt"]
        if fmt == "eml":
            eml_seq += 1
            assert m["channel"] == "email"
            filename = f"{eml_seq:03d}_{m['slug']}.eml"
            raw, msg_id = build_eml(m, eml_seq, when)
            (EMAIL_DIR / filename).write_bytes(raw)
            source = f"inbox/emails/{filename}"
        elif fmt == "json":
            msg_id = m["id"]
            filename = f"{msg_id.lower().replace('-', '_')}.json"
            rec = helpdesk_record(m, when)
            (HELPDESK_DIR / filename).write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            source = f"inbox/helpdesk/{filename}"
        elif fmt == "jsonl":
            msg_id = m["id"]
            rec = helpdesk_record(m, when)
            jsonl_lines[m["jsonl"]].append((when.astimezone(dt.timezone.utc), json.dumps(rec, ensure_ascii=False)))
            source = f"inbox/helpdesk/{m['jsonl']}"
        else:
            raise ValueError(fmt)
        if fmt != "eml":
            assert re.fullmatch(r"HD-\d{5}", msg_id), msg_id

        parts = message_parts(m)
        where = f"{source}#{msg_id}"
        for typ, value in m["pii"]:
            validate_value(typ, value, where)
        spans = compute_spans(parts, m["pii"], where)
        allow = set(m.get("allow", []))
        leak_check(parts, spans, where, allow)
        name_token_check(parts, spans, m["pii"], where, allow)
        # sender is always labelled
        assert any(s["part"] == "from_email" for s in spans), f"{where}: sender e-mail not labelled"
        assert any(s["part"] == "from_name" for s in spans), f"{where}: sender name not labelled"

        privacy = list(m.get("privacy", []))
        assert all(p in PRIVACY_TYPES for p in privacy) and len(set(privacy)) == len(privacy), where
        category = m.get("category")
        assert category is None or category in CATEGORIES, where
        assert privacy or category, f"{where}: ordinary message needs a category"
        jurisdiction = m.get("jurisdiction", "GDPR" if privacy else None)
        assert (jurisdiction is None) == (not privacy), where
        assert jurisdiction in (None, "GDPR", "CCPA"), where
        hard_negative = bool(m.get("hn", False))
        assert not (hard_negative and privacy), where
        assert m["lang"] in LANGUAGES and m["channel"] in CHANNELS, where
        labels.append({
            "kind": "message",
            "id": msg_id,
            "source": source,
            "channel": m["channel"],
            "language": m["lang"],
            "privacy": privacy,
            "category": category,
            "jurisdiction": jurisdiction,
            "hard_negative": hard_negative,
            "mixed": bool(privacy) and category is not None,
            "received_at": when.isoformat(),
            "attachments": [a["filename"] for a in m["attachments"]],
            "pii": spans,
            "_parts": parts,  # removed before writing; used for final checks
            "_style": set(m.get("style", [])),
        })
    for fname, lines in jsonl_lines.items():
        # exports are in chronological order, like a real helpdesk export
        (HELPDESK_DIR / fname).write_text("\n".join(line for _, line in sorted(lines)) + "\n", encoding="utf-8")
    return labels


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------

def build_documents() -> list[dict]:
    labels = []
    for d in DOCUMENTS:
        kind = d["kind"]
        source = clean(d["source"]) if kind in ("txt", "csv") else d["source"].strip("\n")
        if kind == "pdf":
            data = render_pdf(source, d.get("title", d["filename"]))
        elif kind == "docx":
            data = render_docx(source, d.get("title", d["filename"]))
        elif kind == "html":
            data = render_html(source, d["lang"])
            assert html_visible_text(data) == canonical_text("html", source), d["filename"]
        else:
            data = source.encode("utf-8")
        (UPLOAD_DIR / d["filename"]).write_bytes(data)
        text = canonical_text(kind, source)
        where = f"uploads/{d['filename']}"
        for typ, value in d["pii"]:
            validate_value(typ, value, where)
        parts = {"text": text}
        spans = compute_spans(parts, d["pii"], where)
        allow = set(d.get("allow", []))
        leak_check(parts, spans, where, allow)
        name_token_check(parts, spans, d["pii"], where, allow)
        labels.append({
            "kind": "document",
            "id": where,
            "source": f"inbox/uploads/{d['filename']}",
            "language": d["lang"],
            "doc_type": d["doc_type"],
            "pii": spans,
            "_parts": parts,
        })
    return labels


# --------------------------------------------------------------------------------------------
# Invariants
# --------------------------------------------------------------------------------------------

def check_invariants(msgs: list[dict], docs: list[dict]) -> dict:
    ids = [r["id"] for r in msgs + docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(msgs) >= 64, len(msgs)
    assert len(docs) >= 8, len(docs)

    # offsets verified, no overlap within a part
    for r in msgs + docs:
        by_part = collections.defaultdict(list)
        for s in r["pii"]:
            assert r["_parts"][s["part"]][s["start"]:s["end"]] == s["value"], (r["id"], s)
            by_part[s["part"]].append((s["start"], s["end"]))
        for part, lst in by_part.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                assert b1 <= a2, (r["id"], part, (a1, b1), (a2, b2))

    type_count = collections.Counter(t for r in msgs for t in r["privacy"])
    for t in PRIVACY_TYPES:
        assert type_count[t] >= 4, (t, type_count[t])
    multi = sum(1 for r in msgs if len(r["privacy"]) >= 2)
    assert multi >= 6, multi

    cat_count = collections.Counter(r["category"] for r in msgs if r["category"])
    assert set(cat_count) == set(CATEGORIES), cat_count
    for c in CATEGORIES:
        assert cat_count[c] >= 3, (c, cat_count[c])
    for r in msgs:
        if r["privacy"] and not r["mixed"]:
            assert r["category"] is None
    mixed = sum(r["mixed"] for r in msgs)
    assert mixed >= 5, mixed
    hard = [r for r in msgs if r["hard_negative"]]
    assert len(hard) >= 18, len(hard)
    assert len({r["language"] for r in hard}) >= 5

    lang_count = collections.Counter(r["language"] for r in msgs)
    for lang in LANGUAGES:
        assert lang_count[lang] >= 4, (lang, lang_count[lang])
        assert any(r["privacy"] for r in msgs if r["language"] == lang), lang
        assert any(not r["privacy"] for r in msgs if r["language"] == lang), lang

    ccpa = [r for r in msgs if r["jurisdiction"] == "CCPA"]
    assert len(ccpa) >= 3
    for r in ccpa:
        body = r["_parts"]["body"]
        assert re.search(r"California|CCPA|CPRA", body), r["id"]
    styles = collections.Counter(s for r in msgs for s in r["_style"])
    assert styles["agent"] >= 2, styles
    assert styles["chain"] >= 5, styles
    assert styles["buried"] >= 1, styles
    assert styles["legal"] >= 5, styles
    assert styles["oneliner"] >= 3, styles
    for r in msgs:
        if "chain" in r["_style"]:
            body = r["_parts"]["body"]
            assert body.count("\n") >= 25 and re.search(r"^(?:> ?)*(From|Von|De|Van|Da):|wrote:$", body, re.M), r["id"]

    channel_count = collections.Counter(r["channel"] for r in msgs)
    assert all(channel_count[c] >= 4 for c in CHANNELS), channel_count

    att_msgs = [r for r in msgs if any(s["part"].startswith("attachment:") for s in r["pii"])]
    assert len(att_msgs) >= 4
    att_names = {a for r in att_msgs for a in r["attachments"]}
    assert any(a.endswith(".pdf") for a in att_names) and any(a.endswith(".docx") for a in att_names)
    assert any(r["source"].endswith(".json") and r["attachments"] for r in msgs)

    pii_count = collections.Counter(s["type"] for r in msgs + docs for s in r["pii"])
    for t in PII_TYPES:
        assert pii_count[t] >= 2, (t, pii_count[t])
    for t in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS"):
        assert pii_count[t] >= 40, (t, pii_count[t])

    # no personal data in file names / message ids
    all_values = {s["value"] for r in msgs + docs for s in r["pii"]}
    name_tokens = {tok.lower() for r in msgs + docs for s in r["pii"] if s["type"] == "PERSON"
                   for tok in s["value"].split() if len(tok) >= 4}
    for r in msgs + docs:
        fname = r["source"].rsplit("/", 1)[1].lower()
        words = set(re.split(r"[_.\-]", fname)) | set(re.split(r"[_.\-@]", r["id"].lower()))
        assert not (words & name_tokens), (fname, words & name_tokens)
        assert not any(v.lower() in fname or v.lower() in r["id"].lower() for v in all_values if len(v) >= 5), fname
        for a in r.get("attachments", []):
            assert not (set(re.split(r"[_.\-]", a.lower())) & name_tokens), a

    # eml-specific: non-utf-8 charsets, transfer encodings, structures
    charsets, ctes, kinds = collections.Counter(), collections.Counter(), collections.Counter()
    for f in sorted(EMAIL_DIR.glob("*.eml")):
        msg = BytesParser(policy=policy.default).parsebytes(f.read_bytes())
        plain = msg.get_body(preferencelist=("plain",))
        charsets[plain.get_content_charset()] += 1
        ctes[plain["Content-Transfer-Encoding"]] += 1
        kinds[msg.get_content_type()] += 1
        date = msg["Date"].datetime
        assert (date.year, date.month) in ((2026, 10), (2026, 11)), f
        assert re.fullmatch(r"<\d{8}\.\d{4}@[a-z0-9.-]+>", msg["Message-ID"]), msg["Message-ID"]
    non_utf8 = sum(v for k, v in charsets.items() if k != "utf-8")
    assert non_utf8 >= 3 and len(charsets) >= 4, charsets
    assert ctes["quoted-printable"] >= 3 and ctes["base64"] >= 2, ctes
    assert kinds["multipart/alternative"] >= 3 and kinds["multipart/mixed"] >= 4 and kinds["text/plain"] >= 10, kinds

    uploads = {r["source"].rsplit(".", 1)[1] for r in docs}
    assert {"pdf", "docx", "txt", "csv", "html"} <= uploads
    assert sum(r["source"].endswith(".pdf") for r in docs) >= 2 and sum(r["source"].endswith(".docx") for r in docs) >= 2
    assert {"cv", "invoice", "contract", "customer_records", "letter"} <= {r["doc_type"] for r in docs}
    assert all(r["pii"] for r in docs)

    return {
        "type_count": type_count, "cat_count": cat_count, "lang_count": lang_count, "pii_count": pii_count,
        "channel_count": channel_count, "multi": multi, "mixed": mixed, "hard": len(hard), "ccpa": len(ccpa),
        "charsets": charsets, "ctes": ctes, "kinds": kinds, "styles": styles, "att_msgs": len(att_msgs),
        "doc_lang": collections.Counter(r["language"] for r in docs),
    }


# --------------------------------------------------------------------------------------------
# Consumer-side re-check: read the written files back with standard libraries and compare spans
# --------------------------------------------------------------------------------------------

def _extract(filename: str, data: bytes) -> tuple[str, bool]:
    """(text, exact) for an attachment/document as a consumer would read it. exact=False for PDFs,
    whose extracted text differs from the source text in line wrapping/blank lines."""
    if filename.endswith(".pdf"):
        try:
            import pypdf
        except ImportError:  # optional dependency; PDF spans are then only checked against the source
            return "", False
        reader = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() for page in reader.pages), False
    if filename.endswith(".docx"):
        import docx
        return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs), True
    if filename.endswith(".html"):
        return html_visible_text(data), True
    return data.decode("utf-8"), True


def verify_from_files(records: list[dict]) -> int:
    """Re-read every inbox item from disk and check each span against what a consumer would decode.
    Returns the number of PDF spans that were checked by whitespace-normalised value only."""
    def norm(s: str) -> str:
        return re.sub(r"\s+", " ", s)

    jsonl_cache: dict[str, dict] = {}
    pdf_value_checks = 0
    for r in records:
        path = HERE / r["source"]
        parts: dict[str, tuple[str, bool]] = {}
        if r["kind"] == "document":
            parts["text"] = _extract(path.name, path.read_bytes())
        elif path.suffix == ".eml":
            msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
            assert msg["Message-ID"].strip("<>") == r["id"]
            sender = msg["From"].addresses[0]
            parts["from_name"] = (sender.display_name, True)
            parts["from_email"] = (sender.addr_spec, True)
            parts["subject"] = (str(msg["Subject"]), True)
            parts["body"] = (msg.get_body(preferencelist=("plain",)).get_content(), True)
            for att in msg.iter_attachments():
                parts[f"attachment:{att.get_filename()}"] = _extract(att.get_filename(), att.get_payload(decode=True))
        else:
            if path.suffix == ".jsonl":
                if r["source"] not in jsonl_cache:
                    lines = path.read_text(encoding="utf-8").splitlines()
                    jsonl_cache[r["source"]] = {d["id"]: d for d in map(json.loads, lines)}
                rec = jsonl_cache[r["source"]][r["id"]]
            else:
                rec = json.loads(path.read_text(encoding="utf-8"))
            assert list(rec) == ["id", "channel", "from", "subject", "body", "received_at", "attachments"], rec.keys()
            assert list(rec["from"]) == ["name", "email"] and rec["id"] == r["id"] and rec["channel"] == r["channel"]
            assert dt.datetime.fromisoformat(rec["received_at"]).utcoffset() is not None
            parts["from_name"] = (rec["from"]["name"], True)
            parts["from_email"] = (rec["from"]["email"], True)
            parts["subject"] = (rec["subject"], True)
            parts["body"] = (rec["body"], True)
            for att in rec["attachments"]:
                assert list(att) == ["filename", "content_base64"]
                parts[f"attachment:{att['filename']}"] = _extract(att["filename"], base64.b64decode(att["content_base64"]))
        if r["kind"] == "message":
            assert sorted(p.split(":", 1)[1] for p in parts if p.startswith("attachment:")) == sorted(r["attachments"])
        for s in r["pii"]:
            text, exact = parts[s["part"]]
            if exact:
                assert text[s["start"]:s["end"]] == s["value"], (r["id"], s)
            elif text:
                assert norm(s["value"]) in norm(text), (r["id"], s)
                pdf_value_checks += 1
    return pdf_value_checks


def dump_texts(records: list[dict], out_dir: Path) -> None:
    """Write the exact label texts (one file per item and part) for debugging / PDF consumers."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for r in records:
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", r["source"].rsplit("/", 1)[1] + ("__" + r["id"] if r["kind"] == "message" else ""))
        for part, text in r["_parts"].items():
            (out_dir / f"{stem}__{re.sub(r'[^A-Za-z0-9_.-]', '_', part)}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    for d in (EMAIL_DIR, HELPDESK_DIR, UPLOAD_DIR):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    msgs = build_messages(MESSAGES_EN + MESSAGES_INTL)
    docs = build_documents()
    stats = check_invariants(msgs, docs)
    with LABELS.open("w", encoding="utf-8") as fh:
        for r in msgs + docs:
            rec = {k: v for k, v in r.items() if not k.startswith("_")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    written = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines()]
    pdf_value_checks = verify_from_files(written)
    if "--dump-text" in sys.argv:
        dump_texts(msgs + docs, Path(sys.argv[sys.argv.index("--dump-text") + 1]))

    n_eml = len(list(EMAIL_DIR.glob("*.eml")))
    n_json = len(list(HELPDESK_DIR.glob("*.json")))
    n_jsonl = len(list(HELPDESK_DIR.glob("*.jsonl")))
    n_jsonl_msgs = sum(1 for r in msgs if r["source"].endswith(".jsonl"))
    print(f"messages: {len(msgs)}  (eml files: {n_eml}, helpdesk .json files: {n_json}, "
          f".jsonl files: {n_jsonl} with {n_jsonl_msgs} messages)")
    print(f"documents (uploads): {len(docs)}  languages: {dict(sorted(stats['doc_lang'].items()))}")
    print(f"label records: {len(msgs) + len(docs)}  PII spans: {sum(stats['pii_count'].values())}")
    print("channels:", dict(stats["channel_count"]))
    print("languages:", {k: stats["lang_count"][k] for k in LANGUAGES})
    print("privacy types:", {k: stats["type_count"][k] for k in PRIVACY_TYPES})
    print(f"multi-type: {stats['multi']}  mixed: {stats['mixed']}  hard negatives: {stats['hard']}  "
          f"CCPA: {stats['ccpa']}  messages with PII in attachments: {stats['att_msgs']}")
    print("categories:", {k: stats["cat_count"][k] for k in CATEGORIES})
    print("PII types:", {k: stats["pii_count"][k] for k in PII_TYPES})
    print("eml body charsets:", dict(stats["charsets"]), " transfer encodings:", dict(stats["ctes"]))
    print("eml top-level types:", dict(stats["kinds"]))
    print("styles:", dict(stats["styles"]))
    print(f"re-read from files: all spans verified ({pdf_value_checks} PDF spans by whitespace-normalised value)")
    print("all invariants OK")


if __name__ == "__main__":
    main()
