"""Drafting and delivery, per batch: an acknowledgement draft for each new
privacy case, a brief for each routed task, delivered to the provider's
webhook through the egress guard; and the retry of deliveries that earlier
runs left failing. Plain functions over the store, called by the flow."""
from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from functools import lru_cache

from redaction.egress import EgressGuard
from redaction.patterns import PatternScanner

from . import store
from .config import TriageConfig
from .delivery import DeliveryJob, deliver_many
from .drafting import CaseFacts, ChatDrafter, Drafter, DraftJob, MessageView, TaskFacts, TemplateDrafter
from .drafts import save_draft
from .known import load_known
from .pipeline import classifier_input
from .processors import declared_processors
from .routing import Provider, load_providers, rank_providers, required_skills


@lru_cache(maxsize=1)
def pattern_scanner() -> PatternScanner:
    return PatternScanner()


@contextmanager
def egress_guard(con, run_id: str | None, config: TriageConfig, providers: list[Provider]):
    """The guard for this configuration; its audit records go to egress_audit."""
    guard = EgressGuard(declared_processors(config, providers), config.regions.allowed,
                        store.EgressAudit(con, run_id), pattern_scanner(),
                        config.timeout_s)
    try:
        yield guard
    finally:
        guard.close()


def make_drafter(config: TriageConfig, guard: EgressGuard) -> Drafter:
    if config.ai is None:
        return TemplateDrafter()
    return ChatDrafter(guard, config.ai.processor, config.ai.model)


def message_views(con, message_ids: list[str], config: TriageConfig) -> dict[str, MessageView]:
    rows = con.execute("""SELECT message_id, sender_name_masked, subject_masked, body_masked, language, sender_tld
                          FROM messages WHERE message_id IN (SELECT unnest(?))""", [list(message_ids)]).fetchall()
    views = {}
    for mid, sender, subject, body, language, tld in rows:
        region, _ = config.regions.region_of(tld, classifier_input(subject, body))
        views[mid] = MessageView(mid, sender or "", subject or "", body, language or "und", region)
    return views


def draft_and_deliver(db_path: str, run_id: str, message_ids: list[str], config_path: str | None = None,
                      providers_path: str | None = None) -> dict:
    config = TriageConfig.load(config_path, providers_path)
    providers = load_providers(config.providers_file)
    counts = Counter()
    con = store.open_store(db_path)
    with con, egress_guard(con, run_id, config, providers) as guard:
        views = message_views(con, message_ids, config)
        known = load_known(con, list(views))
        jobs = [DraftJob("acknowledgement", views[mid], CaseFacts(case_id, tuple(types), law, received_at, due),
                         known[mid])
                for case_id, mid, types, law, received_at, due in con.execute(
                    """SELECT case_id, message_id, request_types, jurisdiction, received_at, due_date
                       FROM privacy_cases WHERE message_id IN (SELECT unnest(?)) AND case_id NOT IN
                       (SELECT subject_id FROM drafts WHERE kind = 'acknowledgement') ORDER BY case_id""",
                    [list(views)]).fetchall()]
        tasks = con.execute("""SELECT task_id, message_id, category, language, provider_id, data_region, attempts
                               FROM tasks WHERE message_id IN (SELECT unnest(?)) AND status = 'assigned'
                               AND task_id NOT IN (SELECT subject_id FROM drafts WHERE kind = 'task_brief')
                               ORDER BY task_id""", [list(views)]).fetchall()
        skills = {t[0]: required_skills(classifier_input(views[t[1]].subject, views[t[1]].body)) for t in tasks}
        jobs += [DraftJob("task_brief", views[mid], TaskFacts(task_id, category, language or "und", skills[task_id]),
                          known[mid]) for task_id, mid, category, language, *_ in tasks]
        drafts = make_drafter(config, guard).draft_many(jobs)
        briefs = {}
        with store.transaction(con):
            for job, draft in zip(jobs, drafts):
                save_draft(con, job.message.message_id, job.subject_id, job.kind, draft.drafter, draft.text)
                counts[f"{job.kind}s"] += 1
                briefs[job.subject_id] = draft.text
        open_tasks = store.open_task_counts(con)
        by_id = {p.provider_id: p for p in providers}
        delivery_jobs = []
        for task_id, mid, category, language, pid, region, attempts in tasks:
            held = dict(open_tasks, **{pid: open_tasks.get(pid, 1) - 1}) if pid else open_tasks
            candidates = ([by_id[pid]] if pid in by_id else []) + rank_providers(
                providers, category, language, held, config.regions.allowed.get(region, ()), skills[task_id],
                exclude={pid})
            delivery_jobs.append(DeliveryJob(task_id, briefs[task_id], region, candidates,
                                             _attributes(task_id, category, language, skills[task_id], region),
                                             attempts or 0))
        _record_deliveries(con, run_id, delivery_jobs, deliver_many(guard, delivery_jobs, open_tasks), counts)
    return dict(counts)


def retry_deliveries(db_path: str, run_id: str, config_path: str | None = None,
                     providers_path: str | None = None) -> dict:
    """Deliver again the briefs that earlier runs could not (status 'retry'),
    to the same provider."""
    config = TriageConfig.load(config_path, providers_path)
    providers = load_providers(config.providers_file)
    counts = Counter()
    con = store.open_store(db_path)
    with con, egress_guard(con, run_id, config, providers) as guard:
        rows = con.execute("""SELECT t.task_id, t.message_id, t.category, t.language, t.provider_id, t.data_region,
                                     t.attempts, d.text_masked, m.subject_masked, m.body_masked
                              FROM tasks t JOIN drafts d ON d.subject_id = t.task_id AND d.kind = 'task_brief'
                              JOIN messages m ON m.message_id = t.message_id
                              WHERE t.status = 'retry' ORDER BY t.task_id""").fetchall()
        known = load_known(con, sorted({r[1] for r in rows}))
        by_id = {p.provider_id: p for p in providers}
        jobs = []
        for task_id, mid, category, language, pid, region, attempts, brief, subject, body in rows:
            skills = required_skills(classifier_input(subject, body))
            # The stored brief re-enters through the redaction step: masked again with the vault's values.
            jobs.append(DeliveryJob(task_id, known[mid].mask(brief), region, [by_id[pid]] if pid in by_id else [],
                                    _attributes(task_id, category, language, skills, region), attempts or 0))
        _record_deliveries(con, run_id, jobs, deliver_many(guard, jobs, store.open_task_counts(con)), counts)
    return dict(counts)


def _attributes(task_id: str, category: str, language: str | None, skills, region: str) -> dict:
    return {"task_id": task_id, "category": category, "language": language or "und", "skills": list(skills),
            "data_region": region}


def _record_deliveries(con, run_id: str, jobs: list[DeliveryJob], deliveries, counts: Counter) -> None:
    with store.transaction(con):
        for job, delivery in zip(jobs, deliveries):
            con.execute("""UPDATE tasks SET status = ?, provider_id = ?, status_reason = ?, attempts = attempts + ?,
                           updated_at = ? WHERE task_id = ?""",
                        [delivery.status, delivery.provider_id, delivery.reason, int(delivery.attempted), store.now(),
                         job.task_id])
            store.audit(con, "task_delivery", job.task_id, run_id, status=delivery.status,
                        provider=delivery.provider_id, reason=delivery.reason)
            counts[f"tasks_{delivery.status}"] += 1
