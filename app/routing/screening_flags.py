"""Which risks a risky text names when the rules did not name them all: a model per flag.

A fourth blind set (messages written by someone who had not seen the rules) showed that
when a risky message is caught, the rules name every flag a counsellor would in under half
of them: "my stepdad uses a belt on me and my little brother" or "friend snorted something
and is passed out, blue lips" read as risky (screening_model) but named nothing, so the
person saw the general line instead of Childhelp, or 988 where 911 belongs first.

Each flag has a naive Bayes model over screening_model's features (words, word pairs,
letter pieces), trained on the labelled phrases: that flag's phrases against every other
phrase (a plan or an attempt counts as ideation too, as the rules imply). A feature is kept
only when at least two phrases with the flag have it, so a flag is named on evidence for it.

A flag is named only for a text already found risky, by a rule or by screening_model: these
models never make a text risky, they make a risky one specific. Each threshold is set when
training, by cross-validation over the risky phrases: the score that 10% of the phrases
without the flag reach when held out, 3% for the flags that put 911 first (an attempt, an
overdose, danger now), where a false emergency costs more.
"""

import json
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from math import log, sqrt
from pathlib import Path
from typing import TypedDict

import numpy as np

from app.routing.screening_model import ALPHA, phrase_features, read
from app.routing.screening_rules.flags import IMPLIES
from app.routing.vocabulary import EMERGENCY_FLAGS, RISK_FLAGS

FLAGS_PATH = Path(__file__).with_name("screening_flags.json")
FOLDS = 5
NAMED_WITHOUT_FLAG = 0.10  # of held-out risky phrases without the flag, the share given it
EMERGENCY_NAMED_WITHOUT_FLAG = 0.03
MIN_POSITIVE = 2  # phrases with the flag that must have a feature for it to count

Features = set[str]


class TrainedFlag(TypedDict):
    threshold: float
    weights: dict[str, float]


def _score(found: Features, weights: dict[str, float]) -> float:
    return sum(weights.get(f, 0.0) for f in found) / sqrt(len(found)) if found else 0.0


def _weights(
    flag: str,
    risky: Sequence[tuple[Features, frozenset[str]]],
    others: Counter[str],
    n_others: int,
) -> dict[str, float]:
    """Log odds of each feature in the flag's phrases against every other phrase; `others`
    counts the features of every phrase given (risky and safe), `n_others` how many."""
    with_flag: Counter[str] = Counter()
    n_with = 0
    for found, flags in risky:
        if flag in flags:
            with_flag.update(found)
            n_with += 1
    n_without = n_others - n_with
    return {
        feature: round(
            log((r + ALPHA) / (n_with + 2 * ALPHA))
            - log((others[feature] - r + ALPHA) / (n_without + 2 * ALPHA)),
            4,
        )
        for feature, r in sorted(with_flag.items())
        if r >= MIN_POSITIVE
    }


def _threshold(flag: str, held_out: list[tuple[float, bool]]) -> float:
    share = EMERGENCY_NAMED_WITHOUT_FLAG if flag in EMERGENCY_FLAGS else NAMED_WITHOUT_FLAG
    without = sorted(score for score, has_flag in held_out if not has_flag)
    return round(without[min(len(without) - 1, int((1 - share) * len(without)))], 4)


def train_flags(
    risky: Sequence[tuple[str, Sequence[str]]], safe: Sequence[str]
) -> dict[str, TrainedFlag]:
    """Each flag's threshold and weights, from normalised labelled phrases."""
    labelled = []
    for text, flags in risky:
        implied = set(flags)
        for flag in flags:
            implied.update(IMPLIES.get(flag, ()))
        labelled.append((phrase_features(text), frozenset(implied)))
    safe_counts: Counter[str] = Counter()
    for text in safe:
        safe_counts.update(phrase_features(text))

    def counted(items: list[tuple[Features, frozenset[str]]]) -> Counter[str]:
        counts = safe_counts.copy()
        for found, _ in items:
            counts.update(found)
        return counts

    folds = [[item for i, item in enumerate(labelled) if i % FOLDS != k] for k in range(FOLDS)]
    fold_counts = [counted(rest) for rest in folds]
    all_counts, n_all = counted(labelled), len(labelled) + len(safe)
    models: dict[str, TrainedFlag] = {}
    for flag in RISK_FLAGS:
        held_out: list[tuple[float, bool]] = []
        for fold, (rest, counts) in enumerate(zip(folds, fold_counts, strict=True)):
            weights = _weights(flag, rest, counts, len(rest) + len(safe))
            held_out += [(_score(f, weights), flag in fl) for f, fl in labelled[fold::FOLDS]]
        models[flag] = {
            "threshold": _threshold(flag, held_out),
            "weights": _weights(flag, labelled, all_counts, n_all),
        }
    return models


class FlagModels:
    """Every flag's weights as one matrix (a row per feature, a column per flag), so a
    window's scores for all flags are one sum over its features' rows."""

    def __init__(self, trained: dict[str, TrainedFlag]) -> None:
        self.flags = tuple(f for f in RISK_FLAGS if f in trained)
        self.thresholds = np.array([float(trained[f]["threshold"]) for f in self.flags])
        features = sorted({k for f in self.flags for k in trained[f]["weights"]})
        self.row = {feature: i for i, feature in enumerate(features)}
        self.matrix = np.zeros((len(features) + 1, len(self.flags)))  # the last row: nothing
        for column, flag in enumerate(self.flags):
            for feature, weight in trained[flag]["weights"].items():
                self.matrix[self.row[feature], column] = weight

    def named(self, normalized: str, found: list[set[str]] | None = None) -> frozenset[str]:
        """The flags whose models read any window of a normalised text as theirs; `found`,
        the text's screening_model.read() when the caller has it already."""
        absent = len(self.row)
        rows: list[int] = []
        starts: list[int] = []
        sizes: list[int] = []
        for features in read(normalized) if found is None else found:
            starts.append(len(rows))
            sizes.append(len(features))
            rows += [self.row.get(feature, absent) for feature in features]
        if not rows:
            return frozenset()
        # Every window's sums at once: one gather, one sum per run of rows.
        sums = np.add.reduceat(self.matrix[rows], starts, axis=0)
        best = (sums / np.sqrt(np.array(sizes, dtype=np.float64))[:, None]).max(axis=0)
        above = best > self.thresholds
        return frozenset(flag for flag, named in zip(self.flags, above, strict=True) if named)


@lru_cache(maxsize=1)
def flag_models() -> FlagModels:
    """The committed models."""
    return FlagModels(json.loads(FLAGS_PATH.read_text(encoding="utf-8"))["flags"])


def named_flags(normalized: str, found: list[set[str]] | None = None) -> frozenset[str]:
    """The flags the committed models read in a (risky) normalised text."""
    return flag_models().named(normalized, found)
