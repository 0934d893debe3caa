"""The phrases the screening model learns from: every labelled phrase, risky or safe."""

from app.routing.screening import normalize
from app.routing.screening_flags import TrainedFlag, train_flags
from app.routing.screening_model import train
from tests.routing.screening_phrases import KNOWN_FALSE_ALARMS, RISKY, SAFE
from tests.routing.screening_phrases_blind2 import BLIND2_RISKY, BLIND2_SAFE
from tests.routing.screening_phrases_training import TRAINING_RISKY, TRAINING_SAFE
from tests.routing.screening_phrases_training2 import TRAINING2_RISKY, TRAINING2_SAFE


def training_phrases() -> tuple[list[str], list[str]]:
    """Risky and safe phrases, in a fixed order (training is deterministic)."""
    risky = [phrase for phrase, _ in labelled_risky()]
    # Known false alarms are safe phrases the rules flag on purpose: safe all the same.
    safe = SAFE + KNOWN_FALSE_ALARMS + BLIND2_SAFE + TRAINING_SAFE + TRAINING2_SAFE
    return risky, safe


def trained_weights() -> dict[str, float]:
    """The model trained on every labelled phrase: what `make screener-model` commits."""
    risky, safe = training_phrases()
    return train((normalize(p) for p in risky), (normalize(p) for p in safe))


def labelled_risky() -> list[tuple[str, tuple[str, ...]]]:
    """The risky phrases with their flags, in the same order."""
    return RISKY + BLIND2_RISKY + TRAINING_RISKY + TRAINING2_RISKY


def trained_flag_models() -> dict[str, TrainedFlag]:
    """The flag models trained on every labelled phrase: what `make screener-model` commits."""
    _, safe = training_phrases()
    risky = [(normalize(p), flags) for p, flags in labelled_risky()]
    return train_flags(risky, [normalize(p) for p in safe])
