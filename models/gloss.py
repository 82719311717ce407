"""Word-by-word English glosses, so MiniLM can read the other languages.

MiniLM's vocabulary and pretraining are English: 'Meine Daten bitte nicht
an Partner verkaufen' reaches it as word pieces it has no meaning for, and
fine-tuning on a few hundred messages per language taught it the wordings
it saw, not the language (held-out recall 0.63 in German against 0.94 in
English). Glossed first, the same message reads 'my data please not to
partner sell', and what the encoder knows of English carries over.

A glossary per language (models/glossary/<lang>.txt) maps a word, the
start of a word ('lösch*': löschen, löscht, Löschung) or the end of a
compound ('*daten': Kundendaten) to one to three English words; a word
that matches both a start and an end gets both ('Kunden|daten' ->
'customer data'). Words a glossary lacks, numbers and placeholders
(<PERSON_1>) stay as they are. The language is the glossary whose words
the text uses most; English text, or text no glossary knows, is left alone.

The glossaries were written from knowledge of each language, not from the
corpus or any evaluation text. The trained model records whether it reads
glossed text (`gloss` in model.json); the cue rules and the n-gram model
always read the original."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from redaction.language import _STOPWORDS
from redaction.placeholders import PLACEHOLDER

GLOSSARY_DIR = Path(__file__).resolve().parent / "glossary"
MIN_AFFIX = 4  # shorter starts and ends of words catch unrelated words
_CACHE_WORDS = 100_000  # words remembered per glossary (about 10 MB)
_WORD = re.compile(r"[^\W\d_]+")
# Words that mark English text: a message mostly in English is not glossed.
_ENGLISH = frozenset(_STOPWORDS["en"]) | frozenset("i me it be on in our do an any all from".split())


@dataclass
class Glossary:
    language: str
    exact: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    suffixes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, language: str, lines) -> "Glossary":
        """From the file format: `form<TAB>gloss` per line, `#` comments;
        `stem*` a prefix, `*tail` a suffix; a gloss of `-` drops the word."""
        glossary = cls(language)
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            form, sep, gloss = line.partition("\t")
            form, gloss = form.strip().lower(), gloss.strip()
            if not sep or not form or not gloss:
                raise ValueError(f"glossary {language}, line {number}: expected 'form<TAB>gloss': {line!r}")
            gloss = "" if gloss == "-" else gloss.lower()
            if form.endswith("*") and len(form) > 1:
                glossary.prefixes[form[:-1]] = gloss
            elif form.startswith("*") and len(form) > 1:
                glossary.suffixes[form[1:]] = gloss
            else:
                glossary.exact[form] = gloss
        return glossary

    def __post_init__(self) -> None:
        self._cache: dict[str, str | None] = {}

    def word(self, word: str) -> str | None:
        """The English for one word, or None where this glossary does not know it."""
        w = word.lower()
        if w in self._cache:
            return self._cache[w]
        found = self.exact.get(w)
        if found is None:
            head = next(((k, self.prefixes[w[:k]]) for k in range(len(w), MIN_AFFIX - 1, -1)
                         if w[:k] in self.prefixes), None)
            tail = next(((k, self.suffixes[w[-k:]]) for k in range(len(w) - 1, MIN_AFFIX - 1, -1)
                         if w[-k:] in self.suffixes), None)
            if head and tail and head[0] + tail[0] <= len(w) and head[1] != tail[1]:
                found = f"{head[1]} {tail[1]}".strip()
            elif head or tail:
                found = (head or tail)[1]
        if len(self._cache) >= _CACHE_WORDS:  # a long-running process meets ever more words (and typos)
            self._cache.clear()
        self._cache[w] = found
        return found

    def knows(self, word: str) -> bool:
        """Whether `word` is one of this language's own words: an exact entry
        that is not the same in English ('logo' tells no language apart) and
        not an English function word ('will', 'also', 'an': German words too,
        they made an English message with a German closing look German)."""
        gloss = self.exact.get(word)
        return gloss is not None and gloss != word and word not in _english_words()


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy's list: no model to load

    return frozenset(STOP_WORDS) | _ENGLISH


@lru_cache(maxsize=1)
def glossaries(directory: Path = GLOSSARY_DIR) -> tuple[Glossary, ...]:
    return tuple(Glossary.parse(path.stem, path.read_text(encoding="utf-8").splitlines())
                 for path in sorted(directory.glob("*.txt")))


def glossary_digest(directory: Path = GLOSSARY_DIR) -> str:
    """sha256 of the glossaries, recorded with a model trained on glossed
    text: a glossary edited after training changes what the model reads
    (a test compares it with the committed model's)."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def text_language(words: list[str], known: tuple[Glossary, ...]) -> Glossary | None:
    """The glossary whose words these are, or None for English or unknown text."""
    lowered = [w.lower() for w in words]
    english = sum(1 for w in lowered if w in _ENGLISH)
    best, best_count = None, 0
    for glossary in known:
        count = sum(1 for w in lowered if glossary.knows(w))
        if count > best_count:
            best, best_count = glossary, count
    return best if best_count > english else None


def gloss(text: str, known: tuple[Glossary, ...] | None = None) -> str:
    """The text with each word its glossary knows replaced by its English;
    placeholders, numbers, punctuation and line breaks kept."""
    known = glossaries() if known is None else known
    bounds = [0] + [k for m in PLACEHOLDER.finditer(text) for k in m.span()] + [len(text)]
    pieces = [text[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)]  # prose, placeholder, prose, ...
    glossary = text_language([w for piece in pieces[::2] for w in _WORD.findall(piece)], known)
    if glossary is None:
        return text

    def english(match: re.Match) -> str:
        found = glossary.word(match.group())
        return match.group() if found is None else found

    return "".join(_WORD.sub(english, piece) if k % 2 == 0 else piece for k, piece in enumerate(pieces))
