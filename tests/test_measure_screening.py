"""scripts/measure_screening.py: the figures a blind set is judged by."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHRASES = """
RISKY = [
    ("I want to kill myself", ("suicidal_ideation",)),
    ("my husband hits me", ("interpersonal_violence", "imminent_danger")),
]
SAFE = ["this traffic is killing me", "I'd like help with anxiety, evenings if possible"]
"""


def _run(tmp_path: Path, *flags: str) -> list[str]:
    phrases = tmp_path / "blind.py"
    phrases.write_text(PHRASES, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "measure_screening.py"), str(phrases), *flags],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def test_prints_rules_only_then_with_the_model(tmp_path: Path) -> None:
    lines = _run(tmp_path)
    assert len(lines) == 2
    assert lines[0].startswith("rules only")
    assert lines[1].startswith("rules and model")
    for line in lines:
        assert "caught 2/2" in line
        assert "every expected flag 1/2" in line  # "hits me" says nothing of danger now
        assert "false alarms 0/2" in line


def test_details_name_the_missing_flag(tmp_path: Path) -> None:
    lines = _run(tmp_path, "--details")
    assert "  missed ['imminent_danger']: 'my husband hits me'" in lines
