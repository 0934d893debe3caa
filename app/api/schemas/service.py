"""The public shape of a service, shared by /v1/services and the referral results.

Confidential locations (shelters) are shown without address or coordinates. Sample
listings say so in `sample` and in a `notice`, wherever they appear (service_view.py
builds these models from records).
"""

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

SAMPLE_NOTICE = "SAMPLE DATA: a fictional listing for demonstration. Do not contact."


class PhoneOut(BaseModel):
    number: str = Field(description="Digits as dialled.", examples=["988", "18002738255"])
    display: str = Field(description="The number formatted for people.", examples=["988"])
    type: str = Field(description="voice, text, tty or video (videophone).", examples=["voice"])
    description: str | None = Field(
        default=None,
        description="What this number is for, when a service has several.",
        examples=["Call 988 and press 1 for the Veterans Crisis Line"],
    )
    text_keyword: str | None = Field(
        default=None, description="The word to text first, if any.", examples=["HOME"]
    )
    press: str | None = Field(
        default=None, description="Menu option after connecting.", examples=["1"]
    )
    href: str | None = Field(
        default=None,
        description="A ready tel: or sms: link.",
        examples=["tel:988", "sms:741741?body=HOME"],
    )
    languages: list[str] = Field(
        default=[],
        description="Languages this option is meant for (ISO 639-1); empty: any.",
        examples=[["es"]],
    )
    populations: list[str] = Field(
        default=[],
        description="People this option is meant for; empty: everyone.",
        examples=[["veteran"]],
    )


class LocationOut(BaseModel):
    name: str | None = Field(
        default=None,
        description="The site's name.",
        examples=["Durham Community Counseling (SAMPLE)"],
    )
    address_1: str | None = Field(
        default=None, description="Street address; withheld when confidential.", examples=[None]
    )
    city: str | None = Field(default=None, description="City or town.", examples=["Durham"])
    state: str | None = Field(default=None, description="Two-letter code.", examples=["NC"])
    postal_code: str | None = Field(
        default=None, description="Withheld when confidential.", examples=["27701"]
    )
    latitude: float | None = Field(
        default=None, description="Withheld when confidential.", examples=[35.994]
    )
    longitude: float | None = Field(
        default=None, description="Withheld when confidential.", examples=[-78.8986]
    )
    confidential: bool = Field(
        default=False, description="Address withheld for safety.", examples=[False]
    )


class CostOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "free": False,
                    "sliding_scale": True,
                    "min_fee": 20.0,
                    "max_fee": 60.0,
                    "payments": ["sliding_scale", "medicaid"],
                    "description": "$20-$60 by income",
                }
            ]
        }
    )

    free: bool = Field(description="No charge to the person.", examples=[False])
    sliding_scale: bool = Field(description="Fees set by income.", examples=[True])
    min_fee: float | None = Field(
        default=None, description="Least charged per session, USD.", examples=[20.0]
    )
    max_fee: float | None = Field(
        default=None, description="Most charged per session, USD.", examples=[60.0]
    )
    payments: list[str] = Field(
        description="Ways to pay (see /v1/taxonomy).", examples=[["sliding_scale", "medicaid"]]
    )
    description: str | None = Field(
        default=None, description="The provider's own words.", examples=["$20-$60 by income"]
    )


class ServiceOut(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"id": "svc-988", "name": "988 Suicide & Crisis Lifeline", "kind": "crisis_line"}
            ]
        }
    )

    id: str = Field(description="Stable service id.", examples=["svc-988"])
    name: str = Field(description="The service's name.", examples=["988 Suicide & Crisis Lifeline"])
    kind: str = Field(description="A service kind (see /v1/taxonomy).", examples=["crisis_line"])
    organization: str | None = Field(
        default=None,
        description="The organization's name.",
        examples=["988 Suicide & Crisis Lifeline"],
    )
    description: str | None = Field(
        default=None,
        description="What the service offers, in the provider's words.",
        examples=[
            "Free, confidential support for anyone in suicidal crisis or emotional distress."
        ],
    )
    url: str | None = Field(
        default=None, description="The service's website.", examples=["https://988lifeline.org"]
    )
    email: str | None = Field(default=None, description="Contact email.", examples=[None])
    delivery: list[str] = Field(
        description="in_person, video, phone, text or chat.", examples=[["phone", "text"]]
    )
    phones: list[PhoneOut] = Field(
        description="Ways to call or text, best first.",
        examples=[
            [
                {
                    "number": "988",
                    "display": "988",
                    "type": "voice",
                    "description": "Call 988",
                    "href": "tel:988",
                }
            ]
        ],
    )
    cost: CostOut = Field(description="What a session costs and how to pay.")
    languages: list[str] = Field(
        description="Languages spoken (ISO 639-1); empty: English assumed.", examples=[["en"]]
    )
    interpretation: bool = Field(
        description="Interpretation offered for other languages.", examples=[True]
    )
    min_age: int | None = Field(default=None, description="Youngest served.", examples=[None])
    max_age: int | None = Field(default=None, description="Oldest served.", examples=[None])
    eligible_populations: list[str] = Field(
        description="Non-empty: only these people are served.", examples=[[]]
    )
    affirming_populations: list[str] = Field(
        description="People the service says it is affirming of.", examples=[["lgbtq"]]
    )
    topics: list[str] = Field(description="What it helps with.", examples=[["suicide"]])
    licensed_states: list[str] = Field(
        description="States a licensed remote service may treat people in; empty: see areas.",
        examples=[[]],
    )
    locations: list[LocationOut] = Field(
        description="Physical sites; empty for remote-only.",
        examples=[[{"name": "Shelter (SAMPLE)", "city": "Durham", "confidential": True}]],
    )
    hours: str | None = Field(
        default=None, description="Opening hours for people.", examples=["Open 24/7"]
    )
    open_24_7: bool = Field(description="Always open.", examples=[True])
    accepting_new_clients: bool = Field(
        description="False: waitlist only (shown when include_waitlisted).", examples=[True]
    )
    wait_days: int | None = Field(
        default=None, description="Usual days until a first appointment.", examples=[0]
    )
    how_to_start: str | None = Field(
        default=None, description="The application process.", examples=["Call or text 988."]
    )
    verified_at: date | None = Field(
        default=None, description="When the listing was last checked.", examples=["2026-11-26"]
    )
    source_url: str | None = Field(
        default=None,
        description="Where the listing was checked.",
        examples=["https://988lifeline.org/"],
    )
    sample: bool = Field(description="True for fictional demonstration data.", examples=[False])
    notice: str | None = Field(
        default=None, description="Set for sample data.", examples=[SAMPLE_NOTICE]
    )
