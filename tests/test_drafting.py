"""Drafting (templates and an OpenAI-compatible API behind the guard),
delivery to webhooks with re-routing and retries, and re-identification of a
stored draft only when a person opens it."""
import json
import re
from datetime import date, datetime, timezone

import duckdb
import pytest

from redaction.egress import EgressGuard, MemoryAudit, Processor
from redaction.masked import KnownValues, MaskedText
from redaction.vault import VaultCipher
from triage import store
from triage.cli import main
from triage.delivery import MAX_ATTEMPTS, deliver
from triage.drafting import REQUEST_TYPES, CaseFacts, ChatDrafter, MessageView, TaskFacts, TemplateDrafter, reference
from triage.drafts import open_draft, save_draft
from triage.routing import Provider

KNOWN = KnownValues("m1", {"<PERSON_1>": ("PERSON", "Lena Fischer"),
                           "<EMAIL_ADDRESS_1>": ("EMAIL_ADDRESS", "lena.fischer@mail.example.de")})
MESSAGE = MessageView("m1", "<PERSON_1>", "Auskunft", "Bitte senden Sie mir meine Daten. <PERSON_1>", "de", "EU")
RECEIVED = datetime(2026, 11, 3, 9, 15, tzinfo=timezone.utc)


def case(types, law="GDPR", due=date(2026, 12, 3)):
    return CaseFacts("case-5291772874e9", tuple(types), law, RECEIVED, due)


@pytest.mark.parametrize("kind", sorted(REQUEST_TYPES))
def test_template_acknowledges_each_request_type_with_deadline_steps_and_needs(kind):
    draft = TemplateDrafter().acknowledgement(MESSAGE, case([kind]), KNOWN)
    text = draft.text.text
    assert isinstance(draft.text, MaskedText) and draft.drafter == "templates"
    assert text.startswith("Subject: Your privacy request, reference TB-FCJB-HHCI-HEOJ")
    assert "Dear <PERSON_1>," in text and "We will answer by 3 December 2026: one month from receipt" in text
    assert REQUEST_TYPES[kind].next_step in text and REQUEST_TYPES[kind].provide in text
    assert REQUEST_TYPES[kind].gdpr in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{7}", text)  # nothing the rescan would read as a phone number


def test_ccpa_acknowledgement_has_its_own_deadline_and_rights():
    text = TemplateDrafter().acknowledgement(MESSAGE, case(["deletion", "opt_out"], "CCPA", date(2026, 12, 18)),
                                             KNOWN).text.text
    assert "We will answer by 18 December 2026: 45 days from receipt (CCPA)" in text
    assert "CCPA right to delete" in text and "CCPA right to opt out of sale or sharing" in text
    assert text.count("Confirmation that the request is yours") == 1  # needs listed once


def test_reference_is_letters_only_and_reversible():
    assert reference("case-0123456789ab") == "TB-ABCD-EFGH-IJKL"


def test_task_brief_carries_the_masked_message_not_the_task_id():
    brief = TemplateDrafter().task_brief(MESSAGE, TaskFacts("task-5291772874e9", "translation", "de",
                                                            ("certified_translation",)), KNOWN)
    assert "Bitte senden Sie mir meine Daten. <PERSON_1>" in brief.text.text
    assert "certified_translation" in brief.text.text and "task-" not in brief.text.text


def ai_guard(server, scanner, records, **overrides):
    fields = dict(processor_id="ai", purpose="drafting", region="EU", trains_on_customer_data=False,
                  retention_days=0, endpoint=f"{server.url}/v1/chat/completions", model="m", options={"store": False})
    fields.update(overrides)
    return EgressGuard({"ai": Processor(**fields)}, {"EU": ["EU"]}, MemoryAudit(records), scanner)


def test_chat_drafter_asks_the_api_with_masked_text_and_reseals_its_reply(server, scanner):
    records = []
    draft = ChatDrafter(ai_guard(server, scanner, records), "ai", "m").acknowledgement(MESSAGE, case(["access"]), KNOWN)
    assert draft.drafter == "chat:m" and draft.text.text.startswith("Draft written by the test model.")
    (seen,) = server.seen
    body = seen.json()
    assert body["store"] is False and body["model"] == "m"
    user = body["messages"][1]["content"]
    assert "TB-FCJB-HHCI-HEOJ" in user and "Bitte senden Sie mir meine Daten. <PERSON_1>" in user
    assert "Lena" not in seen.body.decode() and records[0].payload_sha256 == seen.sha256


def test_chat_drafter_falls_back_to_templates_when_refused_or_failing(server, scanner):
    records = []
    training = ChatDrafter(ai_guard(server, scanner, records, trains_on_customer_data=True), "ai", "m")
    draft = training.task_brief(MESSAGE, TaskFacts("task-1", "writing", "de", ()), KNOWN)
    assert draft.drafter == "templates (AI drafting refused)" and draft.text.text.startswith("Task brief")
    assert server.seen == [] and records[0].decision == "refused"
    server.statuses["/v1/chat/completions"] = 503
    draft = ChatDrafter(ai_guard(server, scanner, records), "ai", "m").acknowledgement(MESSAGE, case(["access"]), KNOWN)
    assert draft.drafter == "templates (AI drafting sent, HTTP 503)"
    assert len(server.seen) == 1 and records[-1].http_status == 503


# ---- delivery ----------------------------------------------------------------
def provider(pid, server=None, **kw):
    return Provider(pid, pid, ("design",), ("en",), 5, "EU", (), f"{server.url}/webhooks/{pid}" if server else None,
                    **kw)


def webhook_guard(server, scanner, records, **declarations):
    processors = {pid: Processor(pid, "task_delivery", "EU", trains, 30, f"{server.url}/webhooks/{pid}")
                  for pid, trains in declarations.items()}
    return EgressGuard(processors, {"EU": ["EU"]}, MemoryAudit(records), scanner)


def test_delivery_passes_over_refused_providers_to_the_next(server, scanner):
    records = []
    guard = webhook_guard(server, scanner, records, trainer=True, good=False)
    brief = KNOWN.mask("A flyer for <PERSON_1>")
    result = deliver(guard, "task-1", brief, "EU", [provider("trainer", server), provider("ghost", server),
                                                     provider("good", server)], {"task_id": "task-1"})
    assert (result.status, result.provider_id, result.attempted) == ("delivered", "good", True)
    assert [s.path for s in server.seen] == ["/webhooks/good"]
    assert [(r.processor_id, r.decision) for r in records] == [("trainer", "refused"), ("ghost", "refused"),
                                                                ("good", "sent")]


def test_delivery_of_a_brief_with_residual_data_waits_for_a_person(server, scanner):
    records = []
    guard = webhook_guard(server, scanner, records, good=False)
    result = deliver(guard, "task-1", KNOWN.mask("Call me on +49 30 1234567"), "EU", [provider("good", server)], {})
    assert result.status == "manual_queue" and "PHONE_NUMBER x1" in result.reason and server.seen == []


def test_a_failing_webhook_leaves_the_task_to_retry_then_to_a_person(server, scanner):
    records = []
    guard = webhook_guard(server, scanner, records, good=False)
    server.statuses["/webhooks/good"] = 500
    brief = KNOWN.mask("A flyer")
    first = deliver(guard, "task-1", brief, "EU", [provider("good", server)], {})
    assert first.status == "retry" and first.provider_id == "good" and "HTTP 500" in first.reason
    last = deliver(guard, "task-1", brief, "EU", [provider("good", server)], {}, attempts_before=MAX_ATTEMPTS - 1)
    assert last.status == "manual_queue" and f"failed {MAX_ATTEMPTS} times" in last.reason
    server.statuses["/webhooks/good"] = 404
    assert deliver(guard, "task-1", brief, "EU", [provider("good", server)], {}).status == "manual_queue"
    assert len(server.seen) == 3 and all(r.decision == "sent" for r in records)
    closed = Processor("gone", "task_delivery", "EU", False, 0, "http://127.0.0.1:9/x")
    guard = EgressGuard({"gone": closed}, {"EU": ["EU"]}, MemoryAudit(records), scanner)
    result = deliver(guard, "task-1", brief, "EU", [Provider("gone", "g", ("design",), ("en",), 1, "EU", (), "x")], {})
    assert result.status == "retry" and records[-1].decision == "failed"


def test_a_provider_without_webhook_takes_the_task_on_the_platform(scanner):
    records = []
    guard = EgressGuard({}, {"EU": ["EU"]}, MemoryAudit(records), scanner)
    result = deliver(guard, "task-1", KNOWN.mask("A flyer"), "EU", [provider("offline")], {})
    assert (result.status, result.provider_id, result.attempted) == ("assigned", "offline", False) and records == []


# ---- re-identification -----------------------------------------------------------
def test_a_draft_is_stored_masked_and_reidentified_only_when_opened_with_an_audit(tmp_path, capsys):
    db = str(tmp_path / "t.duckdb")
    con = store.open_store(db)
    cipher = VaultCipher()
    for placeholder, (kind, value) in KNOWN._originals.items():
        nonce, ciphertext = cipher.encrypt(value.encode(), f"m1|{placeholder}")
        con.execute("INSERT INTO vault VALUES ('m1', ?, ?, ?, ?, now())", [placeholder, kind, nonce, ciphertext])
    draft = TemplateDrafter().acknowledgement(MESSAGE, case(["access"]), KNOWN)
    draft_id = save_draft(con, "m1", "case-5291772874e9", "acknowledgement", draft.drafter, draft.text)
    con.close()
    raw = duckdb.connect(db)
    (stored,) = raw.execute("SELECT text_masked FROM drafts").fetchone()
    assert "Dear <PERSON_1>," in stored and "Lena" not in stored
    assert raw.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
    raw.close()

    text = open_draft(db, draft_id, "alice")
    assert "Dear Lena Fischer," in text and "<PERSON_1>" not in text
    assert main(["draft", "open", draft_id, "--by", "bob", "--db", db]) == 0
    assert "Dear Lena Fischer," in capsys.readouterr().out
    assert main(["draft", "list", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert draft_id in listing and "Lena" not in listing
    raw = duckdb.connect(db)
    audits = raw.execute("SELECT action, subject_id, detail FROM audit_log ORDER BY logged_at").fetchall()
    (stored_after,) = raw.execute("SELECT text_masked FROM drafts").fetchone()
    raw.close()
    assert stored_after == stored
    assert [(a, s) for a, s, _ in audits] == [("draft_reidentified", draft_id)] * 2
    details = [json.loads(d) for _, _, d in audits]
    assert [d["opened_by"] for d in details] == ["alice", "bob"] and details[0]["values_restored"] == 1
    assert "Lena" not in json.dumps(details)
    with pytest.raises(ValueError):
        open_draft(db, draft_id, " ")
    assert main(["draft", "open", "draft-000000000000", "--by", "bob", "--db", db]) == 2


def test_rerouted_tasks_respect_the_next_providers_capacity(server, scanner):
    from triage.delivery import DeliveryJob, deliver_many

    records = []
    guard = webhook_guard(server, scanner, records, trainer=True, small=False, other=False)
    small = Provider("small", "small", ("design",), ("en",), 1, "EU", (), f"{server.url}/webhooks/small")
    candidates = [provider("trainer", server), small, provider("other", server)]
    jobs = [DeliveryJob(f"task-{n}", KNOWN.mask("A flyer"), "EU", candidates, {}) for n in range(3)]
    open_tasks = {"trainer": 3}
    results = deliver_many(guard, jobs, open_tasks)
    assert [(r.status, r.provider_id) for r in results] == [
        ("delivered", "small"), ("delivered", "other"), ("delivered", "other")]
    assert open_tasks == {"trainer": 0, "small": 1, "other": 2}
    assert sorted(s.path for s in server.seen) == ["/webhooks/other"] * 2 + ["/webhooks/small"]
