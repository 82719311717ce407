"""Masking an inbox item as one unit."""
from helpers import make_docx

from triage.intake import Attachment, InboxItem
from triage.masking import mask_items


def test_one_placeholder_map_across_sender_body_attachment_and_file_names(redactor):
    item = InboxItem("id1", "uploads/cv_jan_kowalski.eml", "message", "email", sender_name="Jan Kowalski",
                     sender_email="jan.kowalski@example.pl", subject="Application",
                     body="Hello, my CV is attached.\n\nBest regards,\nJan Kowalski",
                     attachments=[Attachment("CV-Jan-Kowalski.docx",
                                             make_docx("JAN KOWALSKI\nul. Długa 5\nMail: jan.kowalski@example.pl"))])
    [m] = mask_items(redactor, [item])
    assert m.sender_name.text == "<PERSON_1>" and m.sender_email.text == "<EMAIL_ADDRESS_1>"
    assert m.body.text.endswith("<PERSON_1>")
    assert "<PERSON_1>" in m.attachments[0].text.text and "<EMAIL_ADDRESS_1>" in m.attachments[0].text.text
    assert m.attachments[0].filename.text == "CV-<PERSON_1>.docx"
    assert m.source.text == "uploads/cv_<PERSON_1>.eml"
    assert m.placeholders.originals["<PERSON_1>"] == ("PERSON", "Jan Kowalski")


def test_unreadable_attachment_keeps_the_message(redactor):
    item = InboxItem("id2", "m.eml", "message", "email", sender_name="", sender_email="", subject="Files",
                     body="Two files attached.", attachments=[Attachment("scan.pdf", b"%PDF-1.4 broken")])
    [m] = mask_items(redactor, [item])
    assert m.body.text == "Two files attached."
    assert m.attachments[0].text is None and "PDF" in m.attachments[0].error
