"""Processor declarations: every external recipient, as the configuration
declares it ([processors.<id>]), turned into what the egress guard checks.

A declaration must state its purpose, region, whether it trains on customer
data and how long it keeps what it receives: a declaration missing one of
them is a configuration error, never a default. Entity types in clear are
least privilege: none unless listed. The endpoint comes from the [ai]
section for the AI API, and from the providers file (`webhook`) for a
provider; a provider with a webhook and no declaration is refused by the
guard, like any undeclared recipient."""
from __future__ import annotations

from redaction.egress import Processor

from .config import ConfigError, TriageConfig
from .routing import Provider

REQUIRED = ("purpose", "region", "trains_on_customer_data", "retention_days")
KNOWN = set(REQUIRED) | {"clear_types", "options", "headers", "description"}


def declared_processors(config: TriageConfig, providers: list[Provider]) -> dict[str, Processor]:
    webhooks = {p.provider_id: p.webhook for p in providers if p.webhook}
    declared = {}
    for pid, table in config.processors.items():
        missing = [k for k in REQUIRED if k not in table]
        if missing:
            raise ConfigError(f"processor '{pid}' must declare {', '.join(missing)}")
        unknown = set(table) - KNOWN
        if unknown:
            raise ConfigError(f"processor '{pid}': unknown key(s) {', '.join(sorted(unknown))}")
        if not isinstance(table["trains_on_customer_data"], bool):
            raise ConfigError(f"processor '{pid}': trains_on_customer_data must be true or false")
        endpoint, model, key_env, timeout = webhooks.get(pid), None, None, None
        if config.ai and pid == config.ai.processor:
            endpoint, model, key_env = f"{config.ai.base_url}/chat/completions", config.ai.model, config.ai.api_key_env
            timeout = config.ai.timeout_s  # [ai] timeout_s; webhooks wait [webhooks] timeout_s
        declared[pid] = Processor(
            processor_id=pid, purpose=str(table["purpose"]), region=str(table["region"]),
            trains_on_customer_data=table["trains_on_customer_data"],
            retention_days=int(table["retention_days"]), endpoint=endpoint,
            clear_types=frozenset(str(t) for t in table.get("clear_types", [])),
            options=dict(table.get("options", {})), headers={str(k): str(v) for k, v in table.get("headers", {}).items()},
            model=model, api_key_env=key_env, timeout_s=timeout, description=str(table.get("description", "")))
    return declared
