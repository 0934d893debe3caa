"""The directory a running process serves: an index rebuilt whenever directory_version moves.

Each replica polls the version every `reload_interval_seconds`; a write anywhere bumps it.
When the database cannot be reached the last index stays in service, and before any index
was ever loaded the bundled seed's crisis lines are served, so crisis help never depends on
the database.
"""

import asyncio
import logging
import threading
import time
from pathlib import Path

from sqlalchemy import Engine

from app.directory import repository
from app.directory.database import session_scope
from app.directory.seed import bundled_crisis_records
from app.routing.index import DirectoryIndex

log = logging.getLogger(__name__)

FALLBACK_VERSION = "seed-fallback"


class LiveDirectory:
    """Holds the current index; `refresh()` reloads it when the database version changed."""

    def __init__(self, engine: Engine, seed_dir: Path) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self.index = DirectoryIndex(bundled_crisis_records(seed_dir), FALLBACK_VERSION)
        self.loaded_from_database = False
        self.database_reachable = False
        self.last_checked: float | None = None

    def refresh(self, *, force: bool = False) -> bool:
        """Reload if the version moved (or when forced); returns whether the index changed."""
        with self._lock:
            try:
                with session_scope(self._engine) as session:
                    version = str(repository.get_directory_version(session=session))
                    if not force and self.loaded_from_database and version == self.index.version:
                        self.database_reachable, self.last_checked = True, time.monotonic()
                        return False
                    records = repository.load_records(session=session)
            except Exception as exc:  # the database is down: keep serving what we have
                self.database_reachable = False
                log.warning("directory reload failed", extra={"error_type": type(exc).__name__})
                return False
            self.index = DirectoryIndex(records, version)
            self.loaded_from_database = self.database_reachable = True
            self.last_checked = time.monotonic()
            log.info("directory loaded", extra={"services": len(records), "version": version})
            return True

    def ping(self) -> bool:
        """Say whether the database answers right now."""
        try:
            with session_scope(self._engine) as session:
                repository.ping(session=session)
        except Exception:
            self.database_reachable = False
            return False
        self.database_reachable = True
        return True

    async def poll(self, interval_seconds: float) -> None:
        """Refresh forever, off the event loop, every `interval_seconds`."""
        while True:
            await asyncio.sleep(interval_seconds)
            await asyncio.to_thread(self.refresh)
