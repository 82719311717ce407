"""Delivering task briefs to providers' webhooks, through the egress guard.

Each task's candidates are tried in routing order, all the batch's tasks in
rounds (one `send_many` per round). A provider without a webhook takes the
task on the platform (nothing leaves this system: the brief waits in
`drafts`). When the guard refuses a provider (undeclared, training on
customer data, wrong region or purpose) the task's next candidate with free
capacity is tried in the next round; when it refuses the payload (residual
personal data) nobody may have it and the task waits for a person. A webhook
that fails leaves the task to retry, up to MAX_ATTEMPTS; a webhook that
rejects the brief (HTTP 4xx) hands it to a person."""
from __future__ import annotations

from dataclasses import dataclass

from redaction.egress import WEBHOOK, EgressGuard, EgressResult, Outgoing
from redaction.masked import MaskedText

from .routing import Provider

MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class DeliveryJob:
    task_id: str
    brief: MaskedText
    data_region: str
    candidates: list[Provider]      # routing order; the first is the provider the task is assigned to
    attributes: dict
    attempts_before: int = 0


@dataclass(frozen=True)
class Delivery:
    status: str                 # assigned, delivered, retry, manual_queue
    provider_id: str | None
    reason: str
    attempted: bool = False     # the brief was posted (or a connection tried) for this provider


def deliver(guard: EgressGuard, task_id: str, brief: MaskedText, data_region: str, candidates: list[Provider],
            attributes: dict, attempts_before: int = 0) -> Delivery:
    return deliver_many(guard, [DeliveryJob(task_id, brief, data_region, candidates, attributes, attempts_before)])[0]


def deliver_many(guard: EgressGuard, jobs: list[DeliveryJob], open_tasks: dict[str, int] | None = None) -> list[Delivery]:
    """One Delivery per job. `open_tasks` (provider -> tasks held) is kept
    up to date as tasks move to another candidate."""
    open_tasks = open_tasks if open_tasks is not None else {}
    outcome: list[Delivery | None] = [None] * len(jobs)
    position = [0] * len(jobs)
    refused: list[list[str]] = [[] for _ in jobs]
    while True:
        round_, reserved = [], {}  # places taken by this round's tries, until their results are in
        for k, job in enumerate(jobs):
            if outcome[k] is not None:
                continue
            provider = _next_candidate(job, position, k, open_tasks, reserved)
            if provider is None:
                outcome[k] = _nobody(refused[k])
            elif not provider.webhook:
                outcome[k] = _landed(job, Delivery("assigned", provider.provider_id,
                                                   "no webhook: the provider takes the brief on the platform"),
                                     open_tasks)
            else:
                round_.append((k, provider))
                reserved[provider.provider_id] = reserved.get(provider.provider_id, 0) + 1
        if not round_:
            return outcome
        results = guard.send_many([Outgoing(p.provider_id, "task_delivery", jobs[k].data_region,
                                            {"brief": jobs[k].brief}, jobs[k].attributes, WEBHOOK, jobs[k].task_id)
                                   for k, p in round_])
        for (k, provider), result in zip(round_, results):
            if result.decision == "refused" and result.refused_for == "processor":
                refused[k].append(provider.provider_id)
                position[k] += 1
            else:
                outcome[k] = _landed(jobs[k], _judge(jobs[k], provider, result), open_tasks)


def _next_candidate(job: DeliveryJob, position: list[int], k: int, open_tasks: dict[str, int],
                    reserved: dict[str, int]) -> Provider | None:
    current = job.candidates[0].provider_id if job.candidates else None
    while position[k] < len(job.candidates):
        provider = job.candidates[position[k]]
        pid = provider.provider_id
        if pid == current or open_tasks.get(pid, 0) + reserved.get(pid, 0) < provider.capacity:
            return provider
        position[k] += 1
    return None


def _judge(job: DeliveryJob, provider: Provider, result: EgressResult) -> Delivery:
    pid = provider.provider_id
    if result.delivered:
        return Delivery("delivered", pid, result.reason, True)
    if result.decision == "refused":  # the payload: nobody may have it
        return Delivery("manual_queue", None, f"egress refused the brief: {result.reason}")
    if result.http_status is not None and 400 <= result.http_status < 500:
        return Delivery("manual_queue", pid, f"{pid} rejected the brief ({result.reason})", True)
    if job.attempts_before + 1 >= MAX_ATTEMPTS:
        return Delivery("manual_queue", pid, f"delivery failed {MAX_ATTEMPTS} times, last: {result.reason}", True)
    return Delivery("retry", pid, f"delivery failed, will retry: {result.reason}", True)


def _landed(job: DeliveryJob, delivery: Delivery, open_tasks: dict[str, int]) -> Delivery:
    """Move the task's place in the providers' capacity where it ended up."""
    current = job.candidates[0].provider_id if job.candidates else None
    holds = delivery.status != "manual_queue"
    if delivery.provider_id != current or not holds:
        if current:
            open_tasks[current] = max(0, open_tasks.get(current, 0) - 1)
        if holds and delivery.provider_id:
            open_tasks[delivery.provider_id] = open_tasks.get(delivery.provider_id, 0) + 1
    return delivery


def _nobody(refused: list[str]) -> Delivery:
    if refused:
        return Delivery("manual_queue", None, f"egress refused every eligible provider ({', '.join(refused)})")
    return Delivery("manual_queue", None, "no eligible provider")
