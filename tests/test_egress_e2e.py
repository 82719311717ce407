"""The real Prefect flow over the whole sample inbox with AI drafting and
provider webhooks configured, all played by a real HTTP server on 127.0.0.1
that records every request: no gold personal data reaches it, a processor
that trains on customer data (and one that is not declared, and one whose
declared region does not fit) receives nothing, every request it saw has its
'sent' audit record, every refusal has its record, and a webhook that failed
in the first run is delivered by the second."""
import json
import shutil

import duckdb
import pytest
from conftest import ROOT, SAMPLES
from egress_server import RecordingServer
from helpers import db_query
from prefect.client.orchestration import get_client
from prefect.testing.utilities import prefect_test_harness

from redaction.evaluation import leaked_values
from triage.cli import main

pytestmark = pytest.mark.e2e

LABELS = [json.loads(line) for line in (SAMPLES / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
MESSAGES = {r["id"]: r for r in LABELS if r["kind"] == "message"}
GOLD_VALUES = sorted({p["value"] for r in LABELS for p in r["pii"] if len(p["value"].strip()) >= 3})
# As in test_flow_e2e: single words ('Diego' the agent, 'San Diego' the city) are checked per message.
DISTINCTIVE_VALUES = [v for v in GOLD_VALUES if any(c in v for c in " @0123456789.")]
FLAKY = "prov-growthlab"  # its webhook answers 500 during the first run

EXTRA_PROVIDERS = [
    # Declared as training on customer data: must receive nothing.
    {"id": "prov-trainwell", "name": "Trainwell AI Writers", "categories": ["writing", "design", "translation"],
     "languages": ["en", "de", "fr", "es", "it", "nl", "pt"], "capacity": 500, "region": "EU"},
    # Has a webhook but no declaration: must receive nothing.
    {"id": "prov-shadow", "name": "Shadow Bookkeeping", "categories": ["bookkeeping", "software"],
     "languages": ["en", "de", "fr", "es", "it", "nl", "pt"], "capacity": 500, "region": "EU"},
    # The providers file says EU, its declaration says CH: the guard goes by the declaration.
    # Every skill its categories' tasks may ask for, so it ranks first for any of them
    # (the test must not hang on which sample task the classifier routes where).
    {"id": "prov-mislabelled", "name": "Mislabelled Analytics", "categories": ["data_analysis", "marketing"],
     "languages": ["en", "de", "fr", "es", "it", "nl", "pt"], "capacity": 500, "region": "EU",
     "skills": ["dashboards", "seo", "email_marketing", "cms", "legal"]},
]
EXTRA_DECLARATIONS = """
[processors.prov-trainwell]
purpose = "task_delivery"
region = "EU"
trains_on_customer_data = true
retention_days = 0

[processors.prov-mislabelled]
purpose = "task_delivery"
region = "CH"
trains_on_customer_data = false
retention_days = 30
"""


@pytest.fixture(scope="module")
def egress_run(tmp_path_factory):
    work = tmp_path_factory.mktemp("egress-e2e")
    inbox = work / "inbox"
    shutil.copytree(SAMPLES / "inbox", inbox)
    db, out, key_file = work / "triage.duckdb", work / "out", work / "vault.key"
    with RecordingServer() as server, prefect_test_harness(server_startup_timeout=120), \
            pytest.MonkeyPatch.context() as mp:
        providers = json.loads((ROOT / "data" / "providers.json").read_text(encoding="utf-8"))["providers"]
        providers += EXTRA_PROVIDERS
        for p in providers:
            if p["id"] != "internal-support":
                p["webhook"] = f"{server.url}/webhooks/{p['id']}"
        (work / "providers.json").write_text(json.dumps({"providers": providers}), encoding="utf-8")
        config = (ROOT / "config" / "triage.example.toml").read_text(encoding="utf-8")
        config = config.replace('base_url = "http://127.0.0.1:8080/v1"', f'base_url = "{server.url}/v1"')
        config = config.replace('file = "../data/providers.json"', 'file = "providers.json"')
        (work / "triage.toml").write_text(config + EXTRA_DECLARATIONS, encoding="utf-8")
        mp.setenv("PRIVACY_TRIAGE_KEY_FILE", str(key_file))
        mp.setenv("PRIVACY_TRIAGE_AI_KEY", "sk-e2e-test")
        server.statuses[f"/webhooks/{FLAKY}"] = 500
        from flows.triage import triage_inbox

        first = triage_inbox(str(inbox), str(db), str(out), batch_size=40, config_path=str(work / "triage.toml"))
        seen_first = len(server.seen)
        con = duckdb.connect(str(db), read_only=True)
        flaky_after_first = con.execute("SELECT status FROM tasks WHERE provider_id = ?", [FLAKY]).fetchall()
        con.close()
        server.statuses.clear()
        second = triage_inbox(str(inbox), str(db), str(out), batch_size=40, config_path=str(work / "triage.toml"))
        with get_client(sync_client=True) as client:
            prefect_texts = [a.data for a in client.read_artifacts()]
            prefect_texts += [json.dumps(fr.parameters) for fr in client.read_flow_runs()]
            prefect_texts += [log.message for log in client.read_logs()]
    yield dict(db=db, work=work, first=first, second=second, seen=list(server.seen), seen_first=seen_first,
               flaky_after_first=flaky_after_first, key_file=key_file, prefect_texts=prefect_texts)


def query(run, sql, *params):
    return db_query(run["db"], sql, *params)


def request_texts(seen):
    """Everything the server received: raw and JSON-unescaped bodies, paths, headers."""
    texts = []
    for s in seen:
        body = s.body.decode("utf-8")
        texts += [body, s.path, json.dumps(s.headers, ensure_ascii=False)]
        texts += [v for v in _strings(json.loads(body))]
    return texts


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_the_server_played_both_the_ai_api_and_the_webhooks(egress_run):
    paths = [s.path for s in egress_run["seen"]]
    ai = [p for p in paths if p == "/v1/chat/completions"]
    hooks = [p for p in paths if p.startswith("/webhooks/")]
    cases = query(egress_run, "SELECT count(*) FROM privacy_cases")[0][0]
    assert cases > 20 and len(ai) >= cases  # an acknowledgement per case, and briefs
    assert len(hooks) > 20 and len(ai) + len(hooks) == len(paths)
    for s in egress_run["seen"]:
        body = s.json()
        if s.path == "/v1/chat/completions":
            assert body["store"] is False and s.headers["Authorization"] == "Bearer sk-e2e-test"
        else:
            assert body["data_use"]["training_allowed"] is False and body["brief"]


def test_no_gold_personal_data_reached_the_server(egress_run):
    texts = request_texts(egress_run["seen"])
    leaked = leaked_values(DISTINCTIVE_VALUES, texts, whole_words=True)
    assert leaked == [], f"{len(leaked)} gold PII values reached the server"
    # Each request against every value of its own message, single words included.
    subject_of = dict(query(egress_run, "SELECT payload_sha256, subject_id FROM egress_audit WHERE decision = 'sent'"))
    message_of = dict(query(egress_run, """SELECT t.task_id, m.external_id FROM tasks t JOIN messages m USING (message_id)
                                          UNION ALL SELECT c.case_id, m.external_id FROM privacy_cases c
                                          JOIN messages m USING (message_id)"""))
    checked = 0
    for s in egress_run["seen"]:
        label = MESSAGES.get(message_of.get(subject_of.get(s.sha256)))
        if label:
            values = [p["value"] for p in label["pii"]]
            assert leaked_values(values, request_texts([s]), whole_words=True) == [], label["id"]
            checked += 1
    assert checked == len(egress_run["seen"])


def test_refused_processors_received_nothing_and_each_refusal_is_audited(egress_run):
    paths = {s.path for s in egress_run["seen"]}
    refused = {pid: reasons for pid, reasons in query(
        egress_run, "SELECT processor_id, list(DISTINCT reason) FROM egress_audit WHERE decision = 'refused' "
                    "GROUP BY 1")}
    for pid, expected in (("prov-trainwell", "declared as training on customer data"),
                          ("prov-shadow", "is not declared"),
                          ("prov-mislabelled", "processor region CH is not allowed for")):
        assert f"/webhooks/{pid}" not in paths
        assert refused.get(pid) and all(expected in r for r in refused[pid]), pid
    # The tasks they would have taken went to the next eligible provider, which got them.
    rows = query(egress_run, """SELECT t.task_id, t.status, t.provider_id FROM tasks t WHERE t.task_id IN
                                (SELECT subject_id FROM egress_audit WHERE processor_id = 'prov-trainwell')""")
    assert rows and all(status == "delivered" and pid != "prov-trainwell" for _, status, pid in rows)


def test_every_request_seen_has_its_sent_record_and_every_record_a_reason(egress_run):
    sent = query(egress_run, "SELECT payload_sha256, processor_id, http_status FROM egress_audit WHERE decision = 'sent'")
    assert sorted(sha for sha, _, _ in sent) == sorted(s.sha256 for s in egress_run["seen"])
    by_sha = {sha: pid for sha, pid, _ in sent}
    for s in egress_run["seen"]:
        pid = by_sha[s.sha256]
        assert s.path == ("/v1/chat/completions" if pid == "ai-drafting" else f"/webhooks/{pid}")
    assert query(egress_run, "SELECT count(*) FROM egress_audit WHERE reason IS NULL OR reason = ''")[0][0] == 0
    assert query(egress_run, "SELECT count(*) FROM egress_audit WHERE decision = 'pending'")[0][0] == 0
    # A task or draft that fell back because of a refusal has the refusal on record.
    fallbacks = query(egress_run, "SELECT subject_id FROM drafts WHERE drafter LIKE 'templates (AI drafting refused%'")
    refused_subjects = {s for (s,) in query(egress_run, "SELECT subject_id FROM egress_audit WHERE decision = 'refused'")}
    assert refused_subjects  # the configuration holds processors that must be refused
    assert all(s in refused_subjects for (s,) in fallbacks)
    waiting = query(egress_run, "SELECT task_id FROM tasks WHERE status_reason LIKE 'egress refused%'")
    assert all(t in refused_subjects for (t,) in waiting)


def test_a_failed_webhook_waits_for_retry_and_the_next_run_delivers_it(egress_run):
    assert egress_run["flaky_after_first"] and {s for (s,) in egress_run["flaky_after_first"]} == {"retry"}
    statuses = query(egress_run, "SELECT status, attempts FROM tasks WHERE provider_id = ?", FLAKY)
    assert statuses and all(s == "delivered" and a == 2 for s, a in statuses)
    failed_then_sent = query(egress_run, "SELECT http_status FROM egress_audit WHERE processor_id = ? ORDER BY attempted_at",
                             FLAKY)
    assert [h for (h,) in failed_then_sent] == [500] * len(statuses) + [200] * len(statuses)
    assert egress_run["second"]["new_messages"] == 0
    # The second run sent nothing else: no duplicate drafts, no second brief.
    second_run = egress_run["second"]["run_id"]
    assert query(egress_run, "SELECT count(*) FROM egress_audit WHERE run_id = ? AND processor_id <> ?",
                 second_run, FLAKY)[0][0] == 0


def test_drafts_audit_and_prefect_hold_no_gold_personal_data(egress_run):
    texts = [t for (t,) in query(egress_run, "SELECT text_masked FROM drafts")]
    assert len(texts) > 50 and any(t.startswith("Draft written by the test model.") for t in texts)
    texts += [json.dumps(r, default=str) for r in query(egress_run, "SELECT * FROM egress_audit")]
    texts += [json.dumps(r, default=str) for r in query(egress_run, "SELECT * FROM tasks")]
    assert leaked_values(DISTINCTIVE_VALUES, texts, whole_words=True) == []
    assert leaked_values(DISTINCTIVE_VALUES, [t for t in egress_run["prefect_texts"] if t], whole_words=True) == []


def test_opening_a_draft_puts_the_sender_back_and_is_audited(egress_run, capsys, monkeypatch):
    monkeypatch.setenv("PRIVACY_TRIAGE_KEY_FILE", str(egress_run["key_file"]))
    draft_id, external_id = query(egress_run, """SELECT d.draft_id, m.external_id FROM drafts d JOIN messages m
                                                 USING (message_id) WHERE d.kind = 'acknowledgement'
                                                 AND m.sender_name_masked LIKE '<PERSON_%'
                                                 AND strpos(d.text_masked, m.sender_name_masked) > 0
                                                 ORDER BY 1 LIMIT 1""")[0]
    sender = next(p["value"] for p in MESSAGES[external_id]["pii"] if p["part"] == "from_name")
    assert main(["draft", "open", draft_id, "--by", "privacy-officer", "--db", str(egress_run["db"])]) == 0
    assert sender in capsys.readouterr().out
    (detail,) = query(egress_run, "SELECT detail FROM audit_log WHERE action = 'draft_reidentified' AND subject_id = ?",
                      draft_id)[0]
    assert json.loads(detail)["opened_by"] == "privacy-officer" and sender not in detail
