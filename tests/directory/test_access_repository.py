"""Keys, audit entries and admin writes behave the same on SQLite and PostgreSQL."""

import threading
import time

from sqlalchemy import text

from app.directory import access_repository, migrate, repository, writes
from app.directory.database import get_engine, session_scope

ADMIN = writes.Actor("key_test", "Durham County Admin")
ORG = {"id": "org-pg", "name": "Backend Test Org (sample)", "is_sample": True}
SERVICE = {
    "organization_id": "org-pg",
    "name": "Backend Test Service (sample)",
    "kind": "counseling",
    "phones": [{"number": "9195550101"}],
    "schedules": [{"days": ["MO"], "opens_at": "09:00", "closes_at": "17:00"}],
    "is_sample": True,
}


class TestKeysOnEachBackend:
    def test_a_key_is_stored_hashed_found_and_revoked(self, db_url: str) -> None:
        migrate.upgrade(db_url)
        engine = get_engine(db_url)
        with session_scope(engine) as session:
            row, raw = access_repository.create_api_key(
                session=session, name="Partner", kind="publishable", origins=["https://a.example"]
            )
        with session_scope(engine) as session:
            stored = session.execute(text("SELECT key_hash, origins FROM api_key")).one()
            assert stored[0] == access_repository.hash_key(raw) != raw
            active = access_repository.get_all_api_keys(session=session, active_only=True)
            assert [k.id for k in active] == [row.id]
            access_repository.revoke_api_key(session=session, key_id=row.id)
        with session_scope(engine) as session:
            assert access_repository.get_all_api_keys(session=session, active_only=True) == []
            assert access_repository.get_all_api_keys(session=session)[0].revoked_at is not None


class TestWritesOnEachBackend:
    def test_create_replace_capacity_delete_with_an_audit_trail(self, db_url: str) -> None:
        migrate.upgrade(db_url)
        engine = get_engine(db_url)
        with session_scope(engine) as session:
            writes.write_entity(
                session=session,
                actor=ADMIN,
                action="create",
                entity_type="organization",
                entity_id="org-pg",
                data=ORG,
            )
            writes.write_entity(
                session=session,
                actor=ADMIN,
                action="create",
                entity_type="service",
                entity_id="svc-pg",
                data=SERVICE,
            )
        with session_scope(engine) as session:
            outcome = writes.write_entity(
                session=session,
                actor=ADMIN,
                action="update",
                entity_type="service",
                entity_id="svc-pg",
                data={**SERVICE, "phones": [{"number": "9195550102"}]},
            )
            assert outcome.changed_fields == ["phones"]
            writes.set_capacity(
                session=session,
                actor=ADMIN,
                service_id="svc-pg",
                accepting_new_clients=False,
                wait_days=30,
            )
        with session_scope(engine) as session:
            rows = repository.get_service_rows(session=session, service_id="svc-pg")
            assert rows is not None
            assert [p.number for p in rows.phones] == ["9195550102"]
            assert rows.services[0].accepting_new_clients is False
            writes.write_entity(
                session=session,
                actor=ADMIN,
                action="delete",
                entity_type="service",
                entity_id="svc-pg",
            )
        with session_scope(engine) as session:
            assert repository.get_service_rows(session=session, service_id="svc-pg") is None
            audit = access_repository.get_all_audit_entries(session=session)
            assert [e.action for e in audit] == ["delete", "capacity", "update", "create", "create"]
            assert repository.get_directory_version(session=session) == 5


class TestConcurrentWrites:
    def test_two_writes_at_once_make_two_versions(self, postgres_url: str) -> None:
        # B's bump waits on A's row lock; A commits only once PostgreSQL shows B waiting.
        migrate.upgrade(postgres_url)
        engine = get_engine(postgres_url)
        with session_scope(engine) as session:
            start = repository.bump_directory_version(session=session)
        results: list[int] = []

        def second_writer() -> None:
            with session_scope(engine) as session_b:
                results.append(repository.bump_directory_version(session=session_b))

        with session_scope(engine) as session_a:
            results.append(repository.bump_directory_version(session=session_a))
            thread = threading.Thread(target=second_writer)
            thread.start()
            with engine.connect() as watcher:
                deadline = time.monotonic() + 30
                while not watcher.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity"
                        " WHERE wait_event_type = 'Lock' AND datname = current_database()"
                    )
                ).scalar_one():
                    assert time.monotonic() < deadline, "the second write never waited"
                    # pg_stat_activity is a snapshot per transaction: end it to see news.
                    watcher.rollback()
                    time.sleep(0.02)
        thread.join(timeout=30)
        with session_scope(engine) as session:
            final = repository.get_directory_version(session=session)
        assert sorted(results) == [start + 1, start + 2]
        assert final == start + 2
