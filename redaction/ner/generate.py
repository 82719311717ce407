"""Deterministic, labelled support-inbox text for the personal-data token
classifier (PERSON, STREET_ADDRESS, LOCATION, ORGANIZATION, TITLE).

    from redaction.ner.generate import generate
    generate(2, seed=13)   # [{"text": ..., "spans": [[start, end, label], ...], "lang": "de"}, ...]
    python -m redaction.ner.generate --n 30000 --seed 13 --out ner_train.jsonl

Templates live in templates_<lang>.py and are plain text with
    {slot}, {slot2}, {slot:upper|lower}         a value; a trailing digit means another entity of that kind
    {g2:geehrter/geehrte}                       the word that agrees with person 2's gender
    [a|b|c]                                     one alternative, drawn at random
    a line starting with "?"                    kept with probability 0.6
Person 1 ({name}, {first}, ...) is the writer, person 4 the one a greeting addresses.
An example is assembled piece by piece and offsets are recorded while the
pieces are joined, so spans stay exact after any casing change; values are
never searched for in the finished text.

Labelling conventions, the same in every template:
  - honorifics are TITLE spans of their own, never part of PERSON;
  - a street line together with its unit, postcode, city, region and country is
    one STREET_ADDRESS, on one line or several; a street, unit or postcode field
    on its own is STREET_ADDRESS, a city, region or country on its own LOCATION;
  - job titles are TITLE where they describe a person (signatures, "our Head of
    Finance, ..."); service words ("a translator for my website") are not labelled.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from faker import Faker
from faker.decode import unidecode

from .templates_general import GENERAL
from . import templates_de, templates_en, templates_es, templates_fr, templates_it, templates_nl, templates_pt
from .templates_common import (BRAND_CODAS, BRAND_HEADS, BRAND_ONSETS, BRAND_TAILS, BRAND_VOWELS, COUNTRY_NAMES,
                               CUSTOM_ADDRESSES, EMAIL_DOMAINS, LEGAL_FORMS, ORG_PATTERNS, ORG_SHAPES, ORG_WORDS,
                               REAL_CITIES, REGIONS, TOOLS, TRADE_WORDS)

LABELS = ("PERSON", "STREET_ADDRESS", "LOCATION", "ORGANIZATION", "TITLE")

LANGUAGES = {m.LANG: m for m in (templates_en, templates_de, templates_fr, templates_es,
                                 templates_it, templates_nl, templates_pt)}
_LANG_WEIGHTS = {"en": 55, "de": 7.5, "fr": 7.5, "es": 7.5, "it": 7.5, "nl": 7.5, "pt": 7.5}

# Where names, companies and addresses come from, whatever the text language.
VALUE_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_AU", "en_CA", "en_NZ", "en_IN", "de_DE", "de_AT", "de_CH", "fr_FR",
    "fr_CH", "fr_BE", "es_ES", "es_MX", "es_AR", "it_IT", "nl_NL", "nl_BE", "pt_PT", "pt_BR", "fi_FI",
    "sv_SE", "da_DK", "no_NO", "pl_PL", "cs_CZ", "hu_HU", "et_EE", "lv_LV", "lt_LT", "ro_RO", "hr_HR",
    "sk_SK", "sl_SI", "el_GR", "tr_TR", "ru_RU", "uk_UA", "is_IS", "bg_BG", "ga_IE",
)
_NON_LATIN = {"el_GR", "ru_RU", "uk_UA", "bg_BG"}
# Faker has no Irish-language addresses; Irish addresses are written in English anyway.
_ADDRESS_LOCALE = {"ga_IE": "en_IE"}
_PARTICLES = {
    "nl": ["van", "van der", "van den", "van de", "de", "ten", "ter"], "de": ["von", "von der", "zu"],
    "fr": ["de", "du", "de la", "Le"], "es": ["de", "de la", "del"], "it": ["di", "De", "Della", "Lo"],
    "pt": ["da", "dos", "de", "das"], "en": ["O'", "Mc", "Mac"], "ga": ["O'", "Mac", "Mc"],
}
_JOINED_PARTICLES = {"O'", "Mc", "Mac"}
# First names that are also words or months: the model must read the context.
_WORDLIKE_NAMES = {"m": ["Will", "Mark", "Bill", "Max", "Jack", "Frank", "Rich", "Drew", "Chase", "Guy"],
                   "f": ["May", "June", "April", "Grace", "Hope", "Rose", "Joy", "Dawn", "Summer", "Faith"]}

_SLOT = re.compile(r"\{(?:g(\d?):([^/{}]*)/([^{}]*)|([a-z]+)(\d?)(?::(upper|lower))?)\}")
_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
_HAS_UNIT = re.compile(r"\b(?:Apt|Suite|Flat|Unit|Studio|Piso|Piano|Wohnung|Apto)\b", re.I)

_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if not _FAKERS:
        _FAKERS.update((loc, Faker(loc)) for loc in VALUE_LOCALES)
    return _FAKERS[locale]


# Greek as Greeks write it in Latin script (ELOT 743, simplified); Cyrillic via unidecode.
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev",
                "ντ": "nt", "μπ": "mp", "γκ": "gk", "γγ": "ng"}
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split()))


def _latin(text: str, locale: str) -> str:
    if locale != "el_GR":
        return unidecode(text)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2].lower()
        rep, step = (_GREEK_PAIRS[pair], 2) if pair in _GREEK_PAIRS else (_GREEK.get(pair[:1], text[i]), 1)
        out.append(rep.capitalize() if text[i].isupper() else rep)
        i += step
    return "".join(out)


@dataclass
class _Person:
    first: str
    last: str
    gender: str  # "m" | "f"
    middle: str
    locale: str


@dataclass
class _Address:
    lines: list[str]
    street: str
    unit: str
    postcode: str
    city: str
    region: str
    country: str  # ISO code


class _Example:
    """One example's entities, created on first use so that every slot of a
    template that names the same person or address gets the same one."""

    def __init__(self, rng: random.Random, lang: str):
        self.rng, self.lang, self.t = rng, lang, LANGUAGES[lang]
        self.home = rng.choice(self.t.LOCALES) if rng.random() < 0.55 else rng.choice(VALUE_LOCALES)
        self.people: dict[str, _Person] = {}
        self.addresses: dict[str, _Address] = {}
        self.orgs: dict[str, str] = {}
        self.minute: int | None = None
        self.clock24 = rng.random() < 0.8

    # -- templates -------------------------------------------------------
    def render(self, template: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        lines = [line[1:] if line.startswith("?") else line for line in template.split("\n")
                 if not line.startswith("?") or rng.random() < 0.6]
        template = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), "\n".join(lines))
        pieces, pos = [], 0
        for m in _SLOT.finditer(template):
            pieces.append((template[pos:m.start()], None))
            if m.group(4) is None:  # gender agreement
                word = m.group(2) if self.person(m.group(1)).gender == "m" else m.group(3)
                pieces.append((word, None))
            else:
                case = m.group(6)
                for text, label in self.slot(m.group(4), m.group(5)):
                    pieces.append((_recase(text, case), label))
            pos = m.end()
        pieces.append((template[pos:], None))
        return pieces

    def slot(self, name: str, idx: str) -> list[tuple[str, str | None]]:
        labelled = _LABELLED.get(name)
        if labelled:
            method, label = labelled
            return [(method(self, idx), label)]
        if name == "hname":
            return self.hname(idx)
        filler = getattr(self, "f_" + name, None)
        if filler is None:
            raise KeyError(f"unknown slot {{{name}}}")
        return [(filler(idx), None)]

    # -- entities --------------------------------------------------------
    def locale(self) -> str:
        return self.home if self.rng.random() < 0.7 else self.rng.choice(VALUE_LOCALES)

    def person(self, idx: str) -> _Person:
        if idx not in self.people:
            loc, rng = self.locale(), self.rng
            f, gender = _faker(loc), rng.choice("mf")
            first = f.first_name_male() if gender == "m" else f.first_name_female()
            if loc.startswith("en") and rng.random() < 0.05:
                first = rng.choice(_WORDLIKE_NAMES[gender])
            last = f.last_name_male() if gender == "m" else f.last_name_female()
            middle = f.first_name_male() if gender == "m" else f.first_name_female()
            x = rng.random()
            particles = _PARTICLES.get(loc[:2])
            if x < 0.08 and particles and " " not in last:
                p = rng.choice(particles)
                last = p + last if p in _JOINED_PARTICLES else f"{p} {last}"
            elif x < 0.14:
                last = f"{last}-{f.last_name()}"
            if loc in _NON_LATIN and rng.random() < 0.6:
                first, last, middle = (_latin(s, loc) for s in (first, last, middle))
            self.people[idx] = _Person(first, last, gender, middle, loc)
        return self.people[idx]

    def name(self, idx: str) -> str:
        p, rng = self.person(idx), self.rng
        form = rng.choices(range(8), [50, 9, 6, 6, 5, 4, 10, 10])[0]
        return [f"{p.first} {p.last}", f"{p.first} {p.middle[0]}. {p.last}", f"{p.first[0]}. {p.last}",
                f"{p.first} {p.middle} {p.last}", f"{p.last}, {p.first}", f"{p.last.upper()} {p.first}",
                f"{p.first} {p.last}".upper(), f"{p.first} {p.last}".lower()][form]

    def hon(self, idx: str) -> str:
        return self.rng.choice(self.t.HONORIFICS[self.person(idx).gender])

    def hname(self, idx: str) -> list[tuple[str, str | None]]:
        p, x = self.person(idx), self.rng.random()
        who = p.last if x < 0.55 else f"{p.first} {p.last}" if x < 0.9 else f"{p.first[0]}. {p.last}"
        return [(self.hon(idx), "TITLE"), (" ", None), (who, "PERSON")]

    def address(self, idx: str) -> _Address:
        if idx not in self.addresses:
            rng, loc = self.rng, self.locale()
            f = _faker(_ADDRESS_LOCALE.get(loc, loc))
            if loc in CUSTOM_ADDRESSES:
                street_fmt, zip_fmt, city_fmt, streets, cities = CUSTOM_ADDRESSES[loc]
                street = f.numerify(street_fmt.replace("{s}", rng.choice(streets)))
                postcode, city = f.numerify(zip_fmt), rng.choice(cities)
                lines = [street, city_fmt.format(zip=postcode, city=city)]
                unit, region = "", ""
            else:
                lines = [line.strip() for line in f.address().splitlines() if line.strip()]
                street, postcode, city = f.street_address(), f.postcode(), f.city()
                unit, region = _try(f, "secondary_address"), _try(f, "administrative_unit")
            unit = unit or f.bothify(rng.choice(self.t.UNITS), letters="ABCDEFGH")
            region = region or rng.choice(REGIONS.get(loc[-2:], REGIONS["_"]))
            if loc in _NON_LATIN and rng.random() < 0.6:
                lines = [_latin(s, loc) for s in lines]
                street, city, region = (_latin(s, loc) for s in (street, city, region))
            self.addresses[idx] = _Address(lines, street.strip(), unit.strip(), postcode, city, region, loc[-2:])
        return self.addresses[idx]

    def address_text(self, idx: str, layout: str = "any") -> str:
        a, rng = self.address(idx), self.rng
        lines = list(a.lines)
        if rng.random() < 0.1 and len(lines) == 2 and not _HAS_UNIT.search(lines[0]):
            lines.insert(1, a.unit)
        if rng.random() < 0.15:  # "75008 PARIS": postal style
            lines[-1] = lines[-1].upper()
        if rng.random() < 0.3:
            lines.append(self.country_name(a.country, upper_p=0.3))
        if layout == "line" or (layout == "any" and rng.random() < 0.45):
            return rng.choices([", ", " ", " - ", "; ", " / "], [80, 8, 4, 4, 4])[0].join(lines)
        return rng.choice(["\n"] * 6 + ["\n ", "\n  ", "\r\n", ",\n", "\n\t"]).join(lines)

    def country_name(self, code: str, upper_p: float = 0.1) -> str:
        names = COUNTRY_NAMES[code]
        name = names[self.rng.choices([self.lang, "en", "native"], [6, 2, 2])[0]]
        return name.upper() if self.rng.random() < upper_p else name

    def town(self, idx: str = "") -> str:
        code = self.rng.choice(VALUE_LOCALES)[-2:]
        if self.rng.random() < 0.65:
            return self.rng.choice(REAL_CITIES[code])
        return self.address("town" + idx).city

    def land(self, idx: str = "") -> str:
        return self.country_name(self.rng.choice(list(COUNTRY_NAMES)))

    def loc(self, idx: str) -> str:
        x = self.rng.random()
        return self.town(idx) if x < 0.6 else self.land(idx) if x < 0.85 else self.address("loc" + idx).region

    def org(self, idx: str) -> str:
        if idx not in self.orgs:
            rng, loc = self.rng, self.locale()
            f, x = _faker(loc), rng.random()
            if x < 0.40:
                name = f.company()
            elif x < 0.60:
                fill = {"L": f.last_name, "F": lambda: rng.choice(LEGAL_FORMS), "T": lambda: rng.choice(TRADE_WORDS)}
                name = re.sub(r"\{(\w)\}", lambda m: fill[m.group(1)](), rng.choice(ORG_PATTERNS))
            elif x < 0.76:
                head, tail = rng.choice(BRAND_HEADS), rng.choice(BRAND_TAILS)
                name = head + (tail.capitalize() if rng.random() < 0.3 else tail)
                if rng.random() < 0.5:
                    name += " " + rng.choice(TRADE_WORDS)
                if rng.random() < 0.4:
                    name += " " + rng.choice(LEGAL_FORMS)
            elif x < 0.88:  # an invented word, as start-ups are named
                name = self._invented_word()
                if rng.random() < 0.25:
                    name += " " + rng.choice(TRADE_WORDS)
                elif rng.random() < 0.15:
                    name += " " + rng.choice(LEGAL_FORMS)
            else:  # ordinary words put together
                fill = {"W": lambda: rng.choice(ORG_WORDS), "w": lambda: rng.choice(ORG_WORDS).lower(),
                        "T": lambda: rng.choice(TRADE_WORDS)}
                name = re.sub(r"\{(\w)\}", lambda m: fill[m.group(1)](), rng.choice(ORG_SHAPES))
            if loc in _NON_LATIN and rng.random() < 0.6:
                name = _latin(name, loc)
            self.orgs[idx] = name.strip()
        return self.orgs[idx]

    def _invented_word(self) -> str:
        rng = self.rng
        word = "".join(rng.choice(BRAND_ONSETS) + rng.choice(BRAND_VOWELS) for _ in range(rng.choice([2, 2, 3, 3, 4])))
        return (word + rng.choice(BRAND_CODAS)).capitalize()

    def corner(self, idx: str) -> str:
        """A street corner, as people give a place: 'the corner of Elm Street and 5th Avenue'."""
        first = self.address("corner" + idx).street if self.rng.random() < 0.4 else self.street_name()
        return self.rng.choice(self.t.CORNERS).format(a=" ".join(first.split()), b=self.street_name())

    def street_name(self) -> str:
        rng, loc = self.rng, self.locale()
        if loc in CUSTOM_ADDRESSES:
            return rng.choice(CUSTOM_ADDRESSES[loc][3])
        name = _try(_faker(_ADDRESS_LOCALE.get(loc, loc)), "street_name") or "Main Street"
        return _latin(name, loc) if loc in _NON_LATIN and rng.random() < 0.6 else name

    def job(self, idx: str) -> str:
        rng, x = self.rng, self.rng.random()
        if x < 0.3 and self.t.JOB_LOCALES:
            title = _faker(rng.choice(self.t.JOB_LOCALES)).job()
            if ", " in title and self.lang == "en":  # Faker's "Pharmacist, hospital"
                head, tail = title.split(", ", 1)
                title = f"{tail} {head.lower()}".capitalize()
            if len(title) <= 40 and ", " not in title:
                return title
        return rng.choice(self.t.JOBS if x < 0.85 else templates_en.JOBS)

    # -- unlabelled fillers: values the model must learn to leave alone --
    def f_email(self, idx: str) -> str:
        p, rng = self.person(idx), self.rng
        first, last = (re.sub(r"[^a-z]", "", unidecode(s).lower()) or "info" for s in (p.first, p.last))
        user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}",
                           f"{last}.{first[0]}", f"{first}_{last}", first])
        if rng.random() < 0.25:
            domain = self._brand(idx)[:14] + rng.choice([".com", ".de", ".eu", ".co.uk"])
        else:
            domain = rng.choice(EMAIL_DOMAINS)
        return f"{user}@{domain}"

    def f_phone(self, idx: str) -> str:
        return _faker(self.person(idx).locale).phone_number()

    def f_date(self, idx: str) -> str:
        d = date(2024, 1, 1) + timedelta(days=self.rng.randrange(1100))
        return self.rng.choice(self.t.DATE_FORMATS).format(
            d=d.day, dd=f"{d.day:02}", m=d.month, mm=f"{d.month:02}", Y=d.year, month=self.t.MONTHS[d.month - 1])

    def f_time(self, idx: str) -> str:
        # one clock per example, so chat transcripts run forward
        self.minute = self.rng.randrange(7 * 60, 21 * 60) if self.minute is None else self.minute + self.rng.randrange(4)
        h, m = divmod(self.minute, 60)
        return f"{h:02}:{m:02}" if self.clock24 else f"{(h - 1) % 12 + 1}:{m:02} {'am' if h < 12 else 'pm'}"

    def f_amount(self, idx: str) -> str:
        x = self.rng.choice([self.rng.randrange(15, 200), self.rng.randrange(200, 5000)])
        return self.rng.choice(self.t.AMOUNTS).format(x=x, c=f"{self.rng.choice([0, 0, 50, 90, 99]):02}")

    def _code(self, patterns: list[str]) -> str:
        rng = self.rng
        return "".join(str(rng.randrange(10)) if c == "#" else chr(65 + rng.randrange(26)) if c == "?" else c
                       for c in rng.choice(patterns))

    def f_order(self, idx: str) -> str:
        return self._code(["ORD-2026-####", "ORD-2025-####", "ORD-2026-#####", "TB-######", "#######", "ORD-####-??"])

    def f_invoice(self, idx: str) -> str:
        return self._code(["INV-2026-####", "INV-####", "RE-2026-###", "FAC-2026-####", "2026/####", "F-#####"])

    def f_ticket(self, idx: str) -> str:
        return self._code(["######", "TCK-#####", "SR-######", "T-#####", "CS-####"])

    def f_num(self, idx: str) -> str:
        return self._code(["########", "HRB ######", "### ### ###", "##-#######", "DE#########", "GB### #### ##"])

    def f_iban(self, idx: str) -> str:
        return self._code(["DE## #### #### #### #### ##", "FR## #### #### #### #### #### ###",
                           "NL##ABNA##########", "ES## #### #### #### #### ####", "GB## ???? #### #### #### ##"])

    def _brand(self, idx: str) -> str:
        return re.sub(r"[^a-z]", "", unidecode(self.org(idx)).lower())[:16] or "studio"

    def f_url(self, idx: str) -> str:
        brand = self._brand(idx)
        return self.rng.choice([f"https://www.{brand}.com", f"www.{brand}.de", f"https://{brand}.example/portfolio",
                                f"https://taskbridge.example/orders/{self.f_order(idx)}",
                                "https://drive.example.com/f/" + self._code(["??##?#??#?"])])

    def f_service(self, idx: str) -> str:
        return self.rng.choice(self.t.SERVICES)

    def f_tool(self, idx: str) -> str:
        return self.rng.choice(TOOLS)

    def f_month(self, idx: str) -> str:
        return self.rng.choice(self.t.MONTHS)

    def f_weekday(self, idx: str) -> str:
        return self.rng.choice(self.t.WEEKDAYS)

    def f_year(self, idx: str) -> str:
        return str(self.rng.randrange(2008, 2027))

    def f_n(self, idx: str) -> str:
        return str(self.rng.choice([2, 3, 5, 7, 10, 14, 30]))


_LABELLED = {
    "name": (_Example.name, "PERSON"),
    "first": (lambda ex, i: ex.person(i).first, "PERSON"),
    "last": (lambda ex, i: ex.person(i).last, "PERSON"),
    "hon": (_Example.hon, "TITLE"),
    "job": (_Example.job, "TITLE"),
    "org": (_Example.org, "ORGANIZATION"),
    "addr": (_Example.address_text, "STREET_ADDRESS"),
    "addrline": (lambda ex, i: ex.address_text(i, "line"), "STREET_ADDRESS"),
    "addrblock": (lambda ex, i: ex.address_text(i, "block"), "STREET_ADDRESS"),
    "street": (lambda ex, i: ex.address(i).street, "STREET_ADDRESS"),
    "unit": (lambda ex, i: ex.address(i).unit, "STREET_ADDRESS"),
    "zip": (lambda ex, i: ex.address(i).postcode, "STREET_ADDRESS"),
    "corner": (_Example.corner, "STREET_ADDRESS"),
    "city": (lambda ex, i: ex.address(i).city, "LOCATION"),
    "region": (lambda ex, i: ex.address(i).region, "LOCATION"),
    "country": (lambda ex, i: ex.country_name(ex.address(i).country), "LOCATION"),
    "town": (_Example.town, "LOCATION"),
    "land": (_Example.land, "LOCATION"),
    "loc": (_Example.loc, "LOCATION"),
}
LABELLED_SLOTS = frozenset(_LABELLED) | {"hname"}


def _try(f: Faker, method: str) -> str:
    try:
        return getattr(f, method)()
    except AttributeError:
        return ""


def _lower(text: str) -> str:
    return text.lower().replace("i\u0307", "i")  # "İ".lower() is i + combining dot; people type a plain i


def _recase(text: str, case: str | None) -> str:
    return text.upper() if case == "upper" else _lower(text) if case == "lower" else text


def _compose(ex: _Example) -> str:
    """The template for one example: a hard negative, a stand-alone message, or
    an e-mail put together from greeting, body, sign-off and signature."""
    rng, t = ex.rng, ex.t
    x = rng.random()
    if x < 0.14:  # hard negative, alone or inside a greeting and sign-off without names
        negative = rng.choice(t.NEGATIVES)
        if "\n" in negative or rng.random() < 0.6:
            return negative
        return "\n\n".join([rng.choice(_unlabelled(t.GREETINGS)), negative,
                             rng.choice(_unlabelled(t.CLOSINGS))]).strip()
    if x < 0.20:  # everyday sentences with nothing to find (English, as chat drifts)
        return " ".join(rng.sample(GENERAL, rng.choice([1, 2, 3])))
    if x < 0.62:
        message = rng.choice(t.MESSAGES)
        if rng.random() < 0.25:  # entities amid small talk
            message = f"{rng.choice(GENERAL)} {message}" if rng.random() < 0.5 else f"{message}\n\n{rng.choice(GENERAL)}"
        return message
    parts = [rng.choice(t.GREETINGS)] + rng.sample(t.BODIES, rng.choice([1, 1, 2]))
    parts.append(rng.choice(t.CLOSINGS) + "\n" + rng.choice(t.SIGNATURES))
    if rng.random() < 0.2:
        parts.insert(0, rng.choice(t.SUBJECTS))
    if rng.random() < 0.15:
        parts.insert(0, rng.choice(t.WRAPPERS))
    return "\n\n".join(p for p in parts if p)


def _unlabelled(templates: list[str]) -> list[str]:
    return [t for t in templates if not any(m.group(4) in LABELLED_SLOTS for m in _SLOT.finditer(t))]


def _example(rng: random.Random) -> dict:
    lang = rng.choices(list(_LANG_WEIGHTS), list(_LANG_WEIGHTS.values()))[0]
    ex = _Example(rng, lang)
    pieces = ex.render(_compose(ex))
    casing = rng.random()  # chat users type names in lower case, forms shout
    text, spans, pos = [], [], 0
    for piece, label in pieces:
        if casing < 0.10 or (label and casing < 0.20):
            piece = _lower(piece)
        elif label and casing < 0.25:
            piece = piece.upper()
        if label and piece:
            # "{first} {last}" is one name: one span, as an annotator would mark it
            if spans and spans[-1][2] == label and text[-1] == " " and spans[-1][1] == pos - 1:
                spans[-1][1] = pos + len(piece)
            else:
                spans.append([pos, pos + len(piece), label])
        text.append(piece)
        pos += len(piece)
    return {"text": "".join(text), "spans": spans, "lang": lang}


def generate(n: int, seed: int = 13) -> list[dict]:
    """n labelled examples; the same (n, seed) always gives the same list."""
    rng = random.Random(seed)
    for i, loc in enumerate(VALUE_LOCALES):
        _faker(loc).seed_instance(seed * 1000 + i)
    return [_example(rng) for _ in range(n)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write synthetic labelled support messages as JSON lines.")
    parser.add_argument("--n", type=int, default=30000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    examples = generate(args.n, seed=args.seed)
    with args.out.open("w", encoding="utf-8") as fh:
        for example in examples:
            fh.write(json.dumps(example, ensure_ascii=False) + "\n")
    print(f"{len(examples)} examples in {time.perf_counter() - started:.1f}s -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
