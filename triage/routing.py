"""Routing an ordinary task to a provider from the providers file: the
category must match; a provider who reads the message's language is preferred;
among those, the one with the most free capacity gets it (spreading load)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PROVIDERS = Path(__file__).resolve().parent.parent / "data" / "providers.json"


@dataclass(frozen=True)
class Provider:
    provider_id: str
    name: str
    categories: tuple[str, ...]
    languages: tuple[str, ...]
    capacity: int


def load_providers(path: str | Path | None = None) -> list[Provider]:
    raw = json.loads(Path(path or DEFAULT_PROVIDERS).read_text(encoding="utf-8"))
    return [Provider(p["id"], p["name"], tuple(p["categories"]), tuple(p["languages"]), int(p["capacity"]))
            for p in raw["providers"]]


def choose_provider(providers: list[Provider], category: str, language: str,
                    open_tasks: dict[str, int]) -> Provider | None:
    """None when nobody takes the category or everybody is full: the task waits."""
    eligible = [p for p in providers if category in p.categories and open_tasks.get(p.provider_id, 0) < p.capacity]
    if not eligible:
        return None
    return max(eligible, key=lambda p: (language in p.languages,
                                        p.capacity - open_tasks.get(p.provider_id, 0), p.provider_id))
