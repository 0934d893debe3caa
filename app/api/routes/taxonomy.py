"""Every vocabulary a client needs to build a form."""

from fastapi import APIRouter
from pydantic import BaseModel

from app.routing import vocabulary as v

router = APIRouter(prefix="/v1", tags=["taxonomy"])


class LanguageOut(BaseModel):
    code: str
    name: str
    native_name: str


class Taxonomy(BaseModel):
    risk_flags: list[str]
    service_kinds: list[str]
    payment: list[str]
    delivery: list[str]
    urgency: list[str]
    populations: list[str]
    topics: list[str]
    languages: list[LanguageOut]
    phone_types: list[str]


@router.get(
    "/taxonomy",
    operation_id="get_taxonomy",
    summary="Vocabularies for forms",
    response_model=Taxonomy,
)
def get_taxonomy() -> Taxonomy:
    return Taxonomy(
        risk_flags=list(v.RISK_FLAGS),
        service_kinds=list(v.SERVICE_KINDS),
        payment=list(v.PAYMENT),
        delivery=list(v.DELIVERY),
        urgency=list(v.URGENCY),
        populations=list(v.POPULATIONS),
        topics=list(v.TOPICS),
        phone_types=list(v.PHONE_TYPES),
        languages=[
            LanguageOut(code=c, name=n, native_name=nn) for c, (n, nn) in v.LANGUAGES.items()
        ],
    )
