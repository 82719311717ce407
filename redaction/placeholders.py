"""Typed placeholders (`<PERSON_1>`) that stay the same for the same value
throughout one message and its attachments."""
from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
# A placeholder in masked text: group 1 its type, group 2 its number.
PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?)_(\d+)>")


def _normalise(value: str) -> str:
    return _SPACES.sub(" ", value).strip().casefold()


_INITIALS = re.compile(r"(?:\w\.)+")


def _part_of(name: str, other: str) -> bool:
    """Every word of `name` is a word of `other`, an initial ('p.', 'j.r.')
    standing for words of `other` that begin with its letters."""
    words, other_words = name.split(), set(other.split())
    full = {w for w in words if not _INITIALS.fullmatch(w)}
    if not full or not full <= other_words:
        return False
    rest = [w for w in other_words - full if not _INITIALS.fullmatch(w)]
    letters = [c for w in words if _INITIALS.fullmatch(w) for c in w.replace(".", "")]
    return all(any(r.startswith(c) for r in rest) for c in letters)


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
        """'Maria' or 'Gonzalez' after 'Maria Gonzalez' is the same person, and
        so is 'M. Gonzalez' (an initial stands for a word with its letter)."""
        for (kind, known), placeholder in self._by_key.items():
            if kind == "PERSON" and (_part_of(name, known) or _part_of(known, name)):
                return placeholder
        return None

    def __len__(self) -> int:
        return len(self.originals)

    def __repr__(self) -> str:
        return f"PlaceholderMap({len(self.originals)} placeholders)"
