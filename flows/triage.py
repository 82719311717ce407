"""The triage flow: intake and masking, classification, cases and routing,
drafting and delivery through the egress guard, report. Each task handles a
batch of files or messages (never one task per message) and passes only
paths, counts and content-hash ids."""
from __future__ import annotations

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact

from triage import outbound, pipeline
from triage.report import summary_markdown, write_report

# Task results stay in memory: nothing a task returns is written to Prefect's storage.
_task = dict(persist_result=False, retries=0)


@task(name="ingest-and-mask", **_task)
def ingest_batch(inbox_dir: str, db_path: str, run_id: str, start: int, stop: int) -> dict:
    return pipeline.ingest_files(inbox_dir, db_path, run_id, start, stop)


@task(name="classify", **_task)
def classify_batch(db_path: str, message_ids: list[str]) -> dict:
    return pipeline.classify_messages(db_path, message_ids)


@task(name="open-cases-and-route", **_task)
def act_batch(db_path: str, run_id: str, message_ids: list[str], providers_path: str | None,
              config_path: str | None) -> dict:
    return pipeline.act_on_messages(db_path, run_id, message_ids, providers_path, config_path)


@task(name="draft-and-deliver", **_task)
def outbound_batch(db_path: str, run_id: str, message_ids: list[str], config_path: str | None,
                   providers_path: str | None) -> dict:
    return outbound.draft_and_deliver(db_path, run_id, message_ids, config_path, providers_path)


@task(name="retry-deliveries", **_task)
def retry_deliveries(db_path: str, run_id: str, config_path: str | None, providers_path: str | None) -> dict:
    return outbound.retry_deliveries(db_path, run_id, config_path, providers_path)


@task(name="report", **_task)
def report(db_path: str, out_dir: str, run_id: str, batches: list[dict]) -> dict:
    summary = pipeline.summarise(db_path, run_id, batches)
    write_report(db_path, out_dir, summary)
    create_markdown_artifact(markdown=summary_markdown(summary), key="triage-summary",
                             description="Counts only: no message content")
    return summary


@flow(name="triage_inbox", persist_result=False, log_prints=False)
def triage_inbox(inbox_dir: str, db_path: str, out_dir: str, batch_size: int = 100,
                 providers_path: str | None = None, config_path: str | None = None) -> dict:
    run_id = pipeline.start_run(db_path)
    retry_deliveries(db_path, run_id, config_path, providers_path)  # what earlier runs could not deliver
    n_files = pipeline.count_inbox_files(inbox_dir)
    batches = []
    for start in range(0, n_files, batch_size):
        batch = ingest_batch(inbox_dir, db_path, run_id, start, start + batch_size)
        classify_batch(db_path, batch["message_ids"])
        act_batch(db_path, run_id, batch["message_ids"], providers_path, config_path)
        outbound_batch(db_path, run_id, batch["message_ids"], config_path, providers_path)
        batches.append(batch)
    return report(db_path, out_dir, run_id, batches)
