"""Delivering a task brief to a provider's webhook, through the egress guard.

Candidates are tried in routing order. A provider without a webhook takes
the task on the platform (nothing leaves this system: the brief waits in
`drafts`). When the guard refuses a provider (undeclared, training on
customer data, wrong region or purpose) the next candidate is tried; when it
refuses the payload (residual personal data) nobody may have it and the task
waits for a person. A webhook that fails leaves the task to retry, up to
MAX_ATTEMPTS; a webhook that rejects the brief (HTTP 4xx) hands it to a person."""
from __future__ import annotations

from dataclasses import dataclass

from redaction.egress import WEBHOOK, EgressGuard, Outgoing
from redaction.masked import MaskedText

from .routing import Provider

MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Delivery:
    status: str                 # assigned, delivered, retry, manual_queue
    provider_id: str | None
    reason: str
    attempted: bool = False     # the brief was posted (or a connection tried) for this provider


def deliver(guard: EgressGuard, task_id: str, brief: MaskedText, data_region: str, candidates: list[Provider],
            attributes: dict, attempts_before: int = 0) -> Delivery:
    refused = []
    for provider in candidates:
        if not provider.webhook:
            return Delivery("assigned", provider.provider_id, "no webhook: the provider takes the brief on the platform")
        result = guard.send(Outgoing(provider.provider_id, "task_delivery", data_region, {"brief": brief},
                                     attributes, WEBHOOK, task_id))
        if result.delivered:
            return Delivery("delivered", provider.provider_id, result.reason, True)
        if result.decision == "refused":
            if result.refused_for == "payload":
                return Delivery("manual_queue", None, f"egress refused the brief: {result.reason}")
            refused.append(provider.provider_id)
            continue
        if result.http_status is not None and 400 <= result.http_status < 500:
            return Delivery("manual_queue", provider.provider_id,
                            f"{provider.provider_id} rejected the brief ({result.reason})", True)
        if attempts_before + 1 >= MAX_ATTEMPTS:
            return Delivery("manual_queue", provider.provider_id,
                            f"delivery failed {MAX_ATTEMPTS} times, last: {result.reason}", True)
        return Delivery("retry", provider.provider_id, f"delivery failed, will retry: {result.reason}", True)
    if refused:
        return Delivery("manual_queue", None, f"egress refused every eligible provider ({', '.join(refused)})")
    return Delivery("manual_queue", None, "no eligible provider")
