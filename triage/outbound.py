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
from .delivery import deliver
from .drafting import CaseFacts, ChatDrafter, Drafter, MessageView, TaskFacts, TemplateDrafter
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
                        lambda record: store.record_egress(con, record, run_id), pattern_scanner(),
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
        drafter = make_drafter(config, guard)
        views = message_views(con, message_ids, config)
        known = load_known(con, list(views))
        cases = con.execute("""SELECT case_id, message_id, request_types, jurisdiction, received_at, due_date
                               FROM privacy_cases WHERE message_id IN (SELECT unnest(?)) AND case_id NOT IN
                               (SELECT subject_id FROM drafts WHERE kind = 'acknowledgement')
                               ORDER BY case_id""", [list(views)]).fetchall()
        for case_id, mid, types, law, received_at, due in cases:
            draft = drafter.acknowledgement(views[mid], CaseFacts(case_id, tuple(types), law, received_at, due),
                                            known[mid])
            save_draft(con, mid, case_id, "acknowledgement", draft.drafter, draft.text)
            counts["acknowledgements"] += 1
        tasks = con.execute("""SELECT task_id, message_id, category, language, provider_id, data_region, attempts
                               FROM tasks WHERE message_id IN (SELECT unnest(?)) AND status = 'assigned'
                               AND task_id NOT IN (SELECT subject_id FROM drafts WHERE kind = 'task_brief')
                               ORDER BY task_id""", [list(views)]).fetchall()
        open_tasks = store.open_task_counts(con)
        by_id = {p.provider_id: p for p in providers}
        for task_id, mid, category, language, pid, region, attempts in tasks:
            view = views[mid]
            skills = required_skills(classifier_input(view.subject, view.body))
            brief = drafter.task_brief(view, TaskFacts(task_id, category, language or "und", skills), known[mid])
            save_draft(con, mid, task_id, "task_brief", brief.drafter, brief.text)
            others = {k: v for k, v in open_tasks.items()}
            others[pid] = others.get(pid, 1) - 1
            candidates = ([by_id[pid]] if pid in by_id else []) + rank_providers(
                providers, category, language, others, config.regions.allowed.get(region, ()), skills, exclude={pid})
            delivery = deliver(guard, task_id, brief.text, region, candidates,
                               _attributes(task_id, category, language, skills, region), attempts or 0)
            _record_delivery(con, run_id, task_id, pid, delivery, open_tasks)
            counts[f"tasks_{delivery.status}"] += 1
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
        open_tasks = store.open_task_counts(con)
        for task_id, mid, category, language, pid, region, attempts, brief, subject, body in rows:
            skills = required_skills(classifier_input(subject, body))
            delivery = deliver(guard, task_id, known[mid].mask(brief), region, [by_id[pid]] if pid in by_id else [],
                               _attributes(task_id, category, language, skills, region), attempts or 0)
            _record_delivery(con, run_id, task_id, pid, delivery, open_tasks)
            counts[f"tasks_{delivery.status}"] += 1
    return dict(counts)


def _attributes(task_id: str, category: str, language: str | None, skills, region: str) -> dict:
    return {"task_id": task_id, "category": category, "language": language or "und", "skills": list(skills),
            "data_region": region}


def _record_delivery(con, run_id: str, task_id: str, previous: str | None, delivery, open_tasks: dict) -> None:
    if delivery.provider_id != previous:
        if previous:
            open_tasks[previous] = open_tasks.get(previous, 1) - 1
        if delivery.provider_id:
            open_tasks[delivery.provider_id] = open_tasks.get(delivery.provider_id, 0) + 1
    con.execute("""UPDATE tasks SET status = ?, provider_id = ?, status_reason = ?, attempts = attempts + ?,
                   updated_at = ? WHERE task_id = ?""",
                [delivery.status, delivery.provider_id, delivery.reason, int(delivery.attempted), store.now(), task_id])
    store.audit(con, "task_delivery", task_id, run_id, status=delivery.status, provider=delivery.provider_id,
                reason=delivery.reason)
