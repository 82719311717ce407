"""Detection in worker processes: each worker builds its own DetectionEngine
once and then takes chunks of a batch. Results are the same as in one
process; only the wall time changes. Texts travel to the workers through
pipes and are never written anywhere."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from .policy import Policy

_engine = None  # the worker's own engine


def _start_worker(policy: Policy) -> None:
    global _engine
    import torch

    torch.set_num_threads(1)  # one process per core: threads would only contend
    from .engine import DetectionEngine

    _engine = DetectionEngine(policy)


def _first_pass(texts):
    return _engine.first_pass(texts)


class ChunkPool:
    """Worker processes that each load their models once (`initializer`)
    and then apply `work` (a module-level function: it travels by name) to
    chunks of a batch; results come back in the batch's order."""

    def __init__(self, workers: int, initializer, initargs: tuple, work) -> None:
        # spawn, not fork: torch's and spaCy's thread pools are not fork-safe.
        self._executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=initializer, initargs=initargs)
        self.workers, self._work = workers, work

    def map_chunks(self, texts: list[str]) -> list:
        chunks = _chunks(texts, 4 * self.workers)
        return [result for chunk in self._executor.map(self._work, chunks) for result in chunk]

    def warm_up(self) -> None:
        """Start every worker now (each loads its models: seconds)."""
        list(self._executor.map(self._work, [["warm up"]] * self.workers))

    def peak_memory_mb(self) -> list[float]:
        """Each worker's peak resident memory (Linux /proc VmHWM), for benchmarks."""
        peaks = []
        for pid in list(self._executor._processes or {}):
            try:
                status = open(f"/proc/{pid}/status").read()
            except OSError:
                continue
            peaks += [int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")]
        return peaks

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class WorkerPool(ChunkPool):
    """Detection engines in worker processes (Redactor)."""

    def __init__(self, policy: Policy, workers: int) -> None:
        super().__init__(workers, _start_worker, (policy,), _first_pass)

    def first_pass(self, texts: list[str]) -> list:
        return self.map_chunks(texts)


def _chunks(texts: list[str], count: int) -> list[list[str]]:
    """Consecutive chunks of about equal length in characters (a long letter
    costs as much as dozens of one-liners); several per worker even out the
    load."""
    budget = max(1, sum(len(t) + 50 for t in texts) // count)
    chunks, current, size = [], [], 0
    for text in texts:
        current.append(text)
        size += len(text) + 50  # + a fixed cost per text
        if size >= budget:
            chunks.append(current)
            current, size = [], 0
    if current:
        chunks.append(current)
    return chunks
