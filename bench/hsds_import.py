"""HSDS import speed: a synthetic HSDS 2.x package of N services, end to end, on SQLite.

Prints the first import and a re-import (idempotent upsert) next to a same-run baseline:
writing the very same rows with `repository.upsert_rows` (one `session.merge` per row, as
the seed loader does). Run with `python -m bench.hsds_import [--services N]`; nothing here
asserts.
"""

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import SQLModel

from app.directory import repository
from app.directory.database import get_engine, session_scope
from app.directory.hsds import import_datapackage
from tests.directory.hsds_packages import synthetic_legacy_package


def _engine(path: Path) -> Engine:
    engine = get_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    return engine


def run(services: int) -> dict[str, float]:
    """Time import, re-import and the per-row merge baseline; returns seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        package = synthetic_legacy_package(root / "pkg", services)
        engine = _engine(root / "import.db")
        figures = {}
        for label in ("import", "re-import"):
            started = time.perf_counter()
            with session_scope(engine) as session:
                summary = import_datapackage(session=session, path=package)
            figures[label] = time.perf_counter() - started
        figures["rows"] = float(sum(summary.counts.values()))
        with session_scope(engine) as session:
            rows = repository.load_directory_rows(session=session)
        baseline = _engine(root / "baseline.db")
        started = time.perf_counter()
        with session_scope(baseline) as session:
            repository.upsert_rows(session=session, rows=rows)
        figures["baseline merge per row"] = time.perf_counter() - started
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.hsds_import", description=__doc__)
    parser.add_argument("--services", type=int, default=2000)
    args = parser.parse_args()
    figures = run(args.services)
    print(f"HSDS 2.x package, {args.services} services, {figures.pop('rows'):.0f} rows written")
    for label, seconds in figures.items():
        print(f"  {label:<24} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
