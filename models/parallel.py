"""Classification in worker processes, as redaction/parallel.py does
detection: each worker loads the default classifier once (one thread) and
takes chunks of a batch. Every text is still read alone (int8 MiniLM, one
text at a time), so the results are the same as in one process; only the
wall time changes. Texts travel to the workers through pipes and are never
written anywhere."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from redaction.parallel import _chunks

_classifier = None  # the worker's own classifier


def _start_worker(model_dir: Path, ngrams_dir: Path) -> None:
    global _classifier
    import torch

    torch.set_num_threads(1)  # one process per core: threads would only contend
    from .classifier import RequestClassifier

    _classifier = RequestClassifier.load(model_dir, ngrams_dir, workers=1)


def _predict(texts: list[str]):
    return _classifier.predict(texts)


class ClassifierPool:
    def __init__(self, model_dir: Path, ngrams_dir: Path, workers: int) -> None:
        # spawn, not fork: torch's thread pools are not fork-safe.
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker, initargs=(model_dir, ngrams_dir))
        self.workers = workers

    def predict(self, texts: list[str]) -> list:
        chunks = _chunks(texts, 4 * self.workers)
        return [p for chunk in self._executor.map(_predict, chunks) for p in chunk]

    def warm_up(self) -> None:
        """Start every worker now (each loads the models: seconds)."""
        list(self._executor.map(_predict, [["warm up"]] * self.workers))

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
