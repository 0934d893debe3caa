"""Run the real service in a child process on a free loopback port, for end-to-end tests."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
STARTUP_DEADLINE_SECONDS = 60.0


def free_port() -> int:
    """Ask the kernel for a loopback port nobody is using."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def logs(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def server_env(database_url: str, **extra: str) -> dict[str, str]:
    """The environment of a server process: ours, the venv first on PATH, these settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFERRAL_")}
    env.update(
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        REFERRAL_DATABASE_URL=database_url,
        REFERRAL_ENVIRONMENT="test",
        REFERRAL_RELOAD_INTERVAL_SECONDS="0.5",
    )
    env.update(extra)
    return env


def wait_until_healthy(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    """Poll /healthz until it answers; fail with the server's log if it never does."""
    deadline = time.monotonic() + STARTUP_DEADLINE_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"server did not become healthy:\n{log_path.read_text()}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a server we started (its whole process group: uvicorn workers included)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@contextmanager
def live_server(
    env: dict[str, str], log_path: Path, command: Sequence[str] | None = None
) -> Iterator[LiveServer]:
    """Start `referral-router serve` (or `command`) with this environment; stop it after."""
    port = env.setdefault("PORT", str(free_port()))
    argv = list(command or [str(VENV_BIN / "referral-router"), "serve", "--port", port])
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            argv,
            env=env,
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, process, log_path)
        yield LiveServer(url=url, process=process, log_path=log_path)
    finally:
        stop(process)
