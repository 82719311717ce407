"""Where a found name ends. Detectors often find a name's first words and
stop: Portuguese and Spanish names carry two surnames ('Ivo Neves Antunes',
'María García López'), and a surname the models miss stays in clear beside
the placeholder ('<PERSON_1> Antunes'). And a rule that finds a name after a
word such as 'Kollegin' takes in the capitalised German noun after it
('meiner Kollegin Anna Schmidt Zugriff geben'), hiding what the message asks.
And a first name joined to a found one ('Jana & Hannah') is left out.

Both are decided by Faker's name lists (name_lists.py): a capitalised word
right after a name joins it when it is a known surname; in German text, a
word a context rule took in after a name's first word leaves it when it is
no known name."""
from __future__ import annotations

from functools import lru_cache

import regex

from .entities import Entity
from .recognizers.name_lists import _COMMON_WORDS, _NOT_SURNAME, _faker_person_names
from .recognizers.names import NOT_NAME_WORDS

# A surname after a name: on the same line, after at most two particles ('Pieter Van der Linden').
_NEXT_SURNAME = regex.compile(
    r"[ \t]+((?:(?i:da|de|do|das|dos|del|della|di|van|von|der|den|ter)[ \t]+){0,2})"
    r"(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\w@'’-])")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_MAX_SURNAMES = 3  # 'Ivo Neves Antunes', 'José María García Pérez de Lema'
_CONTEXT_RULE = "ContextualNameRecognizer"


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Faker's surnames (every locale) as written, less the everyday words
    that are also surnames somewhere ('Will', 'Long', 'Street')."""
    return frozenset(n for n in _faker_person_names(("last_names",))
                     if isinstance(n, str) and n.isalpha() and len(n) >= 3 and n[0].isupper()
                     and n.casefold() not in _COMMON_WORDS and n.casefold() not in _NOT_SURNAME
                     and n.casefold() not in NOT_NAME_WORDS)


def _known_surname(word: str) -> bool:
    return all(part in surnames() for part in word.split("-"))


def with_surnames(text: str, entities: list[Entity]) -> list[Entity]:
    """Each name runs on over the known surnames that follow it on its line."""
    out = []
    for e in entities:
        if e.type == "PERSON":
            end = e.end
            for _ in range(_MAX_SURNAMES):
                m = _NEXT_SURNAME.match(text, end)
                if not m or not _known_surname(m.group(2)):
                    break
                end = m.end()
            if end != e.end:
                e = Entity(e.type, e.start, end, e.score, e.recognizer)
        out.append(e)
    return out


_JOINED_FIRST_NAME = regex.compile(r"[ \t]*(?:&|\+|(?i:and|und|et|y|e|en|og|och))[ \t]+(\p{Lu}\p{Ll}{2,})(?![\w@'’-])")


def with_joined_first_names(text: str, entities: list[Entity], given_names) -> list[Entity]:
    """A known given name joined to a found name by 'and' or '&' is a
    person too ('Liebe Grüße, Jana & Hannah', 'Ana e Marta'): the models take
    such pairs for a company, or find the first alone."""
    found = []
    for e in entities:
        if e.type == "PERSON":
            m = _JOINED_FIRST_NAME.match(text, e.end)
            if m and m.group(1) in given_names:
                found.append(Entity("PERSON", m.start(1), m.end(1), e.score, e.recognizer))
    return entities + found


def without_trailing_nouns(text: str, entities: list[Entity], language: str, known) -> list[Entity]:
    """German capitalises its nouns, so in German text a context rule's name
    ends at its last known name word ('Anna Schmidt Zugriff' -> 'Anna
    Schmidt'); its first word always stays (an unknown name is still a name
    there). `known(word)` says whether a case-folded word is in the name lists."""
    if language != "de":
        return entities
    out = []
    for e in entities:
        if e.type == "PERSON" and e.recognizer == _CONTEXT_RULE:
            words = list(_WORD.finditer(text, e.start, e.end))
            keep = len(words)
            while keep > 1 and not all(known(p.casefold()) for p in words[keep - 1].group().split("-")):
                keep -= 1
            if keep < len(words):
                e = Entity(e.type, e.start, words[keep - 1].end(), e.score, e.recognizer)
        out.append(e)
    return out
