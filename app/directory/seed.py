"""Load seed/ files: national lines, national resources and the sample directory.

The seed format nests services and locations under organizations (see seed/README.md).
The same parse serves two callers: `referral-router seed` writes the rows, and the
crisis fallback builds records from them directly when the database cannot be reached.
"""

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from app.directory import models as m
from app.directory import repository
from app.directory.mapping import DirectoryRows, build_records
from app.routing.records import ServiceRecord

SEED_FILES = ("national_lines.json", "national_resources.json", "sample_directory.json")
CRISIS_SEED_FILE = "national_lines.json"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    # A bare date ("2026-11-20") names a day, not an instant; read it as UTC midnight.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _add_service(rows: DirectoryRows, org: dict[str, Any], svc: dict[str, Any]) -> None:
    sid = svc["id"]
    sample = bool(svc.get("is_sample", org.get("is_sample", False)))
    crisis = svc.get("crisis") or {}
    rows.services.append(
        m.Service(
            id=sid,
            organization_id=org["id"],
            name=svc["name"],
            kind=svc.get("kind", "other"),
            description=svc.get("description"),
            url=svc.get("url"),
            email=svc.get("email"),
            interpretation_services=svc.get("interpretation_services"),
            application_process=svc.get("application_process"),
            fees_description=(svc.get("cost") or {}).get("description"),
            minimum_age=svc.get("min_age"),
            maximum_age=svc.get("max_age"),
            delivery=list(svc.get("delivery", [])),
            licensed_states=list(svc.get("licensed_states", [])),
            topics=list(svc.get("topics", [])),
            eligible_populations=list(svc.get("eligible_populations", [])),
            affirming_populations=list(svc.get("affirming_populations", [])),
            crisis_risk_flags=list(crisis.get("risk_flags", [])),
            crisis_populations=list(crisis.get("populations", [])),
            open_24_7=bool(svc.get("open_24_7", False)),
            hours_description=svc.get("hours_description"),
            timezone=svc.get("timezone"),
            accepting_new_clients=svc.get("accepting_new_clients", True),
            wait_days=svc.get("wait_days"),
            capacity_updated_at=_datetime(svc.get("capacity_updated_at")),
            verified_at=_date(svc.get("verified_at")),
            source_url=svc.get("source_url"),
            is_sample=sample,
        )
    )
    for i, phone in enumerate(svc.get("phones", [])):
        rows.phones.append(
            m.Phone(
                id=f"{sid}-phone-{i}",
                service_id=sid,
                number=phone["number"],
                type=phone.get("type", "voice"),
                description=phone.get("description"),
                extension=phone.get("extension"),
                text_keyword=phone.get("text_keyword"),
                press=phone.get("press"),
                languages=list(phone.get("languages") or []),
                populations=list(phone.get("populations") or []),
                position=i,
            )
        )
    for i, sched in enumerate(svc.get("schedules", [])):
        rows.schedules.append(
            m.Schedule(
                id=f"{sid}-schedule-{i}",
                service_id=sid,
                byday=",".join(sched.get("days", [])),
                opens_at=sched.get("opens_at"),
                closes_at=sched.get("closes_at"),
                timezone=svc.get("timezone"),
            )
        )
    cost = svc.get("cost") or {}
    if cost.get("free") or cost.get("sliding_scale") or cost.get("min_fee") is not None:
        cost_type = (
            "free"
            if cost.get("free")
            else ("sliding_scale" if cost.get("sliding_scale") else "fixed")
        )
        rows.cost_options.append(
            m.CostOption(
                id=f"{sid}-cost",
                service_id=sid,
                option=cost.get("description"),
                cost_type=cost_type,
                amount=0.0 if cost.get("free") else cost.get("min_fee"),
                amount_max=cost.get("max_fee"),
                currency="USD",
            )
        )
    for payment in cost.get("payments", []):
        rows.payments.append(
            m.PaymentAccepted(id=f"{sid}-pay-{payment}", service_id=sid, payment=payment)
        )
    for code in svc.get("languages", []):
        rows.languages.append(m.Language(id=f"{sid}-lang-{code}", service_id=sid, code=code))
    for i, area in enumerate(svc.get("service_areas", [])):
        counties = [
            f"{area.get('state', '')}:{c}".lower() if ":" not in c else c.lower()
            for c in area.get("counties", [])
        ]
        states = list(area.get("states", [])) or ([area["state"]] if area.get("state") else [])
        rows.service_areas.append(
            m.ServiceArea(
                id=f"{sid}-area-{i}",
                service_id=sid,
                area_type=area.get("type", "national"),
                states=states,
                counties=counties,
                postal_codes=list(area.get("postal_codes", [])),
                latitude=area.get("latitude"),
                longitude=area.get("longitude"),
                radius_miles=area.get("radius_miles"),
                name=area.get("name"),
            )
        )
    for loc_id in svc.get("location_ids", []):
        rows.service_at_locations.append(
            m.ServiceAtLocation(id=f"{sid}-at-{loc_id}", service_id=sid, location_id=loc_id)
        )


def parse_seed(data: dict[str, Any]) -> DirectoryRows:
    """Turn one seed document into directory rows."""
    rows = DirectoryRows()
    for org in data.get("organizations", []):
        rows.organizations.append(
            m.Organization(
                id=org["id"],
                name=org["name"],
                description=org.get("description"),
                email=org.get("email"),
                website=org.get("url"),
                source_url=org.get("source_url"),
                verified_at=_date(org.get("verified_at")),
                is_sample=bool(org.get("is_sample")),
            )
        )
        for loc in org.get("locations", []):
            rows.locations.append(
                m.Location(
                    id=loc["id"],
                    organization_id=org["id"],
                    name=loc.get("name"),
                    latitude=loc.get("latitude"),
                    longitude=loc.get("longitude"),
                    confidential=bool(loc.get("confidential")),
                )
            )
            rows.addresses.append(
                m.Address(
                    id=f"{loc['id']}-address",
                    location_id=loc["id"],
                    address_1=loc.get("address_1"),
                    city=loc.get("city"),
                    state_province=loc.get("state"),
                    postal_code=loc.get("postal_code"),
                    country="US",
                )
            )
        for svc in org.get("services", []):
            _add_service(rows, org, svc)
    return rows


def read_seed_file(path: Path) -> DirectoryRows:
    """Parse one seed file."""
    return parse_seed(json.loads(path.read_text(encoding="utf-8")))


def bundled_crisis_records(seed_dir: Path) -> list[ServiceRecord]:
    """Build the national crisis lines from the bundled seed, without any database."""
    return [r for r in build_records(read_seed_file(seed_dir / CRISIS_SEED_FILE)) if r.is_crisis]


def load_seed(*, session: Session, seed_dir: Path, files: tuple[str, ...] = SEED_FILES) -> int:
    """Upsert every seed file (idempotent) and bump the directory version; returns services."""
    total = 0
    for name in files:
        path = seed_dir / name
        if not path.exists():
            continue
        rows = read_seed_file(path)
        repository.replace_children(session=session, service_ids=[s.id for s in rows.services])
        repository.upsert_rows(session=session, rows=rows)
        total += len(rows.services)
    repository.bump_directory_version(session=session)
    return total
