"""Reading every inbox format, and rejecting what cannot be read with a reason."""
import json

from helpers import b64, helpdesk_record, jsonl, make_docx, make_eml, make_pdf, non_utf8_eml

from triage.intake import InboxItem, Rejected, read_inbox_file


def read(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inbox_file(path, tmp_path))


def test_multipart_email_with_pdf_and_docx_attachments(tmp_path):
    raw = make_eml("Hallo, anbei mein Lebenslauf.\nLena Fischer", attachments=[
        ("cv.pdf", make_pdf("Lena Fischer\nBerliner Straße 12a"), "application", "pdf"),
        ("letter.docx", make_docx("Sehr geehrte Damen und Herren"), "application",
         "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    [item] = read(tmp_path, "m.eml", raw)
    assert isinstance(item, InboxItem) and item.kind == "message" and item.channel == "email"
    assert item.sender_name == "Lena Fischer" and item.sender_email == "lena.fischer@example.de"
    assert item.external_id == "t1@mail.example.net"
    assert item.received_at.isoformat() == "2026-11-03T09:15:00+01:00"
    assert "Lebenslauf" in item.body
    assert [a.filename for a in item.attachments] == ["cv.pdf", "letter.docx"]


def test_declared_latin1_email_is_decoded(tmp_path):
    [item] = read(tmp_path, "m.eml", make_eml("Grüße aus Köln, Jürgen", charset="iso-8859-1"))
    assert "Grüße aus Köln, Jürgen" in item.body


def test_undeclared_non_utf8_email_is_rejected_with_reason(tmp_path):
    [rejected] = read(tmp_path, "bad.eml", non_utf8_eml())
    assert isinstance(rejected, Rejected)
    assert "charset" in rejected.reason and "Dubois" not in rejected.reason
    assert rejected.raw == non_utf8_eml()  # kept whole, for the encrypted quarantine


def test_helpdesk_json_and_jsonl_with_a_malformed_line(tmp_path):
    docx = make_docx("Kundenliste\nAnna Weber, anna@example.de")
    [single] = read(tmp_path, "one.json", json.dumps(helpdesk_record(
        attachments=[{"filename": "list.docx", "content_base64": b64(docx)}])).encode())
    assert single.external_id == "HD-9001" and single.attachments[0].data == docx
    entries = read(tmp_path, "many.jsonl", jsonl(helpdesk_record(id="HD-1"), '{"id": "HD-2", "body": ',
                                                 helpdesk_record(id="HD-3")))
    assert [type(e).__name__ for e in entries] == ["InboxItem", "Rejected", "InboxItem"]
    assert entries[1].source == "many.jsonl#2" and entries[1].reason.startswith("malformed JSON")


def test_helpdesk_record_validation(tmp_path):
    cases = {
        "missing": ({k: v for k, v in helpdesk_record().items() if k != "body"}, "missing field(s): body"),
        "channel": (helpdesk_record(channel="fax"), "unknown channel"),
        "date": (helpdesk_record(received_at="yesterday"), "ISO 8601"),
        "b64": (helpdesk_record(attachments=[{"filename": "a.txt", "content_base64": "***"}]), "not valid base64"),
    }
    for name, (record, reason) in cases.items():
        [entry] = read(tmp_path, f"{name}.json", json.dumps(record).encode())
        assert isinstance(entry, Rejected) and reason in entry.reason, name


def test_uploaded_documents_are_extracted(tmp_path):
    files = {"a.pdf": make_pdf("Invoice INV-2026-00871"), "b.docx": make_docx("Contract between parties"),
             "c.txt": "Scanned letter text".encode("utf-16"), "d.csv": b"name,email\nAnna,anna@example.de\n",
             "e.html": b"<html><body><h1>Team</h1><script>x=1</script><p>Anna Weber</p></body></html>"}
    texts = {name: read(tmp_path, name, data)[0].body for name, data in files.items()}
    assert "INV-2026-00871" in texts["a.pdf"]
    assert "Contract between parties" in texts["b.docx"]
    assert "Scanned letter text" in texts["c.txt"]
    assert "anna@example.de" in texts["d.csv"]
    assert "Anna Weber" in texts["e.html"] and "x=1" not in texts["e.html"]


def test_corrupt_pdf_empty_file_and_unknown_type_are_rejected(tmp_path):
    reasons = {name: read(tmp_path, name, data)[0].reason for name, data in
               {"broken.pdf": b"%PDF-1.7\n garbage", "empty.eml": b"", "photo.heic": b"\x00\x01"}.items()}
    assert "PDF" in reasons["broken.pdf"]
    assert reasons["empty.eml"] == "the file is empty"
    assert "unsupported file type" in reasons["photo.heic"]
