"""Logs: one JSON object per line, each carrying the id of the request it belongs to.

Privacy is the design constraint. Need profiles are health information, so nothing here
ever writes a request body, a query string, a header value or an exception *message*
(exception texts quote input: pydantic's errors echo the offending value, database errors
echo parameters). Exceptions are logged by type and stack frames only. SQLAlchemy's engine
logger is held at WARNING whatever the level, because at INFO/DEBUG it prints statements,
parameters and result rows, which is data.

Every line from inside a request gets `request_id` from asgi-correlation-id's context
(the `X-Request-ID` header, or a generated one echoed back), so one request's lines can be
found together without logging anything about its content.
"""

import json
import logging
import sys
import traceback
from datetime import UTC, datetime
from typing import Any

from asgi_correlation_id import CorrelationIdFilter

# Attributes every LogRecord has; anything else on a record came from `extra=` and is logged.
_STANDARD_ATTRS = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
_FILTER_ATTR = "correlation_id"

# Loggers whose verbose output is data rather than events; held at WARNING.
QUIET_LOGGERS = ("sqlalchemy.engine", "sqlalchemy.pool", "sqlalchemy.orm")
# Loggers that install their own handlers; routed through ours instead.
FRAMEWORK_LOGGERS = ("uvicorn", "uvicorn.error", "fastapi", "alembic")
# uvicorn's access log prints the raw path and query string; ours prints the route template.
SILENCED_LOGGERS = ("uvicorn.access",)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def describe_exception(exc_info: Any) -> dict[str, Any]:
    """Describe an exception by type and frames, never by message (messages quote input)."""
    exc_type, _exc, tb = exc_info
    frames = [f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]
    return {"error_type": getattr(exc_type, "__name__", str(exc_type)), "stack": frames[-12:]}


class JsonFormatter(logging.Formatter):
    """Render a record as one line of JSON: time, level, logger, message, request id, extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, _FILTER_ATTR, None),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and key != _FILTER_ATTR and key not in entry:
                entry[key] = _plain(value)
        if record.exc_info and record.exc_info[0] is not None:
            entry.update(describe_exception(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class TextFormatter(JsonFormatter):
    """Human-readable lines for a terminal, with the same privacy rules as the JSON form."""

    def format(self, record: logging.LogRecord) -> str:
        data = json.loads(super().format(record))
        head = f"{data.pop('ts')} {data.pop('level').upper():7} {data.pop('logger')}: "
        message = data.pop("message")
        rest = " ".join(f"{k}={v}" for k, v in data.items() if v is not None)
        return head + message + (f"  [{rest}]" if rest else "")


class _StderrHandler(logging.StreamHandler[Any]):
    """Write to whatever sys.stderr is at the time (test runners swap it per test)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def configure_logging(*, level: str = "INFO", json_lines: bool = True) -> None:
    """Send every logger through one stderr handler with our formatter and request ids."""
    handler = _StderrHandler()
    handler.setFormatter(JsonFormatter() if json_lines else TextFormatter())
    handler.addFilter(CorrelationIdFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_referral_router", False):
            root.removeHandler(old)
    handler._referral_router = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in FRAMEWORK_LOGGERS:
        framework = logging.getLogger(name)
        framework.handlers.clear()
        framework.propagate = True
        framework.setLevel(logging.NOTSET)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in SILENCED_LOGGERS:
        silenced = logging.getLogger(name)
        silenced.handlers.clear()
        silenced.propagate = False
        silenced.disabled = True
