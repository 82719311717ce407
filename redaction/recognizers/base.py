"""A small base for our own recognizers: a regex whose group `pii` is the
personal data (so context such as "Dear" or "born on" is matched but not
masked), an optional validator (checksums), and a fixed score."""
from __future__ import annotations

from collections.abc import Callable, Iterable

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult


class GroupPatternRecognizer(EntityRecognizer):
    def __init__(
        self,
        entity: str,
        patterns: Iterable[str],
        score: float,
        name: str,
        flags: int = regex.MULTILINE,
        validate: Callable[[str], bool] | None = None,
    ) -> None:
        self._compiled = [regex.compile(p, flags) for p in patterns]
        self._score = score
        self._validate = validate
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:  # nothing to load: patterns are compiled above
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        entity = self.supported_entities[0]
        results = []
        for pattern in self._compiled:
            for match in pattern.finditer(text):
                group = "pii" if "pii" in pattern.groupindex else 0
                start, end = match.span(group)
                if start < 0 or start == end:
                    continue
                if self._validate and not self._validate(match.group(group)):
                    continue
                results.append(
                    RecognizerResult(entity, start, end, self._score,
                                     recognition_metadata={"recognizer_name": self.name})
                )
        return results
