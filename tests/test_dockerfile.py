"""The Dockerfile's promises, checked without a Docker engine: its instructions, and its
entrypoint and HEALTHCHECK commands run here against a temporary SQLite database."""

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.live_server import REPO_ROOT, live_server, server_env

DOCKERFILE = REPO_ROOT / "Dockerfile"


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    pairs = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            pairs.append((word.upper(), rest.strip()))
    return pairs


def _args(instruction: str) -> list[str]:
    return [rest for word, rest in _instructions() if word == instruction]


def _healthcheck_argv() -> list[str]:
    (healthcheck,) = _args("HEALTHCHECK")
    return list(json.loads(healthcheck.split("CMD", 1)[1].strip()))


class TestDockerfile:
    def test_builds_on_slim_python_311(self) -> None:
        assert _args("FROM") == ["python:3.11-slim"]

    def test_runs_as_a_non_root_user(self) -> None:
        users = _args("USER")
        assert users and users[-1] not in {"root", "0"}

    def test_installs_with_the_pinned_constraints(self) -> None:
        installs = [r for r in _args("RUN") if "pip install" in r]
        assert installs and all("-c constraints.txt" in r for r in installs)

    def test_copies_only_files_that_exist(self) -> None:
        for rest in _args("COPY"):
            *sources, _dest = rest.split()
            for source in sources:
                assert (REPO_ROOT / source).exists(), source

    def test_exposes_8000_and_starts_through_the_entrypoint(self) -> None:
        assert _args("EXPOSE") == ["8000"]
        assert json.loads(_args("ENTRYPOINT")[0]) == ["/app/docker/entrypoint.sh"]
        assert _healthcheck_argv()[0] == "python"


class TestEntrypointAndHealthcheck:
    def test_entrypoint_migrates_seeds_and_serves_and_the_healthcheck_sees_it(
        self, tmp_path: Path
    ) -> None:
        env = server_env(
            f"sqlite:///{tmp_path / 'container.db'}",
            HOST="127.0.0.1",
            REFERRAL_SEED_ON_START="true",
        )
        probe = [sys.executable, str(REPO_ROOT / "docker" / "healthcheck.py")]
        assert _healthcheck_argv()[1] == "/app/docker/healthcheck.py"
        entrypoint = ["sh", str(REPO_ROOT / "docker" / "entrypoint.sh")]
        with live_server(env, tmp_path / "server.log", command=entrypoint) as server:
            ready = httpx.get(f"{server.url}/readyz", timeout=10).json()
            assert ready["status"] == "ready"
            assert ready["services"] > 0
            assert subprocess.run(probe, env=env, timeout=30).returncode == 0
        assert subprocess.run(probe, env=env, timeout=30).returncode == 1

    def test_entrypoint_runs_a_given_command_instead(self, tmp_path: Path) -> None:
        env = server_env(f"sqlite:///{tmp_path / 'c.db'}")
        result = subprocess.run(
            ["sh", str(REPO_ROOT / "docker" / "entrypoint.sh"), "referral-router", "--help"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0
        assert "migrate" in result.stdout


pytestmark = pytest.mark.slow
