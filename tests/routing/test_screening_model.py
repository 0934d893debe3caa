"""The screening model: the net under the rules for risky phrasings no rule was written for.

Run with `-s` to see the cross-validated figures (phrases the model was not trained on).
"""

import json
from datetime import UTC, datetime

from app.routing.profile import NeedProfile
from app.routing.rank import route
from app.routing.screening import RISK_LANGUAGE, normalize, scan, screen
from app.routing.screening_model import MODEL_PATH, reads_risky, train, weights
from app.routing.triage import triage
from app.routing.vocabulary import EMERGENCY_FLAGS, RISK_FLAGS
from tests.routing.builders import index_of, remote
from tests.routing.screening_phrases_blind2 import BLIND2_RISKY, BLIND2_SAFE
from tests.routing.screening_phrases_training import TRAINING_RISKY, TRAINING_SAFE
from tests.routing.screening_phrases_training2 import TRAINING2_RISKY, TRAINING2_SAFE
from tests.routing.screening_training import trained_weights, training_phrases

FOLDS = 5
NOW = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)


def _rules_miss_model_catches() -> list[str]:
    return [
        phrase
        for phrase, _ in BLIND2_RISKY
        if not scan(normalize(phrase)) and reads_risky(normalize(phrase))
    ]


def test_the_committed_model_is_trained_from_the_labelled_phrases() -> None:
    risky, safe = training_phrases()
    retrained = trained_weights()
    committed = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert committed["trained_on"] == {"risky": len(risky), "safe": len(safe)}, (
        "the labelled phrases changed: run `make screener-model`"
    )
    assert committed["weights"] == retrained, "the model is stale: run `make screener-model`"


def test_the_model_generalises_to_phrases_it_was_not_trained_on() -> None:
    risky, safe = training_phrases()
    labelled = [(normalize(p), True) for p in risky] + [(normalize(p), False) for p in safe]
    caught = alarms = 0
    for fold in range(FOLDS):
        held_out = labelled[fold::FOLDS]
        rest = [item for i, item in enumerate(labelled) if i % FOLDS != fold]
        model = train((t for t, y in rest if y), (t for t, y in rest if not y))
        caught += sum(reads_risky(text, model) for text, y in held_out if y)
        alarms += sum(reads_risky(text, model) for text, y in held_out if not y)
    recall, false_alarms = caught / len(risky), alarms / len(safe)
    print(
        f"\nscreening model, {FOLDS}-fold cross-validation (alone, without the rules): "
        f"recall {recall:.3f}, false alarms {false_alarms:.3f}"
    )
    # Floors well below the measured figures: they catch a broken model, not noise.
    assert recall >= 0.7
    assert false_alarms <= 0.2


def test_the_second_blind_sets_risky_phrases_screen_as_risky() -> None:
    missed = [phrase for phrase, _ in BLIND2_RISKY if not screen(phrase).is_risky]
    print(f"\nsecond blind set: {len(missed)} of {len(BLIND2_RISKY)} risky phrases missed")
    # The model learned from these phrases, so this is no longer a blind measure: it checks
    # that rules and model together keep catching them (the few left need rules).
    assert len(missed) / len(BLIND2_RISKY) <= 0.02, missed


def test_the_training_phrases_screen_as_labelled() -> None:
    # Written to teach the model, not the rules: risky ones must read risky (a flag or
    # unnamed), and the ordinary requests, idioms and near-misses mostly clean.
    risky, safe = TRAINING_RISKY + TRAINING2_RISKY, TRAINING_SAFE + TRAINING2_SAFE
    missed = [phrase for phrase, _ in risky if not screen(phrase).is_risky]
    alarms = [phrase for phrase in safe if screen(phrase).is_risky]
    print(
        f"\ntraining phrases: {len(missed)} of {len(risky)} risky missed, "
        f"{len(alarms)} of {len(safe)} safe flagged"
    )
    # Naive Bayes does not fit every phrase it learns from, and the rules were not written
    # against these: the floors catch a broken screen, not the last few phrases.
    assert len(missed) / len(risky) <= 0.05, missed
    assert len(alarms) / len(safe) <= 0.15, alarms


def test_every_labelled_flag_is_in_the_vocabulary() -> None:
    for _, flags in BLIND2_RISKY + TRAINING_RISKY:
        assert flags and set(flags) <= set(RISK_FLAGS)


def test_the_second_blind_sets_safe_phrases_mostly_screen_as_safe() -> None:
    alarms = [phrase for phrase in BLIND2_SAFE if screen(phrase).is_risky]
    assert len(alarms) / len(BLIND2_SAFE) <= 0.1


def test_a_risky_description_no_rule_names_is_an_unspecified_crisis() -> None:
    unnamed = _rules_miss_model_catches()
    assert unnamed, "expected blind phrases that only the model catches"
    for phrase in unnamed:
        result = screen(phrase)
        # The flag models may name flags; no rule fired, so the risk stays unspecified too.
        assert result.is_risky and result.unnamed_risk
        assert result.matched == (RISK_LANGUAGE,)
        decided = triage(NeedProfile(description=phrase))
        assert decided.level in ("crisis", "emergency")
        assert decided.level == "emergency" or not decided.risk_flags & EMERGENCY_FLAGS
        assert decided.unspecified
        if not result.risk_flags:
            assert "unspecified_risk" in [r.code for r in decided.reasons]


def test_a_description_only_the_model_flags_puts_988_first() -> None:
    phrase = _rules_miss_model_catches()[0]
    answer = route(NeedProfile(description=phrase), index_of(remote("svc-counseling")), now=NOW)
    assert answer.results[0].kind == "crisis_line"
    assert answer.results[0].service.id == "svc-988"


def test_ordinary_requests_stay_unflagged() -> None:
    for phrase in (
        "Looking for a therapist for anxiety, evenings preferred, I have Aetna",
        "Busco terapia de pareja en español, trabajamos los dos de lunes a viernes",
        "my son has ADHD and we need an evaluation, he is 9",
    ):
        assert not screen(phrase).is_risky, phrase


def test_weights_load_once_and_are_numbers() -> None:
    assert weights() is weights()
    assert all(isinstance(v, float) for v in weights().values())
