"""Full names by their first name: a capitalised given name from Faker's
name lists (86 locales, about 20,000 Latin-script given names) followed by a
capitalised surname: 'Femke Smit', 'Yusuf Karimi', 'Anouk Peeters (photographer)', or alone
where a message is signed ('...\n\nJoe' at its end) or after 'with' ('condivisa con Martina').
It finds names mid-sentence in any language, where no greeting or header
points at them. Given names that are also everyday words ('Will', 'May',
'Grant') or places ('Paris') are left out, and so are surnames that are words
of addresses, companies or calendars."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from ..language import CALENDAR_WORDS, LETTER_WORDS

_COMMON_WORDS = frozenset("""
will may mark grant hope art bill page lane hall van santa china paris georgia victoria sunday monday tuesday
wednesday thursday friday saturday june april august january march october november december summer winter autumn
spring dear best kind chance faith joy sky river ocean rain storm star sunny dawn eve sage ray max sam pat
rich frank guy case glen dale cliff chase miles bond price king young long love sunshine angel major royal
india holland jersey brook lake hill wood field ford stone green brown white black gray grey gold silver
sheriff constable tech general""".split())
_NOT_SURNAME = frozenset("""
street st road rd avenue ave lane way drive place square park gardens court close terrace hill team support
department office group ltd limited gmbh inc llc plc ag sa srl bv nv university college school academy hospital
clinic station airport centre center hotel bank church museum package plan pro premium design studio services
service solutions consulting agency media marketing day morning afternoon evening week month year monday tuesday
wednesday thursday friday saturday sunday january february march april may june july august september october
november december hallo hello thanks regards""".split())

_PAIR = regex.compile(
    r"(?<![\w@.])(?P<first>\p{Lu}\p{Ll}{2,})(?:[ \t]+\p{Lu}\.)?[ \t]+"
    r"(?P<last>(?:(?:van|von|de|der|den|da|di|del|dos|le|la|ter|ten)[ \t]+){0,2}\p{Lu}[\p{Ll}'’-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?)"
    r"(?![\w@])")


def _faker_values(package, attributes: tuple[str, ...]) -> set:
    """Every locale's values of `attributes` in a Faker provider package."""
    values: set = set()
    for module in pkgutil.iter_modules(package.__path__):
        try:
            provider = importlib.import_module(f"{package.__name__}.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in attributes:
            value = provider.__dict__.get(attr)
            if isinstance(value, (dict, list, tuple, set, frozenset)):
                values.update(value)
    return values


def _faker_person_names(attributes: tuple[str, ...]) -> set[str]:
    import faker.providers.person as person

    return _faker_values(person, attributes)


_FIRST_NAMES = ("first_names", "first_names_male", "first_names_female")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    from .names import NOT_NAME_WORDS  # 'Beste', 'Liebe', 'Gentile' open letters ('Beste Grüße')

    names = _faker_person_names(_FIRST_NAMES)
    return frozenset(n for n in names if len(n) >= 3 and n.isalpha() and n[0].isupper()
                     and all(ord(c) < 0x250 for c in n) and n.casefold() not in _COMMON_WORDS
                     and n.casefold() not in NOT_NAME_WORDS)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every given name and surname in Faker's lists, case-folded, word by
    word: what a name written in lower case ('codey m ross') is made of."""
    names = _faker_person_names(_FIRST_NAMES + ("last_names",))
    return frozenset(w.casefold() for n in names if isinstance(n, str) for w in n.split()
                     if len(w) >= 2 and w.isalpha())


# A message signed with a first name alone: on its own line after a blank
# line or a closing ('...stored about me?\n\nJoe', 'Merci !\nClara') and
# followed by nothing, a blank line or quoted mail; on the message's last
# line, alone or before a dash ('Pietro – Oleificio Sabino'); or after a
# closing word, at a line's end or before a comma ('Lg Verena', 'Merci !
# Arnaud, service client'). Possessive quantifiers: a long run of blanks
# must not be tried again at every position.
_LONE_SIGNATURE = regex.compile(
    r"(?:\n[ \t>]*+\r?\n|[,!][ \t]*+\r?\n)[ \t>]*+(?P<first>\p{Lu}\p{Ll}{2,})[ \t]*+[.,]?[ \t\r]*+(?=\Z|\n[ \t\r]*+(?:\n|>|\Z))"
    r"|\n[ \t]*+(?P<first>\p{Lu}\p{Ll}{2,})(?:[ \t]*+[.!]?|[ \t]++[–—-][ \t]++[^\n]*+)\s*+\Z"
    r"|(?<!\w)(?i:lg|vg|mfg|gruß|grüße|gruss|grüsse|danke|cheers|thanks|thx|merci|bises|gracias|saludos|besos|grazie"
    r"|saluti|un\s+saluto|ciao|obrigad[oa]|abraços?|beijos|beijinhos|bedankt|groetjes|groet)(?!\w)(?:[ \t]*+[,.!]++)?[ \t]++"
    r"(?P<first>\p{Lu}\p{Ll}{2,})(?:[ \t]*+[.!]?[ \t\r]*+(?=\n|\Z)|(?=,))")

# A line that is two first names and nothing else: a couple or two colleagues signing ('Jana & Hannah').
_TWO_FIRST_NAMES = regex.compile(
    r"(?m)^[ \t>]*+(?P<one>\p{Lu}\p{Ll}{2,})[ \t]++(?:&|\+|(?i:and|und|et|y|e|en))[ \t]++(?P<two>\p{Lu}\p{Ll}{2,})"
    r"[ \t]*+[.!]?[ \t\r]*+$")

# A support agent introducing themselves in a chat ('Sie sprechen mit Noah vom Support', 'Bonjour, Clara
# à votre service'): only a known given name, so that 'Sie sprechen mit Kundenservice Nord' stays.
_AGENT_INTRO = regex.compile(
    r"(?<!\w)(?i:you(?:'re|\s+are)\s+(?:speaking|chatting|talking)\s+(?:with|to)|sie\s+sprechen\s+mit|du\s+sprichst\s+mit"
    r"|hier\s+ist|vous\s+(?:parlez|discutez|êtes\s+en\s+ligne)\s+avec|tu\s+parles\s+avec|estás\s+hablando\s+con"
    r"|está\s+hablando\s+con|le\s+atiende|stai\s+parlando\s+con|sta\s+parlando\s+con|le\s+risponde|(?:je|u)\s+(?:spreekt|chat)\s+met"
    r"|(?:está|estás)\s+(?:a\s+)?(?:falar|falando|conversar|conversando)\s+com|aqui\s+é\s+(?:a|o))[ \t]++(?P<first>\p{Lu}\p{Ll}{2,})"
    r"|(?<=[,!.:][ \t])(?P<first>\p{Lu}\p{Ll}{2,})[ \t]++(?i:at\s+your\s+service|à\s+votre\s+service|a\s+su\s+servicio"
    r"|al\s+suo\s+servizio|zu\s+Ihren\s+Diensten|tot\s+uw\s+dienst)")
# A known given name alone mid-sentence after 'with' and its kin: who a customer shares, meets or
# works with is a person ('condivisa con Martina', 'mit Jonas geteilt', 'avec Claire'). Not months
# ('mit Juni'), countries ('con Grecia') or the products, firms and cities that are given names
# somewhere and that a support message works with ('mit Safari', 'avec Orange', 'met Meta');
# those that are as often a person ('Claude', 'Mercedes', 'Ruby', 'Hugo') stay names.
_WITH_FIRST_NAME = regex.compile(r"(?<!\w)(?i:with|con|mit|avec|met|com)[ \t]++(?P<first>\p{Lu}\p{Ll}{2,})(?![\w@'’-])")
_PRODUCTS_AND_PLACES = frozenset("alexa berlin dell ember linde london meta orange porsche safari server siri".split())


@lru_cache(maxsize=1)
def _not_with_name() -> frozenset[str]:
    import faker.providers.address as address

    countries = frozenset(c.casefold() for c in _faker_values(address, ("countries",)) if isinstance(c, str))
    return CALENDAR_WORDS | _PRODUCTS_AND_PLACES | LETTER_WORDS | countries


# Greetings and exclamations that are given names somewhere ('Viva,', 'Ola,', 'Prima!', 'Cheers Mate').
_NO_SIGNATURE = frozenset("viva ola prima baba ade mille mate buddy boss allen peace nada sie dag".split())


class GivenNameRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="GivenNameRecognizer", supported_language="en")

    def load(self) -> None:
        self._names = given_names()
        self._not_with_name = _not_with_name()

    def analyze(self, text, entities, nlp_artifacts=None):
        spans = []
        for m in _PAIR.finditer(text):
            if m.group("first") in self._names and m.group("last").split()[-1].casefold() not in _NOT_SURNAME:
                spans.append(m.span())
        for m in _TWO_FIRST_NAMES.finditer(text):
            if m.group("one") in self._names and m.group("two") in self._names:
                spans += [m.span("one"), m.span("two")]
        for m in _WITH_FIRST_NAME.finditer(text):
            if m.group("first") in self._names and m.group("first").casefold() not in self._not_with_name:
                spans.append(m.span("first"))
        for m in [*_LONE_SIGNATURE.finditer(text), *_AGENT_INTRO.finditer(text)]:
            # a greeting alone on its line is no signature, even where it is a name somewhere ('Dag,', 'Viva,')
            first = m.group("first").casefold()
            if m.group("first") in self._names and first not in LETTER_WORDS and first not in _NO_SIGNATURE:
                spans.append(m.span("first"))
        return [RecognizerResult("PERSON", start, end, 0.7, recognition_metadata={"recognizer_name": self.name})
                for start, end in spans]


# "Anna, Tom and Maria": three or more single words joined by commas and a
# final conjunction (in any of our languages). Two names alone ('Rock and
# Roll') are too often something else. At most 16 items: an unbounded repeat
# backtracks quadratically over a long comma-separated line with no 'and'.
_ITEM = r"\p{L}[\p{L}\p{M}'’-]*"
_CONJUNCTION = r"(?:and|und|et|y|e|en|&|or|oder|ou|o|of)"
_ENUMERATION = regex.compile(
    rf"(?<![\w@.-])(?:{_ITEM}[ \t]*,[ \t]*){{1,15}}{_ITEM},?[ \t]+{_CONJUNCTION}[ \t]+{_ITEM}(?![\w@-])")
_ITEM_WORD = regex.compile(_ITEM)


class NameEnumerationRecognizer(EntityRecognizer):
    """People named one after another by their first names: 'cc Anna, Tom
    and Maria', 'die Kinder Jonas, Lea und Ben'. Most first names in such a
    list are known given names, so the list as a whole is a list of people,
    and its other members ('Gaetane', a rarer name) are names too. Every
    member must be a single word written like a name (capitalised; or all in
    lower case where the whole list is), and at least three and most of them
    known given names: 'Paris, Lyon and Nice' or 'Design, Code and Test' do
    not qualify."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="NameEnumerationRecognizer", supported_language="en")

    def load(self) -> None:
        self._names = given_names()

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in _ENUMERATION.finditer(text):
            items = [w for w in _ITEM_WORD.finditer(m.group())
                     if not regex.fullmatch(_CONJUNCTION, w.group())]
            if self._a_list_of_people([w.group() for w in items]):
                results += [RecognizerResult("PERSON", m.start() + w.start(), m.start() + w.end(), 0.8,
                                             recognition_metadata={"recognizer_name": self.name})
                            for w in items]
        return results

    def _a_list_of_people(self, words: list[str]) -> bool:
        lower = all(w.islower() for w in words)
        if not lower and not all(w[0].isupper() and w[1:].islower() for w in words if len(w) > 1):
            return False
        if any(w.casefold() in _COMMON_WORDS for w in words):
            return False
        known = sum(w.capitalize() in self._names for w in words)
        return known >= 3 and known * 2 > len(words)
