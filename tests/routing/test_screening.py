"""The free-text risk screener: labelled phrases, idioms, robustness, privacy, prefilter fallback.

Speed is measured by `python -m bench.screening`, never asserted here.

Run with `-s` to see the recall / false-alarm figures over the labelled set.
"""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.routing import screening, screening_prefilter
from app.routing.screening import RISK_LANGUAGE, ScreeningResult, normalize, screen
from app.routing.screening_patterns import FLAGS
from app.routing.vocabulary import RISK_FLAGS
from tests.routing.screening_phrases import KNOWN_FALSE_ALARMS, RISKY, SAFE

ROBUST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def case_id(phrase: str) -> str:
    return re.sub(r"\W+", "_", phrase.lower()).strip("_")[:60]


# ---- the labelled set ----------------------------------------------------------------------


def test_the_labelled_set_is_large_bilingual_and_uses_the_vocabulary() -> None:
    assert len(RISKY) >= 80 and len(SAFE) >= 80
    assert set(FLAGS) == set(RISK_FLAGS)
    assert {flag for _, flags in RISKY for flag in flags} == set(RISK_FLAGS)
    phrases = [p for p, _ in RISKY] + SAFE + KNOWN_FALSE_ALARMS
    assert len(phrases) == len(set(phrases)), "a phrase is listed twice"
    spanish_words = r"[áéíóúñ¿¡]|\b(?:mi|quiero|tengo|estoy|ya|vida|esposo|pastillas|voces|busco)\b"
    spanish = [p for p in phrases if re.search(spanish_words, p.lower())]
    assert len(spanish) >= 60


@pytest.mark.parametrize(("phrase", "flags"), RISKY, ids=[case_id(p) for p, _ in RISKY])
def test_risky_phrase_is_flagged_with_its_flags(phrase: str, flags: tuple[str, ...]) -> None:
    result = screen(phrase)
    assert result.is_risky
    missing = set(flags) - result.risk_flags
    assert not missing, f"missing {sorted(missing)}; got {sorted(result.risk_flags)}"


@pytest.mark.parametrize("phrase", SAFE, ids=[case_id(p) for p in SAFE])
def test_no_rule_fires_on_a_safe_phrase(phrase: str) -> None:
    # The rules' promise, phrase by phrase. The models under them (screening_model, and the
    # flag models naming what it reads) take look-alikes as risk on purpose; their false
    # alarms are counted in the rate below.
    result = screen(phrase)
    assert set(result.matched) <= {RISK_LANGUAGE}, f"flagged by {result.matched}"
    assert result == ScreeningResult() or result.unnamed_risk


def test_recall_and_false_alarm_rate() -> None:
    # The known false alarms count: they are left flagged on purpose, not left out of the rate.
    everyday = SAFE + KNOWN_FALSE_ALARMS
    caught = sum(set(flags) <= screen(phrase).risk_flags for phrase, flags in RISKY)
    alarms = sum(screen(phrase).is_risky for phrase in everyday)
    recall, false_alarm_rate = caught / len(RISKY), alarms / len(everyday)
    print(
        f"\nscreening: recall {recall:.3f} ({caught}/{len(RISKY)} risky phrases with all their"
        f" flags), false-alarm rate {false_alarm_rate:.3f} ({alarms}/{len(everyday)} safe phrases)"
    )
    assert recall == 1.0
    # These safe phrases are near misses written against the rules ("I don't want to be here
    # at this party"). The model under the rules reads a few as risk (recall first: a false
    # alarm shows crisis lines above the services; a miss hides them), hence 8%, not 5%.
    assert false_alarm_rate <= 0.08


# ---- behaviour ------------------------------------------------------------------------------


def test_missing_or_empty_text_is_no_risk() -> None:
    for text in (None, "", "   ", "...", "\n\n"):
        assert screen(text) == ScreeningResult()
        assert not screen(text).is_risky


def test_result_is_frozen_and_has_no_instance_dict() -> None:
    result = screen("I want to die")
    with pytest.raises(AttributeError):
        result.risk_flags = frozenset()  # type: ignore[misc]
    assert not hasattr(result, "__dict__")
    assert isinstance(result.risk_flags, frozenset) and isinstance(result.matched, tuple)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("I don’t want to live", "i dont want to live"),
        ("I do not want to live", "I don't want to live"),
        ("I am done with life", "Im done with life"),
        ("Estarían mejor sin mí", "estarian mejor sin mi"),
        ("I    WANNA\tdie", "i want to die"),
        ("self‐harm—again", "self harm again"),
    ],
)
def test_normalisation_makes_spellings_equivalent(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)
    assert screen(a) == screen(b)


def test_negation_is_still_flagged_on_purpose() -> None:
    # Recall first: people in crisis minimise, so "not" does not cancel a flag.
    assert "suicidal_ideation" in screen("I'm not suicidal, I just want to die").risk_flags
    assert screen("I'm not suicidal").is_risky


def test_a_plan_or_an_attempt_implies_ideation() -> None:
    assert "suicidal_ideation" in screen("I have a plan").risk_flags
    assert "suicidal_ideation" in screen("I tried to overdose last year").risk_flags


def test_flags_and_codes_come_from_fixed_vocabularies() -> None:
    for phrase, _ in RISKY:
        result = screen(phrase)
        assert result.risk_flags <= set(RISK_FLAGS)
        assert set(result.matched) <= screening.CODES
        assert len(result.matched) == len(set(result.matched))


# ---- privacy --------------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "flags"), RISKY[:40], ids=[case_id(p) for p, _ in RISKY[:40]])
def test_matched_never_contains_the_persons_text(phrase: str, flags: tuple[str, ...]) -> None:
    result = screen(phrase)
    assert result.matched and all(re.fullmatch(r"[a-z0-9_]+", code) for code in result.matched)
    for text in (phrase, phrase.lower(), normalize(phrase)):
        assert text not in result.matched
        assert all(text not in code for code in result.matched)
    assert phrase not in repr(result) and normalize(phrase) not in repr(result)


# ---- robustness (hypothesis) ----------------------------------------------------------------

SEPARATORS = st.sampled_from([". ", "! ", "? ", "\n", ".\n", "; "])


@ROBUST
@given(st.text(max_size=2000))
def test_screen_never_raises_on_arbitrary_text(text: str) -> None:
    result = screen(text)
    assert result.risk_flags <= set(RISK_FLAGS)
    assert set(result.matched) <= screening.CODES
    assert text not in result.matched or text in screening.CODES


@ROBUST
@given(
    st.sampled_from(RISKY),
    st.lists(st.sampled_from(SAFE), max_size=4),
    st.lists(st.sampled_from(SAFE), max_size=4),
    SEPARATORS,
)
def test_risky_phrase_inside_safe_text_is_still_flagged(
    risky: tuple[str, tuple[str, ...]], before: list[str], after: list[str], sep: str
) -> None:
    phrase, flags = risky
    text = sep.join([*before, phrase, *after])
    assert set(flags) <= screen(text).risk_flags


# Words people tack on after a disclosure. None is a harmless continuation, so none may clear a
# flag: guard word lists once lacked a closing word boundary, so "to" cleared "tonight", "an"
# cleared "anymore" and "at" cleared "atm".
TRAILING = ("atm", "asap", "tbh", "ngl", "fr", "lol", "honestly", "again", "already", "idk", "pls")
TRAILING_ES = ("jaja", "porfa", "ayuda", "entonces")


def test_a_word_tacked_on_after_a_risky_phrase_keeps_its_flags() -> None:
    lost = [
        (phrase, word, sorted(set(flags) - screen(f"{phrase.rstrip('.!? ')} {word}").risk_flags))
        for phrase, flags in RISKY
        for word in TRAILING + TRAILING_ES
        if not set(flags) <= screen(f"{phrase.rstrip('.!? ')} {word}").risk_flags
    ]
    assert not lost, lost[:10]


@ROBUST
@given(st.sampled_from(RISKY), st.text(max_size=300), st.text(max_size=300), SEPARATORS)
def test_risky_phrase_between_arbitrary_text_is_still_flagged(
    risky: tuple[str, tuple[str, ...]], before: str, after: str, sep: str
) -> None:
    phrase, flags = risky
    assert set(flags) <= screen(f"{before}\n{phrase}{sep}{after}").risk_flags


@ROBUST
@given(st.lists(st.sampled_from([p for p, _ in RISKY] + SAFE), min_size=1, max_size=12), SEPARATORS)
def test_prefilter_finds_exactly_what_the_full_scan_finds(phrases: list[str], sep: str) -> None:
    # The keyword prefilter and the search windows are an optimisation only: running every rule
    # over every whole sentence must give the same rules, with or without sentence breaks.
    for text in (sep.join(phrases), " ".join(phrases)):
        normalized = normalize(text)
        assert screening.scan(normalized) == screening.scan(normalized, prefilter=False)


# ---- prefilter fallback ---------------------------------------------------------------------


class TestPrefilterFallback:
    """The prefilter's keys come from the private `re._parser`; without them every rule runs."""

    def screens_the_labelled_set_as_before(self, monkeypatch: pytest.MonkeyPatch) -> None:
        phrases = [p for p, _ in RISKY] + SAFE
        expected = [screen(p) for p in phrases]
        monkeypatch.setattr(screening, "_TABLE", screening._compile())
        assert not any(alt.keys for alt in screening._TABLE.alts), "the fallback was not taken"
        results = [screen(p) for p in phrases]
        risky, safe = results[: len(RISKY)], results[len(RISKY) :]
        assert all(set(f) <= r.risk_flags for (_, f), r in zip(RISKY, risky, strict=True))
        assert all(set(r.matched) <= {RISK_LANGUAGE} for r in safe)  # no rule fires
        assert results == expected

    def test_without_re_parser_every_rule_runs_and_finds_the_same(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # What the import leaves behind the day `re._parser` is gone.
        monkeypatch.setattr(screening_prefilter, "_sre", None)
        self.screens_the_labelled_set_as_before(monkeypatch)

    def test_when_deriving_keys_fails_every_rule_runs_and_finds_the_same(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # What happens the day `re._parser` changes shape under us.
        def changed_parser(*args: object, **kwargs: object) -> None:
            raise AttributeError("module 're._parser' has no attribute 'LITERAL'")

        monkeypatch.setattr(screening_prefilter, "_derive", changed_parser)
        self.screens_the_labelled_set_as_before(monkeypatch)
