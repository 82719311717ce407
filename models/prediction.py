"""What every request classifier returns per text."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Prediction:
    privacy: list[str] = field(default_factory=list)  # request types, empty for ordinary work
    category: str | None = None                        # routing category, None for a pure request
    confidence: float = 0.0
    needs_review: bool = False                         # a person looks first; it is not routed
