"""The labelled corpus (data/corpus/requests.jsonl, generated from phrase
banks, and data/corpus/free/, messages written whole, for training only),
the probe set (data/probe/, written apart from both, for evaluation only)
and the sample inbox, masked as the pipeline masks them: the classifier
only ever reads masked text, in training as in production."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT / "data" / "corpus" / "requests.jsonl"
FREE = REPO_ROOT / "data" / "corpus" / "free"
PROBE = REPO_ROOT / "data" / "probe"
SAMPLES = REPO_ROOT / "data" / "samples"


def message_text(subject: str | None, body: str) -> str:
    """What the classifier reads: the masked subject and body."""
    return f"{subject or ''}\n\n{body}"


@dataclass
class Labelled:
    text: str            # masked
    privacy: list[str]
    category: str | None
    language: str
    split: str
    hard_negative: bool = False


def corpus_records(path: Path = CORPUS) -> list[dict]:
    """The corpus as written (unmasked): one dict per message."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def written_records(folder: Path, split: str, batch: int | None = None) -> list[dict]:
    """Messages written whole, JSON-lines files named by language ('de.jsonl',
    a later batch 'de_2.jsonl'; data/corpus/free/, data/probe/; format in
    data/probe/README.md), all given `split`; only batch `batch` if given."""
    paths = [p for p in sorted(folder.glob("*.jsonl")) if batch is None or batch_of(p) == batch]
    return [{**r, "split": split} for path in paths for r in corpus_records(path)]


def batches(folder: Path = PROBE) -> list[int]:
    """The batches a folder of written messages holds (data/probe/: [1, 2])."""
    return sorted({batch_of(p) for p in folder.glob("*.jsonl")})


def batch_of(path: Path) -> int:
    """Which batch a file of written messages holds: 'de.jsonl' 1, 'de_3.jsonl' 3."""
    _, _, number = path.stem.partition("_")
    return int(number) if number else 1


def load_corpus(redactor, path: Path = CORPUS, free: Path | None = FREE) -> list[Labelled]:
    """The generated corpus, and the messages written whole for training
    (split 'train'; pass free=None to leave them out)."""
    records = corpus_records(path) + (written_records(free, "train") if free else [])
    return _masked(redactor, records)


def load_probe(redactor, folder: Path = PROBE, batch: int | None = None) -> list[Labelled]:
    """The probe set (one batch of it if given): messages written apart from
    the corpus, never trained on."""
    return _masked(redactor, written_records(folder, "probe", batch))


def _masked(redactor, records: list[dict]) -> list[Labelled]:
    masked = redactor.redact_groups([[r["subject"], r["text"]] for r in records])
    return [Labelled(message_text(subject.text, body.text), r["privacy"], r["category"], r["language"], r["split"],
                     r.get("hard_negative", False))
            for r, ((subject, body), _) in zip(records, masked)]


def sample_messages(root: Path = SAMPLES) -> list:
    """The sample inbox's messages (InboxItems, unmasked), read as the flow reads them."""
    from triage.intake import InboxItem, list_inbox, read_inbox_file

    return [i for p in list_inbox(root / "inbox") for i in read_inbox_file(p, root / "inbox")
            if isinstance(i, InboxItem) and i.kind == "message"]


def load_samples(redactor, root: Path = SAMPLES) -> list[Labelled]:
    """The sample inbox's messages, read and masked exactly as the flow does."""
    from triage.masking import mask_items

    labels = {}
    for line in (root / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["kind"] == "message":
            labels[r["id"]] = r
    out = []
    for m in mask_items(redactor, sample_messages(root)):
        label = labels[m.item.external_id]
        out.append(Labelled(message_text(m.subject.text, m.body.text), label["privacy"], label["category"],
                            label["language"], "samples", label.get("hard_negative", False)))
    return out
