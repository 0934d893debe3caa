"""JSON log lines: one object per line, a request id on request lines, no exception texts."""

import json
import logging

import pytest
from fastapi.testclient import TestClient

from app.logging import configure_logging


def _lines(err: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in err.splitlines() if line.startswith("{")]


class TestJsonLines:
    def test_every_line_is_one_json_object(self, capsys: pytest.CaptureFixture[str]) -> None:
        configure_logging(level="INFO", json_lines=True)
        logging.getLogger("referral_router.test").info("hello %s", "there", extra={"count": 3})
        (line,) = _lines(capsys.readouterr().err)
        assert line["message"] == "hello there"
        assert line["level"] == "info"
        assert line["count"] == 3
        assert "request_id" in line

    def test_exceptions_are_logged_by_type_and_frames_never_by_message(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        configure_logging(level="INFO", json_lines=True)
        try:
            raise ValueError("input_value='I feel hopeless' zip=27701")
        except ValueError:
            logging.getLogger("referral_router.test").exception("it broke")
        err = capsys.readouterr().err
        (line,) = _lines(err)
        assert line["error_type"] == "ValueError"
        assert line["stack"]
        assert "hopeless" not in err and "27701" not in err

    def test_database_statements_stay_quiet_even_at_debug(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        configure_logging(level="DEBUG", json_lines=True)
        assert not logging.getLogger("sqlalchemy.engine.Engine").isEnabledFor(logging.INFO)


class TestRequestLines:
    def test_each_request_logs_one_access_line_with_its_request_id(
        self, client: TestClient, capsys: pytest.CaptureFixture[str]
    ) -> None:
        capsys.readouterr()
        response = client.get("/v1/services/no-such-id?q=secret-words")
        access = [
            line
            for line in _lines(capsys.readouterr().err)
            if line["logger"] == "referral_router.access"
        ]
        assert len(access) == 1
        (line,) = access
        assert line["request_id"] == response.headers["x-request-id"]
        assert line["method"] == "GET"
        assert line["route"] == "/v1/services/{service_id}"
        assert line["status"] == 404
        assert isinstance(line["duration_ms"], float)
        assert "secret-words" not in json.dumps(line) and "no-such-id" not in json.dumps(line)
