"""Records -> the public service models: phone links, display numbers, withheld addresses.

Confidential locations (shelters) lose address and coordinates here, and sample listings
get their notice, so every answer that shows a service shows it the same way.
"""

from app.api.schemas.service import SAMPLE_NOTICE, CostOut, LocationOut, PhoneOut, ServiceOut
from app.routing.records import Phone, ServiceRecord, Site


def display_number(number: str) -> str:
    """Format US numbers for people: 18664887386 -> 1-866-488-7386; short codes unchanged."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        return f"1-{digits[1:4]}-{digits[4:7]}-{digits[7:]}"
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return number


def phone_href(phone: Phone) -> str | None:
    """Build a tap-to-call or tap-to-text link (RFC 3966 / RFC 5724)."""
    digits = "".join(ch for ch in phone.number if ch.isdigit())
    if not digits:
        return None
    dial = f"+{digits}" if len(digits) == 11 and digits.startswith("1") else digits
    if phone.type == "text":
        return f"sms:{dial}" + (f"?body={phone.text_keyword}" if phone.text_keyword else "")
    pause = f",{phone.press}" if phone.press else ""
    ext = f",{phone.extension}" if phone.extension and not phone.press else ""
    return f"tel:{dial}{pause}{ext}"


def phone_out(phone: Phone) -> PhoneOut:
    return PhoneOut(
        number=phone.number,
        display=display_number(phone.number),
        type=phone.type,
        description=phone.description,
        text_keyword=phone.text_keyword,
        press=phone.press,
        href=phone_href(phone),
        languages=sorted(phone.languages),
        populations=sorted(phone.populations),
    )


def location_out(site: Site) -> LocationOut:
    if site.confidential:
        return LocationOut(name=site.name, city=site.city, state=site.state, confidential=True)
    return LocationOut(
        name=site.name,
        address_1=site.address_1,
        city=site.city,
        state=site.state,
        postal_code=site.postal_code,
        latitude=site.latitude,
        longitude=site.longitude,
    )


def hours_text(record: ServiceRecord) -> str | None:
    """Describe opening hours for people."""
    if record.open_24_7:
        return record.hours_description or "24 hours a day, 7 days a week"
    if record.hours_description:
        return record.hours_description
    if not record.hours:
        return None
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    parts = [f"{names[h.weekday]} {h.opens:%H:%M}-{h.closes:%H:%M}" for h in record.hours]
    zone = f" ({record.timezone})" if record.timezone else ""
    return ", ".join(parts) + zone


def service_out(record: ServiceRecord, phones: tuple[Phone, ...] | None = None) -> ServiceOut:
    """Serialize a record's public fields; never a confidential address."""
    cost = record.cost
    return ServiceOut(
        id=record.id,
        name=record.name,
        kind=record.kind,
        organization=record.organization_name,
        description=record.description,
        url=record.url,
        email=record.email,
        delivery=sorted(record.delivery),
        phones=[phone_out(p) for p in (phones if phones is not None else record.phones)],
        cost=CostOut(
            free=cost.free,
            sliding_scale=cost.sliding_scale,
            min_fee=cost.min_fee,
            max_fee=cost.max_fee,
            payments=sorted(cost.payments),
            description=cost.description,
        ),
        languages=sorted(record.languages),
        interpretation=record.interpretation,
        min_age=record.min_age,
        max_age=record.max_age,
        eligible_populations=sorted(record.eligible_populations),
        affirming_populations=sorted(record.affirming_populations),
        topics=sorted(record.topics),
        licensed_states=sorted(record.licensed_states),
        locations=[location_out(s) for s in record.sites],
        hours=hours_text(record),
        open_24_7=record.open_24_7,
        accepting_new_clients=record.accepting_new_clients,
        wait_days=record.wait_days,
        how_to_start=record.application_process,
        verified_at=record.verified_at,
        source_url=record.source_url,
        sample=record.is_sample,
        notice=SAMPLE_NOTICE if record.is_sample else None,
    )
