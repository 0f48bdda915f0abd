"""End-to-end matching of one cohort: score, constrain, prune, solve, prove, explain.

Pure (arrays in, pairs out). The service layer maps people to indices, builds the
``Criterion`` list and the ``HardConstraints`` from the database, and stores the result.

Pruning stays honest: each mentee keeps its top-K allowed mentors; the solver's dual prices
prove most pruned edges useless by a bound; mentees where the bound is not enough are
re-scored against every mentor and checked exactly (u_i + v_j >= w_ij). A violated edge is
added and the cohort re-solved, so the final certificate covers every allowed pair.

When mentors are scarce (slots close to the number of mentees) every full mentor carries a
large price v_j and the mentees' own prices u_i shrink, so the plain bound (u_i >= w of the
best pruned edge, which assumes v = 0) fails for nearly every mentee; ``proof`` keeps that
case close to the slack one (see its docstring and ``bench/matching.py``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray

from constel_api.matching.candidates import (
    DEFAULT_TOP_K,
    RowStats,
    build_candidates,
    extend_rows,
)
from constel_api.matching.constraints import HardConstraints, Reason
from constel_api.matching.proof import CheckedRows, plan_checks, proven, recheck
from constel_api.matching.scoring import Scorer
from constel_api.matching.solver import (
    Assignment,
    CandidateEdges,
    Unmatched,
    greedy,
    solve,
)

IntArray = NDArray[np.int64]
MAX_RECHECK_ROUNDS = 6


class PinViolation(ValueError):
    """A pinned pair breaks a hard constraint and carries no recorded override."""

    def __init__(self, mentee: int, mentor: int, reasons: tuple[Reason, ...]) -> None:
        self.mentee, self.mentor, self.reasons = mentee, mentor, reasons
        codes = ", ".join(r.value for r in reasons)
        super().__init__(f"pair ({mentee}, {mentor}) is forbidden: {codes}")


@dataclass(frozen=True, eq=False)
class MatchingResult:
    assignment: Assignment
    edges: CandidateEdges
    stats: RowStats
    timings: dict[str, float] = field(default_factory=dict)
    rounds: int = 1


def run_matching(
    scorer: Scorer,
    constraints: HardConstraints,
    *,
    priority: Sequence[bool] | NDArray[np.bool_] | None = None,
    pins: Sequence[tuple[int, int]] = (),
    overrides: Sequence[tuple[int, int]] = (),
    top_k: int = DEFAULT_TOP_K,
    workers: int = 2,
) -> MatchingResult:
    """Optimal, proven assignment for the cohort (see module docstring).

    ``pins`` are kept; a pin that breaks a hard constraint raises ``PinViolation`` unless the
    same pair is in ``overrides`` (an audited manual override). Capacity always holds.
    """
    timings: dict[str, float] = {}
    override_set = {(int(i), int(j)) for i, j in overrides}
    for i, j in pins:
        reasons = tuple(r for r in constraints.reasons(i, j) if r is not Reason.NO_CAPACITY)
        if reasons and (int(i), int(j)) not in override_set:
            raise PinViolation(int(i), int(j), reasons)
    pin_arr = np.asarray(pins, np.int64).reshape(-1, 2)
    pin_scores = scorer.score_pairs(pin_arr[:, 0], pin_arr[:, 1])

    t = time.perf_counter()
    edges, stats = build_candidates(scorer, constraints, top_k=top_k, workers=workers)
    timings["score"] = time.perf_counter() - t

    t = time.perf_counter()
    prio = None if priority is None else np.asarray(priority, np.bool_)
    rounds = 0
    checked = CheckedRows.empty(scorer.n_mentees)
    while True:
        rounds += 1
        result = solve(
            edges, constraints.capacity, priority=prio, pins=pin_arr, pin_scores=pin_scores
        )
        cert = result.certificate
        assert cert is not None
        plan = plan_checks(cert.unverified_mentees, result, edges, constraints, checked, prio)
        if plan.done:
            result = proven(result, rechecked=plan.covered_by_checks)
            break
        edges = plan.with_known_edges(edges)
        rows = plan.rescore
        if len(rows) == 0:  # only edges already known were violated: solve again
            continue
        if rounds > MAX_RECHECK_ROUNDS:  # stop pruning the stubborn rows: full lists
            edges = extend_rows(scorer, constraints, edges, rows, scorer.n_mentors, workers=workers)
            continue
        edges, violating = recheck(
            scorer, constraints, edges, result, rows, prio, top_k, checked, workers
        )
        if len(violating) == 0 and not plan.known_violations:
            # the duals hold on every allowed edge of these rows too
            result = proven(result, rechecked=plan.covered_by_checks + len(rows))
            break
    timings["solve"] = time.perf_counter() - t
    result = replace(result, unmatched=_unmatched_reasons(result, stats, constraints))
    return MatchingResult(result, edges, stats, timings, rounds)


def _unmatched_reasons(
    result: Assignment, stats: RowStats, constraints: HardConstraints
) -> dict[int, Unmatched]:
    """Refine the solver's reasons with what only the constraints know."""
    assert constraints.mentee_eligible is not None
    out: dict[int, Unmatched] = {}
    for i, reason in result.unmatched.items():
        if not constraints.mentee_eligible[i]:
            out[i] = Unmatched.INELIGIBLE
        elif stats.structural[i] == 0:
            out[i] = Unmatched.NO_ELIGIBLE_MENTOR
        elif stats.allowed[i] == 0:
            out[i] = Unmatched.ALL_CANDIDATES_EXCLUDED
        else:
            out[i] = reason
    return out


def greedy_matching(
    scorer: Scorer,
    constraints: HardConstraints,
    edges: CandidateEdges,
    *,
    priority: Sequence[bool] | NDArray[np.bool_] | None = None,
    pins: Sequence[tuple[int, int]] = (),
    workers: int = 2,
) -> Assignment:
    """Greedy baseline over *all* allowed edges, using the pruned lists where that is exact.

    Greedy on a top-K list equals greedy on the full graph for every mentee whose pick beats
    its best pruned score; the others get longer lists until that holds.
    """
    pin_arr = np.asarray(pins, np.int64).reshape(-1, 2)
    pin_scores = scorer.score_pairs(pin_arr[:, 0], pin_arr[:, 1])
    k = max(2 * DEFAULT_TOP_K, 1)
    while True:
        result = greedy(
            edges, constraints.capacity, priority=priority, pins=pin_arr, pin_scores=pin_scores
        )
        assert edges.pruned_best is not None
        pick = np.full(edges.n_mentees, -np.inf)
        pick[result.mentee] = result.score
        pinned = np.zeros(edges.n_mentees, np.bool_)
        pinned[pin_arr[:, 0]] = True
        unsure = np.flatnonzero(
            ~pinned & np.isfinite(edges.pruned_best) & (pick <= edges.pruned_best)
        )
        if len(unsure) == 0:
            return result
        edges = extend_rows(scorer, constraints, edges, unsure, k, workers=workers)
        k *= 4


def suggestions(
    scorer: Scorer, constraints: HardConstraints, mentee: int, limit: int = 5
) -> list[tuple[int, float]]:
    """'Mentee chooses' mode: the best allowed mentors for one mentee, best first.

    Ties go to the lower mentor index. Mentors with no capacity left should be passed in
    ``constraints`` with capacity 0 by the caller.
    """
    row = np.array([mentee], np.intp)
    scores = scorer.score_rows(row)[0].astype(np.float64)
    _, allowed = constraints.masks(row)
    idx = np.flatnonzero(allowed[0])
    order = np.lexsort((idx, -scores[idx]))[:limit]
    return [(int(idx[o]), float(scores[idx[o]])) for o in order]
