"""Builders for real inbox files used by several tests."""
import base64
import io
import json
from email.message import EmailMessage


def make_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_eml(body: str, charset: str = "utf-8", attachments=(), sender="Lena Fischer <lena.fischer@example.de>",
             subject="Frage", message_id="<t1@mail.example.net>") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@taskbridge.example"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Nov 2026 09:15:00 +0100"
    msg["Message-ID"] = message_id
    msg.set_content(body, charset=charset)
    for filename, data, maintype, subtype in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def non_utf8_eml() -> bytes:
    """Latin-1 bytes in a body that declares no charset (and is not UTF-8)."""
    return (b"From: Rene Dubois <rene@example.fr>\r\nTo: support@taskbridge.example\r\n"
            b"Subject: adresse\r\nMessage-ID: <bad1@example.fr>\r\nDate: Tue, 03 Nov 2026 09:15:00 +0100\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            b"Je m'appelle Ren\xe9 Dubois, 12 rue de la Paix, 75002 Paris.\r\n")


def helpdesk_record(**overrides) -> dict:
    record = {"id": "HD-9001", "channel": "webform", "from": {"name": "Tom Baker", "email": "tom.baker@example.com"},
              "subject": "Logo", "body": "Please remove the old logo from the flyer. Tom",
              "received_at": "2026-11-03T10:00:00Z", "attachments": []}
    record.update(overrides)
    return record


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def jsonl(*records) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode()


def db_query(db_path, sql, *params):
    """Rows of one query, read-only, the connection closed again."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()
