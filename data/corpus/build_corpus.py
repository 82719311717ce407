#!/usr/bin/env python
"""Build the training corpus for the request classifier (data/corpus/requests.jsonl).

    .venv/bin/python data/corpus/build_corpus.py            # rewrite requests.jsonl
    .venv/bin/python data/corpus/build_corpus.py --check    # exit 1 if the file is stale
    .venv/bin/python data/corpus/build_corpus.py --stats    # print the counts only

The output is byte-for-byte deterministic: one seeded ``random.Random`` per language, one
seeded Faker instance per locale, no ``hash()``, no set iteration, no clock.

Every message is composed from independent phrase banks (``_phrases_<lang>.py``): openers,
context sentences, the request or task sentence(s) in several wordings and registers, closers
and signatures, plus the frames of each style (formal letter, authorised agent, quoted thread,
web form, chat transcript). Fake personal data comes from Faker in the matching locale; no
label depends on it.

Splits. The sentences that carry the label (privacy request sentences, combined-request
sentences, agent request sentences, task / hard-negative / follow-up / provider sentences) are
"core" templates. Each core pool is partitioned once into train / validation / test by ranking
``sha256(pool key + template text)``; that template text is the template family key. A
message first draws its split (70/15/15), then draws *every* core template it uses from that
split's partition. So a template and all near-duplicate variants made from it (other names,
other openers, other styles) stay in one split, and validation / test messages only contain
label-bearing sentences never seen in train. Core lines added after that
(``P_TRAIN`` in a phrase bank, since 2026-11-28) go to train only: the
held-out wordings stay the ones every earlier model was measured on.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
OUT = HERE / "requests.jsonl"
SEED = 20261127

TYPES = ["access", "deletion", "correction", "portability", "restriction", "objection",
         "opt_out", "other_privacy"]
CATEGORIES = ["writing", "translation", "design", "software", "bookkeeping", "marketing",
              "data_analysis", "platform_support"]
STYLES = ["casual", "formal_letter", "agent", "thread", "form", "chat"]
SPLITS = ["train", "validation", "test"]
SPLIT_WEIGHTS = [0.70, 0.15, 0.15]
# The day the corpus is written as of. Faker's date_of_birth counts back from
# today, so the file changed at midnight: this is its computation (faker
# providers.date_time), the same draws, counted back from a fixed day.
AS_OF = date(2026, 11, 27)


def date_of_birth(fk: Faker, minimum_age: int, maximum_age: int) -> date:
    from faker.providers.date_time import change_year

    start, end = change_year(AS_OF, -(maximum_age + 1)), change_year(AS_OF, -minimum_age)
    dob = fk.date_time_ad(start_datetime=start, end_datetime=end).date()
    return dob if dob != start else dob + timedelta(days=1)


# messages per language (en ~35 %)
LANG_PLAN = {"en": 1200, "de": 540, "fr": 540, "es": 540, "it": 540, "nl": 540, "pt": 540,
             "pl": 48, "sv": 48, "da": 48}

# share of each kind of message within a language
SHARE_MIXED = 0.09
SHARE_ORDINARY = 0.45
SHARE_HARD_NEGATIVE = 0.36     # of the ordinary messages of each category

STYLE_WEIGHTS = {
    "privacy": {"casual": 27, "formal_letter": 24, "agent": 10, "thread": 11, "form": 14, "chat": 14},
    "mixed": {"casual": 40, "thread": 30, "chat": 15, "form": 15},
    "ordinary": {"casual": 34, "formal_letter": 9, "agent": 6, "thread": 21, "form": 15, "chat": 15},
}

# which second (third) type tends to come with a primary type
PARTNERS = {
    "access": ["deletion", "deletion", "portability", "other_privacy", "correction", "objection"],
    "deletion": ["opt_out", "access", "access", "other_privacy", "objection", "portability"],
    "correction": ["restriction", "opt_out", "access", "restriction", "deletion"],
    "portability": ["deletion", "deletion", "access", "opt_out"],
    "restriction": ["correction", "objection", "access", "correction"],
    "objection": ["restriction", "opt_out", "opt_out", "deletion", "other_privacy"],
    "opt_out": ["deletion", "objection", "other_privacy", "access", "correction"],
    "other_privacy": ["access", "deletion", "opt_out", "objection", "restriction"],
}
N_TYPES_WEIGHTS = [(1, 66), (2, 28), (3, 6)]

OTHER_PLATFORMS = ["Freelancia", "WorkNest", "Gigora", "Skillbay", "HireHive", "Taskmarket",
                   "Crewly", "Jobbox"]

# core pools: label-bearing templates, partitioned into splits
CORE_PREFIXES = ("req.", "combo.", "agent_req.", "task.", "hard.", "followup.", "provider.")

_GENDER_SENDER = re.compile(r"\[\[(.*?)\|\|(.*?)\]\]", re.S)
_GENDER_CLIENT = re.compile(r"<<(.*?)\|\|(.*?)>>", re.S)
_ASCII_MAP = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                            "ß": "ss", "đ": "d", "œ": "oe"})


def _h(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def _seed(*parts) -> int:
    return int(_h("|".join(str(p) for p in (SEED,) + parts))[:16], 16)


def asciify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_ASCII_MAP))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lines(block: str) -> list[str]:
    items = []
    for line in block.strip().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            items.append(line.replace("\\n", "\n"))
    return items


def load_bank(lang: str):
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    mod = importlib.import_module(f"_phrases_{lang}")
    bank = {key: _lines(block) for key, block in mod.P.items()}
    return bank, mod


def load_train_only(lang: str, mod, bank: dict[str, list[str]]) -> dict[str, list[str]]:
    """Core lines written after the held-out wordings were fixed (`P_TRAIN`
    in a phrase bank): training lines only, so that validation and test keep
    the wordings every earlier model was measured on."""
    extra = {}
    for key, block in getattr(mod, "P_TRAIN", {}).items():
        if not key.startswith(CORE_PREFIXES) or key not in bank:
            raise ValueError(f"{lang}: P_TRAIN[{key!r}] is not a core pool of the bank")
        extra[key] = [t for t in _lines(block) if t not in bank[key]]
    return extra


def partition(key: str, items: list[str]) -> dict[str, list[str]]:
    """Split a core pool into train/validation/test by the hash of each template."""
    n = len(items)
    if n < 3:
        raise ValueError(f"core pool {key} needs >= 3 templates, has {n}")
    order = sorted(items, key=lambda t: _h(f"{key}\x00{t}"))
    n_test = max(1, round(n * 0.15))
    n_val = max(1, round(n * 0.15))
    return {"test": order[:n_test], "validation": order[n_test:n_test + n_val],
            "train": order[n_test + n_val:]}


class Ctx(dict):
    """Placeholder values, generated on first use (so unused ones cost no Faker calls)."""

    def __init__(self, gen: "LangGen", locale: str):
        super().__init__()
        self.gen = gen
        self.locale = locale

    def __missing__(self, key):
        val = self.gen.fill(key, self)
        if key not in self:
            self[key] = val
        return val


class LangGen:
    def __init__(self, lang: str):
        self.lang = lang
        self.bank, self.mod = load_bank(lang)
        self.rng = random.Random(_seed("rng", lang))
        self.fakers: dict[str, Faker] = {}
        self.parts: dict[str, dict[str, list[str]]] = {}
        for key, items in self.bank.items():
            if key.startswith(CORE_PREFIXES):
                self.parts[key] = partition(f"{lang}:{key}", items)
        for key, items in load_train_only(lang, self.mod, self.bank).items():
            self.parts[key]["train"] = self.parts[key]["train"] + items
        self._avoid: set[str] = set()
        self.labels = dict(kv.split("=", 1) for kv in self.bank["form.labels"][0].split("|"))

    # ---------------------------------------------------------------- basics
    def faker(self, locale: str) -> Faker:
        if locale not in self.fakers:
            fk = Faker(locale)
            # some locales (it_IT) build their city list from a set: its order depends on
            # PYTHONHASHSEED, so sort it to keep the build byte-identical across processes
            for factory in fk.factories:
                for prov in factory.providers:
                    cities = getattr(prov, "cities", None)
                    if isinstance(cities, (list, tuple, set, frozenset)):
                        prov.cities = sorted(cities)
            fk.seed_instance(_seed("faker", self.lang, locale))
            self.fakers[locale] = fk
        return self.fakers[locale]

    def has(self, key: str) -> bool:
        return bool(self.bank.get(key))

    def pick(self, key: str) -> str:
        return self.rng.choice(self.bank[key])

    def core(self, key: str, split: str, used: list) -> str:
        items = self.parts[key][split]
        fresh = [t for t in items if t not in self._avoid]
        item = self.rng.choice(fresh or items)
        self._avoid.add(item)
        used.append(f"{self.lang}:{key}:{_h(item)[:12]}")
        return item

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def render(self, template: str, ctx: Ctx) -> str:
        if "[[" in template:
            g = ctx["gender"]
            template = _GENDER_SENDER.sub(lambda m: m.group(1) if g == "m" else m.group(2), template)
        if "<<" in template:
            g = ctx["client_gender"]
            template = _GENDER_CLIENT.sub(lambda m: m.group(1) if g == "m" else m.group(2), template)
        return template.format_map(ctx)

    def R(self, key: str, ctx: Ctx) -> str:
        return self.render(self.pick(key), ctx)

    def C(self, key: str, ctx: Ctx, split: str, used: list) -> str:
        return self.render(self.core(key, split, used), ctx)

    # ---------------------------------------------------------------- people
    def person(self, locale: str, gender: str | None = None, min_age=18, max_age=78) -> dict:
        fk = self.faker(locale)
        g = gender or self.rng.choice("mf")
        first = fk.first_name_male() if g == "m" else fk.first_name_female()
        if self.lang == "pl" and hasattr(fk, "last_name_male"):
            last = fk.last_name_male() if g == "m" else fk.last_name_female()
        else:
            last = fk.last_name()
        if self.lang in ("es", "pt") and self.chance(0.55):
            last = f"{last} {fk.last_name()}"
        street = fk.street_address()
        if locale == "en_US":
            for _ in range(10):
                if not re.search(r"\b(FPO|APO|DPO|PSC|USNS|USNV|USS|USCGC|Unit)\b", street):
                    break
                street = fk.street_address()
            home_city = fk.city()
            city_line = f"{home_city}, {fk.state_abbr()} {fk.zipcode()}"
        elif locale in ("en_GB", "en_IE"):
            home_city = fk.city()
            city_line = f"{home_city} {fk.postcode()}"
        else:
            home_city = fk.city()
            city_line = f"{fk.postcode()} {home_city}"
        street = re.sub(r"\s+", " ", street).strip()   # es_ES ends some with a space
        phone = re.sub(r"\s*x\d+$", "", fk.phone_number())
        dob = date_of_birth(fk, min_age, max_age)
        return {"gender": g, "first": first, "last": last, "name": f"{first} {last}",
                "street": street, "city_line": city_line, "address": f"{street}, {city_line}",
                "phone": phone, "dob_raw": dob, "email": self.email(first, last),
                "home_city": home_city}

    def email(self, first: str, last: str, domain: str | None = None) -> str:
        f, l = asciify(first), asciify(last.split()[0])
        domain = domain or self.rng.choice(self.mod.EMAIL_DOMAINS)
        pat = self.rng.choice(["{f}.{l}", "{f}.{l}", "{f0}.{l}", "{f}{l}{n}", "{l}.{f}",
                               "{f}_{l}", "{f}{n}"])
        local = pat.format(f=f, l=l, f0=f[:1], n=self.rng.randint(1, 99))
        return f"{local}@{domain}"

    def date_format(self, locale: str) -> str:
        fmts = getattr(self.mod, "DATE_FORMATS_BY_LOCALE", {}).get(locale, self.mod.DATE_FORMATS)
        return self.rng.choice(fmts)

    def fmt_date(self, d: date, locale: str, fmt: str | None = None) -> str:
        fmt = fmt or self.date_format(locale)
        return fmt.format(d=d.day, m=d.month, y=d.year, month=self.mod.MONTHS[d.month - 1])

    def misspell(self, word: str) -> str:
        w = word.split()[0]
        if len(w) < 4:
            return w + w[-1]
        for _ in range(10):
            i = self.rng.randint(1, len(w) - 3)
            op = self.rng.choice(["swap", "double", "drop"])
            if op == "swap":
                out = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif op == "double":
                out = w[:i] + w[i] + w[i:]
            else:
                out = w[:i] + w[i + 1:]
            if out != w:
                return out + word[len(w):]
        return w + "e" + word[len(w):]

    def new_ctx(self, locale: str) -> Ctx:
        ctx = Ctx(self, locale)
        p = self.person(locale)
        for k, v in p.items():
            if k != "dob_raw":
                ctx[k] = v
        ctx["_dob_raw"] = p["dob_raw"]
        ctx["jur"] = "ccpa" if locale == "en_US" else "gdpr"
        return ctx

    def fill(self, key: str, ctx: Ctx):
        rng, loc = self.rng, ctx.locale
        fk = self.faker(loc)
        if key == "dob":
            return self.fmt_date(ctx["_dob_raw"], loc)
        if key == "wrong_dob":
            d = ctx["_dob_raw"]
            if d.day <= 12 and d.day != d.month:
                d2 = d.replace(day=d.month, month=d.day)
            else:
                d2 = d.replace(year=d.year + rng.choice([-1, 1]), day=min(d.day, 28))
            return self.fmt_date(d2, loc)
        if key == "wrong_last":
            return self.misspell(ctx["last"])
        if key == "wrong_name":
            return f"{ctx['first']} {self.misspell(ctx['last'])}"
        if key == "old_last":
            return fk.last_name()
        if key == "old_email":
            return self.email(ctx["first"], ctx["old_last"] if rng.random() < 0.3 else ctx["last"])
        if key in ("old_address", "old_street", "old_city_line"):
            p = self.person(loc)
            ctx["old_street"], ctx["old_city_line"] = p["street"], p["city_line"]
            ctx["old_address"] = p["address"]
            return ctx[key]
        if key == "acc":
            return f"ACC-{rng.randint(100000, 999999)}"
        if key == "order":
            return f"ORD-2026-{rng.randint(10000, 999999) if rng.random() < 0.5 else rng.randint(10000, 99999)}"
        if key == "order2":
            return f"ORD-{rng.choice([2024, 2025, 2026])}-{rng.randint(10000, 99999)}"
        if key == "inv":
            return f"INV-2026-{rng.randint(10000, 99999)}"
        if key == "ticket":
            return f"HD-{rng.randint(10000, 99999)}"
        if key in ("date", "qdate", "date2"):
            d = date(2026, 1, 5) + timedelta(days=rng.randint(0, 320))
            return self.fmt_date(d, loc)
        if key in ("time", "qtime"):
            return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        if key == "year":
            return str(rng.choice([2021, 2022, 2023, 2024, 2025]))
        if key == "company":
            return fk.company()
        if key == "agent":
            return fk.first_name()
        if key in ("provider", "provider_first", "provider_email"):
            p = self.person(loc)
            ctx["provider"], ctx["provider_first"], ctx["provider_email"] = p["name"], p["first"], p["email"]
            return ctx[key]
        if key in ("client", "client_first", "client_last", "client_email", "client_gender",
                   "client_dob", "client_address", "client_age", "client_phone"):
            child = ctx.get("_client_child", False)
            if child:
                age = rng.randint(13, 17)
                p = self.person(loc, min_age=age, max_age=age)
                if rng.random() < 0.85:   # children usually share the parent's surname
                    p["last"] = ctx["last"]
                    p["name"] = f"{p['first']} {p['last']}"
                    p["email"] = self.email(p["first"], p["last"])
                ctx["client_age"] = str(age)
            else:
                p = self.person(loc)
                ctx["client_age"] = str(2026 - p["dob_raw"].year)
            ctx["client"], ctx["client_first"], ctx["client_last"] = p["name"], p["first"], p["last"]
            ctx["client_email"], ctx["client_gender"] = p["email"], p["gender"]
            ctx["client_dob"] = self.fmt_date(p["dob_raw"], loc)
            ctx["client_address"], ctx["client_phone"] = p["address"], p["phone"]
            return ctx[key]
        if key == "client_acc":
            return f"ACC-{rng.randint(100000, 999999)}"
        if key == "rep":
            return self.person(loc)["name"]
        if key in ("firm", "agency"):
            return self.render(self.pick(key), Ctx_names(self, loc))
        if key == "deadline":
            return self.pick("deadlines")
        if key == "budget":
            return self.pick("budgets")
        if key == "lang2":
            return self.pick("lang2")
        if key == "city":
            return fk.city()
        if key == "other_platform":
            return rng.choice(OTHER_PLATFORMS)
        if key == "work_email":
            comp = asciify(ctx["company"].split()[0]) or "firma"
            return self.email(ctx["first"], ctx["last"], f"{comp}.example")
        raise KeyError(f"{self.lang}: unknown placeholder {{{key}}}")

    # ---------------------------------------------------------------- pieces
    def request_sentences(self, types, register, ctx, split, used, agent=False):
        """One sentence (or short passage) per type; sometimes a combined sentence."""
        out = []
        rest = list(types)
        if not agent and len(types) >= 2 and self.chance(0.45):
            for a in types:
                for b in types:
                    key = f"combo.{a}+{b}"
                    if a != b and key in self.parts and a in rest and b in rest:
                        out.append(self.C(key, ctx, split, used))
                        rest.remove(a)
                        rest.remove(b)
                        break
                if len(rest) < len(types):
                    break
        for t in rest:
            if agent:
                out.append(self.C(f"agent_req.{t}", ctx, split, used))
                continue
            key = f"req.{t}.{register}"
            if register == "formal" and ctx["jur"] == "ccpa" and f"req.{t}.ccpa" in self.parts:
                key = f"req.{t}.ccpa"
            elif register == "formal" and ctx["jur"] == "ccpa":
                # a Californian cites no GDPR article: neutral formal wording or plain
                cand = [s for s in self.parts[key][split] if not re.search(r"GDPR|Art\.|Article", s)]
                if not cand:
                    key = f"req.{t}.plain"
                else:
                    item = self.rng.choice(cand)
                    used.append(f"{self.lang}:{key}:{_h(item)[:12]}")
                    out.append(self.render(item, ctx))
                    continue
            out.append(self.C(key, ctx, split, used))
        self.rng.shuffle(out) if len(out) > 1 and self.chance(0.3) else None
        return out

    def jkey(self, key: str, ctx: Ctx) -> str:
        """Jurisdiction-specific variant of a frame pool if the bank has one."""
        if ctx["jur"] == "ccpa" and self.has(key + ".ccpa"):
            return key + ".ccpa"
        return key

    def join_requests(self, sents, ctx):
        if len(sents) == 1:
            return sents[0]
        parts = [sents[0]]
        for s in sents[1:]:
            if self.chance(0.35):
                parts.append(self.R("transition", ctx) + " " + s)
            else:
                parts.append(s)
        return (" " if self.chance(0.6) else "\n\n").join(parts)

    def greeting(self, ctx, formal=False, p_none=0.2):
        if formal:
            return self.R("greet.formal", ctx)
        if self.chance(p_none):
            return ""
        return self.R("greet.casual", ctx)

    def signoff(self, ctx, formal=False):
        if formal:
            return self.R("close.formal", ctx) + "\n" + self.R("sig.formal", ctx)
        if self.chance(0.15):
            return self.R("sig.casual", ctx)
        return self.R("close.casual", ctx) + "\n" + self.R("sig.casual", ctx)

    @staticmethod
    def assemble(*blocks) -> str:
        return "\n\n".join(b.strip() for b in blocks if b and b.strip())

    def casualize(self, s: str) -> str:
        if self.chance(0.3) and not s[1:2].isupper():
            s = s[:1].lower() + s[1:]
        if self.chance(0.3) and s.endswith("."):
            s = s[:-1]
        return s

    # ---------------------------------------------------------------- subjects
    def subject_priv(self, types, ctx, formal=False):
        if formal and self.chance(0.6):
            return self.R(self.jkey("subj.formal", ctx), ctx)
        if len(types) == 1 and self.chance(0.6):
            return self.R(f"subj.{types[0]}", ctx)
        return self.R("subj.generic", ctx)

    def subject_task(self, cat, ctx):
        if self.chance(0.15):
            return self.R("subj.generic", ctx)
        return self.R(f"subj.{cat}", ctx)

    # ---------------------------------------------------------------- styles
    def task_sentences(self, cat, hard, ctx, split, used, follow=False):
        if follow:
            key = f"hard.{cat}" if hard else f"followup.{cat}"
        else:
            key = f"hard.{cat}" if hard else f"task.{cat}"
        out = [self.C(key, ctx, split, used)]
        if not follow and cat != "platform_support" and self.chance(0.25 if hard else 0.45):
            out.append(self.R("task.extra", ctx))
        return out

    def build_casual(self, kind, types, cat, hard, ctx, split, used):
        if kind == "privacy":
            reqs = self.request_sentences(types, "plain", ctx, split, used)
            if self.chance(0.22):   # one-liner
                body = self.casualize(" ".join(reqs))
                if self.chance(0.5):
                    body += "\n" + ctx["first"]
                return body, self.subject_priv(types, ctx)
            ctx_s = [self.R("ctx.priv", ctx)] if self.chance(0.6) else []
            main = self.join_requests(reqs, ctx)
            body = self.assemble(self.greeting(ctx), " ".join(ctx_s), main,
                                 self.R("close.extra", ctx) if self.chance(0.3) else "",
                                 self.signoff(ctx))
            return body, self.subject_priv(types, ctx)
        if kind == "ordinary":
            tasks = self.task_sentences(cat, hard, ctx, split, used)
            if self.chance(0.15):
                body = self.casualize(" ".join(tasks))
                return body, self.subject_task(cat, ctx)
            ctx_s = self.R("ctx.ord", ctx) if self.chance(0.4) else ""
            second = ""
            if self.chance(0.15):   # two jobs in one message, joined like two privacy requests
                second = self.R("transition", ctx) + " " + self.C(f"task.{cat}", ctx, split, used)
            body = self.assemble(self.greeting(ctx), " ".join([ctx_s] + tasks).strip(), second,
                                 self.signoff(ctx))
            return body, self.subject_task(cat, ctx)
        # mixed
        tasks = self.task_sentences(cat, hard, ctx, split, used)
        reqs = self.request_sentences(types, "plain", ctx, split, used)
        task_block = " ".join(tasks)
        req_block = self.R("bridge", ctx) + " " + self.join_requests(reqs, ctx)
        blocks = [task_block, req_block]
        if self.chance(0.2):
            blocks = [self.join_requests(reqs, ctx), self.R("bridge.task", ctx) + " " + task_block]
        body = self.assemble(self.greeting(ctx), *blocks, self.signoff(ctx))
        subj = self.subject_task(cat, ctx) if self.chance(0.75) else self.subject_priv(types, ctx)
        return body, subj

    def build_formal(self, kind, types, cat, hard, ctx, split, used):
        if kind == "ordinary":
            tasks = self.task_sentences(cat, hard, ctx, split, used)
            body = self.assemble(self.R("greet.formal.business", ctx), self.R("formal.task_intro", ctx),
                                 " ".join(tasks),
                                 self.R("formal.task_close", ctx),
                                 self.R("close.formal", ctx) + "\n" + self.R("sig.business", ctx))
            return body, self.subject_task(cat, ctx)
        reqs = self.request_sentences(types, "formal", ctx, split, used)
        intro = self.R(self.jkey("formal.intro", ctx), ctx)
        if len(reqs) > 1 and self.chance(0.6):
            items = "\n".join(f"{i}. {r}" for i, r in enumerate(reqs, 1))
            req_block = self.R("formal.multi", ctx) + "\n\n" + items
        else:
            req_block = "\n\n".join(reqs)
        blocks = [intro, req_block]
        if self.chance(0.75):
            blocks.append(self.R("formal.identity", ctx))
        if self.chance(0.8):
            blocks.append(self.R(self.jkey("formal.deadline", ctx), ctx))
        if self.chance(0.3):
            blocks.append(self.R(self.jkey("formal.threat", ctx), ctx))
        subj = self.subject_priv(types, ctx, formal=True)
        head = ""
        if self.chance(0.25):
            ctx["subj"] = subj
            head = self.R("formal.header", ctx)
        body = self.assemble(head, self.greeting(ctx, formal=True), *blocks,
                             self.signoff(ctx, formal=True))
        return body, subj

    def build_agent(self, kind, types, cat, hard, ctx, split, used):
        if kind == "ordinary":
            tasks = self.task_sentences(cat, hard, ctx, split, used)
            formal = self.chance(0.5)
            greet = self.R("greet.formal.business", ctx) if formal else self.greeting(ctx, p_none=0.1)
            intro = self.R("agent.task_intro", ctx)
            body = self.assemble(greet, intro if greet else cap(intro),
                                 " ".join(tasks), self.signoff(ctx, formal=formal))
            return body, self.subject_task(cat, ctx)
        kinds = ["lawyer", "lawyer", "parent", "family"]
        if ctx["jur"] == "ccpa" and self.has("agent.ccpa"):
            kinds = ["ccpa", "ccpa", "lawyer", "parent"]
        akind = self.rng.choice([k for k in kinds if self.has(f"agent.{k}")])
        if akind == "parent":
            ctx["_client_child"] = True
        reqs = self.request_sentences(types, "formal", ctx, split, used, agent=True)
        blocks = [self.R(f"agent.{akind}", ctx)]
        if len(reqs) > 1 and self.chance(0.5):
            blocks.append("\n".join(f"{i}. {r}" for i, r in enumerate(reqs, 1)))
        else:
            blocks.append(" ".join(reqs))
        if akind in ("lawyer", "ccpa", "family") or self.chance(0.3):
            blocks.append(self.R(self.jkey("agent.auth", ctx), ctx))
        if self.chance(0.7):
            blocks.append(self.R("agent.client_id", ctx))
        if self.chance(0.6):
            blocks.append(self.R(self.jkey("formal.deadline", ctx), ctx))
        sig_key = {"lawyer": "sig.agent", "ccpa": "sig.agency"}.get(akind, "sig.formal")
        body = self.assemble(self.greeting(ctx, formal=True), *blocks,
                             self.R("close.formal", ctx) + "\n" + self.R(sig_key, ctx))
        subj = self.R("subj.agent", ctx)   # never the first-person subjects ("My data")
        return body, subj

    def _quote(self, text: str, outlook: bool) -> str:
        if outlook:
            return text
        return "\n".join(">" if not ln else ("> " + ln if not ln.startswith(">") else ">" + ln)
                         for ln in text.split("\n"))

    def build_thread(self, kind, types, cat, hard, ctx, split, used):
        hist_cat = cat or self.rng.choice(CATEGORIES)
        support = hist_cat == "platform_support"
        other = f"Taskbridge ({ctx['agent']})" if support else ctx["provider"]
        other_first = ctx["agent"] if support else ctx["provider_first"]
        other_email = (self.pick("support.address") if support else ctx["provider_email"])
        # history length: 2-6 messages, but never more than the split's partition can fill
        # without repeating a template (customer follow-ups also feed the latest message)
        n_prov = len(self.parts[f"provider.{hist_cat}"][split])
        n_fol = len(self.parts[f"followup.{hist_cat}"][split]) - (kind != "privacy")
        if kind != "privacy" and cat != hist_cat:
            n_fol += 1
        options = [n for n in (2, 2, 2, 4, 4, 6) if n // 2 <= n_prov and n // 2 - 1 <= n_fol]
        n_hist = self.rng.choice(options or [2])
        # oldest first: customer task, other party reply, customer follow-up, reply ...
        msgs = []
        for i in range(n_hist):
            if i % 2 == 0:
                if i == 0:
                    lines = self.task_sentences(hist_cat, False, ctx, split, used)
                else:
                    lines = [self.C(f"followup.{hist_cat}", ctx, split, used)]
                ctx["to"] = other_first
                m = self.assemble(self.R("greet.person", ctx) if self.chance(0.7) else "",
                                  " ".join(lines), self.R("close.casual", ctx) + "\n" + ctx["first"])
                msgs.append((m, ctx["name"], ctx["email"]))
            else:
                ctx["to"] = ctx["first"]
                m = self.assemble(self.R("greet.person", ctx),
                                  self.C(f"provider.{hist_cat}", ctx, split, used),
                                  self.R("close.casual", ctx) + "\n" + other_first)
                msgs.append((m, other, other_email))
        # latest message, from the customer
        ctx["to"] = other_first
        if kind == "ordinary":
            latest = self.task_sentences(cat, hard, ctx, split, used, follow=True)
            main = " ".join(latest)
            if self.chance(0.25):   # the same "work is done" opener as the privacy threads
                main = self.assemble(self.R("thread.done", ctx), self.R("bridge.task", ctx) + " " + main)
        elif kind == "mixed":
            latest = self.task_sentences(cat, hard, ctx, split, used, follow=True)
            reqs = self.request_sentences(types, "plain", ctx, split, used)
            main = self.assemble(" ".join(latest), self.R("bridge", ctx) + " " + self.join_requests(reqs, ctx))
        else:
            reqs = self.request_sentences(types, self.rng.choice(["plain", "plain", "formal"]), ctx, split, used)
            main = self.assemble(self.R("thread.done", ctx), self.R("bridge.end", ctx) + " " + self.join_requests(reqs, ctx))
        text = self.assemble(self.R("greet.person", ctx) if self.chance(0.7) else "", main,
                             self.R("close.casual", ctx) + "\n" + ctx["first"])
        # quote the history: each reply quotes everything before it
        outlook = self.chance(0.35)
        when = datetime(2026, 1, 5, 8, 0) + timedelta(days=self.rng.randint(0, 300),
                                                      minutes=self.rng.randint(0, 600))
        dfmt = self.date_format(ctx.locale)
        quoted = ""
        hdr_tmpl = self.pick("thread.outlook" if outlook else "thread.quote")
        for m, who, addr in msgs:  # oldest -> newest
            when += timedelta(minutes=self.rng.randint(20, 3 * 24 * 60))
            ctx["qname"], ctx["qemail"] = who, addr
            ctx["qdate"] = self.fmt_date(when.date(), ctx.locale, dfmt)
            ctx["qtime"] = f"{when.hour:02d}:{when.minute:02d}"
            hdr = self.render(hdr_tmpl, ctx)
            block = m if not quoted else m + "\n\n" + quoted
            quoted = hdr + "\n\n" + block if outlook else hdr + "\n" + self._quote(block, False)
        body = text + "\n\n" + quoted
        subj_base = self.R(f"subj.{hist_cat}", ctx)
        subj = (self.pick("thread.re") + " ") * self.rng.choice([1, 1, 2]) + subj_base
        return body, subj

    def chat_line(self, who, text, t):
        return f"[{t[0]:02d}:{t[1]:02d}] {who}: {text}"

    def build_chat(self, kind, types, cat, hard, ctx, split, used):
        h, m = self.rng.randint(7, 21), self.rng.randint(0, 50)
        t = [h, m]

        def tick():
            t[1] += self.rng.choice([0, 1, 1, 2])
            if t[1] >= 60:
                t[0], t[1] = (t[0] + 1) % 24, t[1] - 60
            return tuple(t)

        me = ctx["name"] if self.chance(0.5) else ctx["first"]
        ag = f"Taskbridge ({ctx['agent']})"
        lines = []
        if self.chance(0.8):
            lines.append(self.chat_line(me, self.R("chat.open", ctx), tick()))
            lines.append(self.chat_line(ag, self.R("chat.agent_greet", ctx), tick()))
        if kind == "ordinary":
            content = self.task_sentences(cat, hard, ctx, split, used)
        elif kind == "privacy":
            content = self.request_sentences(types, "plain", ctx, split, used)
        else:
            tasks = self.task_sentences(cat, hard, ctx, split, used)
            reqs = self.request_sentences(types, "plain", ctx, split, used)
            content = tasks + [self.R("bridge", ctx) + " " + reqs[0]] + reqs[1:]
        for i, s in enumerate(content):
            lines.append(self.chat_line(me, self.casualize(s), tick()))
            if i == 0 and self.chance(0.5):
                lines.append(self.chat_line(ag, self.R("chat.agent_ask", ctx), tick()))
                lines.append(self.chat_line(me, self.rng.choice([ctx["email"], ctx["acc"], ctx["email"] + " / " + ctx["acc"]]), tick()))
        if self.chance(0.85):
            end = "chat.agent_end_ord" if kind == "ordinary" else "chat.agent_end"
            lines.append(self.chat_line(ag, self.R(end, ctx), tick()))
            if self.chance(0.6):
                lines.append(self.chat_line(me, self.R("chat.cust_end", ctx), tick()))
        subj = self.R("subj.chat", ctx)
        return "\n".join(lines), subj

    def build_form(self, kind, types, cat, hard, ctx, split, used):
        L = self.labels
        if kind == "ordinary":
            content = self.task_sentences(cat, hard, ctx, split, used)
            tkey = "form.topic_support" if cat == "platform_support" else "form.topic_project"
            if hard and self.chance(0.15):
                tkey = "form.topic_privacy"
        elif kind == "privacy":
            content = [self.join_requests(self.request_sentences(
                types, self.rng.choice(["plain", "plain", "formal"]), ctx, split, used), ctx)]
            tkey = "form.topic_privacy" if self.chance(0.45) else "form.topic_generic"
        else:
            tasks = self.task_sentences(cat, hard, ctx, split, used)
            reqs = self.request_sentences(types, "plain", ctx, split, used)
            content = tasks + [self.R("bridge", ctx) + " " + self.join_requests(reqs, ctx)]
            tkey = self.rng.choice(["form.topic_project", "form.topic_generic", "form.topic_privacy"])
        topic = self.pick(tkey)
        msg = " ".join(content)
        if self.chance(0.3):
            msg = self.assemble(self.greeting(ctx, p_none=0.3), msg, ctx["name"] if self.chance(0.5) else "")
        rows = [(L["name"], ctx["name"]), (L["email"], ctx["email"])]
        if self.chance(0.5):
            rows.append((L["phone"], ctx["phone"]))
        if self.chance(0.6):
            rows.append((L["account"], ctx["acc"]))
        if kind != "privacy" and self.chance(0.4):
            rows.append((L["order"], ctx["order"]))
        rows.append((L["topic"], topic))
        head = [L["title"]] if self.chance(0.7) else []
        if self.chance(0.4):
            head.append(f"{L['sent']}: {ctx['date']} {ctx['time']}")
        lines = head + [f"{k}: {v}" for k, v in rows]
        if self.chance(0.5):
            lines.append(f"{L['message']}:\n{msg}")
        else:
            lines.append(f"{L['message']}: {msg}")
        subj = f"{L['title']} – {topic}" if self.chance(0.6) else self.R("subj.form", ctx)
        return "\n".join(lines), subj

    BUILDERS = {"casual": build_casual, "formal_letter": build_formal, "agent": build_agent,
                "thread": build_thread, "form": build_form, "chat": build_chat}

    # ---------------------------------------------------------------- plan
    def styles_available(self, kind):
        w = dict(STYLE_WEIGHTS[kind])
        if not self.has("agent_req.access"):
            w.pop("agent", None)
        if not self.has("followup.writing"):
            w.pop("thread", None)
        return w

    def choose_types(self, primary):
        n = self.rng.choices([k for k, _ in N_TYPES_WEIGHTS], [w for _, w in N_TYPES_WEIGHTS])[0]
        types = [primary]
        while len(types) < n:
            base = self.rng.choice(types)
            cand = [t for t in PARTNERS[base] if t not in types]
            if not cand:
                break
            types.append(self.rng.choice(cand))
        return types

    def plan(self, n):
        rng = self.rng
        n_mixed = round(n * SHARE_MIXED)
        n_ord = round(n * SHARE_ORDINARY)
        n_priv = n - n_mixed - n_ord
        slots = []
        cats = [CATEGORIES[i % len(CATEGORIES)] for i in range(n_ord)]
        rng.shuffle(cats)
        per_cat = Counter(cats)
        seen = Counter()
        for c in cats:
            k = seen[c]
            seen[c] += 1
            # the first ~36 % of each category's (shuffled) messages are hard negatives
            hard = k < round(per_cat[c] * SHARE_HARD_NEGATIVE)
            slots.append(("ordinary", None, c, hard))
        prim = [TYPES[i % len(TYPES)] for i in range(n_priv + n_mixed)]
        rng.shuffle(prim)
        for i in range(n_priv):
            slots.append(("privacy", prim[i], None, False))
        mcats = [CATEGORIES[i % len(CATEGORIES)] for i in range(n_mixed)]
        rng.shuffle(mcats)
        for i in range(n_mixed):
            slots.append(("mixed", prim[n_priv + i], mcats[i], self.chance(0.3)))
        return slots

    def generate(self, n, seen_texts):
        out = []
        locales = self.mod.LOCALES
        for kind, primary, cat, hard in self.plan(n):
            styles = self.styles_available(kind)
            style = self.rng.choices(list(styles), list(styles.values()))[0]
            types = self.choose_types(primary) if primary else []
            types = sorted(types, key=TYPES.index) if types else []
            order_types = [primary] + [t for t in types if t != primary] if primary else []
            for attempt in range(30):
                split = self.rng.choices(SPLITS, SPLIT_WEIGHTS)[0]
                ctx = self.new_ctx(self.rng.choice(locales))
                used: list[str] = []
                self._avoid = set()
                text, subj = self.BUILDERS[style](self, kind, order_types, cat, hard, ctx, split, used)
                text = re.sub(r"[ \t]+\n", "\n", text).strip()
                text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)   # "Ltd." + "."
                text = re.sub(r"\n{3,}", "\n\n", text)
                key = re.sub(r"\s+", " ", text).lower()
                if key not in seen_texts:
                    break
            else:
                raise RuntimeError(f"{self.lang}: could not make a unique text")
            seen_texts.add(key)
            rec = {"language": self.lang, "subject": subj.strip(), "text": text,
                   "privacy": types,
                   "category": cat,
                   "hard_negative": bool(kind == "ordinary" and hard),
                   "mixed": kind == "mixed", "style": style, "split": split}
            out.append((rec, used))
        return out


class Ctx_names(dict):
    """Names for firm templates ({l1}, {l2})."""

    def __init__(self, gen: LangGen, locale: str):
        super().__init__()
        fk = gen.faker(locale)
        self["l1"], self["l2"], self["l3"] = fk.last_name(), fk.last_name(), fk.last_name()
        self["city"] = fk.city()


def build(with_meta: bool = False):
    """Return the corpus as a list of records (and, if asked, the core templates each used)."""
    seen: set[str] = set()
    rows = []
    for lang, n in LANG_PLAN.items():
        rows.extend(LangGen(lang).generate(n, seen))
    random.Random(_seed("order")).shuffle(rows)
    records, metas = [], []
    for i, (rec, used) in enumerate(rows, 1):
        records.append({"id": f"c{i:05d}", **rec})
        metas.append(used)
    return (records, metas) if with_meta else records


def dumps(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(records) -> dict:
    s = {
        "total": len(records),
        "language": Counter(r["language"] for r in records),
        "privacy_type": Counter(t for r in records for t in r["privacy"]),
        "category": Counter(r["category"] for r in records if r["category"]),
        "style": Counter(r["style"] for r in records),
        "split": Counter(r["split"] for r in records),
        "privacy_requests": sum(1 for r in records if r["privacy"]),
        "multi_type": sum(1 for r in records if len(r["privacy"]) >= 2),
        "ordinary": sum(1 for r in records if not r["privacy"]),
        "ordinary_by_category": Counter(r["category"] for r in records if not r["privacy"]),
        "hard_negative": sum(r["hard_negative"] for r in records),
        "mixed": sum(r["mixed"] for r in records),
    }
    return s


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if requests.jsonl is stale")
    ap.add_argument("--stats", action="store_true", help="print counts, write nothing")
    args = ap.parse_args(argv)
    records = build()
    data = dumps(records)
    if args.check:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("up to date" if ok else "STALE: run data/corpus/build_corpus.py")
        return 0 if ok else 1
    s = stats(records)
    for k, v in s.items():
        if isinstance(v, Counter):
            v = dict(sorted(v.items(), key=lambda kv: (-kv[1], str(kv[0]))))
        print(f"{k}: {v}")
    if not args.stats:
        OUT.write_text(data, encoding="utf-8")
        print(f"wrote {OUT.relative_to(HERE.parent.parent)} ({len(records)} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
