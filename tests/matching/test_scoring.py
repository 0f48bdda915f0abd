"""Comparison rules, normalisation, both scoring paths, breakdown wording, hard constraints."""

from __future__ import annotations

import numpy as np
import pytest

from constel_api.matching.constraints import HardConstraints, Reason
from constel_api.matching.criteria import Criterion, Rule
from constel_api.matching.scoring import Scorer

NAN = float("nan")


PATHS = {"elementwise": (0, 0), "mentee-lookup": (1_000, 0), "mentor-lookup": (0, 1_000)}
LOOKUP = {"value": PATHS["mentee-lookup"]}


def _one(crit: Criterion) -> Scorer:
    lookup_max, mentor_lookup_max = LOOKUP["value"]
    return Scorer([crit], lookup_max=lookup_max, mentor_lookup_max=mentor_lookup_max)


@pytest.fixture(params=list(PATHS))
def path(request: pytest.FixtureRequest) -> None:
    """Run the rule tests through every scoring path."""
    LOOKUP["value"] = PATHS[request.param]


def _sets(rows: list[list[int]], k: int) -> np.ndarray:
    out = np.zeros((len(rows), k), bool)
    for r, items in enumerate(rows):
        out[r, items] = True
    return out


@pytest.mark.usefixtures("path")
class TestRules:
    def test_same(self) -> None:
        s = _one(Criterion("sector", Rule.SAME, 1, [0, 1, -1], [0, 1]))
        assert s.score_matrix().tolist() == [[100, 0], [0, 100], [0, 0]]

    def test_different_unit(self) -> None:
        s = _one(Criterion("unit", Rule.DIFFERENT, 1, [0, 1, -1], [0, 1, -1]))
        assert s.score_matrix().tolist() == [[0, 100, 0], [100, 0, 0], [0, 0, 0]]

    def test_site_or_remote(self) -> None:
        s = _one(
            Criterion(
                "site",
                Rule.SITE,
                1,
                [0, 1, 1],
                [0, 1, 2],
                mentee_remote=[False, False, True],
                mentor_remote=[False, False, True],
            )
        )
        assert s.score_matrix().tolist() == [[100, 0, 100], [0, 100, 100], [100, 100, 100]]

    def test_overlap_is_jaccard(self) -> None:
        mentee = _sets([[0, 1, 2], [], [3]], 4)
        mentor = _sets([[1, 2, 3], [], [0, 1, 2]], 4)
        m = _one(Criterion("interests", Rule.OVERLAP, 1, mentee, mentor)).score_matrix()
        np.testing.assert_allclose(m[0], [50, 0, 100], atol=1e-4)  # 2 of 4 in the union
        np.testing.assert_allclose(m[1], [0, 0, 0])  # empty sets: no division by zero
        np.testing.assert_allclose(m[2], [100 / 3, 0, 0], atol=1e-4)

    def test_covers_share_of_needs(self) -> None:
        needs = _sets([[0, 1, 2, 3], [], [4]], 5)
        offers = _sets([[0, 1, 2], [0, 1, 2, 3, 4]], 5)
        m = _one(Criterion("goals", Rule.COVERS, 1, needs, offers)).score_matrix()
        np.testing.assert_allclose(m, [[75, 100], [0, 0], [0, 100]], atol=1e-4)

    def test_common_language(self) -> None:
        a = _sets([[0], [1, 2], []], 3)
        b = _sets([[0, 1], [2]], 3)
        m = _one(Criterion("languages", Rule.COMMON, 1, a, b)).score_matrix()
        assert m.tolist() == [[100, 0], [100, 100], [0, 0]]

    def test_numeric_distance_clipped_and_missing(self) -> None:
        s = _one(
            Criterion("pace", Rule.NUMERIC, 1, [1, 5, NAN, 9], [1, 3, NAN], value_range=(1, 5))
        )
        np.testing.assert_allclose(
            s.score_matrix(), [[100, 50, 0], [0, 50, 0], [0, 0, 0], [0, 50, 0]], atol=1e-4
        )

    def test_seniority_gap(self) -> None:
        s = _one(Criterion("seniority", Rule.GAP, 1, [2, 10, NAN], [7, 6, NAN], min_gap=5))
        assert s.score_matrix().tolist() == [[100, 0, 0], [0, 0, 0], [0, 0, 0]]


class TestScorer:
    def test_weights_normalise_to_100(self) -> None:
        crits = [
            Criterion("a", Rule.SAME, 3, [0, 0], [0]),
            Criterion("b", Rule.SAME, 1, [0, 1], [0]),
        ]
        np.testing.assert_allclose(Scorer(crits).score_matrix()[:, 0], [100, 75])

    @pytest.mark.parametrize("path", list(PATHS))
    def test_paths_agree_with_pairwise_reference(self, path: str, mixed: list[Criterion]) -> None:
        lookup_max, mentor_lookup_max = PATHS[path]
        scorer = Scorer(mixed, lookup_max=lookup_max, mentor_lookup_max=mentor_lookup_max)
        n, m = scorer.n_mentees, scorer.n_mentors
        ii, jj = np.meshgrid(np.arange(n), np.arange(m), indexing="ij")
        ref = scorer.score_pairs(ii.ravel(), jj.ravel()).reshape(n, m)
        np.testing.assert_allclose(scorer.score_matrix(), ref, atol=1e-3)
        np.testing.assert_allclose(scorer.score_rows(np.array([3, 1])), ref[[3, 1]], atol=1e-3)

    def test_paths_really_differ(self, mixed: list[Criterion]) -> None:
        elementwise = Scorer(mixed, lookup_max=0, mentor_lookup_max=0)
        assert len(elementwise.elementwise_criteria) == len(mixed) - 1  # covers stays linear
        assert elementwise.linear_columns == 6
        lookup = Scorer(mixed, lookup_max=1_000, mentor_lookup_max=0)
        assert "sector" not in lookup.elementwise_criteria
        assert lookup.linear_columns > 6
        by_mentor = Scorer(mixed, lookup_max=0, mentor_lookup_max=1_000)
        assert len(by_mentor.mentor_lookup_criteria) == len(mixed) - 1
        assert not by_mentor.elementwise_criteria

    def test_breakdown_sums_to_score(self, mixed: list[Criterion]) -> None:
        scorer = Scorer(mixed)
        matrix = scorer.score_matrix()
        for i, j in [(0, 0), (5, 3), (11, 7)]:
            items = scorer.explain(i, j)
            assert [it.criterion for it in items] == [c.key for c in mixed]
            assert sum(it.points for it in items) == pytest.approx(float(matrix[i, j]), abs=1e-3)
            assert sum(it.max_points for it in items) == pytest.approx(100)

    def test_rejects_bad_input(self) -> None:
        with pytest.raises(ValueError, match="weight"):
            Criterion("a", Rule.SAME, -1, [0], [0])
        with pytest.raises(ValueError, match="value_range"):
            Criterion("a", Rule.NUMERIC, 1, [0.0], [0.0])
        with pytest.raises(ValueError, match="min_gap"):
            Criterion("a", Rule.GAP, 1, [0.0], [0.0])
        with pytest.raises(ValueError, match="same options"):
            Criterion("a", Rule.OVERLAP, 1, np.zeros((1, 2), bool), np.zeros((1, 3), bool))
        with pytest.raises(ValueError, match="population"):
            Scorer(
                [Criterion("a", Rule.SAME, 1, [0], [0]), Criterion("b", Rule.SAME, 1, [0, 1], [0])]
            )
        with pytest.raises(ValueError, match="zero"):
            Scorer([Criterion("a", Rule.SAME, 0, [0], [0])])


class TestBreakdownWording:
    def test_covers_in_numbers_and_words(self) -> None:
        needs = _sets([[0, 1, 2, 3]], 5)
        offers = _sets([[0, 1, 3]], 5)
        crits = [
            Criterion("goals", Rule.COVERS, 3, needs, offers, options=list("abcde")),
            Criterion("sector", Rule.SAME, 1, [0], [1], options=["IT", "HR"]),
        ]
        goals, sector = Scorer(crits).explain(0, 0)
        assert goals.as_dict() == {
            "criterion": "goals",
            "code": "covers",
            "covered": 3,
            "of": 4,
            "items": ["a", "b", "d"],
            "points": 56.25,
            "max_points": 75.0,
        }
        assert goals.text("en") == "3 of 4 goals covered"
        assert goals.text("fr") == "3 goals couverts sur 4"
        assert sector.code == "same.no"
        assert sector.points == 0
        assert sector.text("en") == "different sector (IT / HR)"
        assert sector.text("fr") == "sector différent (IT / HR)"

    def test_site_gap_language_numeric_missing(self) -> None:
        crits = [
            Criterion(
                "site",
                Rule.SITE,
                1,
                [0, 0],
                [0, 1],
                options=["Paris", "Lyon"],
                mentee_remote=[False, True],
            ),
            Criterion("seniority", Rule.GAP, 1, [2.0, NAN], [9.0, 4.0], min_gap=5),
            Criterion(
                "languages",
                Rule.COMMON,
                1,
                _sets([[0, 1], [2]], 3),
                _sets([[1], [0]], 3),
                options=["fr", "en", "de"],
            ),
            Criterion("pace", Rule.NUMERIC, 1, [2.0, 3.0], [4.0, 3.0], value_range=(1, 5)),
        ]
        scorer = Scorer(crits)
        site, gap, lang, pace = scorer.explain(0, 0)
        assert site.text("fr") == "même site (Paris)"
        assert gap.as_dict()["code"] == "gap.yes"
        assert gap.text("en") == ("seniority gap of 7 (at least 5 wanted)")
        assert lang.text("en") == "languages in common: en"
        assert pace.text("en") == "pace: 2 and 4 (distance 2 on 4)"
        site, gap, lang, _ = scorer.explain(1, 1)
        assert site.code == "site.remote"
        assert site.text("fr") == "travail à distance possible"
        assert gap.code == "missing"
        assert gap.points == 0
        assert lang.text("fr") == "aucun languages en commun"
        site, *_ = scorer.explain(0, 1)
        assert site.text("en") == "different sites (Paris / Lyon)"


class TestHardConstraints:
    def _constraints(self) -> HardConstraints:
        return HardConstraints(
            n_mentees=3,
            n_mentors=4,
            capacity=np.array([1, 1, 0, 2]),
            hierarchy=[(0, 0), (0, 0)],  # listed twice: still only "hierarchy"
            refused=[(1, 1)],
            excluded=[(1, 1), (2, 3)],
            mentee_unit=np.array([5, 6, 7]),
            mentor_unit=np.array([5, 5, 6, 9]),
            forbid_same_unit=True,
            mentee_eligible=np.array([True, True, False]),
            mentor_declined=np.array([False, False, False, True]),
        )

    def test_reason_codes(self) -> None:
        c = self._constraints()
        assert c.reasons(0, 0) == (Reason.HIERARCHY, Reason.SAME_UNIT)
        assert c.reasons(0, 1) == (Reason.SAME_UNIT,)
        assert c.reasons(1, 1) == (Reason.REFUSED_BEFORE, Reason.EXCLUDED)
        assert c.reasons(1, 2) == (Reason.SAME_UNIT, Reason.NO_CAPACITY)
        assert c.reasons(2, 3) == (Reason.EXCLUDED, Reason.INELIGIBLE_MENTEE, Reason.DECLINED)
        assert c.reasons(1, 0) == ()
        assert c.is_allowed(1, 0)
        assert not c.is_allowed(0, 3)

    def test_masks_match_reasons(self) -> None:
        c = self._constraints()
        structural, allowed = c.masks(np.arange(3))
        for i in range(3):
            for j in range(4):
                reasons = set(c.reasons(i, j))
                assert allowed[i, j] == (not reasons)
                assert structural[i, j] == (
                    not (reasons - {Reason.REFUSED_BEFORE, Reason.EXCLUDED})
                )
        assert set(c.excluded_for_mentee(1)) == {1, 2, 3}

    def test_rejects_bad_input(self) -> None:
        with pytest.raises(ValueError, match="capacity"):
            HardConstraints(1, 1, capacity=np.array([-1]))
        with pytest.raises(ValueError, match="out of range"):
            HardConstraints(1, 1, capacity=np.array([1]), hierarchy=[(0, 1)])
        with pytest.raises(ValueError, match="units"):
            HardConstraints(1, 1, capacity=np.array([1]), forbid_same_unit=True)
