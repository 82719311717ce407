"""Where a found name ends. Detectors often find a name's first words and
stop: Portuguese and Spanish names carry two surnames ('Ivo Neves Antunes',
'María García López'), and a surname the models miss stays in clear beside
the placeholder ('<PERSON_1> Antunes'). And a rule that finds a name after a
word such as 'Kollegin' takes in the capitalised German noun after it
('meiner Kollegin Anna Schmidt Zugriff geben'), hiding what the message asks.
And a first name joined to a found one ('Jana & Hannah') is left out.

Both are decided by Faker's name lists (name_lists.py): a capitalised word
right after a name joins it when it is a known surname; in German text, a
word a context rule took in after a name's first two words leaves it when it is
no known name."""
from __future__ import annotations

from functools import lru_cache

import regex

from .entities import Entity
from .language import _STOPWORDS, CALENDAR_WORDS, CONNECTIVES, LETTER_WORDS, REQUEST_VERBS, function_words
from .recognizers.name_lists import _COMMON_WORDS, _NOT_SURNAME, _faker_person_names
from .recognizers.names import NOT_NAME_WORDS

# A surname after a name: on the same line, after at most two particles ('Pieter Van der Linden').
# German 'der', 'den' only after 'van'/'von': alone they are articles ('Anna Schmidt den Link').
_NEXT_SURNAME = regex.compile(
    r"[ \t]++((?:(?i:(?:van|von)(?:[ \t]+(?:der|den|de))?|da|de|do|das|dos|del|della|di|du|la|le|ter)[ \t]+)?)"
    r"(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\w@'’-])")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_MAX_SURNAMES = 3  # 'Ivo Neves Antunes', 'José María García Pérez de Lema'
_CONTEXT_RULE = "ContextualNameRecognizer"


# Everyday words that follow a name in a sentence and that Faker's lists hold as surnames ('Kosten', 'Link', 'Sales').
_EVERYDAY = frozenset("kosten link post gut kurz neu kunde sales power bien bueno porto valencia team".split())


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    """The function words of all our languages (spaCy's stop words)."""
    return frozenset().union(*(function_words(lang) for lang in _STOPWORDS))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Faker's surnames (every locale) as written, less the everyday words
    that are also surnames somewhere ('Will', 'Long', 'Street'), the small
    words, letter words, request verbs and calendar words of our languages
    ('Das', 'Danke', 'Borra', 'Freitag')."""
    excluded = (_COMMON_WORDS | _NOT_SURNAME | NOT_NAME_WORDS | LETTER_WORDS | REQUEST_VERBS | CONNECTIVES
                | CALENDAR_WORDS | _EVERYDAY | _small_words())
    return frozenset(n for n in _faker_person_names(("last_names",))
                     if isinstance(n, str) and n.isalpha() and len(n) >= 3 and n[0].isupper()
                     and n.casefold() not in excluded)


def _known_surname(word: str) -> bool:
    return all(part in surnames() for part in word.split("-"))


def with_surnames(text: str, entities: list[Entity]) -> list[Entity]:
    """Each name runs on over the known surnames that follow it on its line."""
    out = []
    for e in entities:
        if e.type == "PERSON" and text[e.end - 1:e.end].isalpha():  # not past 'Derya.' into the next sentence
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


# Not 'en', 'e', 'y': also prepositions and 'and' in running text ('Ana García en Valencia').
_JOINED_FIRST_NAME = regex.compile(r"[ \t]*+(?:&|\+|(?i:and|und|et))[ \t]+(\p{Lu}\p{Ll}{2,})(?![\w@'’-])")


def with_joined_first_names(text: str, entities: list[Entity], given_names) -> list[Entity]:
    """A known given name joined to a found name by 'and' or '&' is a
    person too ('Liebe Grüße, Jana & Hannah', 'Ana e Marta'): the models take
    such pairs for a company, or find the first alone."""
    found = []
    for e in entities:
        if e.type == "PERSON":
            m = _JOINED_FIRST_NAME.match(text, e.end)
            if m and m.group(1) in given_names and m.group(1).casefold() not in _small_words():
                found.append(Entity("PERSON", m.start(1), m.end(1), e.score, e.recognizer))
    return entities + found


def without_trailing_nouns(text: str, entities: list[Entity], language: str, known) -> list[Entity]:
    """German capitalises its nouns, so in German text a context rule's name
    of three words or more ends at its last known name word ('Anna Schmidt
    Zugriff' -> 'Anna Schmidt'); its first two words always stay (a surname
    Faker's lists lack, 'Krützfeld', is still a surname there). `known(word)` says whether a case-folded word is in the name lists."""
    if language != "de":
        return entities
    out = []
    for e in entities:
        if e.type == "PERSON" and e.recognizer == _CONTEXT_RULE:
            words = list(_WORD.finditer(text, e.start, e.end))
            keep = len(words)
            while keep > 2 and not all(known(p.casefold()) for p in words[keep - 1].group().split("-")):
                keep -= 1
            if keep < len(words):
                e = Entity(e.type, e.start, words[keep - 1].end(), e.score, e.recognizer)
        out.append(e)
    return out
