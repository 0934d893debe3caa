"""Relevance: how well a service's topics and kind fit what the person needs help with.

The person's topics are the ones they asked for plus those their risk implies (triage's
flags become topics in `eligibility.make_context`; here a topic also brings the ones it
implies, such as suicide -> depression). Both parts are soft scores, never filters:

* topics: a service that shares a topic earns the most; one that lists no topics is
  neutral; one whose topics are all elsewhere is pushed down, and pushed down further when
  it is a specialist service (only substance use, only eating disorders, ...), so an
  unrelated specialist never outranks general counselling.
* kind: substance-use treatment is a good kind of help only when there is a substance-use
  signal (the topic, asked for or implied by an overdose); otherwise it comes after
  counselling, psychiatry, peer support and support groups.
"""

from functools import lru_cache

from app.routing.priority import DEFAULT_KIND_FIT, KIND_FIT
from app.routing.records import ServiceRecord

# Topics a person's topic implies: whoever thinks of suicide is helped by depression care;
# survivors of violence by trauma care.
IMPLIED_TOPICS: dict[str, frozenset[str]] = {
    "suicide": frozenset({"depression"}),
    "domestic_violence": frozenset({"trauma"}),
    "sexual_assault": frozenset({"trauma"}),
}
# The common needs general counselling covers.
BROAD_TOPICS = frozenset({"anxiety", "depression", "trauma", "grief", "suicide"})
# Needs with their own services; a service listing only these (and none of the broad
# ones) is a specialist service.
SPECIALIST_TOPICS = frozenset(
    {
        "substance_use",
        "eating_disorder",
        "psychosis",
        "domestic_violence",
        "sexual_assault",
        "perinatal",
        "housing",
    }
)
# Topic values (weighted in scoring): shared topics earn 0.5 to 1.0 by the share of the
# person's topics they cover; the rest are below what no topics at all would earn.
UNLISTED = 0.4  # the service names no topics: it may well help
NO_NEED = 0.5  # the person named no topics and none are implied
SPECIALIST_NO_NEED = 0.1  # a specialist service for a need the person did not mention
UNRELATED = -0.5  # topics listed, none of them the person's
UNRELATED_SPECIALIST = -1.0
SUBSTANCE = "substance_use"
SUBSTANCE_KIND = "substance_use_treatment"
SUBSTANCE_KIND_WITHOUT_SIGNAL = 0.3  # below support groups (0.6) and warmlines (0.5)


@lru_cache(maxsize=256)
def person_topics(topics: frozenset[str]) -> frozenset[str]:
    """Add the topics that the person's topics imply."""
    implied = (IMPLIED_TOPICS.get(t, frozenset()) for t in topics)
    return topics.union(*implied)


def is_specialist(record: ServiceRecord) -> bool:
    """Say whether a service lists only specialist topics, none of the broad ones."""
    topics = record.topics
    return bool(topics & SPECIALIST_TOPICS) and not topics & BROAD_TOPICS


def topic_fit(record: ServiceRecord, wanted: frozenset[str]) -> tuple[float, frozenset[str]]:
    """Score a service's topics against the person's (in [-1, 1]); also the shared ones."""
    if not wanted:
        return (SPECIALIST_NO_NEED if is_specialist(record) else NO_NEED), frozenset()
    if not record.topics:
        return UNLISTED, frozenset()
    shared = wanted & record.topics
    if shared:
        return 0.5 + 0.5 * len(shared) / len(wanted), shared
    return (UNRELATED_SPECIALIST if is_specialist(record) else UNRELATED), frozenset()


def kind_fit(record: ServiceRecord, wanted: frozenset[str]) -> float:
    """Score the kind of service for this person (in [0, 1])."""
    if record.kind == SUBSTANCE_KIND and SUBSTANCE not in wanted:
        return SUBSTANCE_KIND_WITHOUT_SIGNAL
    return KIND_FIT.get(record.kind, DEFAULT_KIND_FIT)
