"""Masked text as a type: the only content the egress guard sends out.

`MaskedText` cannot be built by calling it, subclassed, pickled or altered.
The redaction step makes it in one place, `KnownValues.mask(text)`: every
original value the vault holds for that item (the values the Redactor
masked in the message and its attachments) is replaced by its placeholder,
then the text is sealed with a key that lives only in this process. The
guard checks the seal (`verify`) and rescans the text anyway: the type says
the text went through masking, the rescan checks that masking held.

A `KnownValues` also finds what is left (`find`: whole values and the parts
of names, for the guard's rescan) and puts values back (`restore`: only for
a person opening a draft to send, or for entity types a processor is
declared to receive in clear)."""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections import Counter
from collections.abc import Iterable, Mapping

from .placeholders import PLACEHOLDER, PlaceholderMap
from .redactor import _NAME_WORD, known_name_patterns

_WS = re.compile(r"\s+")

# The seal: a random key per process, never stored or sent. A MaskedText
# carries the HMAC of its text under it; one made any other way fails verify().
_SEAL_KEY = secrets.token_bytes(32)
_MINT = object()


def _tag(text: str, item_id: str) -> bytes:
    return hmac.new(_SEAL_KEY, f"{item_id}\x00{text}".encode("utf-8"), hashlib.sha256).digest()


class MaskedText:
    """Text that left the redaction step. `.text` is the masked string;
    `.item_id` the store item whose originals were masked in it."""

    __slots__ = ("_text", "_known", "_tag")

    def __new__(cls, *args, **kwargs):
        if not args or args[0] is not _MINT:
            raise TypeError("MaskedText is made only by the redaction step: KnownValues.mask(text)")
        return super().__new__(cls)

    def __init__(self, _mint, text: str, known: "KnownValues") -> None:
        if _mint is not _MINT or hasattr(self, "_tag"):  # no re-initialising a sealed one either
            raise TypeError("MaskedText is made only by the redaction step: KnownValues.mask(text)")
        object.__setattr__(self, "_text", text)
        object.__setattr__(self, "_known", known)
        object.__setattr__(self, "_tag", _tag(text, known.item_id))

    def __init_subclass__(cls, **kwargs):
        raise TypeError("MaskedText cannot be subclassed")

    def __setattr__(self, name, value):
        raise AttributeError("MaskedText is immutable")

    def __delattr__(self, name):
        raise AttributeError("MaskedText is immutable")

    def __reduce_ex__(self, protocol):
        raise TypeError("MaskedText cannot be pickled: it is valid only in the process that masked it")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def text(self) -> str:
        return self._text

    @property
    def item_id(self) -> str:
        return self._known.item_id

    @property
    def known(self) -> "KnownValues":
        return self._known

    def placeholder_counts(self) -> Counter:
        return Counter(m.group(1) for m in PLACEHOLDER.finditer(self._text))

    def __len__(self) -> int:
        return len(self._text)

    def __repr__(self) -> str:  # never the text: a forged or faulty one may hold personal data
        return f"MaskedText({len(self._text)} characters of item {self.item_id})"


def verify(value: object, where: str = "content") -> MaskedText:
    """`value` itself, if it is a MaskedText made by the redaction step in
    this process; else TypeError (a plain str, a forged or altered object)."""
    if type(value) is not MaskedText:
        raise UnmaskedContentError(
            f"{where} is a {type(value).__name__}, not MaskedText: only the redaction step may "
            "produce outgoing content (KnownValues.mask)")
    try:
        genuine = hmac.compare_digest(value._tag, _tag(value._text, value._known.item_id))
    except (AttributeError, TypeError):
        genuine = False
    if not genuine:
        raise UnmaskedContentError(f"{where} carries no valid seal of the redaction step")
    return value


class UnmaskedContentError(TypeError):
    """Content that did not come out of the redaction step."""


def _fold(value: str) -> str:
    return _WS.sub(" ", value).strip().casefold()


def searchable(value: str) -> bool:
    """Values too short to search for without hitting ordinary words and
    numbers (an age '34', a two-letter initial) are left out, as for file names."""
    value = value.strip()
    compact = re.sub(r"[\s.\-/()+]", "", value)
    return len(value) >= 3 and not (compact.isdigit() and len(compact) < 6)


class KnownValues:
    """The originals of one store item (message or document): placeholder ->
    (entity type, value). Built from the vault or a PlaceholderMap; the repr
    never shows the values."""

    __slots__ = ("item_id", "_originals", "_values", "_first_words", "_pattern", "_names")

    def __init__(self, item_id: str, originals: Mapping[str, tuple[str, str]]) -> None:
        self.item_id = str(item_id)
        self._originals = dict(originals)
        # folded value -> (placeholder, type); the first placeholder wins for a value.
        self._values: dict[str, tuple[str, str]] = {}
        for placeholder, (kind, value) in self._originals.items():
            if searchable(value):
                self._values.setdefault(_fold(value), (placeholder, kind))
        self._first_words = [(v, v.split(" ", 1)[0]) for v in self._values]
        self._pattern: dict[tuple[str, ...], re.Pattern] = {}  # by the values present in a text
        self._names = None

    @classmethod
    def of(cls, item_id: str, placeholders: PlaceholderMap) -> "KnownValues":
        return cls(item_id, placeholders.originals)

    def __len__(self) -> int:
        return len(self._originals)

    def __repr__(self) -> str:
        return f"KnownValues(item {self.item_id}, {len(self._originals)} values)"

    def _value_pattern(self, folded_text: str) -> re.Pattern | None:
        """The searchable values that may occur in `text`, longest first, as
        whole words. Values are found in any case and spacing, except a
        one-word name, which is found as written, capitalised or in capitals,
        as the Redactor propagates names ('Will' is a name, 'will' a verb).
        Only values whose first word occurs in the text at all (case-folded:
        whatever the pattern matches passes this) are compiled in: outgoing
        text is masked already, so usually none is, and nothing is compiled.
        `folded_text`: the text, case-folded."""
        present = tuple(v for v, first in self._first_words if first in folded_text)
        if not present:
            return None
        if present not in self._pattern:
            alternatives = []
            for folded in sorted(present, key=len, reverse=True):
                placeholder, kind = self._values[folded]
                original = self._originals[placeholder][1].strip()
                if kind == "PERSON" and len(original.split()) == 1:
                    forms = dict.fromkeys([original, original[:1].upper() + original[1:], original.upper()])
                    alternatives.append("|".join(re.escape(f) for f in forms))
                else:
                    alternatives.append("(?i:" + r"\s+".join(re.escape(w) for w in original.split()) + ")")
            self._pattern[present] = re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})(?![^\W_])")
        return self._pattern[present]

    def _lookup(self, matched: str) -> tuple[str, str]:
        return self._values.get(_fold(matched)) or ("<REDACTED>", "UNKNOWN")

    def _name_patterns(self, allow: frozenset[str], folded_text: str) -> list:
        """The Redactor's patterns for a name's parts, from this item's names
        of two words or more that have a part in the (case-folded) text; words
        on the policy's allow list ('CCPA' in 'Linda Nguyen - CCPA') are not
        parts of a name."""
        if self._names is None or self._names[0] is not allow:
            names = [" ".join(w for w in v.split() if w.casefold() not in allow)
                     for kind, v in self._originals.values() if kind == "PERSON" and len(v.split()) > 1]
            # The words the Redactor's patterns are made of ('Smith' in 'Smith, John').
            self._names = (allow, [(n, [w.casefold() for w in _NAME_WORD.findall(n)])
                                   for n in names if len(n.split()) > 1], {})
        _, names, compiled = self._names
        present = tuple(n for n, words in names if any(w in folded_text for w in words))
        if not present:
            return []
        if present not in compiled:
            compiled[present] = known_name_patterns(present)
        return compiled[present]

    # ---- the redaction step's seal -------------------------------------
    def mask(self, text: str) -> MaskedText:
        """Replace every known original in `text` (whole, any case, any
        spacing) by its placeholder, and seal the result."""
        if not isinstance(text, str):
            raise TypeError(f"mask() takes a str, not {type(text).__name__}")
        pattern = self._value_pattern(text.casefold())
        if pattern is not None:
            text = pattern.sub(lambda m: self._lookup(m.group())[0], text)
        return MaskedText(_MINT, text, self)

    # ---- the guard's rescan --------------------------------------------
    def find(self, text: str, ignore_types: Iterable[str] = (), allow: frozenset[str] = frozenset()) -> Counter:
        """Entity type -> how many known originals (whole values, and the
        parts of names as the Redactor propagates them) `text` still holds.
        `allow`: the policy's allow list (casefolded words that are never a name)."""
        return Counter(kind for _, _, kind in self.find_spans(text, ignore_types, allow))

    def find_spans(self, text: str, ignore_types: Iterable[str] = (),
                   allow: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
        """(start, end, entity type) of each known original `text` still holds."""
        ignore = set(ignore_types)
        spans, found = [], []
        folded_text = text.casefold()
        pattern = self._value_pattern(folded_text)
        if pattern is not None:
            for m in pattern.finditer(text):
                kind = self._lookup(m.group())[1]
                spans.append((m.start(), m.end()))
                if kind not in ignore:
                    found.append((m.start(), m.end(), kind))
        if "PERSON" not in ignore:
            for p in self._name_patterns(allow, folded_text):
                found += [(m.start(), m.end(), "PERSON") for m in p.finditer(text)
                          if not any(s <= m.start() < e for s, e in spans)]
        return found

    def restore(self, text: str, types: Iterable[str] | None = None) -> tuple[str, Counter]:
        """Put the originals back for the placeholders of `types` (all when
        None). Returns the text and how many were restored per type."""
        wanted = None if types is None else set(types)
        restored: Counter = Counter()

        def put_back(m: re.Match) -> str:
            original = self._originals.get(m.group())
            if original is None or (wanted is not None and original[0] not in wanted):
                return m.group()
            restored[original[0]] += 1
            return original[1]

        return PLACEHOLDER.sub(put_back, text), restored
