"""Turn directory rows (from the database or straight from seed files) into routing records.

One mapper serves both paths so that crisis lines served from the bundled seed when the
database is down are exactly the ones served from the database.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import time
from typing import TypeVar

from app.directory import models as m
from app.routing.records import (
    Area,
    Cost,
    CrisisProfile,
    OpeningHours,
    Phone,
    ServiceRecord,
    Site,
)
from app.routing.vocabulary import WEEKDAYS


@dataclass
class DirectoryRows:
    """Every row needed to build the routing records, grouped by table."""

    organizations: list[m.Organization] = field(default_factory=list)
    services: list[m.Service] = field(default_factory=list)
    locations: list[m.Location] = field(default_factory=list)
    addresses: list[m.Address] = field(default_factory=list)
    service_at_locations: list[m.ServiceAtLocation] = field(default_factory=list)
    phones: list[m.Phone] = field(default_factory=list)
    schedules: list[m.Schedule] = field(default_factory=list)
    cost_options: list[m.CostOption] = field(default_factory=list)
    languages: list[m.Language] = field(default_factory=list)
    service_areas: list[m.ServiceArea] = field(default_factory=list)
    payments: list[m.PaymentAccepted] = field(default_factory=list)
    # Not needed by routing; carried so HSDS import and export see the whole directory.
    eligibilities: list[m.Eligibility] = field(default_factory=list)
    taxonomy_terms: list[m.TaxonomyTerm] = field(default_factory=list)
    attributes: list[m.Attribute] = field(default_factory=list)

    def all_rows(self) -> Iterable[object]:
        """Yield rows parents first, the order a database insert needs."""
        yield from self.organizations
        yield from self.taxonomy_terms
        yield from self.locations
        yield from self.addresses
        yield from self.services
        for group in (
            self.service_at_locations,
            self.phones,
            self.schedules,
            self.cost_options,
            self.languages,
            self.service_areas,
            self.payments,
            self.eligibilities,
            self.attributes,
        ):
            yield from group


T = TypeVar("T")


def _by(rows: Iterable[T], key: str) -> dict[str, list[T]]:
    grouped: dict[str, list[T]] = defaultdict(list)
    for row in rows:
        value = getattr(row, key)
        if value is not None:
            grouped[value].append(row)
    return grouped


def parse_clock(value: str | None) -> time | None:
    """Read '09:00', '9:00:00' or '0900' as a time; None when unreadable."""
    if not value:
        return None
    text = value.strip().replace(".", ":")
    if ":" not in text and len(text) == 4 and text.isdigit():
        text = f"{text[:2]}:{text[2:]}"
    parts = text.split(":")
    try:
        hour, minute = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
        return time(23, 59, 59) if hour == 24 else time(hour, minute)
    except (ValueError, IndexError):
        return None


def _opening_hours(rows: list[m.Schedule]) -> tuple[OpeningHours, ...]:
    hours = []
    for row in rows:
        opens, closes = parse_clock(row.opens_at), parse_clock(row.closes_at)
        if opens is None or closes is None:
            continue
        for day in (row.byday or ",".join(WEEKDAYS)).split(","):
            code = day.strip().upper()[-2:]
            if code in WEEKDAYS:
                hours.append(OpeningHours(WEEKDAYS.index(code), opens, closes))
    return tuple(sorted(set(hours), key=lambda h: (h.weekday, h.opens, h.closes)))


def _cost(options: list[m.CostOption], payments: list[str], description: str | None) -> Cost:
    free = any(o.cost_type == "free" or o.amount == 0 for o in options) or "free" in payments
    sliding = any(o.cost_type == "sliding_scale" for o in options) or "sliding_scale" in payments
    amounts = [a for o in options for a in (o.amount, o.amount_max) if a is not None]
    lows = [o.amount for o in options if o.amount is not None]
    payment_set = (
        set(payments) | ({"free"} if free else set()) | ({"sliding_scale"} if sliding else set())
    )
    return Cost(
        free=free,
        sliding_scale=sliding,
        min_fee=0.0 if free else (min(lows) if lows else None),
        max_fee=max(amounts) if amounts else None,
        payments=frozenset(payment_set),
        description=description,
    )


def _area(row: m.ServiceArea) -> Area:
    return Area(
        type=row.area_type,
        states=frozenset(s.upper() for s in row.states),
        counties=frozenset(c.lower() for c in row.counties),
        postal_codes=frozenset(row.postal_codes),
        latitude=row.latitude,
        longitude=row.longitude,
        radius_miles=row.radius_miles,
    )


def _phone(row: m.Phone) -> Phone:
    return Phone(
        number=row.number,
        type=row.type or "voice",
        description=row.description,
        extension=row.extension,
        text_keyword=row.text_keyword,
        press=row.press,
        languages=frozenset(row.languages),
        populations=frozenset(row.populations),
    )


def build_records(rows: DirectoryRows) -> list[ServiceRecord]:
    """Build one ServiceRecord per active service, sorted by id for determinism."""
    orgs = {o.id: o for o in rows.organizations}
    addresses = {a.location_id: a for a in rows.addresses}
    locations = {loc.id: loc for loc in rows.locations}
    links, phones = _by(rows.service_at_locations, "service_id"), _by(rows.phones, "service_id")
    schedules, costs = _by(rows.schedules, "service_id"), _by(rows.cost_options, "service_id")
    langs, areas = _by(rows.languages, "service_id"), _by(rows.service_areas, "service_id")
    pays = _by(rows.payments, "service_id")
    records = []
    for svc in sorted(rows.services, key=lambda s: s.id):
        if (svc.status or "active") not in ("active", ""):
            continue
        org = orgs.get(svc.organization_id)
        sites = []
        for link in links.get(svc.id, []):
            loc = locations.get(link.location_id)
            if loc is None:
                continue
            addr = addresses.get(loc.id)
            sites.append(
                Site(
                    id=loc.id,
                    name=loc.name,
                    latitude=loc.latitude,
                    longitude=loc.longitude,
                    address_1=addr.address_1 if addr else None,
                    city=addr.city if addr else None,
                    state=(addr.state_province or "").upper() or None if addr else None,
                    postal_code=addr.postal_code if addr else None,
                    confidential=loc.confidential,
                )
            )
        crisis = None
        if svc.crisis_risk_flags or svc.kind in ("crisis_line", "emergency"):
            crisis = CrisisProfile(
                risk_flags=frozenset(svc.crisis_risk_flags),
                populations=frozenset(svc.crisis_populations),
            )
        svc_phones = sorted(phones.get(svc.id, []), key=lambda p: (p.position, p.id))
        records.append(
            ServiceRecord(
                id=svc.id,
                name=svc.name,
                kind=svc.kind,
                organization_id=svc.organization_id,
                organization_name=org.name if org else None,
                description=svc.description,
                url=svc.url or (org.website if org else None),
                email=svc.email,
                delivery=frozenset(svc.delivery),
                phones=tuple(_phone(p) for p in svc_phones),
                cost=_cost(
                    costs.get(svc.id, []),
                    [p.payment for p in pays.get(svc.id, [])],
                    svc.fees_description,
                ),
                min_age=svc.minimum_age,
                max_age=svc.maximum_age,
                languages=frozenset(
                    lang.code.lower() for lang in langs.get(svc.id, []) if lang.code
                ),
                interpretation=bool(svc.interpretation_services),
                eligible_populations=frozenset(svc.eligible_populations),
                affirming_populations=frozenset(svc.affirming_populations),
                topics=frozenset(svc.topics),
                areas=tuple(_area(a) for a in areas.get(svc.id, [])),
                licensed_states=frozenset(s.upper() for s in svc.licensed_states),
                sites=tuple(sorted(sites, key=lambda s: s.id)),
                accepting_new_clients=svc.accepting_new_clients,
                wait_days=svc.wait_days,
                capacity_updated_at=svc.capacity_updated_at,
                open_24_7=svc.open_24_7,
                hours=_opening_hours(schedules.get(svc.id, [])),
                timezone=svc.timezone,
                hours_description=svc.hours_description,
                application_process=svc.application_process,
                crisis=crisis,
                verified_at=svc.verified_at,
                source_url=svc.source_url,
                is_sample=svc.is_sample or bool(org and org.is_sample),
            )
        )
    return records
