"""Run Alembic migrations from code (the CLI, tests and the Dockerfile use this).

On PostgreSQL an upgrade holds a session-level advisory lock, so replicas that all run
`referral-router migrate` as they start take turns: the first migrates, the rest find
the schema current. (SQLite is one file on one machine; its own locking suffices.)
"""

from alembic.config import Config
from sqlalchemy import text

from alembic import command
from app.config import PROJECT_ROOT
from app.directory.database import get_engine

# An arbitrary 64-bit key naming "referral-router schema migration" among advisory locks.
MIGRATION_LOCK_KEY = 0x5EF3_2A1C_0001


def alembic_config(database_url: str) -> Config:
    """An Alembic config pointing at our scripts and the given database."""
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Migrate the database up to `revision`."""
    config = alembic_config(database_url)
    if not database_url.startswith("postgresql"):
        command.upgrade(config, revision)
        return
    with get_engine(database_url).connect() as connection:
        lock = {"key": MIGRATION_LOCK_KEY}
        connection.execute(text("SELECT pg_advisory_lock(:key)"), lock)
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            connection.commit()
        finally:
            connection.rollback()
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), lock)
            connection.commit()


def downgrade(database_url: str, revision: str = "base") -> None:
    """Migrate the database down to `revision`."""
    command.downgrade(alembic_config(database_url), revision)
