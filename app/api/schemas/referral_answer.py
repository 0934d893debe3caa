"""The referral answer as the HTTP API shows it: triage, one ordered list, exclusions.

These models are the reference: the served bytes (answer_json.py) must equal them.
"""

from typing import Literal

from pydantic import BaseModel, Field

from app.api.schemas.service import ServiceOut


class ReasonOut(BaseModel):
    code: str = Field(description="Machine code.", examples=["cost"])
    text: str = Field(
        description="The reason in words.",
        examples=["Sliding scale $30-$60, within your $40 limit"],
    )


class TriageOut(BaseModel):
    level: Literal["none", "crisis", "emergency"] = Field(
        description="emergency: 911 first; crisis: crisis lines first; none: no risk seen.",
        examples=["crisis"],
    )
    reasons: list[ReasonOut] = Field(
        description="Why this level: the risk flags and screened words that count.",
        examples=[[{"code": "suicidal_ideation", "text": "You mentioned thoughts of suicide."}]],
    )
    message: str = Field(
        description="A short message to show above the results.",
        examples=["You don't have to go through this alone."],
    )


class ResultOut(BaseModel):
    kind: Literal["emergency", "crisis_line", "service"] = Field(
        description="Render in order: emergency and crisis lines always come first.",
        examples=["service"],
    )
    service: ServiceOut = Field(
        description="The service; phones in the order to try them.",
        examples=[
            {"id": "svc-988", "name": "988 Suicide & Crisis Lifeline", "kind": "crisis_line"}
        ],
    )
    score: float = Field(description="Fit, 0 to 1 (crisis items are 1).", examples=[0.74])
    reasons: list[ReasonOut] = Field(
        description="Why it is here, most specific to the person first.",
        examples=[
            [{"code": "cost", "text": "Free"}, {"code": "distance", "text": "2.3 miles away"}]
        ],
    )
    distance_miles: float | None = Field(
        default=None, description="Miles to the nearest public site.", examples=[2.3]
    )
    distance_band: str | None = Field(
        default=None,
        description="A coarse distance; the only one given for confidential sites.",
        examples=["within 5 miles"],
    )


class CrisisLinesOut(BaseModel):
    triage: TriageOut = Field(
        description="The risk level, why, and a message to show first.",
        examples=[
            {
                "level": "none",
                "reasons": [],
                "message": "If things get worse or you think about suicide, call or text 988 any "
                "time.",
            }
        ],
    )
    results: list[ResultOut] = Field(
        description="The 911 instruction and crisis lines, in order.",
        examples=[[{"kind": "crisis_line", "service": {"id": "svc-988"}, "score": 1.0}]],
    )
    notices: list[str] = Field(
        default=[],
        description="Things to tell the person.",
        examples=[
            ["You can call or text 988 any time, for yourself or someone you are worried about."]
        ],
    )
    warnings: list[str] = Field(
        default=[],
        description="Problems with the request that did not stop it (e.g. an unknown risk flag).",
        examples=[
            ["risk_flags[0] is not a known risk flag; it was treated as an unspecified risk."]
        ],
    )
    directory_version: str = Field(description="Version of the directory used.", examples=["42"])
    ruleset_version: str = Field(
        description="Version of the routing rules.", examples=["2026-12-06.1"]
    )


class ReferralOut(CrisisLinesOut):
    results: list[ResultOut] = Field(
        description=(
            "One ordered list: emergency, crisis lines, then services. Safe to render as is."
        ),
        examples=[
            [
                {"kind": "crisis_line", "service": {"id": "svc-988"}, "score": 1.0},
                {"kind": "service", "service": {"id": "sample-svc-durham-001"}, "score": 0.74},
            ]
        ],
    )
    excluded: dict[str, int] = Field(
        description="How many services each filter left out, by reason code.",
        examples=[{"over_budget": 3, "at_capacity": 1}],
    )
