"""The first version's cue rules, as features for the trained model: how
often each request type and each category is cued, in seven languages.
They carry the legal vocabulary MiniLM's English word pieces split into
noise ('Auskunftsersuchen', 'derecho de supresión')."""
from __future__ import annotations

from . import rules

FEATURE_NAMES = tuple(f"type:{t}" for t in rules.PRIVACY_TYPES) + tuple(f"category:{c}" for c in rules.CATEGORIES)


def cue_features(text: str) -> list[float]:
    types = rules.request_types(text)
    categories = rules.category_scores(text)
    # Capped counts: one cue or several, not how long the letter is.
    return ([min(types.get(t, 0), 3) / 3 for t in rules.PRIVACY_TYPES]
            + [min(categories.get(c, 0), 3) / 3 for c in rules.CATEGORIES])
