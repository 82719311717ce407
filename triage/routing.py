"""Routing an ordinary task to a provider from the providers file.

Hard rules: the provider takes the category, has free capacity, and works in
a region allowed for the customer's data region. Among those, providers are
ranked by whether they read the message's language, then by the skills the
task asks for (cues in the masked text), then by free capacity (spreading
load). Nobody eligible: the task waits in the manual queue."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PROVIDERS = Path(__file__).resolve().parent.parent / "data" / "providers.json"

# Skill -> cues in the masked subject and body (any of the seven languages).
SKILL_CUES = {
    "certified_translation": r"certif|sworn|beglaubig|vereidig|assermenté|jurad|giurat|beëdigd|juramentad",
    "legal": r"contract|vertrag|contrat|contrato|contratto|privacy (?:policy|notice)|datenschutzerklärung|"
             r"terms and conditions|\bagb\b|politique de confidentialité|política de privacidad",
    "seo": r"\bseo\b|search engine|keywords?\b",
    "cms": r"wordpress|shopify|woocommerce|\bcms\b|landing page|website|webseite|site web|sitio web",
    "branding": r"\blogo\b|branding|brand identity|corporate design|identité visuelle",
    "print": r"flyer|banner|poster|print|brochure|menu card|speisekarte",
    "email_marketing": r"newsletter|mailchimp|campaign|kampagne|campagne|campaña|campagna|campanha",
    "vat_returns": r"\bvat\b|\bust\b|umsatzsteuer|\btva\b|\biva\b|\bbtw\b|tax return|steuererklärung",
    "payroll": r"payroll|lohnabrechnung|paie|nómina|buste paga|loonadministratie",
    "dashboards": r"dashboard|excel|spreadsheet|power bi|tableau|survey|umfrage|enquête|encuesta",
}
_SKILL_PATTERNS = {skill: re.compile(cues, re.IGNORECASE) for skill, cues in SKILL_CUES.items()}


@dataclass(frozen=True)
class Provider:
    provider_id: str
    name: str
    categories: tuple[str, ...]
    languages: tuple[str, ...]
    capacity: int
    region: str = "EU"
    skills: tuple[str, ...] = ()
    webhook: str | None = None  # receives the task brief as JSON (through the egress guard)


def load_providers(path: str | Path | None = None) -> list[Provider]:
    raw = json.loads(Path(path or DEFAULT_PROVIDERS).read_text(encoding="utf-8"))
    return [Provider(p["id"], p["name"], tuple(p["categories"]), tuple(p["languages"]), int(p["capacity"]),
                     str(p.get("region", "EU")), tuple(p.get("skills", ())), p.get("webhook") or None)
            for p in raw["providers"]]


def required_skills(masked_text: str) -> tuple[str, ...]:
    return tuple(skill for skill, pattern in _SKILL_PATTERNS.items() if pattern.search(masked_text))


def rank_providers(providers: list[Provider], category: str, language: str, open_tasks: dict[str, int],
                   allowed_regions: Iterable[str] | None = None, skills: Iterable[str] = (),
                   exclude: Iterable[str] = ()) -> list[Provider]:
    """Every eligible provider, best first. allowed_regions None: any region."""
    regions = None if allowed_regions is None else set(allowed_regions)
    skip, wanted = set(exclude), set(skills)
    eligible = [p for p in providers
                if category in p.categories and open_tasks.get(p.provider_id, 0) < p.capacity
                and (regions is None or p.region in regions) and p.provider_id not in skip]
    return sorted(eligible, key=lambda p: (language not in p.languages, -len(wanted & set(p.skills)),
                                           -(p.capacity - open_tasks.get(p.provider_id, 0)), p.provider_id))


def choose_provider(providers: list[Provider], category: str, language: str, open_tasks: dict[str, int],
                    allowed_regions: Iterable[str] | None = None, skills: Iterable[str] = ()) -> Provider | None:
    """None when nobody eligible takes the category: the task waits."""
    ranked = rank_providers(providers, category, language, open_tasks, allowed_regions, skills)
    return ranked[0] if ranked else None
