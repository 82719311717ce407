"""Fine-tunes the request classifier on the masked corpus, then trains the
character n-gram model (models/ngrams.py) on the same split.

    python -m models.train                 (make train: both, about 35-40 minutes on 2 cores)
    python -m models.train --layers 4 --teacher models/artifacts/request-minilm [--from-teacher] \
        --out DIR/request-minilm --ngrams-out DIR/request-ngrams
                                           (a smaller network taught by the committed one, written
                                            beside it; tried 2026-11-29 for speed, not kept:
                                            models/HISTORY.md; score it with
                                            `privacy-triage eval classifier --models DIR`)
    python -m models.train --ngrams-only   (the n-gram model and its level: about a minute,
                                            most of it masking the corpus; MiniLM's
                                            thresholds are re-chosen, the same as before)

Seeded and repeatable on CPU. Thresholds are chosen on the validation split:
the type threshold that gives the best macro F1, and the confidence below
which a message goes to the privacy team's review queue instead of being
acted on automatically."""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import torch

from . import rules
from .corpus import Labelled, load_corpus
from .features import cue_features
from .network import (CATEGORY_CLASSES, PLACEHOLDER_READINGS, POOLINGS, WEIGHTS_FILE, Reading, RequestNetwork,
                      pool_chunks, save)
from .ngrams import DEFAULT_DIR as NGRAMS_DIR
from .ngrams import save_ngrams, train_ngrams

DEFAULT_DIR = Path(__file__).resolve().parent / "artifacts" / "request-minilm"
HARD_NEGATIVE_WEIGHT = 2.0
# What `make train` has MiniLM read (README, "Classification"): English glosses,
# each placeholder as one word ('<EMAIL_ADDRESS_1>' -> 'email'), 104 word
# pieces per pass, and a long text in up to 3 overlapping passes. One pass of
# a long text's first 78 and last 24 word pieces missed requests in its middle
# (after an ordinary task, before a quoted thread) and typed long letters
# worst: 0.38-0.45 of requests over 102 word pieces got a wrong set of types.
READING = Reading(gloss=True, placeholders="words", max_tokens=104, chunks=3)


def targets(items: list[Labelled]):
    types = torch.tensor([[float(t in i.privacy) for t in rules.PRIVACY_TYPES] for i in items])
    category = torch.tensor([CATEGORY_CLASSES.index(i.category or "none") for i in items])
    return types, category


def batch_tensors(ids: list[list[int]], features: list[list[float]]):
    width = max(len(x) for x in ids)
    input_ids = torch.zeros((len(ids), width), dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    for row, x in enumerate(ids):
        input_ids[row, :len(x)] = torch.tensor(x)
        mask[row, :len(x)] = 1
    return input_ids, mask, torch.tensor(features)


# How much of a target the teacher's probabilities make, where a smaller
# network learns from a trained one (`--teacher`): half, the rest the labels.
DISTIL_SHARE = 0.5


def teacher_targets(teacher_dir: Path, items: list[Labelled]) -> tuple[torch.Tensor, torch.Tensor]:
    """Per message, the type and category probabilities of a trained network
    (read as it reads, in float32): what a smaller network is taught beside
    the labels. They say how near a message is to each type a label says it
    is not ('tell me what you hold and then delete it' is close to access and
    deletion both), which one-hot labels cannot."""
    from transformers import AutoTokenizer

    from .evaluate import predict_probabilities
    from .network import base_model_path, load

    network, info = load(teacher_dir)
    tokenizer = AutoTokenizer.from_pretrained(base_model_path())
    probabilities = predict_probabilities(network, tokenizer, [i.text for i in items], Reading.of(info))
    return torch.tensor([p.types for p in probabilities]), torch.tensor([p.category for p in probabilities])


def start_from_teacher(network: RequestNetwork, teacher: Path, layers: int) -> None:
    """The encoder's weights from the teacher's first `layers` layers (fine-tuned
    for this task) instead of MiniLM's as published; the heads start afresh."""
    from .network import _FROZEN, load

    taught, _ = load(teacher)
    # the word embeddings are MiniLM's own in both (frozen in training, not saved)
    kept = {k: v for k, v in taught.state_dict().items()
            if k.startswith("encoder.") and not (".layer." in k and int(k.split(".layer.")[1].split(".")[0]) >= layers)}
    missing, unexpected = network.load_state_dict(kept, strict=False)
    if unexpected or any(k.startswith("encoder.") and k != _FROZEN for k in missing):
        raise ValueError(f"the teacher in {teacher} does not fit a {layers}-layer network: {missing} {unexpected}")


def train(items: list[Labelled], epochs: int = 6, batch_size: int = 16, seed: int = 13, layers: int = 6,
          pooling: str = "mean", reading: Reading = READING, teacher: Path | None = None,
          from_teacher: bool = False, log=print) -> tuple[RequestNetwork, dict]:
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    from .gloss import glossary_digest
    from .network import base_model_path

    torch.manual_seed(seed)
    rng = random.Random(seed)
    tokenizer = AutoTokenizer.from_pretrained(base_model_path())
    if from_teacher and teacher is None:
        raise ValueError("from_teacher needs a teacher: the trained model whose first layers to start from")
    network = RequestNetwork(layers=layers, pooling=pooling)
    if from_teacher:
        start_from_teacher(network, teacher, layers)
    network.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    ids = reading.ids(tokenizer, [i.text for i in items])
    features = [cue_features(i.text) for i in items]
    labels, category = targets(items)
    types, category_target = labels, category  # class numbers; with a teacher, probabilities
    if teacher is not None:
        taught_types, taught_categories = teacher_targets(teacher, items)
        types = (1 - DISTIL_SHARE) * labels + DISTIL_SHARE * taught_types
        category_labels = torch.nn.functional.one_hot(category, len(CATEGORY_CLASSES)).float()
        category_target = (1 - DISTIL_SHARE) * category_labels + DISTIL_SHARE * taught_categories
    heads = network.head_parameters()
    encoder = [p for p in network.encoder.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW([{"params": encoder, "lr": 1e-4}, {"params": heads, "lr": 3e-3}], weight_decay=0.01)
    steps = epochs * ((len(items) + batch_size - 1) // batch_size)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.06 * steps), steps)
    # Each type is in about one message in eight: without weighting its
    # positives, 'never' is the cheapest answer (measured: recall 0.18). The
    # full ratio (about 8) made the model sure of a request on any privacy
    # word ('can't access my account'); its square root keeps most of the recall.
    positives = labels.sum(0).clamp(min=1)
    bce = torch.nn.BCEWithLogitsLoss(pos_weight=((len(items) - positives) / positives).sqrt(), reduction="none")
    # Ordinary messages that use privacy words count twice: they are what a
    # false alarm is made of.
    row_weight = torch.tensor([HARD_NEGATIVE_WEIGHT if i.hard_negative else 1.0 for i in items])
    ce = torch.nn.CrossEntropyLoss()
    network.train()
    started, step = time.perf_counter(), 0
    for _ in range(epochs):
        order = sorted(range(len(items)), key=lambda i: (sum(map(len, ids[i])) // 16, rng.random()))
        batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
        rng.shuffle(batches)
        for batch in batches:
            # Every pass of every text in the batch at once; then one text's logits from its passes.
            passes = [(ids_, features[i]) for i in batch for ids_ in ids[i]]
            input_ids, mask, feats = batch_tensors([x for x, _ in passes], [f for _, f in passes])
            pass_types, pass_categories = network(input_ids, mask, feats)
            owner, type_logits, category_logits = 0, [], []
            for i in batch:
                pooled = pool_chunks(pass_types[owner:owner + len(ids[i])], pass_categories[owner:owner + len(ids[i])])
                type_logits.append(pooled[0]); category_logits.append(pooled[1]); owner += len(ids[i])
            type_logits, category_logits = torch.stack(type_logits), torch.stack(category_logits)
            type_loss = (bce(type_logits, types[batch]).mean(1) * row_weight[batch]).sum() / row_weight[batch].sum()
            loss = type_loss + ce(category_logits, category_target[batch])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            if step % 25 == 0 or step == steps:
                log(f"step {step}/{steps} loss {loss.item():.4f} {time.perf_counter() - started:.0f}s")
    network.eval()
    return network, {"layers": layers, "pooling": pooling, **reading.as_info(),
                     "glossary_sha256": glossary_digest() if reading.gloss else None, "epochs": epochs, "batch_size": batch_size, "seed": seed,
                     "examples": len(items), "train_seconds": round(time.perf_counter() - started, 1),
                     "torch_threads": torch.get_num_threads(),
                     **({"teacher": _describe(teacher), "distil_share": DISTIL_SHARE, "from_teacher": from_teacher}
                        if teacher is not None else {})}


def _describe(model_dir: Path) -> dict:
    """Which trained model taught this one: its layers, seed and weights' digest."""
    import hashlib

    info = json.loads((model_dir / "model.json").read_text())
    digest = hashlib.sha256((model_dir / WEIGHTS_FILE).read_bytes()).hexdigest()
    return {"layers": info.get("layers"), "seed": info.get("seed"), "weights_sha256": digest}


# The lowest type threshold validation may choose. Positives weigh about
# 2.7 times in training, so the model's 0.5 already says yes at true odds of
# about 1:2.7. The validation split is made by the generator that made the
# training split, and easy (4 of its 283 ordinary messages score over 0.04):
# on a borderline request or two it chose 0.2 for deletion and opt_out, and
# 0.25-0.3 for three more types. On the probe batches written after the
# eleventh model (5 and 6: 112 ordinary messages, 168 requests) those
# thresholds raised 8 false alarms, the floor 4, finding the same requests;
# on the test split 1 of 342 instead of 4, missing 2 more of 373 requests
# (README, "Classification").
TYPE_THRESHOLD_FLOOR = 0.5


def choose_thresholds(probabilities, items: list[Labelled]) -> dict:
    """On the validation split: for each request type the threshold with the
    best F1 of that type (raised to TYPE_THRESHOLD_FLOOR where under it),
    then the lowest review confidence at which the messages kept (not sent
    to review) are right at least 97% of the time, abstaining on at most 15%
    of messages."""
    from .evaluate import exact_match, type_scores

    grid = [round(0.2 + 0.05 * k, 2) for k in range(16)]  # 0.2 .. 0.95
    gold = [i.privacy for i in items]
    type_threshold = {}
    for t in rules.PRIVACY_TYPES:
        best = max(grid, key=lambda x: (type_scores([p.privacy({**{u: 2.0 for u in rules.PRIVACY_TYPES}, t: x})
                                                     for p in probabilities], gold)[2][t], x))
        type_threshold[t] = max(best, TYPE_THRESHOLD_FLOOR)
    review_below = 0.0
    for candidate in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        kept = [(p, i) for p, i in zip(probabilities, items) if p.confidence(type_threshold) >= candidate]
        if 1 - len(kept) / len(items) > 0.15:
            break
        review_below = candidate
        if kept and exact_match([p for p, _ in kept], [i for _, i in kept], type_threshold) >= 0.97:
            break
    return {"type_threshold": type_threshold, "review_below": review_below}


# The default classifier's levels (classifier.join_types) are chosen together
# on the validation split: of the combinations whose false alarms stay within
# a ceiling of ordinary messages, the one that finds the most requests (then
# the best type macro F1, then the fewest false alarms). The ceiling is issue
# 4's target, 1%, where some combination still finds the target's share of
# requests (0.95) within it; else 3%, the ceiling before 2026-11-28 (evening),
# which no model before reached both targets under: 6% until 2026-11-27 let the
# 6-layer model raise about twice as many on the realistic sample inbox as on the
# corpus; 4% until 2026-11-28 chose 10 validation false alarms of 283 where 3%
# chose 6 for 0.5 points of recall. The model that reads long texts in chunks
# meets the 1% with 0.985 of the validation requests; at 3% it let the n-gram
# path in for 2 more of 405 requests at 5 more false alarms.
FALSE_ALARM_TARGET, RECALL_TARGET = 0.01, 0.95
FALSE_ALARM_CEILING = 0.03
MODEL_ALONE_LEVELS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99)  # 0: each type's own threshold
RULES_FLOOR_LEVELS = (0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.01)             # 1.01: the rules never count
NGRAMS_ALONE_LEVELS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)  # 1.01: the n-gram path off


def choose_levels(probabilities, threshold_for, cued: list[list[str]], ngram_types: list[list[float]],
                  items: list[Labelled]) -> dict:
    """{model_alone, rules_floor, ngrams_alone} for the default classifier
    (see above); where no combination keeps false alarms within the ceiling,
    the one with the fewest."""
    from .classifier import join_types
    from .evaluate import type_scores

    gold = [i.privacy for i in items]
    ordinary = sum(1 for i in items if not i.privacy)
    requests = len(items) - ordinary
    scored = []
    for model_alone in MODEL_ALONE_LEVELS:
        for rules_floor in RULES_FLOOR_LEVELS:
            for ngrams_alone in NGRAMS_ALONE_LEVELS:
                predicted = [join_types(p.types, threshold_for, model_alone, c, rules_floor, q, ngrams_alone)[0]
                             for p, c, q in zip(probabilities, cued, ngram_types)]
                alarms = sum(1 for p, g in zip(predicted, gold) if p and not g)
                found = sum(1 for p, g in zip(predicted, gold) if p and g) / requests
                scored.append((alarms, found, type_scores(predicted, gold)[1],
                               {"model_alone": model_alone, "rules_floor": rules_floor, "ngrams_alone": ngrams_alone}))

    def best(ceiling: float):
        def key(row):
            alarms, found, macro, levels = row
            within = alarms <= ceiling * ordinary
            # ties: fewer alarms, then the stricter levels
            return (within, found if within else -alarms, macro, -alarms, *levels.values())
        return max(scored, key=key)

    at_target = best(FALSE_ALARM_TARGET)
    if at_target[0] <= FALSE_ALARM_TARGET * ordinary and at_target[1] >= RECALL_TARGET:
        return at_target[3]
    return best(FALSE_ALARM_CEILING)[3]


def _update_json(path: Path, values: dict) -> dict:
    info = {**json.loads(path.read_text()), **values}
    path.write_text(json.dumps(info, indent=2) + "\n")
    return info


def refit_thresholds(model_dir: Path, validation: list[Labelled], ngrams_dir: Path | None = None) -> dict:
    """Choose the thresholds with the models as they run in production (MiniLM
    in bfloat16 where the CPU computes in it) and store them beside their weights."""
    from .ngrams import NgramModel
    from .rules_classifier import RulesClassifier
    from .trained import TrainedRequestClassifier

    deployed = TrainedRequestClassifier.load(model_dir)
    texts = [i.text for i in validation]
    probabilities = deployed.probabilities(texts)
    thresholds = choose_thresholds(probabilities, validation)
    deployed.type_threshold = thresholds["type_threshold"]
    cued = [p.privacy for p in RulesClassifier.load().predict(texts)]
    ngrams = NgramModel.load(ngrams_dir) if ngrams_dir is not None and NgramModel.is_built(ngrams_dir) else None
    ngram_types = ngrams.type_probabilities(texts) if ngrams else [[0.0] * len(rules.PRIVACY_TYPES) for _ in texts]
    levels = choose_levels(probabilities, deployed.threshold_for, cued, ngram_types, validation)
    info = _update_json(model_dir / "model.json", {**thresholds, "model_alone": levels["model_alone"],
                                                   "rules_floor": levels["rules_floor"]})
    if ngrams is not None:
        info["ngrams"] = _update_json(ngrams_dir / "model.json", {"ngrams_alone": levels["ngrams_alone"]})
    return info


def main() -> None:
    from redaction import Redactor
    from redaction.policy import Policy

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--layers", type=int, default=6, help="MiniLM layers kept (of 6)")
    parser.add_argument("--pooling", choices=POOLINGS, default="mean", help="how the type head pools the tokens")
    parser.add_argument("--no-gloss", dest="gloss", action="store_false",
                        help="MiniLM reads the text as written, not its English glosses (models/gloss.py)")
    parser.add_argument("--placeholders", choices=PLACEHOLDER_READINGS, default=READING.placeholders,
                        help="how MiniLM reads a placeholder: as written, as one word ('person'), as [MASK]")
    parser.add_argument("--max-tokens", type=int, default=READING.max_tokens, help="word pieces one pass reads")
    parser.add_argument("--chunks", type=int, default=READING.chunks, help="passes a long text gets (its start and end past them)")
    parser.add_argument("--teacher", type=Path, default=None,
                        help="a trained model's folder: the network also learns its probabilities (distillation)")
    parser.add_argument("--from-teacher", action="store_true",
                        help="start from the teacher's first layers, not MiniLM's as published")
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--ngrams-out", type=Path, default=NGRAMS_DIR)
    parser.add_argument("--thresholds-only", action="store_true", help="re-choose thresholds of the saved models")
    parser.add_argument("--ngrams-only", action="store_true", help="retrain only the n-gram model (about 10 s of training)")
    args = parser.parse_args()
    if args.from_teacher and args.teacher is None:
        parser.error("--from-teacher needs --teacher")
    if args.teacher is not None and args.teacher.resolve() == args.out.resolve():
        parser.error("--out is the teacher's folder: the student would overwrite it (give --out and --ngrams-out)")
    policy = Policy.load()
    redactor = Redactor(policy, workers=policy.worker_count())
    started = time.perf_counter()
    corpus = load_corpus(redactor)
    redactor.close()
    masked_seconds = time.perf_counter() - started
    validation = [i for i in corpus if i.split == "validation"]
    training = [i for i in corpus if i.split == "train"]
    if not args.thresholds_only and not args.ngrams_only:
        network, info = train(training, epochs=args.epochs, seed=args.seed, layers=args.layers,
                              pooling=args.pooling, teacher=args.teacher, from_teacher=args.from_teacher,
                              reading=Reading(args.gloss, args.placeholders, args.max_tokens, args.chunks))
        save(network, args.out, {**info, "masking_seconds": round(masked_seconds, 1)})
    if not args.thresholds_only:
        ngrams, info = train_ngrams(training, seed=args.seed)
        save_ngrams(ngrams, args.ngrams_out, info)
    print(json.dumps(refit_thresholds(args.out, validation, args.ngrams_out)))


if __name__ == "__main__":
    main()
