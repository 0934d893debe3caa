"""Choose and order crisis lines for a triage result and a person; order each line's phones.

Selection is data-driven: every crisis record says what it is for in `crisis.risk_flags`
('any' = any mental-health crisis) and `crisis.populations` (empty = everyone), with age
bounds in min_age/max_age. Only two records are recognised by something other than that:
the emergency instruction (kind "emergency") and the 988 Lifeline, found as the crisis
line for 'any' risk and every population whose phones include the number "988".

Order: 911 (emergencies only), 988 (mental-health or unspecified crisis), then lines for
the person's populations, then lines for their specific risk, then general lines, ties by
id. If no line matches a risk, 988 is offered so that risk never yields an empty list.
"""

from app.routing.profile import NeedProfile
from app.routing.records import Phone, ServiceRecord
from app.routing.referral import Reason, ResultItem, Triage
from app.routing.vocabulary import ANY_RISK, MENTAL_HEALTH_CRISIS_FLAGS

LIFELINE_NUMBER = "988"
YOUTH_MAX_AGE = 19  # teens: love is respect and youth-only lines
OLDER_ADULT_MIN_AGE = 65
DEAF = "deaf_hard_of_hearing"
# For Deaf and hard-of-hearing people: videophone (ASL) first, then text, then TTY, then voice.
DEAF_CHANNEL_RANK = {"video": 0, "text": 1, "tty": 2, "voice": 3}
# 911: text-to-911 works only where the local call centre supports it, so the voice call
# stays first whatever the person prefers; TTY reaches every 911 centre, so Deaf and
# hard-of-hearing people get it first, then text, then voice.
EMERGENCY_CHANNEL_RANK = {"voice": 0, "text": 1, "tty": 2, "video": 3}
EMERGENCY_DEAF_CHANNEL_RANK = {"tty": 0, "text": 1, "video": 2, "voice": 3}
EMERGENCY_TEXT = (
    "Call 911 if you can: text-to-911 is not available everywhere "
    "(where it is not, you get a reply telling you to call)."
)

POPULATION_TEXT: dict[str, str] = {
    "veteran": "veterans",
    "lgbtq": "LGBTQ+ people",
    "transgender": "transgender people",
    "youth": "young people",
    "older_adult": "older adults",
    "bipoc": "Black, Indigenous and people of colour",
    "native_american": "Native American people",
    "perinatal": "pregnant people and new parents",
    "deaf_hard_of_hearing": "Deaf and hard-of-hearing people",
    "immigrant": "immigrants",
    "survivor": "survivors",
}


def person_populations(profile: NeedProfile) -> frozenset[str]:
    """The populations the person named, plus those their age implies (youth, older adult)."""
    implied = set()
    if profile.age is not None and profile.age <= YOUTH_MAX_AGE:
        implied.add("youth")
    if profile.age is not None and profile.age >= OLDER_ADULT_MIN_AGE:
        implied.add("older_adult")
    return profile.populations | implied


def is_lifeline(record: ServiceRecord) -> bool:
    """Recognise 988: the crisis line for any risk and everyone, reachable at 988."""
    crisis = record.crisis
    return (
        record.kind == "crisis_line"
        and crisis is not None
        and ANY_RISK in crisis.risk_flags
        and not crisis.populations
        and any(p.number == LIFELINE_NUMBER for p in record.phones)
    )


def prefers_text(profile: NeedProfile) -> bool:
    return "text" in profile.delivery or "chat" in profile.delivery


def order_emergency_phones(phones: tuple[Phone, ...], profile: NeedProfile) -> tuple[Phone, ...]:
    """Order 911's ways in by where they work: the voice call first (TTY for Deaf people)."""
    deaf = DEAF in person_populations(profile)
    rank = EMERGENCY_DEAF_CHANNEL_RANK if deaf else EMERGENCY_CHANNEL_RANK
    return tuple(sorted(phones, key=lambda phone: rank.get(phone.type, len(rank))))


def order_phones(phones: tuple[Phone, ...], profile: NeedProfile) -> tuple[Phone, ...]:
    """Put the options meant for this person first (their language, their population)."""
    pops = person_populations(profile)
    first_language = profile.languages[0] if profile.languages else None
    text_first = prefers_text(profile)

    def key(item: tuple[int, Phone]) -> tuple[int, int, int]:
        i, phone = item
        matched = bool(phone.populations & pops) or first_language in phone.languages
        targeted = bool(phone.populations or phone.languages)
        group = 0 if matched else (1 if not targeted else 2)
        if DEAF in pops:
            return (0 if group < 2 else 1, DEAF_CHANNEL_RANK.get(phone.type, 4), i)
        return (group, 0 if text_first and phone.type == "text" else 1, i)

    return tuple(phone for _, phone in sorted(enumerate(phones), key=key))


def _age_fits(record: ServiceRecord, age: int | None) -> bool:
    if age is None:
        return True
    return (record.min_age is None or age >= record.min_age) and (
        record.max_age is None or age <= record.max_age
    )


def _line_reasons(
    record: ServiceRecord, flags: frozenset[str], pops: frozenset[str], profile: NeedProfile
) -> tuple[Reason, ...]:
    reasons = []
    if record.kind == "emergency":
        reasons.append(Reason("emergency", "Call 911 now if anyone is in immediate danger."))
    for pop in sorted(pops):
        reasons.append(Reason("for_population", f"For {POPULATION_TEXT.get(pop, pop)}."))
    if flags:
        reasons.append(Reason("for_risk", "Answers calls about what you described."))
    if record.open_24_7:
        reasons.append(Reason("open_24_7", "Open 24 hours a day, 7 days a week."))
    if record.cost.free:
        reasons.append(Reason("free", "Free and confidential."))
    first_language = profile.languages[0] if profile.languages else None
    if first_language and any(first_language in p.languages for p in record.phones):
        reasons.append(Reason("language", "An option in your language is listed first."))
    texts = any(p.type == "text" for p in record.phones)
    if (
        record.kind == "emergency"
        and texts
        and (prefers_text(profile) or DEAF in person_populations(profile))
    ):
        reasons.append(Reason("text_911", EMERGENCY_TEXT))
    elif prefers_text(profile) and texts:
        reasons.append(Reason("text", "You can text: text options are listed first."))
    return tuple(reasons)


def crisis_items(
    triage: Triage,
    profile: NeedProfile,
    lines: tuple[ServiceRecord, ...],
    *,
    general: bool = False,
) -> tuple[ResultItem, ...]:
    """The crisis part of an answer, in order; `general` offers 988 even without risk."""
    if triage.level == "none" and not general:
        return ()
    pops = person_populations(profile)
    mental_health = bool(
        triage.risk_flags & MENTAL_HEALTH_CRISIS_FLAGS or triage.unspecified or general
    )
    ranked: list[tuple[tuple[int, int, int, str], ServiceRecord, frozenset[str], frozenset[str]]]
    ranked = []
    for record in lines:
        crisis = record.crisis
        if record.kind == "emergency":
            if triage.level == "emergency":
                ranked.append(((0, 0, 0, record.id), record, frozenset(), frozenset()))
            continue
        if crisis is None:
            continue
        for_flags = crisis.risk_flags & triage.risk_flags
        for_any = ANY_RISK in crisis.risk_flags and mental_health
        for_pops = crisis.populations & pops
        if not (for_flags or for_any) or (crisis.populations and not for_pops):
            continue
        if not _age_fits(record, profile.age):
            continue
        lifeline = is_lifeline(record)
        key = (1 if lifeline else 2, 0 if for_pops else 1, 0 if for_flags else 1, record.id)
        ranked.append((key, record, for_flags, for_pops))
    if triage.at_risk and not any(r.kind != "emergency" for _, r, _, _ in ranked):
        # No line names this risk: 988 still answers any crisis.
        ranked += [((1, 0, 0, r.id), r, frozenset(), frozenset()) for r in lines if is_lifeline(r)]
    ranked.sort(key=lambda entry: entry[0])
    seen: set[str] = set()
    items = []
    for _, record, for_flags, for_pops in ranked:
        if record.id in seen:
            continue
        seen.add(record.id)
        items.append(
            ResultItem(
                kind="emergency" if record.kind == "emergency" else "crisis_line",
                service=record,
                score=1.0,
                reasons=_line_reasons(record, for_flags, for_pops, profile),
                phones=(
                    order_emergency_phones(record.phones, profile)
                    if record.kind == "emergency"
                    else order_phones(record.phones, profile)
                ),
            )
        )
    return tuple(items)
