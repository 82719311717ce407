"""Messages written whole (data/corpus/free/, training only) and the probe
set (data/probe/, evaluation only): well-formed, labelled by the corpus's
rules, fake contact data, and kept apart from each other and from the
generated corpus's held-out splits."""
import json
import re
from pathlib import Path

import pytest

from models.corpus import CORPUS, FREE, PROBE, corpus_records, written_records

TYPES = ["access", "deletion", "correction", "portability", "restriction", "objection", "opt_out", "other_privacy"]
CATEGORIES = ["writing", "translation", "design", "software", "bookkeeping", "marketing", "data_analysis",
              "platform_support"]
STYLES = ["casual", "formal_letter", "agent", "thread", "form", "chat"]
KEYS = ["language", "subject", "text", "privacy", "category", "hard_negative", "mixed", "style"]
LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt"]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.mark.parametrize("path", _files(FREE) + _files(PROBE), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_schema_and_label_rules(path):
    raw = path.read_text(encoding="utf-8")
    assert "\\u00" not in raw, "written with real characters"
    for n, r in enumerate(corpus_records(path), 1):
        where = f"{path.name}:{n}"
        assert list(r) == KEYS, where
        assert r["language"] == path.stem.split("_")[0], where  # de.jsonl, de_2.jsonl: a second batch
        assert isinstance(r["subject"], str) and isinstance(r["text"], str) and r["text"].strip(), where
        assert r["privacy"] == sorted(set(r["privacy"]), key=TYPES.index) and set(r["privacy"]) <= set(TYPES), where
        assert r["category"] is None or r["category"] in CATEGORIES, where
        assert r["style"] in STYLES, where
        assert type(r["hard_negative"]) is bool and type(r["mixed"]) is bool, where
        if r["mixed"]:
            assert r["privacy"] and r["category"], where
        elif r["privacy"]:
            assert r["category"] is None, f"{where}: a pure request has no category"
        else:
            assert r["category"], f"{where}: ordinary work has a category"
        if r["hard_negative"]:
            assert not r["privacy"], where
        for domain in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["subject"] + "\n" + r["text"]):
            assert domain.endswith("example"), (where, domain)


def test_probe_covers_every_language_type_and_category():
    records = written_records(PROBE, "probe")
    assert sorted({r["language"] for r in records}) == sorted(LANGUAGES)
    for language in LANGUAGES:
        mine = [r for r in records if r["language"] == language]
        assert {t for r in mine for t in r["privacy"]} == set(TYPES), language
        assert sum(bool(r["privacy"]) for r in mine) >= 20 and sum(r["hard_negative"] for r in mine) >= 5, language
    assert {r["category"] for r in records if r["category"]} == set(CATEGORIES)


def test_no_text_is_shared_between_probe_training_and_held_out_corpus():
    """The probe set measures wordings no model trained on; messages written
    for training never stand in the corpus's validation or test splits."""
    probe = {_normalised(r["text"]) for r in written_records(PROBE, "probe")}
    free = {_normalised(r["text"]) for r in written_records(FREE, "train")}
    corpus = {_normalised(r["text"]) for r in corpus_records(CORPUS)}
    assert not probe & (free | corpus)
    assert not free & corpus
    assert len(probe) == len(written_records(PROBE, "probe")), "no duplicates within the probe set"


def test_written_messages_join_the_training_split_only():
    records = written_records(FREE, "train")
    assert records and {r["split"] for r in records} == {"train"}
    assert {r["split"] for r in written_records(PROBE, "probe")} == {"probe"}


def test_each_probe_batch_can_be_read_alone_and_together_they_are_the_probe_set():
    """`eval classifier --set probeN` scores one batch (each written after the
    ones before had judged choices): each covers every language on its own."""
    from models.corpus import batch_of, batches

    assert [batch_of(Path(n)) for n in ("de.jsonl", "de_2.jsonl", "pt_3.jsonl")] == [1, 2, 3]
    each = [written_records(PROBE, "probe", batch=b) for b in batches()]
    assert len(each) >= 3 and sum(map(len, each)) == len(written_records(PROBE, "probe"))
    for batch in each:
        assert sorted({r["language"] for r in batch}) == sorted(LANGUAGES)
        assert all(sum(bool(r["privacy"]) for r in batch if r["language"] == language) >= 10 for language in LANGUAGES)


def test_eval_classifier_names_the_probe_batches_there_are(capsys):
    """`--set probeN` for a batch data/probe/ lacks stops with a clear error
    before any model loads; a name that is no set is refused by the parser."""
    from models.corpus import batches
    from triage import cli

    assert batches() == [1, 2, 3, 4, 5, 6, 7, 8]
    assert cli.main(["eval", "classifier", "--set", "probe9"]) == 2
    assert "no probe batch 9 in data/probe/ (batches: [1, 2, 3, 4, 5, 6, 7, 8])" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["eval", "classifier", "--set", "probe2x"])
    assert "one of test, samples, probe, probe1, probe2, ..., all" in capsys.readouterr().err


def test_eval_classifier_scores_models_trained_elsewhere_and_says_when_there_are_none(capsys, tmp_path):
    """`--models DIR` scores what `models.train --out` wrote there; a folder
    without a trained model stops with an error naming the missing weights."""
    from triage import cli

    assert cli.main(["eval", "classifier", "--set", "probe1", "--models", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "not trained" in error and str(tmp_path / "request-") in error
    # MiniLM there without the n-gram model would score another pipeline than the default: refused too
    import shutil

    from models.trained import DEFAULT_DIR
    shutil.copytree(DEFAULT_DIR, tmp_path / "request-minilm")
    assert cli.main(["eval", "classifier", "--set", "probe1", "--models", str(tmp_path)]) == 2
    assert f"n-gram request model not trained: {tmp_path / 'request-ngrams'}" in capsys.readouterr().err
