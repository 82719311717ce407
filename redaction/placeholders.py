"""Typed placeholders (`<PERSON_1>`) that stay the same for the same value
throughout one message and its attachments."""
from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
# A placeholder in masked text: group 1 its type, group 2 its number.
PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?)_(\d+)>")


def _normalise(value: str) -> str:
    return _SPACES.sub(" ", value).strip().casefold()


class PlaceholderMap:
    """Assigns placeholders per (type, value) and remembers the originals.

    The originals live only here (in memory) and in the encrypted vault; the
    repr never shows them.
    """

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        self.originals: dict[str, tuple[str, str]] = {}  # placeholder -> (type, value)

    def placeholder_for(self, entity_type: str, value: str) -> str:
        key = (entity_type, _normalise(value))
        found = self._by_key.get(key)
        if found is None and entity_type == "PERSON":
            found = self._same_person(key[1])
        if found is None:
            n = self._counters.get(entity_type, 0) + 1
            self._counters[entity_type] = n
            found = f"<{entity_type}_{n}>"
            self.originals[found] = (entity_type, value)
        self._by_key[key] = found
        return found

    def _same_person(self, name: str) -> str | None:
        """'Maria' or 'Gonzalez' after 'Maria Gonzalez' is the same person."""
        words = set(name.split())
        for (kind, known), placeholder in self._by_key.items():
            if kind != "PERSON":
                continue
            known_words = set(known.split())
            if words <= known_words or known_words <= words:
                return placeholder
        return None

    def __len__(self) -> int:
        return len(self.originals)

    def __repr__(self) -> str:
        return f"PlaceholderMap({len(self.originals)} placeholders)"
