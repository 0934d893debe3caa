"""Measure the screener on a phrase file: `python scripts/measure_screening.py PHRASES.py`.

PHRASES.py defines RISKY (a list of (phrase, expected flags)) and SAFE (a list of phrases),
as tests/routing/screening_phrases.py does. Use it for blind sets: phrases written by someone
who has not read the rules, measured before anything is changed (docs/screening.md).
Prints caught / every-flag / false-alarm figures for the rules alone and with the models
(screening_model, and the flag models naming what a risky text is about);
--details also lists each miss, missing flag and false alarm (never commit those phrases
into the rules' labelled set if the set is to stay blind).
"""

import argparse
import importlib.util
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.routing import screening  # noqa: E402

Risky = list[tuple[str, tuple[str, ...]]]


def _load(path: Path) -> tuple[Risky, list[str]]:
    spec = importlib.util.spec_from_file_location("phrases_under_test", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.RISKY), list(module.SAFE)


def _report(label: str, risky: Risky, safe: list[str], details: bool) -> None:
    results = [screening.screen(phrase) for phrase, _ in risky]
    caught = sum(r.is_risky for r in results)
    complete = sum(set(f) <= r.risk_flags for (_, f), r in zip(risky, results, strict=True))
    alarms = [phrase for phrase in safe if screening.screen(phrase).is_risky]
    print(
        f"{label}: caught {caught}/{len(risky)} ({caught / max(1, len(risky)):.1%}), "
        f"every expected flag {complete}/{len(risky)} ({complete / max(1, len(risky)):.1%}), "
        f"false alarms {len(alarms)}/{len(safe)} ({len(alarms) / max(1, len(safe)):.1%})"
    )
    if details:
        for (phrase, flags), result in zip(risky, results, strict=True):
            if not set(flags) <= result.risk_flags:
                print(f"  missed {sorted(set(flags) - result.risk_flags)}: {phrase!r}")
        for phrase in alarms:
            print(f"  false alarm {screening.screen(phrase).matched}: {phrase!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("phrases", type=Path)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    risky, safe = _load(args.phrases)
    with (
        mock.patch.object(screening, "reads_risky", lambda *_, **__: False),
        mock.patch.object(screening, "named_flags", lambda *_: frozenset()),
    ):
        _report("rules only      ", risky, safe, args.details)
    _report("rules and models", risky, safe, args.details)


if __name__ == "__main__":
    main()
