"""The Redactor: finds personal data and replaces it with typed placeholders."""
from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

import regex

from .engine import DetectionEngine, match_all
from .entities import Entity, MaskedEntity, RedactionResult
from .language import DETERMINERS
from .parallel import WorkerPool
from .placeholders import PlaceholderMap
from .plausibility import MODELS, letter_words_no_name
from .policy import Policy
from .recognizers.name_lists import given_names
from .recognizers.names import NOT_NAME_WORDS


_PROPAGATE_SCORE = 0.5


class Redactor:
    """`Redactor()` works offline with the default policy (policy.toml).

    workers: processes that run detection. With one (the default, as in
    spaCy), detection runs in this process; with more, batches are split
    between worker processes, which start on first use (or warm_up()) and
    load their own models. The pipeline passes policy.worker_count()."""

    def __init__(self, policy: Policy | None = None, workers: int = 1) -> None:
        self.policy = policy or Policy.load()
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self._engine: DetectionEngine | None = None
        self._pool: WorkerPool | None = None

    def close(self) -> None:
        """Stop the worker processes (they also stop when this process exits)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def warm_up(self) -> None:
        """Load the models now rather than on the first call."""
        if self.workers > 1:
            self._workers().warm_up()
        else:
            self._local().first_pass(["warm up"])

    def peak_memory_mb(self) -> float:
        """Peak resident memory of this process plus each detection worker."""
        import resource

        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return own + sum(self._pool.peak_memory_mb() if self._pool else [])

    def _local(self) -> DetectionEngine:
        if self._engine is None:
            self._engine = DetectionEngine(self.policy)
        return self._engine

    def _workers(self) -> WorkerPool:
        if self._pool is None:
            self._pool = WorkerPool(self.policy, self.workers)
        return self._pool

    def _first_pass(self, texts: list[str]) -> list[list[Entity]]:
        if self.workers > 1:
            return self._workers().first_pass(texts)
        return self._local().first_pass(texts)

    # ---- detection -------------------------------------------------------
    def detect(self, text: str, known_names: Iterable[str] = ()) -> list[Entity]:
        return self.detect_many([text], known_names)[0]

    def detect_many(self, texts: Sequence[str], known_names: Iterable[str] = ()) -> list[list[Entity]]:
        """Entities per text (every type the analyzer knows, before the mask policy)."""
        texts = list(texts)
        known = list(known_names)
        return self._detect(texts, [[known] for _ in texts])

    def _detect(self, texts: list[str], groups_known: list[list[str]],
                group_sizes: list[int] | None = None) -> list[list[Entity]]:
        """Each text is first analysed on its own (_first_pass). Texts come in
        groups (a message's parts; by default one text per group): a name
        found anywhere in a group, or given as known (the sender), is then
        masked wherever it recurs in that group, alone or by its parts."""
        group_sizes = group_sizes or [1] * len(texts)
        first_pass = self._first_pass(texts)
        found, cursor = [], 0
        for size, known in zip(group_sizes, groups_known):
            members = range(cursor, cursor + size)
            cursor += size
            names = list(known[0]) if known else []
            # A name found in the text is propagated only when its finder was
            # sure of it: a model's hesitant guess must not spread through a letter.
            names += [texts[i][e.start:e.end] for i in members for e in first_pass[i]
                      if e.type == "PERSON" and e.score >= _PROPAGATE_SCORE]
            patterns = known_name_patterns(names, (texts[i] for i in members))
            for i in members:
                entities = first_pass[i] + match_all(patterns, texts[i], "PERSON", "RecurringNameRecognizer")
                entities = _with_initials(texts[i], _stop_addresses_at_names(texts[i], entities))
                found.append(merge_overlaps(entities, self._maskable))
        return found

    def _maskable(self, entity: Entity) -> bool:
        return entity.type == "DENY_LIST" or self.policy.masks(entity.type)

    # ---- masking ---------------------------------------------------------
    def redact(self, text: str, placeholders: PlaceholderMap | None = None,
               known_names: Iterable[str] = ()) -> RedactionResult:
        return self.redact_many([text], placeholders, known_names)[0]

    def redact_many(self, texts: Sequence[str], placeholders: PlaceholderMap | None = None,
                    known_names: Iterable[str] = ()) -> list[RedactionResult]:
        """Mask each text. Pass one PlaceholderMap to keep placeholders consistent
        across texts that belong together (a message and its attachments);
        without one, each text is numbered on its own."""
        texts = list(texts)
        detected = self.detect_many(texts, known_names)
        return [
            self.mask(text, entities, placeholders if placeholders is not None else PlaceholderMap())
            for text, entities in zip(texts, detected)
        ]

    def redact_groups(self, groups: Sequence[Sequence[str]],
                      known_names: Sequence[Iterable[str]] | None = None,
                      ) -> list[tuple[list[RedactionResult], PlaceholderMap]]:
        """Mask several messages in one pass: each group (a message's parts and
        attachments) shares one PlaceholderMap, and spaCy sees all texts at once."""
        known_names = known_names or [()] * len(groups)
        flat = [text for parts in groups for text in parts]
        detected = iter(self._detect(flat, [[list(n)] for n in known_names], [len(p) for p in groups]))
        out = []
        for parts in groups:
            placeholders = PlaceholderMap()
            out.append(([self.mask(t, next(detected), placeholders) for t in parts], placeholders))
        return out

    def mask(self, text: str, entities: list[Entity], placeholders: PlaceholderMap) -> RedactionResult:
        """Replace the maskable entities (sorted, non-overlapping) by placeholders."""
        pieces, masked, cursor = [], [], 0
        for e in entities:
            if e.type != "DENY_LIST" and not self.policy.masks(e.type):
                continue
            kind = "PERSON" if e.type == "DENY_LIST" else e.type
            placeholder = placeholders.placeholder_for(kind, text[e.start:e.end])
            pieces += [text[cursor:e.start], placeholder]
            masked.append(MaskedEntity(kind, e.start, e.end, e.score, placeholder))
            cursor = e.end
        pieces.append(text[cursor:])
        return RedactionResult("".join(pieces), masked)


def _stop_addresses_at_names(text: str, entities: list[Entity]) -> list[Entity]:
    """The token classifier sometimes runs an address on into the name on the
    next line ('50674 Köln\nLena Fischer'). Where a name found by rule, list
    or recurrence opens a line inside a model's address, the address ends
    there, so that the name keeps its own placeholder. (A name inside a
    street line, 'Calle Maria Lopez 5', is part of the address.)"""
    names = [e for e in entities if e.type == "PERSON" and e.recognizer not in MODELS]
    out = []
    for e in entities:
        if e.type == "STREET_ADDRESS" and e.recognizer == "TokenClassifier":
            e = _after_leading_name(text, e, names)
            cut = min((n.start for n in names if e.start < n.start < e.end
                       and text[e.start:n.start].rstrip(" \t").endswith("\n")), default=e.end)
            end = len(text[e.start:cut].rstrip(" \t\r\n,;")) + e.start
            if end <= e.start:
                continue
            e = Entity(e.type, e.start, end, e.score, e.recognizer)
        out.append(e)
    return out


# One to four initials right before a name ('P. Hollins', 'J.R. Smith', 'A. B. Weber').
_INITIALS_BEFORE = regex.compile(r"(?:(?<!\w)\p{Lu}\.[ \t\u00a0]?){1,4}\Z")


def _with_initials(text: str, entities: list[Entity]) -> list[Entity]:
    """A name found without the initials before it takes them in: 'P.' in
    'Registrar: P. Hollins' names the same person and must not be left in
    clear."""
    out = []
    for e in entities:
        if e.type == "PERSON":
            initials = _INITIALS_BEFORE.search(text, max(0, e.start - 12), e.start)
            if initials:
                e = Entity(e.type, initials.start(), e.end, e.score, e.recognizer)
        out.append(e)
    return out


def _after_leading_name(text: str, address: Entity, names: list[Entity]) -> Entity:
    """An address the model opened with the name line above the street
    ('Mijail Adomo' newline '935 Gordon Terrace') starts on the next line."""
    for n in names:
        line_end = text.find("\n", n.end, address.end)
        if n.start == address.start and line_end >= 0 and not text[n.end:line_end].strip(" \t\r,"):
            start = address.end - len(text[line_end:address.end].lstrip(" \t\r\n>"))
            return Entity(address.type, start, address.end, address.score, address.recognizer)
    return address


def merge_overlaps(entities: list[Entity], maskable=lambda e: True) -> list[Entity]:
    """One span per stretch of text. Overlapping maskable detections become
    their union (masking the union never leaves a fragment behind), typed by
    a rule's detection before a model's, then the most confident, then longest. A detection the policy does not mask
    (DATE_TIME, LOCATION...) never widens or hides a maskable one: it is kept
    only where it overlaps none."""
    strong = _union([e for e in entities if maskable(e)])
    weak = [e for e in entities if not maskable(e)
            and not any(e.start < s.end and s.start < e.end for s in strong)]
    return sorted(strong + _union(weak), key=lambda e: e.start)


def _union(entities: list[Entity]) -> list[Entity]:
    merged: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, -e.end)):
        if merged and e.start < merged[-1].end:
            last = merged[-1]
            # Typed by a rule before a model (a checksum-validated ID beats a
            # guess), then by the most confident, then the longest.
            best = max(last, e, key=lambda x: (x.recognizer not in MODELS, x.score, len(x)))
            merged[-1] = Entity(best.type, last.start, max(last.end, e.end),
                                max(last.score, e.score), best.recognizer)
        else:
            merged.append(e)
    return merged


# `regex`, not `re`: its \w holds combining marks, so a name written with
# decomposed accents ('Bronte' + U+0308, as some mail clients send it) is
# read whole.
_NAME_WORD = regex.compile(r"[^\W\d_][\w'’-]*")


class NamePattern:
    """Names as whole words, as `regex`'s word boundaries read them, for
    `finditer` (match offsets are the text's; read names by offset). The
    patterns of recurring names are made anew for every message, and
    `regex` takes about 0.8 ms to compile one (a tenth of the sample inbox's
    masking time), `re` about 0.1 ms. `re`'s \\w differs from `regex`'s:
    it holds no combining marks ('Bronte' + U+0308 must not match as
    'Bronte') and it holds other numbers (a footnote after 'Müller¹' must
    not hide the name). So the text is matched in a copy of the same length
    where every mark is U+0300 and every other number a space, and the
    boundaries count U+0300 as a word character (`re` compiles a class of
    all the marks' ranges slowly: 0.6 ms)."""

    __slots__ = ("compiled",)

    def __init__(self, source: str) -> None:
        self.compiled = re.compile(source)

    def finditer(self, text: str):
        return self.compiled.finditer(as_regex_reads_words(text))


@cache
def _word_table() -> dict[int, str]:
    table = {}
    for code in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(code))
        if category[0] == "M" and code != 0x300:
            table[code] = "\u0300"
        elif category == "No":
            table[code] = " "
    return table


@lru_cache(maxsize=8)  # a message's text is matched against its full names, then their parts
def as_regex_reads_words(text: str) -> str:
    """`text`, same length: marks as U+0300, other numbers as spaces."""
    return text.translate(_word_table())


_WORD_CHAR = "[\\w\u0300]"
_OPENS = f"(?<!{_WORD_CHAR})"


def _alternation(alternatives: set[tuple[str, bool]]) -> str:
    """Longest first; each ends as `regex`'s \\b ends it: before a non-word
    character after a word character, and before a word character after
    anything else ('O’' only inside 'O’Brien')."""
    ordered = sorted(alternatives, key=lambda a: len(a[0]), reverse=True)
    return "|".join(f"{escaped}(?!{_WORD_CHAR})" if ends_in_word else f"{escaped}(?={_WORD_CHAR})"
                    for escaped, ends_in_word in ordered)


def _escaped(words: list[str], joiner: str = r"\s+") -> tuple[str, bool]:
    words = [as_regex_reads_words(w) for w in words]
    return joiner.join(re.escape(w) for w in words), bool(re.match(_WORD_CHAR, words[-1][-1]))


# Pronouns written with a capital ("Bitte teilen Sie mir mit") that a model
# may take for a name once: spread through a letter, they mask every sentence.
_PRONOUNS = frozenset("sie ihr ihnen ich wir uns you she her him they them vous nous elle elles ils lui "
                      "usted ustedes ella ellos nosotros lei loro noi voi jij wij zij hij haar hem jullie "
                      "ele ela eles elas você vocês".split())
_NOT_A_NAME_PART = NOT_NAME_WORDS | DETERMINERS | _PRONOUNS
# Around a word in running text (not inside an e-mail address, a URL or a handle).
_BEFORE_WORD = regex.compile(r"[\w@./\\-]")
_AFTER_WORD = regex.compile(r"[\w@/\\-]|\.\w")


def _used_in_lower_case(word: str, texts: list[str]) -> bool:
    """Whether `word`, in lower case, stands as a word of its own in any text
    (found with str.find first: most name parts never occur in lower case)."""
    lower = word.lower()
    for text in texts:
        at = text.find(lower)
        while at >= 0:
            end = at + len(lower)
            if not (at and _BEFORE_WORD.match(text, at - 1)) and not _AFTER_WORD.match(text, end):
                return True
            at = text.find(lower, at + 1)
    return False


def known_name_patterns(names: Iterable[str], context: Iterable[str] = ()) -> list[NamePattern]:
    """A name wherever it recurs: the full name in any case, and each part of
    it (3+ letters, capitalised, not a greeting word or pronoun) as written or
    in capitals. A capitalised word that `context` (the texts it recurs in)
    also uses in lower case, and that is no given name, is an ordinary word
    ('Contractor' of 'independent contractor'): it recurs only inside the full
    name, never alone. ('Grace' recurs alone, 'grace period' or not.) Nor
    does a word that greets, closes or labels (plausibility.letter_words_no_name):
    'Grüße' of a guess 'Grüße Heidrun' is not masked in every closing of the thread."""
    context, known, letter_words = list(context), given_names(), letter_words_no_name()
    full, parts = set(), set()
    for name in names:
        words = _NAME_WORD.findall(name)
        if not words or len(" ".join(words)) < 3:
            continue
        alone = [w for w in words if len(w) >= 3 and w[0].isupper() and w.casefold() not in _NOT_A_NAME_PART
                 and w.casefold() not in letter_words and (w.capitalize() in known or not _used_in_lower_case(w, context))]
        if len(words) > 1 or alone or (words[0].islower() and words[0] not in _NOT_A_NAME_PART):
            full.add(_escaped(words))
        for w in alone:
            parts.add(_escaped([w]))
            parts.add(_escaped([w.upper()]))
    patterns = []
    if full:
        patterns.append(NamePattern(f"(?i){_OPENS}(?:{_alternation(full)})"))
    if parts:
        patterns.append(NamePattern(f"{_OPENS}(?:{_alternation(parts)})"))
    return patterns
