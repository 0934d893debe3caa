"""The referral answer's JSON bytes, assembled from per-service fragments.

Building and serialising the pydantic answer models cost more than ranking at times: a
service's public JSON depends only on the directory, so it is rendered once per directory
version (through ServiceOut itself, so the bytes are the model's) and reused. Only the
per-answer fields (kind, score, reasons, distance, triage, notices) are encoded per request,
and those are never kept. The output equals `ReferralOut(...).model_dump_json()` byte for
byte; tests/api/test_answer_json.py holds the two paths to that.
"""

from collections.abc import Sequence
from weakref import WeakKeyDictionary

from pydantic_core import to_json

from app.api.schemas.service_view import phone_out, service_out
from app.routing.index import DirectoryIndex
from app.routing.records import Phone, ServiceRecord
from app.routing.referral import Reason, Referral, ResultItem

_NO_PHONES = b',"phones":[],'  # inside a JSON string a quote is escaped, so this is structural


class _Rendered:
    """One service's JSON split around its phones, and each of its phones' JSON."""

    __slots__ = ("head", "phones", "record", "tail")

    def __init__(self, record: ServiceRecord) -> None:
        whole = service_out(record, ()).model_dump_json().encode()
        head, tail = whole.split(_NO_PHONES, 1)
        self.record = record
        self.head = head + b',"phones":['
        self.tail = b"]," + tail
        self.phones = {p: _phone(p) for p in record.phones}


def _phone(phone: Phone) -> bytes:
    return phone_out(phone).model_dump_json().encode()


# Keyed weakly by the index: a directory reload builds a new index and drops its fragments.
_fragments: "WeakKeyDictionary[DirectoryIndex, dict[str, _Rendered]]" = WeakKeyDictionary()


def _service(index: DirectoryIndex, record: ServiceRecord, phones: Sequence[Phone]) -> bytes:
    table = _fragments.get(index)
    if table is None:
        table = _fragments.setdefault(index, {})
    rendered = table.get(record.id)
    if rendered is None or rendered.record is not record:
        rendered = _Rendered(record)
        if index.by_id.get(record.id) is record:  # only the directory's own records are kept
            table[record.id] = rendered
    known = rendered.phones
    inner = b",".join(known.get(p) or _phone(p) for p in phones)
    return rendered.head + inner + rendered.tail


def _reasons(reasons: Sequence[Reason]) -> bytes:
    return to_json([{"code": r.code, "text": r.text} for r in reasons])


def _optional_float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _item(index: DirectoryIndex, item: ResultItem) -> bytes:
    return b"".join(
        (
            b'{"kind":',
            to_json(item.kind),
            b',"service":',
            _service(index, item.service, item.phones),
            b',"score":',
            to_json(float(item.score)),
            b',"reasons":',
            _reasons(item.reasons),
            b',"distance_miles":',
            to_json(_optional_float(item.distance_miles)),
            b',"distance_band":',
            to_json(item.distance_band),
            b"}",
        )
    )


def answer_json(
    referral: Referral,
    index: DirectoryIndex,
    *,
    notices: list[str],
    excluded: dict[str, int] | None,
) -> bytes:
    """Render the answer as ReferralOut (or CrisisLinesOut when `excluded` is None) would."""
    triage = referral.triage
    parts = [
        b'{"triage":{"level":',
        to_json(triage.level),
        b',"reasons":',
        _reasons(triage.reasons),
        b',"message":',
        to_json(triage.message),
        b'},"results":[',
        b",".join(_item(index, i) for i in referral.results),
        b'],"notices":',
        to_json(notices),
        b',"warnings":',
        to_json(list(referral.warnings)),
        b',"directory_version":',
        to_json(referral.directory_version),
        b',"ruleset_version":',
        to_json(referral.ruleset_version),
    ]
    if excluded is not None:
        parts += (b',"excluded":', to_json({str(k): int(v) for k, v in excluded.items()}))
    parts.append(b"}")
    return b"".join(parts)
