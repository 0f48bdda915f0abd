"""Solver and engine on hand-made cases: objective order, pins, reasons, pruning, certificate."""

from __future__ import annotations

import numpy as np
import pytest

from constel_api.matching.candidates import build_candidates, top_k_per_row
from constel_api.matching.constraints import HardConstraints, Reason
from constel_api.matching.engine import PinViolation, greedy_matching, run_matching, suggestions
from constel_api.matching.scoring import Scorer
from constel_api.matching.solver import CandidateEdges, Unmatched, greedy, solve
from tests.matching.conftest import mixed_criteria


def _edges(n: int, m: int, triples: list[tuple[int, int, float]]) -> CandidateEdges:
    i, j, s = zip(*triples, strict=True) if triples else ((), (), ())
    return CandidateEdges(n, m, np.array(i), np.array(j), np.array(s, float))


class TestSolve:
    def test_more_mentees_matched_before_a_higher_score(self) -> None:
        edges = _edges(2, 2, [(0, 0, 100), (0, 1, 0), (1, 0, 1)])
        opt = solve(edges, [1, 1])
        assert opt.pairs() == [(0, 1), (1, 0)]
        assert opt.total_score == 1
        assert opt.certificate is not None
        assert opt.certificate.optimal
        base = greedy(edges, [1, 1])
        assert base.pairs() == [(0, 0)]
        assert base.total_score == 100

    def test_highest_total_score_when_count_is_equal(self) -> None:
        edges = _edges(2, 2, [(0, 0, 90), (0, 1, 80), (1, 0, 85), (1, 1, 10)])
        assert solve(edges, [1, 1]).pairs() == [(0, 1), (1, 0)]  # 165 beats greedy's 100
        assert greedy(edges, [1, 1]).total_score == 100

    def test_priority_mentee_first(self) -> None:
        edges = _edges(2, 1, [(0, 0, 90), (1, 0, 10)])
        assert solve(edges, [1]).pairs() == [(0, 0)]
        assert solve(edges, [1], priority=[False, True]).pairs() == [(1, 0)]
        assert greedy(edges, [1], priority=[False, True]).pairs() == [(1, 0)]

    def test_capacity(self) -> None:
        edges = _edges(3, 2, [(0, 0, 50), (1, 0, 60), (2, 0, 70), (2, 1, 1)])
        opt = solve(edges, [2, 0])
        assert opt.pairs() == [(1, 0), (2, 0)]
        assert opt.unmatched == {0: Unmatched.CAPACITY_EXHAUSTED}

    def test_pins_and_exclusions(self) -> None:
        edges = _edges(3, 2, [(0, 0, 90), (1, 0, 80), (1, 1, 70), (2, 1, 60)])
        opt = solve(edges, [1, 1], pins=[(1, 0)], exclusions=[(2, 1)])
        assert opt.pairs() == [(1, 0)]
        assert opt.pinned.tolist() == [True]
        assert opt.unmatched == {
            0: Unmatched.CAPACITY_EXHAUSTED,
            2: Unmatched.ALL_CANDIDATES_EXCLUDED,
        }
        assert opt.total_score == 80  # the pin's score comes from its edge

    def test_pin_errors(self) -> None:
        edges = _edges(2, 1, [(0, 0, 1), (1, 0, 1)])
        with pytest.raises(ValueError, match="capacity"):
            solve(edges, [1], pins=[(0, 0), (1, 0)])
        with pytest.raises(ValueError, match="pinned and excluded"):
            solve(edges, [1], pins=[(0, 0)], exclusions=[(0, 0)])
        with pytest.raises(ValueError, match="two mentors"):
            solve(edges, [2], pins=[(0, 0), (0, 0)])

    def test_no_edges(self) -> None:
        opt = solve(_edges(2, 1, []), [1])
        assert opt.matched == 0
        assert opt.certificate is not None
        assert opt.certificate.optimal
        assert opt.unmatched == {0: Unmatched.NO_ELIGIBLE_MENTOR, 1: Unmatched.NO_ELIGIBLE_MENTOR}

    def test_input_order_does_not_matter(self) -> None:
        rng = np.random.default_rng(1)
        i, j = np.nonzero(rng.random((30, 8)) < 0.5)
        s = rng.integers(0, 5, len(i)).astype(float)  # many ties
        perm = rng.permutation(len(i))
        a = solve(CandidateEdges(30, 8, i, j, s), np.full(8, 2))
        b = solve(CandidateEdges(30, 8, i[perm], j[perm], s[perm]), np.full(8, 2))
        assert a.pairs() == b.pairs()

    def test_pruned_bound_reports_unverified(self) -> None:
        # mentee 0's listed mentor is taken by mentee 1; a pruned edge of 95 could help it
        edges = CandidateEdges(
            2,
            2,
            np.array([0, 1]),
            np.array([0, 0]),
            np.array([50.0, 60.0]),
            pruned_best=np.array([95.0, -np.inf]),
        )
        cert = solve(edges, [1, 1]).certificate
        assert cert is not None
        assert cert.gap == 0
        assert cert.unverified_mentees.tolist() == [0]
        assert not cert.optimal


def _constraints(n: int, m: int, seed: int = 0, **extra: object) -> HardConstraints:
    rng = np.random.default_rng(seed)
    flat = rng.choice(n * m, size=n * m // 10, replace=False)
    return HardConstraints(
        n_mentees=n,
        n_mentors=m,
        capacity=rng.integers(0, 4, m),
        hierarchy=np.stack([flat // m, flat % m], axis=1),
        refused=[(0, 1), (2, 2)],
        mentee_eligible=rng.random(n) > 0.05,
        mentor_declined=rng.random(m) < 0.1,
        **extra,  # type: ignore[arg-type]
    )


class TestEngine:
    def test_pruned_run_equals_unpruned_optimum(self) -> None:
        n, m = 120, 30
        scorer = Scorer(mixed_criteria(n, m, seed=5))
        constraints = _constraints(n, m)
        full = run_matching(scorer, constraints, top_k=m)
        for k in (1, 2, 4):
            pruned = run_matching(scorer, constraints, top_k=k)
            cert = pruned.assignment.certificate
            assert cert is not None
            assert cert.optimal, cert.summary()
            assert cert.primal == full.assignment.certificate.primal  # type: ignore[union-attr]
            assert pruned.assignment.matched == full.assignment.matched
        assert pruned.rounds >= 1

    def test_no_pair_breaks_a_constraint_and_reasons(self) -> None:
        n, m = 80, 10
        scorer = Scorer(mixed_criteria(n, m, seed=9))
        mentee_unit = np.arange(n) % 4
        constraints = _constraints(
            n,
            m,
            seed=2,
            mentee_unit=mentee_unit,
            mentor_unit=np.arange(m) % 4,
            forbid_same_unit=True,
        )
        res = run_matching(scorer, constraints, top_k=3).assignment
        for i, j in res.pairs():
            assert constraints.reasons(i, j) == ()
        assert np.all(np.bincount(res.mentor, minlength=m) <= constraints.capacity)
        assert constraints.mentee_eligible is not None
        for i, reason in res.unmatched.items():
            if not constraints.mentee_eligible[i]:
                assert reason is Unmatched.INELIGIBLE
            else:
                assert reason is Unmatched.CAPACITY_EXHAUSTED  # plenty of mentors per mentee

    def test_unmatched_reasons_from_constraints(self) -> None:
        scorer = Scorer(mixed_criteria(3, 2, seed=1))
        constraints = HardConstraints(
            n_mentees=3,
            n_mentors=2,
            capacity=np.array([1, 1]),
            hierarchy=[(0, 0), (0, 1)],
            refused=[(1, 0)],
            excluded=[(1, 1)],
        )
        res = run_matching(scorer, constraints).assignment
        assert res.unmatched == {
            0: Unmatched.NO_ELIGIBLE_MENTOR,
            1: Unmatched.ALL_CANDIDATES_EXCLUDED,
        }
        assert res.pairs()[0][0] == 2

    def test_pin_against_hierarchy_needs_override(self) -> None:
        scorer = Scorer(mixed_criteria(4, 3, seed=1))
        constraints = HardConstraints(4, 3, capacity=np.array([1, 1, 1]), hierarchy=[(0, 2)])
        with pytest.raises(PinViolation) as err:
            run_matching(scorer, constraints, pins=[(0, 2)])
        assert err.value.reasons == (Reason.HIERARCHY,)
        res = run_matching(scorer, constraints, pins=[(0, 2)], overrides=[(0, 2)]).assignment
        assert (0, 2) in res.pairs()
        assert res.score[res.mentee == 0][0] == pytest.approx(scorer.score_pairs([0], [2])[0])

    def test_greedy_baseline_over_all_allowed_edges(self) -> None:
        n, m = 150, 20
        scorer = Scorer(mixed_criteria(n, m, seed=4))
        constraints = _constraints(n, m, seed=4)
        small, _ = build_candidates(scorer, constraints, top_k=1, mentor_top_l=0)
        full, _ = build_candidates(scorer, constraints, top_k=m)
        naive = greedy(small, constraints.capacity)
        a = greedy_matching(scorer, constraints, small)
        b = greedy(full, constraints.capacity)
        assert a.pairs() == b.pairs()
        assert naive.pairs() != a.pairs()  # greedy on the pruned lists alone would differ
        assert run_matching(scorer, constraints, top_k=1).assignment.matched >= a.matched

    def test_suggestions(self) -> None:
        scorer = Scorer(mixed_criteria(5, 6, seed=2))
        constraints = HardConstraints(
            5, 6, capacity=np.array([1, 1, 0, 1, 1, 1]), hierarchy=[(0, 1)]
        )
        top = suggestions(scorer, constraints, 0, limit=3)
        row = scorer.score_matrix()[0]
        allowed = [j for j in range(6) if j not in (1, 2)]
        expected = sorted(allowed, key=lambda j: (-row[j], j))[:3]
        assert [j for j, _ in top] == expected


class TestScarceMentors:
    """Slots equal to (or fewer than) the mentees: the case real programs live in."""

    @staticmethod
    def _cohort(n: int, m: int, slots: int, seed: int = 11) -> tuple[Scorer, HardConstraints]:
        rng = np.random.default_rng(seed)
        capacity = np.full(m, 3)
        capacity[: 3 * m - slots] = 2
        flat = rng.choice(n * m, size=n * m // 50, replace=False)
        constraints = HardConstraints(
            n_mentees=n,
            n_mentors=m,
            capacity=capacity,
            hierarchy=np.stack([flat // m, flat % m], axis=1),
            mentee_eligible=np.ones(n, np.bool_),
        )
        return Scorer(mixed_criteria(n, m, seed=seed)), constraints

    def test_a_few_hundred_people_finish_in_few_rounds(self) -> None:
        scorer, constraints = self._cohort(300, 100, slots=300)
        res = run_matching(scorer, constraints, top_k=4)
        cert = res.assignment.certificate
        assert cert is not None
        assert cert.optimal, cert.summary()
        assert res.rounds <= 3  # near-violated edges are listed with the violated ones
        # column generation adds what the optimum needs, not longer lists for everyone
        assert len(res.edges.mentee) <= 300 * 4 + 100 * 8 + 300 * 4
        full = run_matching(scorer, constraints, top_k=100).assignment
        assert full.certificate is not None
        assert cert.primal == full.certificate.primal
        assert res.assignment.matched == 300  # every mentee placed when slots suffice

    def test_fewer_slots_leave_out_the_non_priority_mentees(self) -> None:
        scorer, constraints = self._cohort(300, 95, slots=280)
        priority = np.zeros(300, np.bool_)
        priority[::10] = True  # re-matches after a withdrawal
        a = run_matching(scorer, constraints, priority=priority, top_k=4).assignment
        assert a.certificate is not None
        assert a.certificate.optimal
        assert a.matched == 280
        assert a.priority_matched == 30
        left_out = set(a.unmatched)
        assert len(left_out) == 20
        assert not any(priority[i] for i in left_out)
        assert set(a.unmatched.values()) == {Unmatched.CAPACITY_EXHAUSTED}


def test_top_k_when_mentors_are_not_a_multiple_of_the_group() -> None:
    """A mentee with fewer allowed mentors than k must not pick padding columns."""
    rng = np.random.default_rng(1)
    scores = rng.random((5, 2000)).astype(np.float32)
    scores[2, :] = -np.inf
    scores[3, 5:] = -np.inf
    top, kth = top_k_per_row(scores, 8)
    assert top.max() < 2000
    assert set(top[3].tolist()) >= {0, 1, 2, 3, 4}
    assert np.isneginf(kth[2])
    assert np.isneginf(kth[3])
    assert kth[0] == np.sort(scores[0])[-9]
