"""The request-classifier training corpus (data/corpus): reproducible, well-formed, big enough."""
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "data" / "corpus"
CORPUS = CORPUS_DIR / "requests.jsonl"

TYPES = ["access", "deletion", "correction", "portability", "restriction", "objection",
         "opt_out", "other_privacy"]
CATEGORIES = ["writing", "translation", "design", "software", "bookkeeping", "marketing",
              "data_analysis", "platform_support"]
STYLES = ["casual", "formal_letter", "agent", "thread", "form", "chat"]
SPLITS = ["train", "validation", "test"]
MAIN_LANGS = ["de", "fr", "es", "it", "nl", "pt"]
SMALL_LANGS = ["pl", "sv", "da"]
KEYS = ["id", "language", "subject", "text", "privacy", "category", "hard_negative", "mixed",
        "style", "split"]


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_corpus", CORPUS_DIR / "build_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_corpus", mod)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def builder():
    return _load_builder()


@pytest.fixture(scope="module")
def fresh(builder):
    """One fresh build per test module: (records, core templates used by each record)."""
    return builder.build(with_meta=True)


@pytest.fixture(scope="module")
def records():
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_file_equals_fresh_rebuild(builder, fresh):
    recs, _ = fresh
    assert CORPUS.read_text(encoding="utf-8") == builder.dumps(recs), (
        "data/corpus/requests.jsonl is stale: run .venv/bin/python data/corpus/build_corpus.py")


def test_dates_of_birth_do_not_depend_on_the_day_the_corpus_is_built(builder, monkeypatch):
    """Faker counts dates of birth back from today: the committed file went
    stale at midnight. The builder counts back from a fixed day."""
    import datetime as real

    from faker import Faker
    import faker.providers.date_time as faker_dates

    def born(seed):
        fk = Faker("de_DE")
        fk.seed_instance(seed)
        return [builder.date_of_birth(fk, 18, 80) for _ in range(20)]

    today = born(7)

    class FiveYearsLater(real.datetime):
        @classmethod
        def now(cls, tz=None):
            return real.datetime(2031, 11, 27, 12, 0, tzinfo=tz)

    monkeypatch.setattr(faker_dates, "datetime", FiveYearsLater)
    assert born(7) == today


def test_build_is_deterministic(builder, fresh):
    again = builder.build()
    assert builder.dumps(again) == builder.dumps(fresh[0])


def test_lines_are_plain_utf8_json(records):
    raw = CORPUS.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    assert lines[-1] == "" and all(lines[:-1])
    assert len(lines) - 1 == len(records)
    assert "\\u00" not in raw, "written with ensure_ascii=False"


def test_schema(records):
    for i, r in enumerate(records, 1):
        assert list(r) == KEYS, r["id"]
        assert r["id"] == f"c{i:05d}"
        assert isinstance(r["language"], str) and r["language"] in MAIN_LANGS + SMALL_LANGS + ["en"]
        assert isinstance(r["subject"], str) and r["subject"].strip() == r["subject"] and r["subject"]
        assert isinstance(r["text"], str) and r["text"].strip() == r["text"] and r["text"]
        assert isinstance(r["privacy"], list)
        assert all(t in TYPES for t in r["privacy"])
        assert r["privacy"] == sorted(set(r["privacy"]), key=TYPES.index), "unique, canonical order"
        assert r["category"] is None or r["category"] in CATEGORIES
        assert type(r["hard_negative"]) is bool and type(r["mixed"]) is bool
        assert r["style"] in STYLES
        assert r["split"] in SPLITS


def test_label_rules(records):
    for r in records:
        is_privacy = bool(r["privacy"])
        if r["mixed"]:
            assert is_privacy and r["category"] is not None, r["id"]
        elif is_privacy:
            assert r["category"] is None, f"{r['id']}: pure privacy requests have no category"
        else:
            assert r["category"] is not None, f"{r['id']}: ordinary messages have a category"
        if r["hard_negative"]:
            assert not is_privacy and r["category"] is not None, r["id"]


def test_no_leftover_template_markup(records):
    for r in records:
        both = r["subject"] + "\n" + r["text"]
        assert not re.search(r"[{}]|\[\[|<<|\|\|", both), r["id"]
        assert "\\n" not in both, r["id"]


def test_no_duplicate_texts(records):
    texts = Counter(r["text"] for r in records)
    assert [t[:80] for t, n in texts.items() if n > 1] == []
    normalised = Counter(re.sub(r"\s+", " ", r["text"]).strip().lower() for r in records)
    assert max(normalised.values()) == 1


def test_only_fake_contact_data(records):
    """Every e-mail address is on a reserved .example domain."""
    email = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    for r in records:
        for dom in email.findall(r["text"]):
            assert dom.endswith(".example"), (r["id"], dom)


def test_counts_meet_minimums(records):
    n = len(records)
    assert n >= 2400
    lang = Counter(r["language"] for r in records)
    for code in MAIN_LANGS:
        assert lang[code] >= 200, code
    for code in SMALL_LANGS:
        assert lang[code] >= 24, code
    assert 0.25 <= lang["en"] / n <= 0.40  # the largest language, not the most of it: the others need the data more

    privacy = [r for r in records if r["privacy"]]
    ordinary = [r for r in records if not r["privacy"]]
    types = Counter(t for r in records for t in r["privacy"])
    for t in TYPES:
        assert types[t] >= 150, t
    assert sum(len(r["privacy"]) >= 2 for r in privacy) >= 0.20 * len(privacy)

    cats = Counter(r["category"] for r in records if r["category"])
    ordinary_cats = Counter(r["category"] for r in ordinary)
    for c in CATEGORIES:
        assert cats[c] >= 120, c
        assert ordinary_cats[c] >= 120, c
    assert 0.40 <= len(ordinary) / n <= 0.50
    assert sum(r["hard_negative"] for r in records) >= 0.25 * len(ordinary)
    assert sum(r["mixed"] for r in records) >= 120


def test_every_language_has_the_full_mix(records):
    by_lang = defaultdict(list)
    for r in records:
        by_lang[r["language"]].append(r)
    for code, recs in by_lang.items():
        assert any(r["privacy"] and not r["mixed"] for r in recs), code
        assert any(r["mixed"] for r in recs), code
        assert any(r["hard_negative"] for r in recs), code
        assert any(not r["privacy"] and not r["hard_negative"] for r in recs), code
        assert {r["split"] for r in recs} == set(SPLITS), code
        assert {"casual", "formal_letter", "form", "chat"} <= {r["style"] for r in recs}, code
        if code not in SMALL_LANGS:
            assert set(STYLES) == {r["style"] for r in recs}, code
            assert set(TYPES) == {t for r in recs for t in r["privacy"]}, code
            assert set(CATEGORIES) == {r["category"] for r in recs if r["category"]}, code


def test_styles_and_splits(records):
    styles = Counter(r["style"] for r in records)
    for s in STYLES:
        assert styles[s] >= 100, s
    split = Counter(r["split"] for r in records)
    n = len(records)
    assert abs(split["train"] / n - 0.70) < 0.04
    assert abs(split["validation"] / n - 0.15) < 0.03
    assert abs(split["test"] / n - 0.15) < 0.03


def test_template_families_stay_in_one_split(fresh):
    """A label-bearing template (and every variant made from it) never straddles splits."""
    recs, metas = fresh
    seen = defaultdict(set)
    for r, used in zip(recs, metas):
        assert used, r["id"]
        for key in used:
            seen[key].add(r["split"])
    straddling = {k: v for k, v in seen.items() if len(v) > 1}
    assert straddling == {}


def test_check_mode_in_a_fresh_process_with_another_hash_seed():
    """--check rebuilds in a new interpreter (other PYTHONHASHSEED) and compares bytes."""
    import os
    import subprocess

    env = dict(os.environ, PYTHONHASHSEED="12345")
    res = subprocess.run([sys.executable, str(CORPUS_DIR / "build_corpus.py"), "--check"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def test_lines_added_for_training_stay_out_of_the_held_out_splits(builder, fresh):
    """`P_TRAIN` lines (written after the held-out wordings were fixed) are
    used by training messages only, and leave the validation and test
    partitions exactly as the bank's own lines make them."""
    recs, metas = fresh
    train_only = set()
    for lang in builder.LANG_PLAN:
        bank, mod = builder.load_bank(lang)
        for key, items in builder.load_train_only(lang, mod, bank).items():
            train_only |= {f"{lang}:{key}:{builder._h(t)[:12]}" for t in items}
        parts = builder.LangGen(lang).parts
        for key, items in bank.items():
            if key.startswith(builder.CORE_PREFIXES):
                held_out = builder.partition(f"{lang}:{key}", items)
                assert parts[key]["test"] == held_out["test"] and parts[key]["validation"] == held_out["validation"]
    splits = {r["split"] for r, used in zip(recs, metas) for key in used if key in train_only}
    assert splits == {"train"}
