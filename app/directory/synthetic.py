"""A deterministic, realistic nationwide directory of N synthetic services, for scale and speed.

`generate(count, random_seed)` places organizations at real ZIP centroids (see
synthetic_places) and gives each one to four services drawn from the mix in synthetic_mix:
in-person services with a 10-50 mile radius (some county-wide), telehealth practices
licensed in one to three states, and statewide warmlines. Everything is marked sample:
ids start with "synthetic-", names end with "(synthetic)" and is_sample is set, so no
synthetic row can pass for a real service. Dates hang off a fixed anchor, never today, so
the same (count, seed) gives identical rows on any day (on one Python minor version: the
random module's algorithms may change between versions, and the bundled ZIP data with
the zipcodes package). The rows are built without ORM state (see `_row`): map them, or
write them with repository.bulk_insert_rows.
"""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar, cast

from sqlalchemy.orm import configure_mappers
from sqlmodel import Session, SQLModel

from app.directory import models as m
from app.directory import repository
from app.directory.geo import ZipPlace
from app.directory.mapping import DirectoryRows
from app.directory.synthetic_mix import IN_PERSON_KINDS, Offer, offer
from app.directory.synthetic_places import jittered, sampler

ID_PREFIX = "synthetic-"
MAX_COUNT = 100_000
ANCHOR = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
TELEHEALTH_SHARE = 0.07
WARMLINE_SHARE = 0.01
COUNTY_WIDE_SHARE = 0.4  # of case management: county programmes serve the whole county
ORG_NAMES = ("Community", "Family", "Riverside", "Hope", "New Path", "Harbor", "Summit", "Unity")
ORG_NOUNS = ("Health Services", "Wellness Collective", "Counseling Group", "Care Network")
STREETS = ("Main St", "Oak Ave", "Maple St", "Church St", "Park Ave", "Elm St", "Market St")


M = TypeVar("M", bound=SQLModel)


def _row(model: type[M], **values: Any) -> M:
    # model_construct skips validation and ORM instrumentation: several times faster than
    # __init__, which matters at a million rows. The rows are read (mapping, Core inserts),
    # never attached to a session, so they need no ORM state.
    return cast(M, model.model_construct(**values))


def _phone_number(rng: random.Random) -> str:
    # 555-0100..0199 is reserved for fiction, so no synthetic number rings a real person.
    return f"{rng.randrange(201, 990)}5550{rng.randrange(100, 200)}"


def _add_offer_rows(rows: DirectoryRows, sid: str, item: Offer, tz: str | None) -> None:
    rows.cost_options.append(
        _row(
            m.CostOption,
            id=f"{sid}-cost",
            service_id=sid,
            option=item.fees,
            cost_type=item.cost_type,
            amount=item.amount,
            amount_max=item.amount_max,
            currency="USD",
        )
    )
    for payment in item.payments:
        rows.payments.append(
            _row(m.PaymentAccepted, id=f"{sid}-pay-{payment}", service_id=sid, payment=payment)
        )
    for code in item.languages:
        rows.languages.append(_row(m.Language, id=f"{sid}-lang-{code}", service_id=sid, code=code))
    for i, (days, opens, closes) in enumerate(item.hours):
        rows.schedules.append(
            _row(
                m.Schedule,
                id=f"{sid}-schedule-{i}",
                service_id=sid,
                byday=days,
                opens_at=opens,
                closes_at=closes,
                timezone=tz,
            )
        )


@dataclass(frozen=True)
class _Site:
    id: str
    latitude: float
    longitude: float


def _service(
    rows: DirectoryRows,
    rng: random.Random,
    *,
    sid: str,
    org: m.Organization,
    place: ZipPlace,
    kind: str,
    site: _Site | None,
    licensed_states: list[str],
) -> Offer:
    item = offer(kind, place.state, rng, remote_only=site is None)
    rows.services.append(
        _row(
            m.Service,
            id=sid,
            organization_id=org.id,
            name=f"{place.city} {item.label} (synthetic)",
            description=f"Synthetic {kind.replace('_', ' ')} service for load and scale tests.",
            url=f"https://example.org/{sid}",
            kind=kind,
            delivery=item.delivery,
            licensed_states=licensed_states if kind != "warmline" else [],
            topics=item.topics,
            eligible_populations=item.eligible,
            affirming_populations=item.affirming,
            crisis_risk_flags=[],
            crisis_populations=[],
            minimum_age=item.min_age,
            maximum_age=item.max_age,
            interpretation_services="Interpreters on request" if item.interpretation else None,
            fees_description=item.fees,
            open_24_7=item.open_24_7,
            timezone=place.timezone,
            accepting_new_clients=item.accepting,
            wait_days=item.wait_days,
            capacity_updated_at=ANCHOR - timedelta(hours=rng.randrange(1, 24 * 90)),
            verified_at=(ANCHOR - timedelta(days=rng.randrange(0, 730))).date(),
            is_sample=True,
        )
    )
    numbers = [("voice", _phone_number(rng))]
    if "text" in item.delivery:
        numbers.append(("text", _phone_number(rng)))
    for i, (phone_type, number) in enumerate(numbers):
        rows.phones.append(
            _row(
                m.Phone,
                id=f"{sid}-phone-{i}",
                service_id=sid,
                number=number,
                type=phone_type,
                position=i,
                languages=[],
                populations=[],
            )
        )
    _add_offer_rows(rows, sid, item, place.timezone)
    area: dict[str, Any] = {"area_type": "state", "states": [place.state], "counties": []}
    if site is not None:
        rows.service_at_locations.append(
            _row(m.ServiceAtLocation, id=f"{sid}-at-0", service_id=sid, location_id=site.id)
        )
        if kind == "case_management" and rng.random() < COUNTY_WIDE_SHARE:
            county = f"{place.state}:{(place.county or '').lower()}"
            area.update(area_type="county", states=[], counties=[county])
        else:
            radius = float(rng.randrange(10, 55, 5))
            area.update(area_type="radius", states=[], radius_miles=radius)
            area.update(latitude=site.latitude, longitude=site.longitude)
    elif licensed_states:
        area["states"] = list(licensed_states)
    rows.service_areas.append(
        _row(m.ServiceArea, id=f"{sid}-area-0", service_id=sid, postal_codes=[], **area)
    )
    return item


def _organization(rows: DirectoryRows, rng: random.Random, number: int, size: int) -> None:
    places = sampler()
    place = places.place(rng)
    oid = f"{ID_PREFIX}org-{number:06d}"
    org = _row(
        m.Organization,
        id=oid,
        name=f"{rng.choice(ORG_NAMES)} {rng.choice(ORG_NOUNS)} of {place.city} (synthetic)",
        website=f"https://example.org/{oid}",
        verified_at=(ANCHOR - timedelta(days=rng.randrange(0, 730))).date(),
        is_sample=True,
    )
    rows.organizations.append(org)
    roll = rng.random()
    site: _Site | None = None
    licensed, kinds = [place.state], list(IN_PERSON_KINDS)
    if roll < WARMLINE_SHARE:
        chosen = ["warmline"]
    elif roll < WARMLINE_SHARE + TELEHEALTH_SHARE:
        chosen = [rng.choice(("counseling", "counseling", "psychiatry"))]
        licensed = sorted({place.state, *(places.state(rng) for _ in range(rng.randrange(3)))})
    else:
        weights = list(IN_PERSON_KINDS.values())
        chosen = []
        while len(chosen) < size:  # distinct kinds: one clinic, several programmes
            kind = rng.choices(kinds, weights=weights)[0]
            if kind not in chosen:
                chosen.append(kind)
        lat, lon = jittered(place, rng)
        site = _Site(f"{ID_PREFIX}loc-{number:06d}", lat, lon)
        rows.addresses.append(
            _row(
                m.Address,
                id=f"{site.id}-address",
                location_id=site.id,
                address_1=f"{rng.randrange(10, 9900)} {rng.choice(STREETS)}",
                city=place.city,
                state_province=place.state,
                postal_code=place.zip,
                country="US",
            )
        )
    offers = []
    for kind in chosen:
        sid = f"{ID_PREFIX}svc-{len(rows.services) + 1:06d}"
        offers.append(
            _service(
                rows, rng, sid=sid, org=org, place=place, kind=kind, site=site,
                licensed_states=licensed,
            )
        )  # fmt: skip
    if site is not None:
        rows.locations.append(
            _row(
                m.Location,
                id=site.id,
                organization_id=oid,
                name=org.name,
                latitude=site.latitude,
                longitude=site.longitude,
                # Survivors-only programmes keep their address private, as shelters do.
                confidential=any(o.eligible == ["survivor"] for o in offers),
            )
        )


def generate(count: int, random_seed: int = 42) -> DirectoryRows:
    """Build `count` synthetic services; the same (count, random_seed) gives the same rows."""
    if not 0 <= count <= MAX_COUNT:
        raise ValueError(f"count must be between 0 and {MAX_COUNT}, not {count}")
    configure_mappers()  # attribute reads on un-instrumented rows need the mappers set up
    rng = random.Random(random_seed)
    rows = DirectoryRows()
    number = 0
    while len(rows.services) < count:
        number += 1
        size = min(count - len(rows.services), rng.choices((1, 2, 3, 4), (50, 25, 15, 10))[0])
        _organization(rows, rng, number, size)
    return rows


def load_synthetic(*, session: Session, count: int, random_seed: int = 42) -> int:
    """Replace every synthetic row with a fresh directory of `count`; returns services loaded."""
    rows = generate(count, random_seed)
    repository.delete_by_id_prefix(session=session, prefix=ID_PREFIX)
    repository.bulk_insert_rows(session=session, rows=rows)
    repository.bump_directory_version(session=session)
    return len(rows.services)
