"""Soft scores: the order of eligible services and the sentences that explain it."""

from datetime import date

from app.routing.rank import route
from app.routing.records import Cost, ServiceRecord
from tests.routing.builders import DURHAM, NOW, index_of, profile, remote, service, site_near


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
