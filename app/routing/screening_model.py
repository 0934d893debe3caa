"""A second net under the screening rules: a word and letter-pattern model of risky language.

The rules (`app.routing.screening_patterns`) name specific risks but only catch the phrasings
someone wrote a rule for; blind sets written by people who had not seen them found about a
quarter of risky descriptions slipping through (indirect wording, typos, clinical shorthand,
regional Spanish). This model learns from the same labelled phrases which words, word pairs
and four-letter pieces lean risky or safe, so unseen phrasings that look like known risky
ones still count. It names no flag: a description only the model finds risky is an
unspecified risk, which puts crisis lines (988) first. Recall first, as everywhere here.

The model is naive Bayes over presence (log odds of each feature in risky versus safe
phrases), scored per window of a sentence and normalised by the window's size, so a risky
clause buried in a long, ordinary message still stands out. Weights live in
`screening_model.json`, trained by `make screener-model` from tests/routing's labelled set; a
test retrains and fails when the committed weights drift from the phrases.
"""

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise
from math import log, sqrt
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("screening_model.json")
THRESHOLD = 0.0  # above this, a window reads as risky (log odds per sqrt(features))
ALPHA = 0.5  # smoothing: a feature seen once on one side is not taken as certainty
MIN_COUNT = 2  # features seen in fewer phrases are noise, and only grow the file
WINDOW_WORDS = 30  # long sentences are read in overlapping windows of this many words
LETTERS = 4  # letter pieces of this length carry typos and word endings ("myslf", "pega")


def windows(normalized: str) -> Iterator[list[str]]:
    """The words of each sentence, long sentences in overlapping windows."""
    for sentence in normalized.split(" . "):
        words = [w for w in sentence.split() if w != "."]
        if len(words) <= WINDOW_WORDS:
            if words:
                yield words
            continue
        step = WINDOW_WORDS // 2
        for start in range(0, len(words) - step, step):
            yield words[start : start + WINDOW_WORDS]


def window_features(words: list[str]) -> set[str]:
    """Words, word pairs and letter pieces of one window."""
    # Letter pieces go in bare: normalised text has no ":", so they never equal a word or a
    # pair, whose prefixes mark them. Bare pieces spare a string join for most features.
    text = " " + " ".join(words) + " "
    found = {text[i : i + LETTERS] for i in range(len(text) - LETTERS + 1)}
    found.update(["w:" + w for w in words])
    found.update(["b:" + a + " " + b for a, b in pairwise(words)])
    return found


def phrase_features(normalized: str) -> set[str]:
    """Every feature of a normalised phrase, as training counts them."""
    return set().union(*(window_features(words) for words in windows(normalized)))


def train(risky: Iterable[str], safe: Iterable[str]) -> dict[str, float]:
    """Weigh each feature by how much more often risky phrases (normalised) have it."""
    risky_counts: Counter[str] = Counter()
    safe_counts: Counter[str] = Counter()
    n_risky = n_safe = 0
    for phrase in risky:
        risky_counts.update(phrase_features(phrase))
        n_risky += 1
    for phrase in safe:
        safe_counts.update(phrase_features(phrase))
        n_safe += 1
    weights = {}
    for feature in sorted(set(risky_counts) | set(safe_counts)):
        r, s = risky_counts[feature], safe_counts[feature]
        if r + s >= MIN_COUNT:
            risky_share = (r + ALPHA) / (n_risky + 2 * ALPHA)
            safe_share = (s + ALPHA) / (n_safe + 2 * ALPHA)
            weights[feature] = round(log(risky_share) - log(safe_share), 4)
    return weights


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The committed model's weights."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}


def read(normalized: str) -> list[set[str]]:
    """Every window's features: what this model and the flag models read, worked out once."""
    return [window_features(words) for words in windows(normalized)]


def risk_score(
    normalized: str, model: dict[str, float] | None = None, found: list[set[str]] | None = None
) -> float:
    """How risky the riskiest window of a normalised text reads (above THRESHOLD: risky);
    `found`, the text's read() when the caller has it already."""
    model = weights() if model is None else model
    best = float("-inf")
    for features in read(normalized) if found is None else found:
        # filter(None, ...) drops unknown features (None) in C: this runs for most texts.
        best = max(best, sum(filter(None, map(model.get, features))) / sqrt(len(features)))
    return best


def reads_risky(
    normalized: str, model: dict[str, float] | None = None, found: list[set[str]] | None = None
) -> bool:
    """Say whether the model finds a normalised text risky."""
    return risk_score(normalized, model, found) > THRESHOLD
