"""`privacy-triage`: the command line over the same functions the flow uses.

    privacy-triage run [INBOX_DIR] [--db out/triage.duckdb] [--out out/] [--config FILE]
    privacy-triage draft list [--db PATH]
    privacy-triage draft open DRAFT_ID --by USER [--db PATH]
    privacy-triage redact FILE
    privacy-triage eval redaction --set samples|benchmark [--limit N] [--misses N] [--false-alarms N]
    privacy-triage eval classifier [--set test|samples|probe|probeN|all] [--models DIR]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INBOX = REPO_ROOT / "data" / "samples" / "inbox"


def _run(args) -> int:
    import os

    # Prefect's own server and logs stay quiet and local.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    from flows.triage import triage_inbox
    from triage.report import summary_markdown

    inbox = Path(args.inbox_dir)
    if not inbox.is_dir():
        print(f"error: inbox folder not found: {inbox}", file=sys.stderr)
        return 2
    config_path = str(Path(args.config).resolve()) if args.config else None
    problem = _check_config(config_path, args.providers)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    summary = triage_inbox(str(inbox), str(args.db), str(args.out), batch_size=args.batch_size,
                           providers_path=args.providers, config_path=config_path)
    print(summary_markdown(summary))
    print(f"Report: {Path(args.out) / 'report.html'}   Store: {args.db}")
    return 0


def _check_config(config_path: str | None, providers_path: str | None) -> str | None:
    """A configuration that cannot be used stops the run before it starts."""
    from triage.config import ConfigError, TriageConfig
    from triage.processors import declared_processors
    from triage.routing import load_providers

    try:
        config = TriageConfig.load(config_path, providers_path)
        declared_processors(config, load_providers(config.providers_file))
    except ConfigError as exc:
        return str(exc)
    except (OSError, ValueError, KeyError) as exc:
        return f"providers file unusable ({type(exc).__name__}: {exc})"
    return None


def _draft_list(args) -> int:
    from triage.drafts import list_drafts

    for draft_id, kind, subject_id, drafter, created in list_drafts(args.db):
        print(f"{draft_id}  {kind:<15} {subject_id:<18} {created:%Y-%m-%d %H:%M}  {drafter}")
    return 0


def _draft_open(args) -> int:
    from triage.drafts import DraftNotFound, open_draft

    try:
        print(open_draft(args.db, args.draft_id, args.by))
    except (DraftNotFound, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _redact(args) -> int:
    from triage.intake import Rejected, read_inbox_file
    from triage.masking import mask_items
    from triage.pipeline import get_redactor

    path = Path(args.file)
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return 2
    entries = list(read_inbox_file(path.resolve(), path.resolve().parent))
    items = [e for e in entries if not isinstance(e, Rejected)]
    for e in entries:
        if isinstance(e, Rejected):
            print(f"error: {e.source}: {e.reason}", file=sys.stderr)
    for m in mask_items(get_redactor(), items):
        if m.item.kind == "message":
            print(f"From: {m.sender_name.text} <{m.sender_email.text}>\nSubject: {m.subject.text}\n")
        print(m.body.text)
        for att in m.attachments:
            print(f"\n--- attachment {att.filename.text} ---")
            print(att.text.text if att.text else f"(not readable: {att.error})")
    return 0 if items else 1


def _eval(args) -> int:
    from triage.pipeline import get_redactor
    from triage.redaction_eval import eval_benchmark, eval_samples, format_report

    redactor = get_redactor()
    try:
        result = eval_benchmark(redactor, args.limit) if args.set == "benchmark" else eval_samples(redactor)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_report(result, misses=args.misses, false_alarms=args.false_alarms))
    return 0


def _eval_classifier(args) -> int:
    import time

    from models.corpus import batches, load_corpus, load_probe, load_samples
    from models.evaluate import Outcome, keyword_rule, report
    from triage.pipeline import get_classifier, get_redactor

    if args.set.startswith("probe") and args.set != "probe" and int(args.set[5:]) not in batches():
        print(f"privacy-triage: no probe batch {args.set[5:]} in data/probe/ (batches: {batches()})", file=sys.stderr)
        return 2
    if args.models is not None:  # a model trained elsewhere (models.train --out), scored without replacing the committed one
        from models import RequestClassifier

        try:
            default = RequestClassifier.load_from(args.models)
        except FileNotFoundError as exc:
            print(f"privacy-triage: {exc}", file=sys.stderr)
            return 2
    else:
        default = get_classifier()
    redactor = get_redactor()
    default.warm_up()  # its worker processes start outside the timed reading
    classifiers = [(f"{default.name} (pipeline default: cue rules beside the trained MiniLM and n-gram models)", default),
                   ("trained model alone", default.model), ("cue rules alone (rules-v1)", default.rules)]
    sets = []
    if args.set in ("test", "all"):
        # The written messages are training only: masking them here would be wasted work.
        held_out = [i for i in load_corpus(redactor, free=None) if i.split == "test"]
        sets.append(("the corpus's held-out test split", held_out))
    if args.set in ("samples", "all"):
        sets.append(("the sample inbox", load_samples(redactor)))
    if args.set == "probe":
        sets.append(("the probe set (data/probe/, written apart from the corpus)", load_probe(redactor)))
    for batch in batches():  # a later batch is written after the ones before have judged choices
        if args.set in (f"probe{batch}", "all"):
            sets.append((f"the probe set's batch {batch} (data/probe/, written apart from the corpus)",
                         load_probe(redactor, batch=batch)))
    for name, items in sets:
        for label, classifier in classifiers:
            started = time.perf_counter()
            predictions = classifier.predict([i.text for i in items])
            seconds = time.perf_counter() - started
            outcomes = [Outcome(p.privacy, p.category, p.needs_review) for p in predictions]
            print(report(f"{name}, {label}", items, outcomes, [keyword_rule(i.text) for i in items], seconds),
                  end="\n\n")
    return 0


def _classifier_set(name: str) -> str:
    """What `eval classifier --set` scores; checked here without loading the models (torch)."""
    import re

    if name in ("test", "samples", "probe", "all") or re.fullmatch(r"probe[1-9]\d*", name):
        return name
    raise argparse.ArgumentTypeError(f"{name!r}: one of test, samples, probe, probe1, probe2, ..., all")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="privacy-triage", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="triage an inbox folder: mask, classify, store, open cases, route, report")
    run.add_argument("inbox_dir", nargs="?", default=str(DEFAULT_INBOX), help="folder of .eml/.json/.jsonl/documents")
    run.add_argument("--db", default="out/triage.duckdb", help="DuckDB file (created if missing)")
    run.add_argument("--out", default="out", help="folder for report.html")
    run.add_argument("--batch-size", type=int, default=100, help="files per Prefect task")
    run.add_argument("--providers", default=None, help="providers JSON file (overrides the configuration's)")
    run.add_argument("--config", default=None,
                     help="configuration file (TOML, see config/triage.example.toml): AI endpoint, processors, "
                          "regions, providers file. Without one nothing is sent anywhere")
    run.set_defaults(func=_run)
    draft = sub.add_parser("draft", help="list drafts, or open one to send (re-identified, audited)")
    draft_sub = draft.add_subparsers(dest="draft_command", required=True)
    listing = draft_sub.add_parser("list", help="drafts in the store (ids and kinds, no text)")
    listing.add_argument("--db", default="out/triage.duckdb")
    listing.set_defaults(func=_draft_list)
    opening = draft_sub.add_parser("open", help="print a draft with its personal data put back, to send it")
    opening.add_argument("draft_id")
    opening.add_argument("--by", required=True, help="who opens it (written to the audit log)")
    opening.add_argument("--db", default="out/triage.duckdb")
    opening.set_defaults(func=_draft_open)
    redact = sub.add_parser("redact", help="print the masked text of one file (.eml, .json, .jsonl or a document)")
    redact.add_argument("file")
    redact.set_defaults(func=_redact)
    evaluate = sub.add_parser("eval", help="measure quality (see ../shared/docs/EVALUATION.md)")
    what = evaluate.add_subparsers(dest="what", required=True)
    red = what.add_parser("redaction", help="precision, recall, F2 and leak rate, per entity type, with misses")
    red.add_argument("--set", choices=["samples", "benchmark"], default="samples")
    red.add_argument("--limit", type=int, default=None, help="benchmark texts to use (default all)")
    red.add_argument("--misses", type=int, default=25, help="missed spans to list")
    red.add_argument("--false-alarms", type=int, default=0, help="predicted spans that are not personal data to list")
    red.set_defaults(func=_eval)
    clf = what.add_parser("classifier", help="request types, privacy vs ordinary, per language, routing, baseline")
    clf.add_argument("--set", type=_classifier_set, default="all", metavar="test|samples|probe|probeN|all",
                     help="probe: every batch of data/probe/ together; probeN: batch N alone; "
                          "all: test, samples and each probe batch")
    clf.add_argument("--models", type=Path, default=None, metavar="DIR",
                     help="score the models in DIR/request-minilm and DIR/request-ngrams "
                          "(default: the committed ones, models/artifacts/)")
    clf.set_defaults(func=_eval_classifier)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
