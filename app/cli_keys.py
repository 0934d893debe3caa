"""`referral-router keys`: create, list and revoke partners' API keys.

A raw key is printed once, by `create`, on stdout (so a script can capture it); it is
stored only as a hash and no command can show it again. Running replicas pick up a new or
revoked key within their reload interval.
"""

from datetime import datetime
from typing import Annotated

import typer
from rich.console import Console

from app.config import get_settings
from app.directory import access_repository
from app.directory.database import get_engine, session_scope

keys_cli = typer.Typer(help="Manage partners' API keys.", no_args_is_help=True)
console = Console(stderr=True)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


@keys_cli.command("create")
def create(
    name: Annotated[str, typer.Option(help="Who the key is for, e.g. 'Durham Mutual Aid'.")],
    kind: Annotated[
        str, typer.Option(help="publishable (widgets, read-only) or secret (directory writes).")
    ] = "publishable",
    origin: Annotated[
        list[str] | None,
        typer.Option(help="A site allowed to use a publishable key: https://host[:port]. Repeat."),
    ] = None,
    rate_limit: Annotated[
        int | None, typer.Option(min=1, help="Requests per minute, instead of the default.")
    ] = None,
) -> None:
    """Create a key and print it once."""
    if kind not in access_repository.KEY_PREFIXES:
        raise typer.BadParameter("must be 'publishable' or 'secret'", param_hint="--kind")
    try:
        with session_scope(get_engine(get_settings().database_url)) as session:
            row, raw_key = access_repository.create_api_key(
                session=session,
                name=name,
                kind=kind,  # type: ignore[arg-type]  # checked above
                origins=origin or [],
                rate_limit_per_minute=rate_limit,
            )
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    console.print(f"Created {row.kind} key {row.id} for {row.name!r}.")
    if row.origins:
        console.print("Allowed origins: " + ", ".join(row.origins))
    console.print("Store it now: it is shown only this once.")
    typer.echo(raw_key)


@keys_cli.command("list")
def list_keys(
    all_keys: Annotated[bool, typer.Option("--all", help="Include revoked keys.")] = False,
) -> None:
    """List keys (never the keys themselves)."""
    with session_scope(get_engine(get_settings().database_url)) as session:
        rows = access_repository.get_all_api_keys(session=session, active_only=not all_keys)
    # Tab-separated so scripts can cut it; a table would truncate in narrow terminals.
    typer.echo("id\tkind\tname\tstarts\torigins\tlimit_per_minute\tcreated\trevoked")
    for row in rows:
        typer.echo(
            "\t".join(
                (
                    row.id,
                    row.kind,
                    row.name,
                    row.key_prefix + "...",
                    " ".join(row.origins),
                    str(row.rate_limit_per_minute or "default"),
                    _when(row.created_at),
                    _when(row.revoked_at),
                )
            )
        )


@keys_cli.command("revoke")
def revoke(key_id: Annotated[str, typer.Argument(help="The key's id, from `keys list`.")]) -> None:
    """Revoke a key; replicas refuse it within their reload interval."""
    with session_scope(get_engine(get_settings().database_url)) as session:
        row = access_repository.revoke_api_key(session=session, key_id=key_id)
    if row is None:
        console.print(f"No key has id {key_id!r}.")
        raise typer.Exit(code=1)
    console.print(f"Revoked {row.id} ({row.name}).")
