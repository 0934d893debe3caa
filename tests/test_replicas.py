"""Two replicas on one PostgreSQL: a write through one is served by the other.

Each replica is a real `referral-router serve` process (the second with --workers 2, so
uvicorn's worker processes are covered too) polling directory_version every 0.5 s. The
deadline below only bounds the wait so a broken reload fails instead of hanging; speed is
not asserted here.
"""

import time
from pathlib import Path

import httpx

from app.directory.access_repository import create_api_key
from app.directory.database import get_engine, session_scope
from tests.live_server import VENV_BIN, free_port, live_server, server_env
from tests.seeding import seed_durham

DEADLINE_SECONDS = 30.0
CONSECUTIVE = 6  # answers in a row from the multi-worker replica, so every worker reloaded


class TestTwoReplicas:
    def test_a_capacity_change_through_one_is_served_by_the_other(
        self, postgres_url: str, tmp_path: Path
    ) -> None:
        service_id = seed_durham(postgres_url, tmp_path)
        with session_scope(get_engine(postgres_url)) as session:
            _, key = create_api_key(session=session, name="replicas", kind="secret", origins=[])
        env = server_env(postgres_url, REFERRAL_RELOAD_INTERVAL_SECONDS="0.5")
        port_b = str(free_port())
        serve_b = [str(VENV_BIN / "referral-router"), "serve", "--port", port_b, "--workers", "2"]
        with (
            live_server(dict(env), tmp_path / "a.log") as a,
            live_server(dict(env, PORT=port_b), tmp_path / "b.log", command=serve_b) as b,
        ):
            path = f"/v1/services/{service_id}"
            assert httpx.get(b.url + path).json()["accepting_new_clients"] is True
            write = httpx.patch(
                f"{a.url}/v1/admin/services/{service_id}/capacity",
                json={"accepting_new_clients": False, "wait_days": 45},
                headers={"Authorization": f"Bearer {key}"},
            )
            assert write.status_code == 200, write.text
            version = write.json()["directory_version"]

            seen, deadline = 0, time.monotonic() + DEADLINE_SECONDS
            while seen < CONSECUTIVE and time.monotonic() < deadline:
                body = httpx.get(b.url + path).json()
                changed = body["accepting_new_clients"] is False and body["wait_days"] == 45
                seen = seen + 1 if changed else 0
                time.sleep(0.05)
            ready = httpx.get(b.url + "/readyz").json()
        assert seen == CONSECUTIVE, b.logs()[-3000:]
        assert ready["directory_version"] == version
