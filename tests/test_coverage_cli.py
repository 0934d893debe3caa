"""`referral-router coverage`: in-process, against a live local server, retries, parallel runs."""

import csv
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from app import config
from app.cli import cli
from app.directory.database import session_scope
from app.directory.repository import create_api_key
from app.main import create_app
from app.reports import runner
from app.reports.locations import resolve_all
from app.reports.runner import RemoteCoverage, RemoteError, run_local
from app.routing.coverage import CoveragePlan
from app.routing.index import DirectoryIndex
from app.routing.profile import NeedProfile
from tests.conftest import make_settings

INPUT = "id,zip\ndurham,27701\nnot-a-zip,00000\nrural-montana,59001\n=cmd|calc,10007\n"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture
def local_db(tmp_path: Path, seeded_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the CLI's settings at a copy of the seeded database."""
    target = tmp_path / "test.db"
    target.write_bytes(seeded_db_path.read_bytes())
    monkeypatch.setenv("REFERRAL_DATABASE_URL", f"sqlite:///{target}")
    config.get_settings.cache_clear()
    yield target
    config.get_settings.cache_clear()


@pytest.fixture
def places_csv(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text(INPUT, encoding="utf-8")
    return path


def run_cli(*args: str) -> Any:
    result = CliRunner().invoke(cli, ["coverage", *args])
    assert result.exit_code == 0, result.output
    return result


class TestInProcess:
    def test_writes_one_row_per_place_with_bad_rows_explained(
        self, local_db: Path, places_csv: Path, tmp_path: Path
    ) -> None:
        out, html = tmp_path / "out.csv", tmp_path / "report.html"
        result = run_cli(str(places_csv), "--out", str(out), "--html", str(html))
        rows = read_csv(out)
        assert [r["id"] for r in rows] == ["durham", "not-a-zip", "rural-montana", "'=cmd|calc"]
        durham, bad, rural, _ = rows
        assert int(durham["counseling_in_person_all"]) > 0
        assert bad["status"] == "error" and "Not a known US ZIP" in bad["reason"]
        assert "no free or sliding-scale counselling within 25 miles" in rural["gap_labels"]
        assert "Coverage summary" in result.output
        assert "SAMPLE" in html.read_text(encoding="utf-8")

    def test_profile_file_narrows_the_run(
        self, local_db: Path, places_csv: Path, tmp_path: Path
    ) -> None:
        profile = tmp_path / "profile.json"
        profile.write_text('{"languages": ["es"]}', encoding="utf-8")
        anyone, spanish = tmp_path / "a.csv", tmp_path / "es.csv"
        run_cli(str(places_csv), "--out", str(anyone))
        run_cli(str(places_csv), "--out", str(spanish), "--profile", str(profile))
        a, s = read_csv(anyone)[0], read_csv(spanish)[0]
        assert int(s["counseling_in_person_all"]) < int(a["counseling_in_person_all"])
        assert "language_es_in_person" in s and "population_youth_in_person" not in s

    def test_an_invalid_profile_names_the_field(
        self, local_db: Path, places_csv: Path, tmp_path: Path
    ) -> None:
        profile = tmp_path / "profile.json"
        profile.write_text('{"age": -3}', encoding="utf-8")
        result = CliRunner().invoke(cli, ["coverage", str(places_csv), "--profile", str(profile)])
        assert result.exit_code == 2
        assert "age" in result.output


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_server(tmp_path: Path, seeded_db_path: Path) -> Iterator[tuple[str, str]]:
    """A real uvicorn server on a free local port over a seeded database; yields URL and key."""
    server_dir = tmp_path / "server"
    server_dir.mkdir()
    (server_dir / "test.db").write_bytes(seeded_db_path.read_bytes())
    app = create_app(make_settings(server_dir))
    with session_scope(app.state.engine) as session:
        _, key = create_api_key(session=session, name="Coverage CLI test", kind="secret")
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the local server did not start"
    yield f"http://127.0.0.1:{port}", key
    server.should_exit = True
    thread.join(timeout=10)


class TestAgainstALiveServer:
    def test_api_run_writes_the_same_csv_as_an_in_process_run(
        self, live_server: tuple[str, str], local_db: Path, places_csv: Path, tmp_path: Path
    ) -> None:
        url, key = live_server
        remote, local = tmp_path / "remote.csv", tmp_path / "local.csv"
        run_cli(str(places_csv), "--api", url, "--key", key, "--out", str(remote))
        run_cli(str(places_csv), "--out", str(local))
        assert read_csv(remote) == read_csv(local)
        assert read_csv(remote)[1]["status"] == "error"


def answer(locations: list[dict[str, Any]]) -> dict[str, Any]:
    rows = [{"type": "location", "index": i, "id": loc["id"]} for i, loc in enumerate(locations)]
    return {"header": {"type": "header"}, "results": rows, "summary": {}}


class TestRetries:
    def run(self, responses: list[Any], sleeps: list[float]) -> list[dict[str, Any]]:
        seen: list[httpx.Request] = []

        def handle(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            step = responses.pop(0)
            if isinstance(step, Exception):
                raise step
            if step == 200:
                import json

                return httpx.Response(200, json=answer(json.loads(request.content)["locations"]))
            return step

        client = RemoteCoverage(
            "http://coverage.test", "sk_test", transport=httpx.MockTransport(handle),
            sleep=sleeps.append, backoff_seconds=1.0,
        )  # fmt: skip
        rows = list(client.run([{"id": "a", "zip": "27701"}], {}, None))
        assert all(r.headers["x-api-key"] == "sk_test" for r in seen)
        return rows

    def test_429_waits_as_long_as_retry_after_says(self) -> None:
        sleeps: list[float] = []
        rows = self.run([httpx.Response(429, headers={"Retry-After": "7"}), 200], sleeps)
        assert sleeps == [7.0]
        assert [r["type"] for r in rows] == ["header", "location"]

    def test_server_errors_and_refused_connections_back_off_exponentially(self) -> None:
        sleeps: list[float] = []
        refused = httpx.ConnectError("refused")
        self.run([httpx.Response(503), refused, httpx.Response(502), 200], sleeps)
        assert sleeps == [1.0, 2.0, 4.0]

    def test_a_bad_request_is_not_retried(self) -> None:
        sleeps: list[float] = []
        problem = httpx.Response(422, json={"title": "Invalid request", "detail": "locations"})
        with pytest.raises(RemoteError, match="422 Invalid request"):
            self.run([problem], sleeps)
        assert sleeps == []

    def test_gives_up_after_the_last_attempt(self) -> None:
        sleeps: list[float] = []
        with pytest.raises(RemoteError, match="Gave up"):
            self.run([httpx.Response(503)] * runner.MAX_ATTEMPTS, sleeps)
        assert len(sleeps) == runner.MAX_ATTEMPTS - 1

    def test_chunks_are_numbered_across_the_whole_input(self) -> None:
        def handle(request: httpx.Request) -> httpx.Response:
            import json

            return httpx.Response(200, json=answer(json.loads(request.content)["locations"]))

        client = RemoteCoverage("http://coverage.test", transport=httpx.MockTransport(handle))
        raws = [{"id": str(i), "zip": "27701"} for i in range(5)]
        rows = list(client.run(raws, {}, None, chunk=2))
        assert [r.get("index") for r in rows[1:]] == [0, 1, 2, 3, 4]
        assert rows[0]["locations"] == 5


class TestParallelRun:
    def test_forked_workers_give_the_rows_of_a_single_process(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from tests.routing.test_coverage import _sample_index

        index: DirectoryIndex = _sample_index()
        plan = CoveragePlan(index, NeedProfile(), 25.0)
        zips = ["27701", "28202", "30303", "59001", "78701", "99999", "10007", "60602"] * 5
        located = list(resolve_all({"id": str(i), "zip": z} for i, z in enumerate(zips)))
        monkeypatch.setattr(runner, "PARALLEL_FROM", 0)
        parallel = list(run_local(plan, located, workers=2, chunk=7))
        assert parallel == list(run_local(plan, located, workers=1))
