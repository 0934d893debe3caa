"""Train the screening models from the labelled phrases: `make screener-model`.

Writes app/routing/screening_model.json (is a text risky?) and screening_flags.json (which
risks does a risky text name?). Re-run whenever tests/routing's phrases or the normaliser
change; tests/routing/test_screening_model.py fails until you do.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.routing.screening_flags import FLAGS_PATH  # noqa: E402
from app.routing.screening_model import MODEL_PATH  # noqa: E402
from tests.routing.screening_training import (  # noqa: E402
    trained_flag_models,
    trained_weights,
    training_phrases,
)


def _write(path: Path, what: str, key: str, trained: object, risky: int, safe: int) -> None:
    document = {
        "about": f"{what} for app/routing/{path.stem}.py; trained by `make screener-model` "
        "from tests/routing's labelled phrases (invented, no real person's words). "
        "Do not edit by hand.",
        "trained_on": {"risky": risky, "safe": safe},
        key: trained,
    }
    path.write_text(json.dumps(document, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    risky, safe = training_phrases()
    weights = trained_weights()
    _write(MODEL_PATH, "Naive Bayes weights", "weights", weights, len(risky), len(safe))
    print(
        f"{MODEL_PATH.relative_to(ROOT)}: {len(weights)} features from "
        f"{len(risky)} risky and {len(safe)} safe phrases"
    )
    flags = trained_flag_models()
    what = "Naive Bayes weights and thresholds per risk flag"
    _write(FLAGS_PATH, what, "flags", flags, len(risky), len(safe))
    features = sum(len(model["weights"]) for model in flags.values())
    print(f"{FLAGS_PATH.relative_to(ROOT)}: {len(flags)} flags, {features} features in all")


if __name__ == "__main__":
    main()
