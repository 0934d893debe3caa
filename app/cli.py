"""The `referral-router` command: serve, migrate, seed, import and export, openapi."""

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from app.cli_keys import keys_cli
from app.config import get_settings
from app.coverage_cli import coverage as coverage_command

cli = typer.Typer(
    help="referral-router: route needs to the right services, crisis lines first.",
    no_args_is_help=True,
    add_completion=False,
)
cli.add_typer(keys_cli, name="keys")
cli.command("coverage")(coverage_command)
console = Console(stderr=True)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(envvar="PORT", help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    reload: Annotated[bool, typer.Option(help="Restart on code changes (development).")] = False,
) -> None:
    """Serve the API and the widget."""
    import logging

    import uvicorn

    from app.logging import configure_logging

    # Read settings now: unsafe production settings stop here, before any worker starts.
    settings = get_settings()
    # JSON lines from uvicorn's supervisor too, not only from the app's workers.
    configure_logging(level=settings.log_level, json_lines=settings.log_json)
    logging.getLogger("referral_router").info(
        "serving", extra={"host": host, "port": port, "workers": workers}
    )
    uvicorn.run(
        "app.main:app",
        host=host,
        port=port,
        workers=workers,
        reload=reload,
        proxy_headers=True,
        access_log=False,
        log_config=None,
    )


@cli.command()
def migrate(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
    down: Annotated[bool, typer.Option("--down", help="Downgrade to REVISION instead.")] = False,
) -> None:
    """Apply database migrations (or roll them back with --down)."""
    from app.directory import migrate as migrations

    url = get_settings().database_url
    if down:
        migrations.downgrade(url, revision if revision != "head" else "base")
    else:
        migrations.upgrade(url, revision)
    console.print(f"Database at revision {'(down) ' if down else ''}{revision}.")


@cli.command()
def openapi(
    out: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
) -> None:
    """Print the OpenAPI document (the committed openapi.json is this output)."""
    from app.main import create_app

    text = json.dumps(create_app().openapi(), indent=2, ensure_ascii=False) + "\n"
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        console.print(f"Wrote {out}")


@cli.command()
def seed(
    synthetic: Annotated[
        int | None,
        typer.Option(min=1, max=100_000, help="Instead of seed/, generate N synthetic services."),
    ] = None,
    random_seed: Annotated[int, typer.Option(help="Seed of the synthetic generator.")] = 42,
) -> None:
    """Load seed/ (national lines, resources, sample directory) idempotently."""
    from app.directory.database import get_engine, session_scope
    from app.directory.seed import load_seed

    settings = get_settings()
    with session_scope(get_engine(settings.database_url)) as session:
        if synthetic is not None:
            from app.directory.synthetic import load_synthetic

            count = load_synthetic(session=session, count=synthetic, random_seed=random_seed)
            console.print(f"Loaded {count} synthetic services (random seed {random_seed}).")
            return
        count = load_seed(session=session, seed_dir=settings.seed_dir)
    console.print(f"Seeded {count} services from {settings.seed_dir}.")


@cli.command("import-hsds")
def import_hsds(
    path: Annotated[Path, typer.Argument(help="A folder of HSDS CSV files, or a .zip of one.")],
) -> None:
    """Import an HSDS 3.0 or 1.x/2.x package all-or-nothing, then print what was done."""
    from app.directory.database import get_engine, session_scope
    from app.directory.hsds import import_datapackage
    from app.errors import ImportRejectedError

    try:
        with session_scope(get_engine(get_settings().database_url)) as session:
            summary = import_datapackage(session=session, path=path)
    except ImportRejectedError as exc:
        console.print(exc.detail, markup=False, highlight=False)
        for error in exc.errors or []:
            where = f"{error.get('file')} row {error.get('row')}, column {error.get('column')}"
            console.print(f"  {where}: {error.get('msg')}", markup=False, highlight=False)
        raise typer.Exit(code=1) from exc
    for line in summary.lines():
        console.print(line, markup=False, highlight=False)


@cli.command("export-hsds")
def export_hsds(
    directory: Annotated[Path, typer.Argument(help="Folder to write the CSV files into.")],
) -> None:
    """Export the directory as HSDS 3.0 CSV files plus datapackage.json."""
    from app.directory.database import get_engine, session_scope
    from app.directory.hsds import export_datapackage

    with session_scope(get_engine(get_settings().database_url)) as session:
        counts = export_datapackage(session=session, directory=directory)
    written = ", ".join(f"{name} {n}" for name, n in counts.items())
    console.print(f"Wrote HSDS 3.0 to {directory}: {written}", markup=False, highlight=False)


def main() -> None:
    """Entry point of the console script."""
    cli()


if __name__ == "__main__":
    main()
