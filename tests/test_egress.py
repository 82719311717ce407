"""The egress guard on its own: each refusal (audited, nothing reaches the
server), what a sent payload carries, and the sealed MaskedText type."""
import copy
import hashlib
import json
import pickle
import re
from pathlib import Path

import pytest

from redaction.egress import CHAT, WEBHOOK, EgressGuard, MemoryAudit, Outgoing, Processor
from redaction.masked import KnownValues, MaskedText, UnmaskedContentError, verify

ROOT = Path(__file__).resolve().parent.parent
KNOWN = KnownValues("msg-1", {
    "<PERSON_1>": ("PERSON", "Maria Gonzalez"),
    "<EMAIL_ADDRESS_1>": ("EMAIL_ADDRESS", "maria.gonzalez@correo.example"),
    "<ACCOUNT_ID_1>": ("ACCOUNT_ID", "ACC-483920"),
})
ALLOWED = {"EU": ["EU", "UK"], "US": ["US", "EU"]}


def processor(pid="prov-a", server=None, **overrides):
    fields = dict(processor_id=pid, purpose="task_delivery", region="EU", trains_on_customer_data=False,
                  retention_days=30, endpoint=f"{server.url}/webhooks/{pid}" if server else None)
    fields.update(overrides)
    return Processor(**fields)


def guard_for(scanner, *processors, allowed=ALLOWED):
    records = []
    guard = EgressGuard({p.processor_id: p for p in processors}, allowed, MemoryAudit(records), scanner)
    return guard, records


def brief(text="Please redesign the flyer for <PERSON_1>; questions to <EMAIL_ADDRESS_1>."):
    return Outgoing("prov-a", "task_delivery", "EU", {"brief": KNOWN.mask(text)},
                    {"task_id": "task-0123456789ab", "category": "design"}, WEBHOOK, "task-0123456789ab")


# ---- the sealed type ---------------------------------------------------------
def test_masked_text_is_made_only_by_masking_with_known_values():
    masked = KNOWN.mask("Dear MARIA  GONZALEZ, your account acc-483920 (maria.gonzalez@correo.example)")
    assert masked.text == "Dear <PERSON_1>, your account <ACCOUNT_ID_1> (<EMAIL_ADDRESS_1>)"
    assert masked.item_id == "msg-1" and verify(masked) is masked
    with pytest.raises(TypeError):
        MaskedText("Maria Gonzalez")
    with pytest.raises(TypeError):
        MaskedText(object(), "Maria Gonzalez", KNOWN)
    with pytest.raises(TypeError):
        class Sneaky(MaskedText):
            pass


def test_masked_text_cannot_be_pickled_altered_or_forged():
    from redaction.masked import _MINT

    masked = KNOWN.mask("Hello <PERSON_1>")
    with pytest.raises(TypeError):
        pickle.dumps(masked)
    assert copy.copy(masked) is masked and copy.deepcopy(masked) is masked
    with pytest.raises(AttributeError):
        masked._text = "Maria Gonzalez"
    with pytest.raises(TypeError):
        MaskedText.__init__(masked, _MINT, "Maria Gonzalez", KNOWN)  # re-initialising a sealed one, even with the mint
    assert masked.text == "Hello <PERSON_1>"
    forged = object.__new__(MaskedText)
    with pytest.raises(TypeError):
        MaskedText.__init__(forged, object(), "Maria Gonzalez", KNOWN)
    with pytest.raises(UnmaskedContentError):
        verify(forged)
    object.__setattr__(forged, "_text", "Maria Gonzalez")
    object.__setattr__(forged, "_known", KNOWN)
    object.__setattr__(forged, "_tag", masked._tag)  # a seal copied from another text does not fit
    with pytest.raises(UnmaskedContentError, match="no valid seal"):
        verify(forged)
    assert "Maria" not in repr(KNOWN) and "Hello" not in repr(masked)


def test_one_word_names_are_masked_as_written_not_as_words():
    known = KnownValues("m", {"<PERSON_1>": ("PERSON", "Will")})
    assert known.mask("Will said he will call. WILL").text == "<PERSON_1> said he will call. <PERSON_1>"


# ---- refusals ------------------------------------------------------------------
def test_undeclared_processor_is_refused_and_audited(scanner, server):
    guard, records = guard_for(scanner, processor("prov-other", server))
    result = guard.send(brief())
    assert result.decision == "refused" and result.refused_for == "processor"
    assert "not declared" in result.reason
    assert server.seen == []
    (record,) = records
    assert (record.processor_id, record.decision, record.reason) == ("prov-a", "refused", result.reason)
    assert record.processor_region is None and len(record.payload_sha256) == 64
    assert record.entity_counts["placeholders"] == {"PERSON": 1, "EMAIL_ADDRESS": 1}


def test_training_processor_is_refused_whatever_else_it_declares(scanner, server):
    guard, records = guard_for(scanner, processor(server=server, trains_on_customer_data=True, retention_days=0))
    result = guard.send(brief())
    assert result.decision == "refused" and "training on customer data" in result.reason
    assert server.seen == [] and records[0].decision == "refused"


def test_processor_outside_the_regions_allowed_for_the_data_is_refused(scanner, server):
    guard, records = guard_for(scanner, processor(server=server, region="US"))
    result = guard.send(brief())
    assert result.decision == "refused"
    assert result.reason == "processor region US is not allowed for EU data (allowed: EU, UK)"
    assert records[0].processor_region == "US" and records[0].data_region == "EU"
    # US data may go to the EU; data of a region without an allowed list goes nowhere.
    eu_guard, _ = guard_for(scanner, processor(server=server))
    us_brief = Outgoing("prov-a", "task_delivery", "US", brief().content, protocol=WEBHOOK)
    assert eu_guard.send(us_brief).delivered
    unknown = Outgoing("prov-a", "task_delivery", "BR", brief().content, protocol=WEBHOOK)
    assert "no processor region is allowed for BR data" in eu_guard.send(unknown).reason
    assert len(server.seen) == 1


def test_processor_declared_for_another_purpose_is_refused(scanner, server):
    guard, _ = guard_for(scanner, processor(server=server, purpose="drafting"))
    assert "declared for 'drafting', not 'task_delivery'" in guard.send(brief()).reason
    assert server.seen == []


def test_residual_personal_data_blocks_the_payload_and_the_reason_quotes_none(scanner, server):
    guard, records = guard_for(scanner, processor(server=server))
    # Masking knew neither the phone number nor the other address: the pattern rescan finds them.
    result = guard.send(brief("Call <PERSON_1> on +44 20 7946 0958 or write to j.doe@mail.example"))
    assert result.decision == "refused" and result.refused_for == "payload"
    assert result.reason == "residual personal data in the payload: EMAIL_ADDRESS x1, PHONE_NUMBER x1"
    assert "7946" not in json.dumps(records[0].entity_counts) + records[0].reason
    assert records[0].entity_counts["residual"] == {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}
    # A part of a known name that masking left behind: the known-values rescan finds it.
    result = guard.send(brief("Please ask GONZALEZ about the flyer"))
    assert result.reason == "residual personal data in the payload: PERSON x1"
    assert server.seen == []


def test_residual_found_in_attributes_too(scanner, server):
    guard, _ = guard_for(scanner, processor(server=server))
    outgoing = Outgoing("prov-a", "task_delivery", "EU", {"brief": KNOWN.mask("A flyer")},
                        {"task_id": "task-0123456789ab", "ref": "ACC-483920"}, WEBHOOK)
    assert guard.send(outgoing).reason == "residual personal data in the payload: ACCOUNT_ID x1"
    assert server.seen == []


def test_unmasked_content_is_rejected_by_type_at_run_time_and_audited(scanner, server):
    guard, records = guard_for(scanner, processor(server=server))
    plain = Outgoing("prov-a", "task_delivery", "EU", {"brief": "Maria Gonzalez wants a flyer"}, {}, WEBHOOK)
    with pytest.raises(UnmaskedContentError, match="content 'brief' is a str, not MaskedText"):
        guard.send(plain)
    assert isinstance(UnmaskedContentError("x"), TypeError)
    with pytest.raises(UnmaskedContentError, match="attribute 'note'"):
        guard.send(Outgoing("prov-a", "task_delivery", "EU", {"brief": KNOWN.mask("A flyer")},
                            {"note": "call Maria Gonzalez"}, WEBHOOK))
    assert server.seen == []
    assert [r.decision for r in records] == ["refused", "refused"]
    assert "Maria" not in records[0].reason + records[1].reason


def test_the_type_is_declared_for_type_checkers():
    source = (ROOT / "redaction" / "egress.py").read_text()
    assert "content: Mapping[str, MaskedText]" in source


# ---- what is sent --------------------------------------------------------------
def test_sent_payload_carries_placeholders_data_use_options_and_matches_its_audit(scanner, server):
    guard, records = guard_for(scanner, processor(server=server, options={"retain": "none"}))
    result = guard.send(brief())
    assert result.delivered and result.http_status == 200
    (seen,) = server.seen
    body = seen.json()
    assert seen.path == "/webhooks/prov-a"
    assert body["brief"] == "Please redesign the flyer for <PERSON_1>; questions to <EMAIL_ADDRESS_1>."
    assert body["data_use"] == {"training_allowed": False, "retention_days": 30} and body["retain"] == "none"
    assert body["task_id"] == "task-0123456789ab" and body["purpose"] == "task_delivery"
    (record,) = records
    assert record.decision == "sent" and record.http_status == 200
    assert record.payload_sha256 == seen.sha256 == hashlib.sha256(seen.body).hexdigest()


def test_chat_request_sends_no_retention_option_and_key_from_the_environment(scanner, server, monkeypatch):
    monkeypatch.setenv("TEST_AI_KEY", "sk-test-123")
    ai = processor("ai", purpose="drafting", endpoint=f"{server.url}/v1/chat/completions", model="m1",
                   api_key_env="TEST_AI_KEY", options={"store": False})
    guard, records = guard_for(scanner, ai)
    outgoing = Outgoing("ai", "drafting", "EU", {"system": KNOWN.mask("You draft replies."),
                                                 "user": KNOWN.mask("Reply to <PERSON_1>")}, protocol=CHAT)
    result = guard.send(outgoing)
    assert result.delivered and json.loads(result.response)["choices"][0]["message"]["content"]
    (seen,) = server.seen
    assert seen.json() == {"model": "m1", "store": False, "messages": [
        {"role": "system", "content": "You draft replies."}, {"role": "user", "content": "Reply to <PERSON_1>"}]}
    assert seen.headers["Authorization"] == "Bearer sk-test-123"
    assert "sk-test" not in json.dumps([r.__dict__ for r in records], default=str)


def test_entity_types_declared_in_clear_are_restored_for_that_processor_only(scanner, server):
    bookkeeper = processor(server=server, clear_types=frozenset({"ACCOUNT_ID"}))
    guard, records = guard_for(scanner, bookkeeper)
    outgoing = Outgoing("prov-a", "task_delivery", "EU",
                        {"brief": KNOWN.mask("Invoices of <PERSON_1>, account ACC-483920")}, {}, WEBHOOK)
    assert guard.send(outgoing).delivered
    assert server.seen[0].json()["brief"] == "Invoices of <PERSON_1>, account ACC-483920"
    assert records[0].entity_counts["in_clear"] == {"ACCOUNT_ID": 1}
    # Without the declaration the same content goes out masked.
    plain_guard, _ = guard_for(scanner, processor(server=server))
    assert plain_guard.send(outgoing).delivered
    assert server.seen[1].json()["brief"] == "Invoices of <PERSON_1>, account <ACCOUNT_ID_1>"


def test_placeholders_and_platform_addresses_are_not_personal_data(scanner, server):
    guard, _ = guard_for(scanner, processor(server=server))
    text = ("<PERSON_1> <EMAIL_ADDRESS_2> <PHONE_NUMBER_3> <IBAN_CODE_1> <IP_ADDRESS_1> <ACCOUNT_ID_1>\n"
            "Write to privacy@taskbridge.example by 3 December 2026. Reference TB-FCJB-HHCI-HEOJ.")
    assert guard.send(brief(text)).delivered


def test_a_failing_webhook_is_audited_as_sent_with_its_status_and_a_closed_port_as_failed(scanner, server):
    server.statuses["/webhooks/prov-a"] = 500
    guard, records = guard_for(scanner, processor(server=server))
    result = guard.send(brief())
    assert result.decision == "sent" and result.http_status == 500 and not result.delivered
    assert records[-1].payload_sha256 == server.seen[-1].sha256
    closed = processor(server=server, endpoint="http://127.0.0.1:9/webhooks/none")  # the discard port
    guard, records = guard_for(scanner, closed)
    result = guard.send(brief())
    assert result.decision == "failed" and "nothing was sent" in result.reason
    assert records[-1].decision == "failed"


def test_the_guard_is_the_only_code_that_opens_connections():
    network = re.compile(r"^\s*(?:import|from)\s+(?:httpx|requests|urllib\.request|urllib3|http\.client|socket|aiohttp)\b",
                         re.MULTILINE)
    guard = ROOT / "redaction" / "egress.py"
    offenders = [str(p.relative_to(ROOT)) for folder in ("redaction", "triage", "flows", "models")
                 for p in (ROOT / folder).rglob("*.py") if p != guard and network.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    assert "import httpx" in (ROOT / "redaction" / "egress.py").read_text()


def test_every_attempt_is_on_record_before_anything_leaves_one_write_per_batch(scanner, server):
    class Watching(MemoryAudit):
        def __init__(self):
            super().__init__()
            self.writes, self.seen_at_write = 0, []

        def write(self, records):
            self.writes += 1
            self.seen_at_write.append(len(server.seen))
            super().write(records)

    audit = Watching()
    guard = EgressGuard({"prov-a": processor(server=server)}, ALLOWED, audit, scanner)
    batch = [brief(), brief("Call +44 20 7946 0958"), brief("A poster for <PERSON_1>")]
    results = guard.send_many(batch)
    assert [r.decision for r in results] == ["sent", "refused", "sent"]
    assert audit.writes == 1 and audit.seen_at_write == [0]  # written once, before the first request
    assert sorted(r.decision for r in audit.records) == ["refused", "sent", "sent"]  # pending ones settled
    assert {r.payload_sha256 for r in audit.records if r.decision == "sent"} == {s.sha256 for s in server.seen}


def test_the_store_keeps_pending_records_until_settled(tmp_path):
    from dataclasses import replace
    from datetime import datetime, timezone

    from redaction.egress import EgressRecord
    from triage import store

    con = store.open_store(tmp_path / "t.duckdb")
    sink = store.EgressAudit(con, "run-1")
    pending = [EgressRecord(f"a{i}", datetime.now(timezone.utc), "p", "task_delivery", "task-1", "EU", "EU",
                            "0" * 64, 10, {"placeholders": {"PERSON": 1}}, "pending", "about to send") for i in range(3)]
    sink.write(pending)
    assert con.execute("SELECT count(*) FROM egress_audit WHERE decision = 'pending'").fetchone()[0] == 3
    sink.settle([replace(pending[0], decision="sent", reason="HTTP 200", http_status=200),
                 replace(pending[1], decision="failed", reason="could not connect")])
    rows = con.execute("SELECT attempt_id, decision, http_status, run_id FROM egress_audit ORDER BY 1").fetchall()
    assert rows == [("a0", "sent", 200, "run-1"), ("a1", "failed", None, "run-1"), ("a2", "pending", None, "run-1")]
    con.close()


def test_a_batch_holding_unmasked_content_sends_nothing_of_it(scanner, server):
    guard, records = guard_for(scanner, processor(server=server))
    plain = Outgoing("prov-a", "task_delivery", "EU", {"brief": "Maria Gonzalez wants a flyer"}, {}, WEBHOOK)
    with pytest.raises(UnmaskedContentError):
        guard.send_many([brief(), plain, brief()])
    assert server.seen == [] and [r.decision for r in records] == ["refused"]


def test_rescan_finds_parts_of_names_written_with_punctuation():
    """Name parts are the words the Redactor's patterns use: 'Smith' in
    'Smith, John', 'Annie' in 'Anna (Annie) Lee'."""
    known = KnownValues("m", {"<PERSON_1>": ("PERSON", "Smith, John"), "<PERSON_2>": ("PERSON", "Anna (Annie) Lee")})
    assert [kind for _, _, kind in known.find_spans("Dear Mr Smith and team")] == ["PERSON"]
    assert [kind for _, _, kind in known.find_spans("Hi Annie, thanks")] == ["PERSON"]
    assert known.find_spans("Dear team, thanks") == []
