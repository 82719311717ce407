"""The triage configuration file (TOML; `privacy-triage run --config FILE`).
`config/triage.example.toml` documents every key.

Without a file the system works offline: template drafting, the default
providers file (whose providers have no webhooks), no processor declared,
so nothing is sent anywhere. Relative paths in a file are relative to it."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .regions import DEFAULT_ALLOWED, DEFAULT_BY_TLD, RegionRules
from .routing import DEFAULT_PROVIDERS


class ConfigError(ValueError):
    """A configuration file that cannot be used as written."""


@dataclass(frozen=True)
class AiConfig:
    processor: str          # the declaration in [processors.<id>] that covers the API
    base_url: str           # e.g. https://api.openai.com/v1 (requests go to {base_url}/chat/completions)
    model: str
    api_key_env: str | None = None  # the environment variable holding the key (the key is never in the file)
    timeout_s: float = 60.0


@dataclass(frozen=True)
class TriageConfig:
    path: Path | None = None
    providers_file: Path = DEFAULT_PROVIDERS
    ai: AiConfig | None = None
    regions: RegionRules = field(default_factory=RegionRules)
    processors: dict = field(default_factory=dict)  # processor id -> its declaration table, as written
    timeout_s: float = 30.0  # for webhooks

    @classmethod
    def load(cls, path: str | Path | None = None, providers_file: str | Path | None = None) -> "TriageConfig":
        """The file's configuration (defaults without one); `providers_file`
        (the --providers option) overrides the file's."""
        if path is None:
            config = cls()
        else:
            config = _parse(Path(path))
        if providers_file:
            config = TriageConfig(config.path, Path(providers_file), config.ai, config.regions,
                                  config.processors, config.timeout_s)
        return config


def _parse(path: Path) -> TriageConfig:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    base = path.resolve().parent
    unknown = set(raw) - {"ai", "providers", "regions", "processors", "webhooks"}
    if unknown:
        raise ConfigError(f"{path}: unknown section(s): {', '.join(sorted(unknown))}")

    providers = raw.get("providers", {})
    providers_file = Path(providers["file"]) if "file" in providers else DEFAULT_PROVIDERS
    if not providers_file.is_absolute():
        providers_file = base / providers_file

    ai = None
    if "ai" in raw:
        table = raw["ai"]
        missing = [k for k in ("processor", "base_url", "model") if not table.get(k)]
        if missing:
            raise ConfigError(f"{path}: [ai] needs {', '.join(missing)}")
        ai = AiConfig(str(table["processor"]), str(table["base_url"]).rstrip("/"), str(table["model"]),
                      table.get("api_key_env") or None, float(table.get("timeout_s", 60.0)))

    regions_raw = raw.get("regions", {})
    regions = RegionRules(
        default=str(regions_raw.get("default", "EU")),
        ccpa=regions_raw.get("ccpa", "US") or None,
        by_sender_tld={str(k).lower(): str(v) for k, v in regions_raw.get("by_sender_tld", DEFAULT_BY_TLD).items()},
        allowed={str(k): tuple(str(r) for r in v) for k, v in regions_raw.get("allowed", DEFAULT_ALLOWED).items()},
    )
    processors = raw.get("processors", {})
    if not isinstance(processors, dict) or not all(isinstance(v, dict) for v in processors.values()):
        raise ConfigError(f"{path}: [processors.<id>] must be tables")
    timeout = float(raw.get("webhooks", {}).get("timeout_s", 30.0))
    return TriageConfig(path, providers_file, ai, regions, processors, timeout)
