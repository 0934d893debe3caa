"""The public shape of a service, shared by /v1/services and the referral results.

Confidential locations (shelters) are shown without address or coordinates. Sample
listings say so in `sample` and in a `notice`, wherever they appear.
"""

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from app.routing.records import Phone, ServiceRecord, Site

SAMPLE_NOTICE = "SAMPLE DATA: a fictional listing for demonstration. Do not contact."


class PhoneOut(BaseModel):
    number: str = Field(examples=["988"])
    display: str = Field(description="The number formatted for people.", examples=["988"])
    type: str = Field(description="voice, text, tty or video (videophone).", examples=["voice"])
    description: str | None = None
    text_keyword: str | None = Field(default=None, examples=["HOME"])
    press: str | None = Field(default=None, description="Menu option after connecting.")
    href: str | None = Field(
        default=None,
        description="A ready tel: or sms: link.",
        examples=["tel:988", "sms:741741?body=HOME"],
    )
    languages: list[str] = []
    populations: list[str] = []


class LocationOut(BaseModel):
    name: str | None = None
    address_1: str | None = None
    city: str | None = None
    state: str | None = None
    postal_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    confidential: bool = Field(default=False, description="Address withheld for safety.")


class CostOut(BaseModel):
    free: bool
    sliding_scale: bool
    min_fee: float | None = Field(default=None, description="Least charged per session, USD.")
    max_fee: float | None = None
    payments: list[str]
    description: str | None = None


class ServiceOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"id": "svc-988", "name": "988 Suicide & Crisis Lifeline", "kind": "crisis_line"}
            ]
        }
    )

    id: str
    name: str
    kind: str
    organization: str | None = None
    description: str | None = None
    url: str | None = None
    email: str | None = None
    delivery: list[str]
    phones: list[PhoneOut]
    cost: CostOut
    languages: list[str]
    interpretation: bool
    min_age: int | None = None
    max_age: int | None = None
    eligible_populations: list[str]
    affirming_populations: list[str]
    topics: list[str]
    licensed_states: list[str]
    locations: list[LocationOut]
    hours: str | None = Field(default=None, description="Opening hours for people.")
    open_24_7: bool
    accepting_new_clients: bool
    wait_days: int | None = None
    how_to_start: str | None = None
    verified_at: date | None = None
    source_url: str | None = None
    sample: bool = Field(description="True for fictional demonstration data.")
    notice: str | None = Field(default=None, description="Set for sample data.")


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
