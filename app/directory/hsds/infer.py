"""Conservative inference of our extensions (kind, delivery, topics, payment) from HSDS data.

Only used where the data does not say. Taxonomy terms are read first, then the service
name, then its description. A crisis line is inferred only from a name or taxonomy term
that clearly says crisis/suicide *line* (a wrong crisis line would be put first for people
at risk); a description alone never makes a crisis line or a warmline. Nothing is ever
inferred to be `emergency`. Every inference is counted in the import summary.
"""

import re
from dataclasses import dataclass

_NOT_COUNSELING = re.compile(
    r"\b(?:physical|occupational|speech|massage|respiratory|music|art|recreational|"
    r"legal|financial|credit|debt|housing|career|employment|benefits?|tax|budget|mortgage|"
    r"foreclosure|academic|college|job|nutrition|lactation|genetic)\s+(?:therap\w*|counsel\w*)"
)
_LINE = r"(?:\s|hot|help|life|phone |text )lines?\b"
# (kind, pattern, may the description alone decide it?)
KIND_RULES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("crisis_line", re.compile(rf"\b(?:crisis|suicide)\b[\w\s/&,-]{{0,40}}?{_LINE}"), False),
    ("crisis_line", re.compile(r"\bcrisis (?:text|chat) line\b|\b988\b"), False),
    ("warmline", re.compile(r"\bwarm ?lines?\b"), False),
    (
        "support_group",
        re.compile(
            r"support groups?\b|\bal-?anon\b|\balateen\b|alcoholics anonymous|"
            r"narcotics anonymous|\b12[- ]step\b|self[- ]help groups?|mutual (?:aid|support) group"
        ),
        True,
    ),
    ("peer_support", re.compile(r"\bpeer[- ](?:support|specialist|mentor|respite|run)"), True),
    (
        "substance_use_treatment",
        re.compile(
            r"(?:substance (?:use|abuse)|addiction|alcohol|drug|opioid|chemical dependency)"
            r"[\w\s,/&-]{0,30}?(?:treatment|rehab\w*|recovery (?:services|program)|clinic)|"
            r"\bdetox\w*|methadone|buprenorphine|suboxone|medication[- ]assisted|"
            r"withdrawal management|substance use disorder"
        ),
        True,
    ),
    ("psychiatry", re.compile(r"psychiatr\w*|medication management|psychopharmacolog"), True),
    (
        "counseling",
        re.compile(
            r"counsel|\btherap(?:y|ies|ist)|psychotherap|psycholog(?:ist|ical services)|"
            r"(?:mental|behavioral) health (?:services|treatment|clinic|care|counsel)"
        ),
        True,
    ),
    (
        "case_management",
        re.compile(r"case manage(?:ment|r)|care coordination|care management"),
        True,
    ),
)
_VIDEO = re.compile(
    r"telehealth|tele-health|telemedicine|telepsychiatry|teletherapy|video (?:call|session|"
    r"conferenc|visit|appointment|chat)|virtual (?:session|visit|appointment|care|therap|"
    r"counsel)|online (?:therap|counsel|session)|\bzoom\b|remotely via video"
)
_PHONE = re.compile(
    r"\b(?:hot|help|warm|phone |crisis |support )lines?\b|by (?:tele)?phone\b|"
    r"over the (?:tele)?phone|telephone (?:counsel|support|session|service)"
)
_CHAT = re.compile(r"\b(?:online|live|web) chat\b|\bchat (?:online|with (?:a|our))")
TOPIC_RULES: dict[str, re.Pattern[str]] = {
    "anxiety": re.compile(r"\banxi(?:ety|ous)|panic|phobia"),
    "depression": re.compile(r"depress"),
    "trauma": re.compile(r"trauma|\bptsd\b"),
    "grief": re.compile(r"grief|bereave|\bloss of a loved"),
    "substance_use": re.compile(
        r"substance|addiction|alcohol|\bdrug|opioid|al-?anon|narcotics|drinking problem"
    ),
    "eating_disorder": re.compile(r"eating disorder|anorexi|bulimi|binge eating"),
    "relationships": re.compile(r"couples?\b|marriage|marital|relationship"),
    "suicide": re.compile(r"suicid"),
    "domestic_violence": re.compile(r"domestic (?:violence|abuse)|intimate partner|battered"),
    "sexual_assault": re.compile(r"sexual (?:assault|violence|abuse)|\brape\b"),
    "psychosis": re.compile(r"psychos[ie]s|psychotic|schizophren"),
    "parenting": re.compile(r"parenting|\bparents?\b"),
    "perinatal": re.compile(r"perinatal|postpartum|post-partum|prenatal|maternal"),
    "housing": re.compile(r"homeless|housing|shelter"),
}
_PAYMENT_TEXT: dict[str, re.Pattern[str]] = {
    "medicaid": re.compile(r"(?<!no )(?<!not )\bmedicaid\b|\bmedi-cal\b"),
    "medicare": re.compile(r"(?<!no )(?<!not )\bmedicare\b"),
    "tricare": re.compile(r"\btricare\b"),
    "private_insurance": re.compile(
        r"(?:most|private|commercial|major) insurance|insurance (?:is )?accepted|"
        r"accepts? (?:most )?insurance|bill (?:your )?insurance"
    ),
}


@dataclass(frozen=True, slots=True)
class Inference:
    """A value and where it came from, as the summary will say it."""

    value: str
    source: str


def _match_kind(text: str, *, description: bool) -> str | None:
    cleaned = _NOT_COUNSELING.sub(" ", text.lower())
    for kind, pattern, from_description in KIND_RULES:
        if (from_description or not description) and pattern.search(cleaned):
            return kind
    return None


def infer_kind(name: str, description: str | None, taxonomy: list[str]) -> Inference:
    """Pick a kind from taxonomy terms, then the name, then the description; else other."""
    for term in taxonomy:
        kind = _match_kind(term, description=False)
        if kind:
            return Inference(kind, f"taxonomy '{term}'")
    kind = _match_kind(name, description=False)
    if kind:
        return Inference(kind, "name")
    kind = _match_kind(description or "", description=True)
    if kind:
        return Inference(kind, "description")
    return Inference("other", "")


def infer_delivery(text: str, *, has_site: bool, phone_types: set[str], kind: str) -> list[str]:
    """Channels the text or the data make plain; empty when nothing does."""
    lower = text.lower()
    found = []
    if has_site:
        found.append("in_person")
    if _VIDEO.search(lower):
        found.append("video")
    if _PHONE.search(lower) or (kind in ("crisis_line", "warmline") and "voice" in phone_types):
        found.append("phone")
    if "text" in phone_types:
        found.append("text")
    if _CHAT.search(lower):
        found.append("chat")
    return found


def infer_topics(text: str) -> list[str]:
    """Topics whose words appear in the taxonomy terms, name or description."""
    lower = text.lower()
    return [topic for topic, pattern in TOPIC_RULES.items() if pattern.search(lower)]


def infer_payments(fees_text: str) -> list[str]:
    """Payment methods a fees text names plainly (not when it says 'no Medicaid')."""
    lower = fees_text.lower()
    return [code for code, pattern in _PAYMENT_TEXT.items() if pattern.search(lower)]
