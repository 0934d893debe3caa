"""Dependencies are pinned: constraints.txt pins everything installed, make uses it, and
the installed set is consistent (`pip check`)."""

import re
import subprocess
import sys
import tomllib
from importlib.metadata import distributions

from tests.conftest import REPO_ROOT


def _name(text: str) -> str:
    """PEP 503 normal form, so 'PyYAML' and 'pyyaml', 'psycopg_binary' and 'psycopg-binary' meet."""
    return re.sub(r"[-_.]+", "-", text).lower()


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins[_name(name)] = version.strip()
    return pins


class TestPins:
    def test_every_installed_distribution_is_pinned_at_its_installed_version(self) -> None:
        pins = _pins()
        installed = {
            _name(d.metadata["Name"]): d.version
            for d in distributions()
            if _name(d.metadata["Name"]) not in {"referral-router", "pip", "setuptools", "wheel"}
        }
        unpinned = {n: v for n, v in installed.items() if pins.get(n) != v}
        assert unpinned == {}

    def test_every_declared_dependency_is_pinned(self) -> None:
        project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
        declared = list(project["dependencies"])
        for extra in project["optional-dependencies"].values():
            declared += extra
        names = {_name(re.split(r"[\[<>=!~ ;]", d, maxsplit=1)[0]) for d in declared}
        assert names - set(_pins()) == set()

    def test_make_installs_with_the_constraints(self) -> None:
        makefile = (REPO_ROOT / "Makefile").read_text()
        installs = [ln for ln in makefile.splitlines() if "pip install" in ln and " -e " in ln]
        assert installs and all("-c constraints.txt" in ln for ln in installs)


class TestConsistency:
    def test_pip_check_finds_no_broken_requirements(self) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "check"], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stdout + result.stderr
