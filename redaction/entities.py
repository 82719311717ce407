"""The values the redaction step hands to the rest of the product."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Entity:
    """One detected piece of personal data: offsets into the original text."""

    type: str
    start: int
    end: int
    score: float
    recognizer: str = ""

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class MaskedEntity:
    """An entity that was masked, with the placeholder that replaced it."""

    type: str
    start: int
    end: int
    score: float
    placeholder: str


@dataclass(slots=True)
class RedactionResult:
    """Masked text plus what was masked. Holds no original values."""

    text: str
    entities: list[MaskedEntity] = field(default_factory=list)

    def __repr__(self) -> str:  # the masked text is safe to show
        return f"RedactionResult(text={self.text!r}, entities={len(self.entities)})"
