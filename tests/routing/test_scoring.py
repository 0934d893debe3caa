"""Soft scores: the order of eligible services and the sentences that explain it."""

from datetime import date

import pytest

from app.routing.eligibility import ONLINE
from app.routing.rank import route
from app.routing.records import Cost, ServiceRecord
from app.routing.scoring import delivery_phrase
from tests.routing.builders import (
    DURHAM,
    NC_ONLY,
    NOW,
    index_of,
    profile,
    remote,
    service,
    site_near,
)


def ranked(records: list[ServiceRecord], **fields: object) -> list[str]:
    referral = route(profile(**fields), index_of(*records), now=NOW)
    return [i.service.id for i in referral.results if i.kind == "service"]


def reasons(record: ServiceRecord, **fields: object) -> list[str]:
    referral = route(profile(**fields), index_of(record), now=NOW)
    item = next(i for i in referral.results if i.service.id == record.id)
    return [r.text for r in item.reasons]


class TestReasons:
    def test_sliding_scale_within_budget_is_said_in_dollars(self) -> None:
        sliding = service("s", cost=Cost(sliding_scale=True, min_fee=30, max_fee=60))
        assert "Sliding scale $30-$60, within your $40 limit" in reasons(
            sliding, max_per_session=40
        )

    def test_distance_is_said_in_miles(self) -> None:
        near = service("n", sites=(site_near(DURHAM, 2.3, id="n-site"),))
        assert "2.3 miles away" in reasons(near)

    def test_wait_speaking_affirming_and_verified_are_said(self) -> None:
        record = service(
            "x",
            wait_days=3,
            languages=frozenset({"en", "es"}),
            affirming_populations=frozenset({"lgbtq"}),
            verified_at=date(2026, 11, 1),
        )
        said = reasons(record, languages=("es",), populations=frozenset({"lgbtq"}))
        for sentence in (
            "Usually sees new clients within 3 days",
            "Speaks Spanish",
            "Affirming of LGBTQ+ people",
            "Verified 2026-11-01",
        ):
            assert sentence in said

    def test_sample_listing_says_it_is_sample(self) -> None:
        said = reasons(service("sample", is_sample=True, verified_at=None))
        assert any("SAMPLE" in text for text in said)

    def test_confidential_site_gives_a_band_not_an_exact_distance(self) -> None:
        shelter = service("shelter", sites=(site_near(DURHAM, 3.2, id="s", confidential=True),))
        referral = route(profile(), index_of(shelter), now=NOW)
        item = referral.results[0]
        assert item.distance_miles is None
        assert item.distance_band == "within 5 miles"
        assert not any("3.2" in r.text for r in item.reasons)


class TestOrder:
    def test_nearer_ranks_first_when_all_else_is_equal(self) -> None:
        near = service("b-near", sites=(site_near(DURHAM, 1, id="n"),))
        far = service("a-far", sites=(site_near(DURHAM, 15, id="f"),))
        assert ranked([far, near]) == ["b-near", "a-far"]

    def test_immediate_need_prefers_walk_in_over_a_long_wait(self) -> None:
        walk_in = service("walk-in", wait_days=0, sites=(site_near(DURHAM, 10, id="w"),))
        slow = service("slow", wait_days=30, sites=(site_near(DURHAM, 1, id="s"),))
        assert ranked([walk_in, slow], urgency="immediate")[0] == "walk-in"

    def test_matching_topics_rank_higher(self) -> None:
        anxiety = service("z-anxiety", topics=frozenset({"anxiety"}))
        grief = service("a-grief", topics=frozenset({"grief"}))
        assert ranked([anxiety, grief], topics=frozenset({"anxiety"}))[0] == "z-anxiety"

    def test_counselling_comes_before_directories_for_routine_requests(self) -> None:
        directory = remote("a-directory", kind="search_tool", cost=Cost(free=True))
        counselling = remote("z-counselling", cost=Cost(free=True))
        assert ranked([directory, counselling]) == ["z-counselling", "a-directory"]

    def test_ties_are_broken_by_id(self) -> None:
        assert ranked([service("b"), service("a"), service("c")]) == ["a", "b", "c"]


def said(record: ServiceRecord, others: list[ServiceRecord], **fields: object) -> list[str]:
    referral = route(profile(**fields), index_of(record, *others), now=NOW)
    item = next(i for i in referral.results if i.service.id == record.id)
    return [r.text for r in item.reasons]


# A free, national, remote substance-use group, as A.A. and N.A. are listed.
def substance_group(id: str) -> ServiceRecord:
    return remote(
        id,
        kind="support_group",
        topics=frozenset({"substance_use"}),
        cost=Cost(free=True),
        wait_days=0,
    )


class TestTopicRelevance:
    def test_a_substance_use_group_comes_after_help_for_the_anxiety_asked_about(self) -> None:
        group = substance_group("a-aa")
        counselling = service(
            "z-anxiety",
            kind="support_group",
            topics=frozenset({"anxiety", "depression"}),
            cost=Cost(),
            wait_days=30,
            sites=(site_near(DURHAM, 10, id="far"),),
        )
        assert ranked([group, counselling], topics=frozenset({"anxiety"})) == [
            "z-anxiety",
            "a-aa",
        ]

    def test_a_service_for_other_topics_comes_after_one_that_lists_none(self) -> None:
        grief = service("a-grief", topics=frozenset({"grief"}))
        unlisted = service("z-unlisted")
        assert ranked([grief, unlisted], topics=frozenset({"anxiety"})) == [
            "z-unlisted",
            "a-grief",
        ]

    def test_an_unrelated_specialist_comes_after_unrelated_general_counselling(self) -> None:
        group = substance_group("a-aa")
        general = service(
            "z-general",
            topics=frozenset({"depression", "trauma"}),
            wait_days=30,
            cost=Cost(min_fee=60),
        )
        assert ranked([group, general], topics=frozenset({"eating_disorder"})) == [
            "z-general",
            "a-aa",
        ]

    def test_violence_at_home_puts_general_counselling_before_substance_groups(self) -> None:
        group = substance_group("a-aa")
        counselling = service("z-counselling", topics=frozenset({"anxiety", "trauma"}))
        order = ranked(
            [group, counselling], description="my husband hits me and I am scared", place=NC_ONLY
        )
        assert order == ["z-counselling", "a-aa"]

    def test_with_no_need_named_a_substance_group_comes_after_a_general_warmline(
        self,
    ) -> None:
        group = substance_group("a-aa")
        warmline = remote(
            "z-warmline",
            kind="warmline",
            topics=frozenset({"anxiety", "depression"}),
            cost=Cost(free=True),
            wait_days=0,
        )
        order = ranked([group, warmline], risk_flags=("unlisted-risk",), age=16)
        assert order == ["z-warmline", "a-aa"]

    def test_only_shared_topics_are_said(self) -> None:
        group = substance_group("aa")
        counselling = service("anx", topics=frozenset({"anxiety", "depression"}))
        wanted = frozenset({"anxiety"})
        assert "Works with anxiety" in said(counselling, [group], topics=wanted)
        assert not any(t.startswith("Works with") for t in said(group, [], topics=wanted))

    def test_suicidal_thoughts_bring_depression_care_forward(self) -> None:
        depression = service("z-depression", topics=frozenset({"depression"}))
        grief = service("a-grief", topics=frozenset({"grief"}))
        flags = ("suicidal_ideation",)
        assert ranked([grief, depression], risk_flags=flags)[0] == "z-depression"
        assert "Works with depression" in said(depression, [], risk_flags=flags)


def treatment(id: str) -> ServiceRecord:
    """A medication-for-opioid-use-disorder programme, otherwise like the others."""
    return service(id, kind="substance_use_treatment", topics=frozenset({"substance_use"}))


class TestKindFit:
    def test_without_a_substance_signal_treatment_comes_after_general_kinds(self) -> None:
        others = [service(f"z-{kind}", kind=kind) for kind in ("psychiatry", "peer_support")]
        others.append(service("z-support_group", kind="support_group"))
        order = ranked([treatment("a-moud"), *others], description="need a therapist for stress")
        assert order[-1] == "a-moud"

    def test_a_substance_use_topic_puts_treatment_first(self) -> None:
        counselling = service("a-counselling", topics=frozenset({"anxiety"}))
        order = ranked([counselling, treatment("z-moud")], topics=frozenset({"substance_use"}))
        assert order[0] == "z-moud"

    def test_an_overdose_is_a_substance_signal(self) -> None:
        group = service("a-group", kind="support_group")
        order = ranked([group, treatment("z-moud")], risk_flags=("substance_overdose",))
        assert order[0] == "z-moud"


# Every combination of the remote ways in, as a person reads it.
BY_MODES = {
    ("phone",): "by phone",
    ("video",): "by video",
    ("text",): "by text",
    ("chat",): "by online chat",
    ("phone", "video"): "by phone and video",
    ("phone", "text"): "by phone and text",
    ("chat", "phone"): "by phone and online chat",
    ("text", "video"): "by video and text",
    ("chat", "video"): "by video and online chat",
    ("chat", "text"): "by text and online chat",
    ("phone", "text", "video"): "by phone, video and text",
    ("chat", "phone", "video"): "by phone, video and online chat",
    ("chat", "phone", "text"): "by phone, text and online chat",
    ("chat", "text", "video"): "by video, text and online chat",
    ("chat", "phone", "text", "video"): "by phone, video, text and online chat",
}


class TestDeliveryPhrase:
    @pytest.mark.parametrize(("modes", "words"), sorted(BY_MODES.items()))
    def test_remote_modes_read_as_a_list(self, modes: tuple[str, ...], words: str) -> None:
        assert delivery_phrase(frozenset(modes)) == f"Available {words}"

    @pytest.mark.parametrize(("modes", "words"), sorted(BY_MODES.items()))
    def test_an_online_resource_says_online_before_the_other_ways(
        self, modes: tuple[str, ...], words: str
    ) -> None:
        assert delivery_phrase(frozenset({ONLINE, *modes})) == f"Available online and {words}"

    def test_an_online_resource_alone_is_available_online(self) -> None:
        assert delivery_phrase(frozenset({ONLINE})) == "Available online"

    def test_a_directory_with_no_delivery_listed_is_said_to_be_online(self) -> None:
        directory = remote("directory", kind="search_tool", delivery=frozenset(), cost=Cost())
        assert "Available online" in reasons(directory)
