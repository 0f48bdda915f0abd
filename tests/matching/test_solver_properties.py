"""Property tests: constraints, capacities, determinism, pins, priority, and optimality
against brute force on tiny instances and against greedy everywhere."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from constel_api.matching.constraints import HardConstraints
from constel_api.matching.engine import run_matching
from constel_api.matching.scoring import Scorer
from constel_api.matching.solver import SCALE, Assignment, CandidateEdges, greedy, solve
from tests.matching.conftest import mixed_criteria


@dataclass
class Instance:
    edges: CandidateEdges
    capacity: np.ndarray
    priority: np.ndarray
    pins: list[tuple[int, int]]
    exclusions: list[tuple[int, int]]


@st.composite
def instances(draw: st.DrawFn, max_n: int = 6, max_m: int = 3) -> Instance:
    n = draw(st.integers(1, max_n))
    m = draw(st.integers(1, max_m))
    present = draw(st.lists(st.booleans(), min_size=n * m, max_size=n * m))
    scores = draw(st.lists(st.integers(0, 20), min_size=n * m, max_size=n * m))  # many ties
    flat = [k for k in range(n * m) if present[k]]
    i = np.array([k // m for k in flat], np.int64)
    j = np.array([k % m for k in flat], np.int64)
    s = np.array([scores[k] * 5.0 for k in flat])
    capacity = np.array(draw(st.lists(st.integers(0, 2), min_size=m, max_size=m)))
    priority = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    pins: list[tuple[int, int]] = []
    exclusions: list[tuple[int, int]] = []
    left = capacity.copy()
    for e in range(len(i)):
        choice = draw(st.sampled_from(["none", "none", "none", "pin", "exclude"]))
        if choice == "pin" and left[j[e]] > 0 and all(p[0] != i[e] for p in pins):
            pins.append((int(i[e]), int(j[e])))
            left[j[e]] -= 1
        elif choice == "exclude":
            exclusions.append((int(i[e]), int(j[e])))
    edges = CandidateEdges(n, m, i, j, s)
    return Instance(edges, capacity, priority, pins, exclusions)


def _run(inst: Instance, fn=solve) -> Assignment:  # type: ignore[no-untyped-def]
    return fn(  # type: ignore[no-any-return]
        inst.edges,
        inst.capacity,
        priority=inst.priority,
        pins=inst.pins,
        exclusions=inst.exclusions,
    )


def _key(a: Assignment) -> tuple[int, int, int]:
    return a.priority_matched, a.matched, round(a.total_score * SCALE)


def _brute_force(inst: Instance) -> tuple[int, int, int]:
    """Best (priority matched, matched, score) over every feasible assignment."""
    e = inst.edges
    pinned = {i for i, _ in inst.pins}
    excluded = set(inst.exclusions)
    options: list[list[tuple[int, float] | None]] = []
    for i in range(e.n_mentees):
        opts: list[tuple[int, float] | None] = [None]
        if i in pinned:
            options.append([None])
            continue
        for k in np.flatnonzero(e.mentee == i):
            if (i, int(e.mentor[k])) not in excluded:
                opts.append((int(e.mentor[k]), float(e.score[k])))
        options.append(opts)
    left = inst.capacity.copy()
    pin_score = 0.0
    for i, j in inst.pins:
        left[j] -= 1
        pin_score += float(e.score[(e.mentee == i) & (e.mentor == j)][0])
    best = (-1, -1, -1)
    for combo in itertools.product(*options):
        load = np.zeros_like(left)
        prio = matched = 0
        total = pin_score
        for i, pick in enumerate(combo):
            if pick is None:
                continue
            load[pick[0]] += 1
            matched += 1
            prio += int(inst.priority[i])
            total += pick[1]
        if (load <= left).all():
            key = (
                prio + sum(int(inst.priority[i]) for i, _ in inst.pins),
                matched + len(inst.pins),
                round(total * SCALE),
            )
            best = max(best, key)
    return best


def _check_feasible(inst: Instance, a: Assignment) -> None:
    listed = set(zip(inst.edges.mentee.tolist(), inst.edges.mentor.tolist(), strict=True))
    excluded = set(inst.exclusions)
    pins = set(inst.pins)
    assert len(set(a.mentee.tolist())) == len(a.mentee)  # one mentor per mentee
    assert (np.bincount(a.mentor, minlength=len(inst.capacity)) <= inst.capacity).all()
    assert pins <= set(a.pairs())  # pins respected
    for pair, is_pin in zip(a.pairs(), a.pinned.tolist(), strict=True):
        assert is_pin == (pair in pins)
        if not is_pin:
            assert pair in listed
            assert pair not in excluded
    assert set(a.unmatched) | set(a.mentee.tolist()) == set(range(inst.edges.n_mentees))


@settings(max_examples=150, deadline=None)
@given(instances())
def test_optimal_against_brute_force(inst: Instance) -> None:
    """Exactly the best (priority matched, matched, score): priority mentees come first."""
    opt = _run(inst)
    _check_feasible(inst, opt)
    assert _key(opt) == _brute_force(inst)
    assert opt.certificate is not None
    assert opt.certificate.optimal, opt.certificate.summary()


@settings(max_examples=150, deadline=None)
@given(instances(max_n=25, max_m=6))
def test_at_least_greedy_and_deterministic(inst: Instance) -> None:
    opt = _run(inst)
    base = _run(inst, greedy)
    _check_feasible(inst, opt)
    _check_feasible(inst, base)
    assert opt.certificate is not None
    assert opt.certificate.optimal
    assert opt.priority_matched >= base.priority_matched  # priority mentees first
    assert opt.matched >= base.matched
    if (opt.priority_matched, opt.matched) == (base.priority_matched, base.matched):
        assert opt.total_score >= base.total_score - 1e-9
    again = _run(inst)
    assert again.pairs() == opt.pairs()
    assert again.unmatched == opt.unmatched
    rng = np.random.default_rng(len(inst.edges.mentee))
    perm = rng.permutation(len(inst.edges.mentee))
    e = inst.edges
    shuffled = Instance(
        CandidateEdges(e.n_mentees, e.n_mentors, e.mentee[perm], e.mentor[perm], e.score[perm]),
        inst.capacity,
        inst.priority,
        inst.pins,
        inst.exclusions,
    )
    assert _run(shuffled).pairs() == opt.pairs()


@st.composite
def cohorts(draw: st.DrawFn) -> tuple[Scorer, HardConstraints, np.ndarray, int]:
    n = draw(st.integers(1, 40))
    m = draw(st.integers(1, 8))
    seed = draw(st.integers(0, 10_000))
    rng = np.random.default_rng(seed)
    scorer = Scorer(
        mixed_criteria(n, m, seed=seed),
        lookup_max=draw(st.sampled_from([0, 64])),
        mentor_lookup_max=draw(st.sampled_from([None, 0, 1_000])),
    )
    pairs = np.argwhere(rng.random((n, m)) < draw(st.sampled_from([0.0, 0.1, 0.5])))
    constraints = HardConstraints(
        n_mentees=n,
        n_mentors=m,
        capacity=rng.integers(0, 4, m),
        hierarchy=pairs[: len(pairs) // 2],
        refused=pairs[len(pairs) // 2 :],
        mentee_unit=rng.integers(0, 3, n),
        mentor_unit=rng.integers(0, 3, m),
        forbid_same_unit=draw(st.booleans()),
        mentee_eligible=rng.random(n) > 0.1,
        mentor_eligible=rng.random(m) > 0.1,
        mentor_declined=rng.random(m) < 0.1,
    )
    return scorer, constraints, rng.random(n) < 0.2, draw(st.integers(1, 3))


@settings(max_examples=60, deadline=None)
@given(cohorts())
def test_engine_never_breaks_a_hard_constraint(
    cohort: tuple[Scorer, HardConstraints, np.ndarray, int],
) -> None:
    scorer, constraints, priority, k = cohort
    pruned = run_matching(scorer, constraints, priority=priority, top_k=k)
    full = run_matching(scorer, constraints, priority=priority, top_k=scorer.n_mentors)
    a = pruned.assignment
    for i, j in a.pairs():
        assert constraints.reasons(i, j) == ()
    assert (np.bincount(a.mentor, minlength=scorer.n_mentors) <= constraints.capacity).all()
    assert a.certificate is not None
    assert a.certificate.optimal, a.certificate.summary()
    assert full.assignment.certificate is not None
    assert a.certificate.primal == full.assignment.certificate.primal  # pruning lost nothing
    again = run_matching(scorer, constraints, priority=priority, top_k=k).assignment
    assert again.pairs() == a.pairs()


@st.composite
def tight_cohorts(draw: st.DrawFn) -> tuple[Scorer, HardConstraints, np.ndarray, int]:
    """Mentors scarce: total slots equal to, or a little below, the number of mentees."""
    m = draw(st.integers(2, 8))
    capacity = np.array(draw(st.lists(st.integers(1, 3), min_size=m, max_size=m)))
    n = int(capacity.sum()) + draw(st.integers(0, 2))
    seed = draw(st.integers(0, 10_000))
    rng = np.random.default_rng(seed)
    pairs = np.argwhere(rng.random((n, m)) < 0.1)
    constraints = HardConstraints(
        n_mentees=n,
        n_mentors=m,
        capacity=capacity,
        hierarchy=pairs,
        mentee_eligible=np.ones(n, np.bool_),
    )
    return Scorer(mixed_criteria(n, m, seed=seed)), constraints, rng.random(n) < 0.2, 1


def _brute_force_cohort(
    scorer: Scorer, constraints: HardConstraints, priority: np.ndarray
) -> tuple[int, int, int]:
    """Best (priority matched, matched, score) over every assignment of allowed pairs."""
    n, m = scorer.n_mentees, scorer.n_mentors
    _, allowed = constraints.masks(np.arange(n))
    q = np.rint(scorer.score_rows(np.arange(n)).astype(np.float64) * SCALE).astype(int)
    best = (-1, -1, -1)
    for combo in itertools.product(range(-1, m), repeat=n):
        picks = [(i, j) for i, j in enumerate(combo) if j >= 0]
        if any(not allowed[i, j] for i, j in picks):
            continue
        load = np.bincount([j for _, j in picks], minlength=m)
        if (load > constraints.capacity).any():
            continue
        key = (
            sum(int(priority[i]) for i, _ in picks),
            len(picks),
            sum(int(q[i, j]) for i, j in picks),
        )
        best = max(best, key)
    return best


@settings(max_examples=40, deadline=None)
@given(tight_cohorts().filter(lambda c: c[0].n_mentees <= 7))
def test_tight_capacity_engine_against_brute_force(
    cohort: tuple[Scorer, HardConstraints, np.ndarray, int],
) -> None:
    """Pruned to one mentor per mentee, the engine still finds and proves the optimum."""
    scorer, constraints, priority, k = cohort
    a = run_matching(scorer, constraints, priority=priority, top_k=k).assignment
    assert a.certificate is not None
    assert a.certificate.optimal, a.certificate.summary()
    q = round(sum(round(s * SCALE) for s in a.score))
    assert (a.priority_matched, a.matched, q) == _brute_force_cohort(scorer, constraints, priority)


@settings(max_examples=40, deadline=None)
@given(tight_cohorts())
def test_tight_capacity_pruned_equals_unpruned(
    cohort: tuple[Scorer, HardConstraints, np.ndarray, int],
) -> None:
    scorer, constraints, priority, k = cohort
    pruned = run_matching(scorer, constraints, priority=priority, top_k=k).assignment
    full = run_matching(scorer, constraints, priority=priority, top_k=scorer.n_mentors).assignment
    assert pruned.certificate is not None
    assert full.certificate is not None
    assert pruned.certificate.optimal, pruned.certificate.summary()
    assert pruned.certificate.primal == full.certificate.primal
