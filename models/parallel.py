"""Classification in worker processes, as redaction/parallel.py does
detection: each worker loads the default classifier once (one thread) and
takes chunks of a batch, which it reads in batches of its own. bfloat16
sums depend a little on the batch (models/evaluate.py: a probability moves
by up to about 0.015), so the decisions are those of one process except
where a probability lies that close to its threshold; a confidence can
differ in its last digits. Texts travel to the workers through pipes and are never
written anywhere."""
from __future__ import annotations

from pathlib import Path

from redaction.parallel import ChunkPool

_classifier = None  # the worker's own classifier


def _start_worker(model_dir: Path, ngrams_dir: Path) -> None:
    global _classifier
    import torch

    torch.set_num_threads(1)  # one process per core: threads would only contend
    from .classifier import RequestClassifier

    _classifier = RequestClassifier.load(model_dir, ngrams_dir, workers=1)


def _predict(texts: list[str]):
    return _classifier.predict(texts)


class ClassifierPool(ChunkPool):
    def __init__(self, model_dir: Path, ngrams_dir: Path, workers: int) -> None:
        super().__init__(workers, _start_worker, (model_dir, ngrams_dir), _predict)

    def predict(self, texts: list[str]) -> list:
        return self.map_chunks(texts)
