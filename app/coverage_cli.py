"""`referral-router coverage`: coverage and gaps for a CSV of places, or every US ZIP.

In-process by default: the directory is read from the database once into routing's index.
With --api the places go to a deployed server's POST /v1/coverage in chunks instead. Either
way the output is a CSV with one row per place (bad rows say why), an optional one-file
HTML report, and a summary table.
"""

import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

ALL_US = "all-us"
console = Console(stderr=True)


class RateColumn(ProgressColumn):
    """Places per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} places/s" if speed else "– places/s", style="cyan")


def _fail(message: str) -> typer.Exit:
    console.print(f"[red]{message}[/red]")
    return typer.Exit(2)


def _read_profile(path: Path | None) -> dict[str, Any]:
    from pydantic import ValidationError

    from app.api.schemas.coverage import CoverageProfile

    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        CoverageProfile.model_validate(raw)
    except (OSError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            fields = ", ".join(".".join(map(str, e["loc"])) for e in exc.errors())
            raise _fail(f"{path}: invalid profile field(s): {fields}.") from None
        raise _fail(f"{path}: not a readable JSON profile ({type(exc).__name__}).") from None
    return dict(raw)


def _read_locations(source: str) -> list[dict[str, Any]]:
    from app.reports.locations import read_csv_rows

    try:
        rows = read_csv_rows(Path(source).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise _fail(f"{source}: cannot read ({exc.strerror}).") from None
    except ValueError as exc:
        raise _fail(f"{source}: {exc}") from None
    if not rows:
        raise _fail(f"{source}: no places below the header line.")
    return rows


def _local_rows(
    source: str, profile_raw: dict[str, Any], radius: float | None, workers: int
) -> tuple[dict[str, Any], Any]:
    from app.api.routes.referrals import to_profile
    from app.api.schemas.coverage import DEFAULT_RADIUS_MILES, CoverageProfile
    from app.config import get_settings
    from app.directory import repository
    from app.directory.database import get_engine, session_scope
    from app.reports.locations import all_us_locations, resolve_all
    from app.reports.rows import header
    from app.reports.runner import run_local
    from app.routing.coverage import plan_coverage
    from app.routing.index import DirectoryIndex

    profile = to_profile(CoverageProfile.model_validate(profile_raw))
    miles = float(radius or profile.max_distance_miles or DEFAULT_RADIUS_MILES)
    with console.status("Loading the directory…"):
        with session_scope(get_engine(get_settings().database_url)) as session:
            version = str(repository.get_directory_version(session=session))
            index = DirectoryIndex(repository.load_records(session=session), version)
        located = (
            all_us_locations() if source == ALL_US else list(resolve_all(_read_locations(source)))
        )
        plan = plan_coverage(index, profile, miles)
    if len(index) == len(index.crisis_lines):
        console.print("[yellow]The directory has no local services: run `referral-router seed`.")
    return header(plan, index, len(located)), run_local(plan, located, workers)


def _remote_rows(
    source: str, profile_raw: dict[str, Any], radius: float | None, api: str, key: str | None
) -> tuple[dict[str, Any], Any, Any]:
    from app.directory.geo import all_zips
    from app.reports.runner import RemoteCoverage

    if source == ALL_US:
        raws: list[dict[str, Any]] = [{"id": z.zip, "zip": z.zip} for z in all_zips()]
        raws.sort(key=lambda r: r["id"])
    else:
        raws = _read_locations(source)
    client = RemoteCoverage(api, key)
    rows = client.run(raws, profile_raw, radius)
    return next(rows), rows, client


def _summary_table(totals: Any, elapsed: float) -> Table:
    labels = {c["code"]: c["label"] for c in totals.header["gap_checks"]}
    table = Table(title="Coverage summary", show_lines=False)
    table.add_column("What")
    table.add_column("Places", justify="right")
    table.add_column("Share", justify="right")
    ok = max(totals.ok, 1)
    table.add_row("Places checked", f"{totals.ok:,}", "")
    table.add_row("Rows not usable (see CSV)", f"{totals.errors:,}", "")
    table.add_row("With at least one gap", f"{totals.with_gap:,}", f"{totals.with_gap / ok:.0%}")
    for code, label in labels.items():
        n = totals.gap_counts.get(code, 0)
        table.add_row(f"  {label}", f"{n:,}", f"{n / ok:.0%}")
    rate = totals.locations / elapsed if elapsed else 0.0
    table.caption = f"{totals.locations:,} rows in {elapsed:.1f} s ({rate:,.0f} places/s)"
    if totals.header.get("notice"):
        table.caption += f"\n{totals.header['notice']}"
    return table


def coverage(
    source: Annotated[
        str | None,
        typer.Argument(metavar="INPUT", help="CSV (id,zip | id,lat,lon | id,state) or all-us."),
    ] = None,
    profile: Annotated[
        Path | None, typer.Option(help="JSON need profile (no location), as in the API.")
    ] = None,
    radius: Annotated[
        float | None, typer.Option(min=0.1, max=100, help="In-person radius, miles (25).")
    ] = None,
    out: Annotated[Path, typer.Option(help="CSV written here.")] = Path("coverage.csv"),
    html: Annotated[Path | None, typer.Option(help="Also write a one-file HTML report.")] = None,
    api: Annotated[
        str | None, typer.Option(help="Use this server instead of the local DB.")
    ] = None,
    key: Annotated[
        str | None, typer.Option(envvar="REFERRAL_API_KEY", help="API key for --api.")
    ] = None,
    all_zips: Annotated[bool, typer.Option("--all-zips", help="Same as INPUT all-us.")] = False,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes for in-process runs.")
    ] = os.cpu_count() or 1,
) -> None:
    """Coverage and gaps for many places: CSV out, optional HTML report, summary table."""
    from app.reports.html import render_report
    from app.reports.runner import RemoteError
    from app.reports.table import CsvSink, ReportTotals

    if source is None and not all_zips:
        raise _fail("Give an INPUT CSV, or all-us (--all-zips) for every US ZIP.")
    source = ALL_US if all_zips or source is None else source
    profile_raw = _read_profile(profile)
    started = time.perf_counter()
    client = None
    try:
        if api:
            head, rows, client = _remote_rows(source, profile_raw, radius, api, key)
        else:
            head, rows = _local_rows(source, profile_raw, radius, workers)
        totals = ReportTotals(head)
        columns = [
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
        ]
        with out.open("w", encoding="utf-8", newline="") as stream:
            sink = CsvSink(stream, head)
            with Progress(*columns, console=console, transient=not sys.stderr.isatty()) as bar:
                task = bar.add_task("Coverage", total=head["locations"])
                for row in rows:
                    sink.add(row)
                    totals.add(row)
                    bar.advance(task)
    except RemoteError as exc:
        raise _fail(f"The server refused the run: {exc}") from None
    finally:
        if client is not None:
            client.close()
    if html is not None:
        html.write_text(render_report(totals), encoding="utf-8")
    console.print(_summary_table(totals, time.perf_counter() - started))
    console.print(f"Wrote {out}" + (f" and {html}" if html else ""))
