"""RequestClassifier: the contract the pipeline relies on.

    clf = RequestClassifier.load()
    [p] = clf.predict(["Please delete my account <ACCOUNT_ID_1>."])
    p.privacy, p.category, p.confidence, p.needs_review

The default joins the trained model (trained.py), the character n-gram model
(ngrams.py) and the first version's cue rules (rules_classifier.py), because
the figures show each adds what the others miss (README, "Classification"):
MiniLM finds requests in wordings no rule knows; the rules are precise on the
phrasings they know; the n-gram model reads the stems of languages MiniLM's
English word pieces break up. A request type is reported when MiniLM gives it
its type's threshold and at least `model_alone`; the rules' types are added
where MiniLM gives some type at least `rules_floor` (a rule's cue on 'delete
the old logo' in a message MiniLM reads as ordinary work is dropped); where
neither reports a type, the types the n-gram model is at least `ngrams_alone`
sure of. All three levels are chosen together on the validation split
(models/train.py) and stored beside the weights (model.json); validation
may give the rules' own answer no part (rules_floor 1.01, as it did for one
model of 2026-11-28: it added false alarms, not requests), and the rules
always reach MiniLM as its cue features. The n-gram
model does not add types to a request the others found (it would cost the
types' precision). The routing category is MiniLM's (reading glosses, it
routes better than the rules: 0.905 against 0.841 of held-out ordinary
messages, 0.942 against 0.757 of requests). Confidence and review come from
MiniLM, except that a request only the n-gram model found always goes to
review."""
from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

from . import rules
from .prediction import Prediction
from .ngrams import DEFAULT_DIR as NGRAMS_DIR
from .ngrams import NgramModel
from .rules_classifier import RulesClassifier
from .trained import DEFAULT_DIR, TrainedRequestClassifier

__all__ = ["Prediction", "RequestClassifier"]


# Below this many texts, starting worker processes (each loads the models:
# seconds) costs more than it saves.
PARALLEL_FROM = 64


class RequestClassifier:
    name = "rules+minilm+ngrams-v1"

    def __init__(self, rules_classifier: RulesClassifier, model: TrainedRequestClassifier,
                 model_alone: float, ngrams: NgramModel | None = None, ngrams_alone: float = 1.01,
                 rules_floor: float = 0.0) -> None:
        self.rules, self.model, self.model_alone = rules_classifier, model, model_alone
        # Without an n-gram model (or above 1.0) that path reports nothing.
        self.ngrams, self.ngrams_alone = ngrams, ngrams_alone
        self.rules_floor = rules_floor  # 0: the rules' types always count
        self.workers, self._dirs, self._pool = 1, None, None

    @classmethod
    def load(cls, model_dir: Path = DEFAULT_DIR, ngrams_dir: Path = NGRAMS_DIR,
             workers: int | None = None) -> "RequestClassifier":
        """The default classifier. A batch of at least PARALLEL_FROM texts is
        read by `workers` processes (default: the redaction policy's
        `workers`, PRIVACY_TRIAGE_WORKERS; one per core), with the results of
        one process up to rounding (models/parallel.py)."""
        model = TrainedRequestClassifier.load(model_dir)
        ngrams = NgramModel.load(ngrams_dir) if NgramModel.is_built(ngrams_dir) else None
        classifier = cls(RulesClassifier.load(), model, model.info.get("model_alone", 0.9),
                         ngrams, ngrams.info.get("ngrams_alone", 1.01) if ngrams else 1.01,
                         model.info.get("rules_floor", 0.0))
        if workers is None:
            from redaction.policy import Policy

            workers = Policy.load().worker_count()
        classifier.workers, classifier._dirs = workers, (model_dir, ngrams_dir)
        return classifier

    @classmethod
    def load_from(cls, folder: Path, workers: int | None = None) -> "RequestClassifier":
        """The models `python -m models.train --out FOLDER/request-minilm
        --ngrams-out FOLDER/request-ngrams` wrote, both required: a candidate
        is scored as the whole pipeline default it would become."""
        ngrams_dir = folder / "request-ngrams"
        if not NgramModel.is_built(ngrams_dir):
            raise FileNotFoundError(f"n-gram request model not trained: {ngrams_dir} (models.train --ngrams-out)")
        return cls.load(folder / "request-minilm", ngrams_dir, workers)

    def predict(self, texts: list[str]) -> list[Prediction]:
        texts = list(texts)
        if self.workers > 1 and self._dirs and len(texts) >= PARALLEL_FROM:
            try:
                return self._workers().predict(texts)
            except BrokenProcessPool:  # a worker died (out of memory?): read here, start afresh next time
                self.close()
        return self._predict_here(texts)

    def _workers(self):
        if self._pool is None:
            from .parallel import ClassifierPool

            self._pool = ClassifierPool(*self._dirs, self.workers)
        return self._pool

    def warm_up(self) -> None:
        """Start the worker processes now, if this classifier uses them (each
        loads the models: seconds), as Redactor.warm_up does."""
        if self.workers > 1 and self._dirs:
            self._workers().warm_up()

    def close(self) -> None:
        """Stop the worker processes, if any were started (a later batch starts them again)."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.close()

    def _predict_here(self, texts: list[str]) -> list[Prediction]:
        # With its level above 1.0 the n-gram path reports nothing: not read at all (0.4 ms a text).
        reads_ngrams = self.ngrams is not None and self.ngrams_alone <= 1.0
        from_ngrams = self.ngrams.type_probabilities(texts) if reads_ngrams else [[0.0] * len(rules.PRIVACY_TYPES) for _ in texts]
        out = []
        for text, cued, p, q in zip(texts, self.rules.predict(texts), self.model.probabilities(texts), from_ngrams):
            privacy, ngrams_only = join_types(p.types, self.model.threshold_for, self.model_alone,
                                              cued.privacy, self.rules_floor, q, self.ngrams_alone)
            decided = self.model.decide(p, privacy, p.category_name(), text)
            if ngrams_only:  # found by the weakest reader alone: a person confirms it
                decided = replace(decided, needs_review=True)
            out.append(decided)
        return out


def join_types(model_types, threshold_for, model_alone: float, cued: list[str], rules_floor: float,
               ngram_types, ngrams_alone: float) -> tuple[list[str], bool]:
    """The request types the default reports, from MiniLM's probabilities,
    the rules' cued types and the n-gram model's probabilities (see the
    module's docstring), and whether the n-gram model alone found them.
    models/train.py chooses the levels with this too."""
    found = {t for t, prob in zip(rules.PRIVACY_TYPES, model_types) if prob >= max(model_alone, threshold_for(t))}
    if cued and max(model_types) >= rules_floor:
        found |= set(cued)
    ngrams_only = False
    if not found:  # a request the others missed; it does not add types to one they found
        found = {t for t, prob in zip(rules.PRIVACY_TYPES, ngram_types) if prob >= ngrams_alone}
        ngrams_only = bool(found)
    return [t for t in rules.PRIVACY_TYPES if t in found], ngrams_only
