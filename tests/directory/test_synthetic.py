"""The synthetic directory: reproducible, exact in size, valid, varied, never taken for real."""

from collections import Counter
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app.directory import models as m
from app.directory import repository
from app.directory.database import session_scope
from app.directory.geo import STATES
from app.directory.mapping import DirectoryRows, build_records
from app.directory.synthetic import ID_PREFIX, generate, load_synthetic
from app.routing import vocabulary as v
from app.routing.index import DirectoryIndex
from app.routing.profile import Place


def _dump(rows: DirectoryRows) -> list[dict[str, object]]:
    return [{"table": type(r).__name__, **r.model_dump()} for r in rows.all_rows()]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def big() -> DirectoryRows:
    return generate(2000, random_seed=11)


class TestGenerate:
    def test_same_count_and_seed_give_identical_rows(self) -> None:
        assert _dump(generate(300, random_seed=7)) == _dump(generate(300, random_seed=7))

    def test_another_seed_gives_another_directory(self) -> None:
        first, second = generate(100, random_seed=1), generate(100, random_seed=2)
        assert [s.name for s in first.services] != [s.name for s in second.services]

    @pytest.mark.parametrize("count", [0, 1, 2, 7, 333])
    def test_count_is_exact(self, count: int) -> None:
        assert len(generate(count).services) == count

    def test_more_than_the_maximum_is_refused(self) -> None:
        with pytest.raises(ValueError, match="100000"):
            generate(100_001)

    def test_every_row_is_marked_synthetic(self, big: DirectoryRows) -> None:
        assert all(getattr(r, "id", "").startswith(ID_PREFIX) for r in big.all_rows())
        named = [(o.name, o.is_sample) for o in big.organizations]
        named += [(s.name, s.is_sample) for s in big.services]
        assert all(sample and "(synthetic)" in name for name, sample in named)

    def test_phone_numbers_are_in_the_range_reserved_for_fiction(self, big: DirectoryRows) -> None:
        assert all(p.number[3:7] == "5550" and p.number[7] == "1" for p in big.phones)


class TestVocabulary:
    def test_services_use_only_known_values(self, big: DirectoryRows) -> None:
        for s in big.services:
            assert s.kind in v.SERVICE_KINDS
            assert set(s.delivery) <= set(v.DELIVERY)
            assert set(s.topics) <= set(v.TOPICS)
            assert set(s.eligible_populations) | set(s.affirming_populations) <= set(v.POPULATIONS)
            assert set(s.licensed_states) <= set(STATES)
            assert s.timezone and ZoneInfo(s.timezone)

    def test_children_use_only_known_values(self, big: DirectoryRows) -> None:
        assert {p.payment for p in big.payments} <= set(v.PAYMENT)
        assert {lang.code for lang in big.languages} <= set(v.LANGUAGES)
        assert {p.type for p in big.phones} <= set(v.PHONE_TYPES)
        assert {a.area_type for a in big.service_areas} <= set(v.SERVICE_AREA_TYPES)
        days = {d for s in big.schedules for d in (s.byday or "").split(",")}
        assert days <= set(v.WEEKDAYS)
        assert {a.state_province for a in big.addresses} <= set(STATES)


class TestVariety:
    def test_every_kind_the_brief_names_is_present(self, big: DirectoryRows) -> None:
        kinds = Counter(s.kind for s in big.services)
        assert set(kinds) == {
            "counseling",
            "psychiatry",
            "support_group",
            "substance_use_treatment",
            "case_management",
            "peer_support",
            "warmline",
        }
        assert kinds.most_common(1)[0][0] == "counseling"

    def test_costs_range_from_free_to_private_fees(self, big: DirectoryRows) -> None:
        types = Counter(c.cost_type for c in big.cost_options)
        assert types["free"] and types["sliding_scale"] and types["fixed"]
        scales = [c for c in big.cost_options if c.cost_type == "sliding_scale"]
        assert all(
            c.amount is not None and c.amount_max and c.amount < c.amount_max for c in scales
        )
        payments = {p.payment for p in big.payments}
        assert {"medicaid", "private_insurance", "sliding_scale"} <= payments

    def test_a_minority_speaks_spanish(self, big: DirectoryRows) -> None:
        spanish = {lang.service_id for lang in big.languages if lang.code == "es"}
        assert 0.1 < len(spanish) / len(big.services) < 0.4

    def test_some_are_full_some_restricted_some_confidential(self, big: DirectoryRows) -> None:
        assert any(not s.accepting_new_clients for s in big.services)
        assert any(s.eligible_populations == ["veteran"] for s in big.services)
        assert any(s.maximum_age is not None and s.maximum_age < 18 for s in big.services)
        assert any(loc.confidential for loc in big.locations)

    def test_telehealth_serves_the_states_it_is_licensed_in(self, big: DirectoryRows) -> None:
        remote = [s for s in big.services if "in_person" not in s.delivery and s.kind != "warmline"]
        assert 0.03 < len(remote) / len(big.services) < 0.15
        areas = {a.service_id: a for a in big.service_areas}
        for service in remote:
            assert areas[service.id].area_type == "state"
            assert areas[service.id].states == service.licensed_states

    def test_in_person_areas_are_10_to_50_mile_circles_or_counties(
        self, big: DirectoryRows
    ) -> None:
        linked = {link.service_id for link in big.service_at_locations}
        for area in big.service_areas:
            if area.service_id in linked:
                assert area.area_type in ("radius", "county")
            if area.area_type == "radius":
                assert area.radius_miles is not None and 10 <= area.radius_miles <= 50

    def test_sites_spread_nationwide_and_follow_population(self, big: DirectoryRows) -> None:
        states = Counter(a.state_province for a in big.addresses)
        assert len(states) >= 35
        assert states["CA"] > states["NC"] > states["WY"]


class TestMapping:
    def test_every_service_becomes_a_sample_record(self, big: DirectoryRows) -> None:
        records = build_records(big)
        assert [r.id for r in records] == sorted(s.id for s in big.services)
        assert all(r.is_sample for r in records)

    def test_every_service_can_be_found_where_it_serves(self, big: DirectoryRows) -> None:
        records = build_records(big)
        index = DirectoryIndex(records, "test")
        for record in records[:400]:
            if record.sites:
                site = record.sites[0]
                assert site.latitude is not None and site.longitude is not None
                found = index.near(site.latitude, site.longitude, 1.0)
                assert record.id in {n.service.id for n in found}
            else:
                state = sorted(record.areas[0].states)[0]
                assert record in index.covering(Place(state=state))


class TestLoadSynthetic:
    def test_load_writes_every_service_and_bumps_the_version(self, engine: Engine) -> None:
        with session_scope(engine) as session:
            assert load_synthetic(session=session, count=120, random_seed=3) == 120
        with session_scope(engine) as session:
            assert repository.count_services(session=session) == 120
            assert repository.get_directory_version(session=session) == 1

    def test_loaded_records_are_what_was_generated(self, engine: Engine) -> None:
        with session_scope(engine) as session:
            load_synthetic(session=session, count=80, random_seed=5)
        with session_scope(engine) as session:
            loaded = repository.load_records(session=session)
        assert loaded == build_records(generate(80, random_seed=5))

    def test_reload_replaces_and_keeps_real_rows(self, engine: Engine) -> None:
        with session_scope(engine) as session:
            session.add(m.Organization(id="real-org", name="Real clinic"))
            session.add(m.Service(id="real-svc", organization_id="real-org", name="Counseling"))
        with session_scope(engine) as session:
            load_synthetic(session=session, count=150, random_seed=1)
        with session_scope(engine) as session:
            load_synthetic(session=session, count=60, random_seed=2)
        with session_scope(engine) as session:
            ids = set(session.exec(select(m.Service.id)).all())
            names = set(session.exec(select(m.Service.name)).all())
            assert repository.get_directory_version(session=session) == 2
        assert len(ids) == 61 and "real-svc" in ids
        assert names - {"Counseling"} == {s.name for s in generate(60, random_seed=2).services}
