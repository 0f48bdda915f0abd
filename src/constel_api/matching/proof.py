"""Proving pruned edges useless when mentors are scarce, with as little re-scoring as possible.

The solver's own bound (u_i >= w of mentee i's best pruned edge) assumes mentor prices
v_j = 0. When slots are close to the number of mentees every full mentor carries a large
price and the mentees' u_i are small, so that bound fails for nearly every mentee, and each
failure used to cost a full re-scoring of the mentee's row plus longer lists (measured on
24,000 x 8,000 with 24,000 slots: 2.0 M edges, 774 MB, 30 s). Here, with s_i = u_i - M -
P * prio_i, an allowed, unlisted edge (i, j) is useless when q_ij - v_j <= s_i, and three
things prove that cheaply:

- **lists**: q_ij <= min(q(pruned_best_i), q(mentor_pruned_best_j)) for every unlisted edge,
  so a row is proven when no open mentor has v_j < q(pruned_best_i) - s_i together with
  v_j - q(mentor_pruned_best_j) < -s_i; mentors sorted by v answer this for all rows at once;
- **reserve**: a row checked exactly keeps its ``RESERVE`` best unlisted mentors by reduced
  value q_ij - v_j (their exact scores) and the next reduced value below them; after a
  re-solve the reserve is checked exactly against the new prices, and the rest is bounded
  by that value plus max_k (v_k - v'_k) (how much any reduced value can have grown);
- **column generation**: a violated reserve edge is added without re-scoring; only rows
  whose bounds fail are re-scored, and they get only their best violated edges by reduced
  value, not longer lists.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray
from threadpoolctl import threadpool_limits

from constel_api.matching.candidates import BLOCK_ROWS, top_k_per_row
from constel_api.matching.constraints import HardConstraints
from constel_api.matching.scoring import Scorer
from constel_api.matching.solver import MAX_Q, SCALE, Assignment, CandidateEdges

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]
RESERVE = 16  # exact unlisted edges kept per re-checked mentee (measured: 8 proves fewer rows)
# Re-checks score the mentors priced up to this much (in weight units) above what could
# violate now, so that the bound on the others survives the next rounds' price drifts.
PRICE_MARGIN = 500.0
# Edges found within this much of violation are listed with the violated ones.
NEAR_VIOLATION = 300.0


@dataclass(eq=False)
class CheckedRows:
    """What exact re-checks learnt about each mentee's unlisted edges.

    ``reserve_mentor``/``reserve_score``: the best unlisted mentors by reduced value at the
    check (-1 / -inf where none); ``rest[i]``: max of q_ij - v_j over the other unlisted
    edges, with the prices ``prices[round_of[i]]`` of that check (-inf: none).
    """

    reserve_mentor: IntArray
    reserve_score: FloatArray
    rest: FloatArray
    round_of: IntArray
    prices: list[IntArray]

    @classmethod
    def empty(cls, n: int) -> CheckedRows:
        return cls(
            np.full((n, RESERVE), -1, np.int64),
            np.full((n, RESERVE), -np.inf),
            np.full(n, np.nan),
            np.full(n, -1, np.int64),
            [],
        )


@dataclass(frozen=True, eq=False)
class CheckPlan:
    """After a solve: rows to re-score, violated edges already known, rows proven by bounds."""

    rescore: IntArray
    known_mentee: IntArray
    known_mentor: IntArray
    known_score: FloatArray
    covered_by_checks: int
    violated_known: int = 0  # of the known edges, how many the current prices violate

    @property
    def known_violations(self) -> bool:
        return self.violated_known > 0

    @property
    def done(self) -> bool:
        return len(self.rescore) == 0 and not self.known_violations

    def with_known_edges(self, edges: CandidateEdges) -> CandidateEdges:
        if len(self.known_mentee) == 0:
            return edges
        return replace(
            edges,
            mentee=np.concatenate([edges.mentee, self.known_mentee]),
            mentor=np.concatenate([edges.mentor, self.known_mentor]),
            score=np.concatenate([edges.score, self.known_score]),
        )


def quantised(scores: FloatArray) -> FloatArray:
    """q(score) in weight units, as the objective rounds it; -inf (none left) stays -inf."""
    q = np.clip(np.rint(np.maximum(scores, 0.0) * SCALE), 0, MAX_Q)
    return np.where(np.isneginf(scores), -np.inf, q)


def plan_checks(
    candidates: IntArray,
    result: Assignment,
    edges: CandidateEdges,
    constraints: HardConstraints,
    checked: CheckedRows,
    priority: NDArray[np.bool_] | None,
    near: float = NEAR_VIOLATION,
) -> CheckPlan:
    """Which of the rows the solver could not prove are proven by the bounds above.

    Known edges within ``near`` of violation are listed too: the next solve moves the prices,
    and an edge almost violated now is the likeliest to be violated then (each extra round
    re-solves the whole flow).
    """
    empty_i = np.empty(0, np.int64)
    if len(candidates) == 0:
        return CheckPlan(empty_i, empty_i, empty_i, np.empty(0), 0)
    assert result.mentee_dual is not None
    assert result.mentor_dual is not None
    assert result.weights is not None
    assert edges.pruned_best is not None
    u, v, weights = result.mentee_dual, result.mentor_dual, result.weights
    rows = candidates
    prio = np.zeros(len(rows), np.bool_) if priority is None else priority[rows]
    s = (u[rows] - weights.match_bonus - weights.priority_bonus * prio.astype(np.int64)).astype(
        np.float64
    )
    open_rows = _beyond_lists(rows, s, v, edges, constraints)
    rows, s = rows[open_rows], s[open_rows]
    never = checked.round_of[rows] < 0
    rescore = [rows[never]]
    rows, s = rows[~never], s[~never]
    # reserve: exact reduced values under the new prices
    mentors = checked.reserve_mentor[rows]
    reduced = quantised(checked.reserve_score[rows]) - np.where(mentors >= 0, v[mentors], 0)
    violated = reduced > s[:, None]
    close = (reduced > s[:, None] - near) & (mentors >= 0)
    # the rest: bounded by the value at the check plus the largest price drop since then
    drift = np.array([_largest_drop(p, v, constraints) for p in checked.prices])
    rest_ok = checked.rest[rows] + drift[checked.round_of[rows]] <= s
    rescore.append(rows[~rest_ok])
    known = close & rest_ok[:, None]
    r, c = np.nonzero(known)
    covered = int(np.count_nonzero(rest_ok & ~violated.any(axis=1)))
    plan = CheckPlan(
        rescore=np.concatenate(rescore).astype(np.int64),
        known_mentee=rows[r].astype(np.int64),
        known_mentor=mentors[r, c].astype(np.int64),
        known_score=checked.reserve_score[rows[r], c],
        covered_by_checks=covered,
        violated_known=int(np.count_nonzero(violated & rest_ok[:, None])),
    )
    # edges about to be listed leave the reserve (a listed edge needs no bound)
    checked.reserve_mentor[rows[r], c] = -1
    checked.reserve_score[rows[r], c] = -np.inf
    return plan


def _beyond_lists(
    rows: IntArray, s: FloatArray, v: IntArray, edges: CandidateEdges, constraints: HardConstraints
) -> NDArray[np.bool_]:
    """Rows the per-mentee and per-mentor list bounds do not prove (see module docstring)."""
    assert edges.pruned_best is not None
    open_mentors = constraints.mentor_open
    if not open_mentors.any():
        return np.zeros(len(rows), np.bool_)
    mentor_q = np.full(len(v), np.inf)
    if edges.mentor_pruned_best is not None:
        mentor_q = quantised(edges.mentor_pruned_best)
    price = v[open_mentors].astype(np.float64)
    order = np.argsort(price, kind="stable")
    price = price[order]
    lowest_rest = np.minimum.accumulate(price - mentor_q[open_mentors][order])
    reach = np.searchsorted(price, quantised(edges.pruned_best[rows]) - s, side="left")
    return (reach > 0) & (lowest_rest[np.maximum(reach - 1, 0)] < -s)


def _largest_drop(before: IntArray, now: IntArray, constraints: HardConstraints) -> float:
    open_mentors = constraints.mentor_open
    return float((before - now)[open_mentors].max()) if open_mentors.any() else 0.0


def proven(result: Assignment, *, rechecked: int) -> Assignment:
    """The result with every pruned row accounted for (the caller has shown it)."""
    cert = result.certificate
    assert cert is not None
    done = replace(cert, unverified_mentees=np.empty(0, np.int64), rechecked_mentees=rechecked)
    return replace(result, certificate=done)


@dataclass(frozen=True, eq=False)
class _RecheckedBlock:
    mentee: IntArray
    mentor: IntArray
    score: FloatArray
    violating: IntArray
    pruned_best: FloatArray
    reserve_mentor: IntArray
    reserve_score: FloatArray
    rest: FloatArray


def recheck(
    scorer: Scorer,
    constraints: HardConstraints,
    edges: CandidateEdges,
    result: Assignment,
    rows: IntArray,
    priority: NDArray[np.bool_] | None,
    top_k: int,
    checked: CheckedRows,
    workers: int,
    margin: float = PRICE_MARGIN,
    near: float = NEAR_VIOLATION,
) -> tuple[CandidateEdges, IntArray]:
    """Check u_i + v_j >= w_ij against every allowed mentor of ``rows``.

    Only mentors priced below q(pruned_best_i) - s_i (+ ``margin``) can hold a violated edge,
    so only they are re-scored; the others are bounded by that price (their reduced value is
    at most s_i - margin, which also keeps the row proven under small price drifts later).
    Rows with a violated edge get their ``top_k`` best violated edges by reduced value;
    every row keeps a reserve of its next best unlisted edges for later rounds.
    """
    assert result.mentee_dual is not None
    assert result.mentor_dual is not None
    assert result.weights is not None
    assert edges.pruned_best is not None
    weights = result.weights
    prio = np.zeros(scorer.n_mentees, np.bool_) if priority is None else priority
    v = result.mentor_dual.astype(np.float64)
    slack = (
        result.mentee_dual - weights.match_bonus - weights.priority_bonus * prio.astype(np.int64)
    ).astype(np.float64)
    rows = np.unique(rows)
    pruned_before = edges.pruned_best
    best_q = quantised(pruned_before)
    # rows in order of how many mentors they need, so that a block's mentors are few
    reach = best_q[rows] - slack[rows] + margin
    rows = rows[np.argsort(reach, kind="stable")]
    reach = np.sort(reach, kind="stable")
    open_mentors = np.flatnonzero(constraints.mentor_open)
    by_price = open_mentors[np.argsort(v[open_mentors], kind="stable")]
    price_sorted = v[by_price]
    position = np.full(scorer.n_mentees, -1, np.int64)
    position[rows] = np.arange(len(rows))
    listed = position[edges.mentee] >= 0
    listed_pos, listed_j = position[edges.mentee[listed]], edges.mentor[listed]
    by_block = np.argsort(listed_pos // BLOCK_ROWS, kind="stable")
    listed_pos, listed_j = listed_pos[by_block], listed_j[by_block]
    starts = list(range(0, len(rows), BLOCK_ROWS))
    edge_cut = np.searchsorted(listed_pos, np.array([*starts, len(rows)]))

    def check(b: int) -> _RecheckedBlock:
        start = starts[b]
        blk = rows[start : start + BLOCK_ROWS].astype(np.intp)
        cut = int(np.searchsorted(price_sorted, reach[start : start + len(blk)].max()))
        cols = np.sort(by_price[:cut])
        outside = price_sorted[cut] if cut < len(price_sorted) else np.inf
        scores = scorer.score_rows(blk, cols)
        allowed = constraints.masks(blk)[1][:, cols]
        column_of = np.full(scorer.n_mentors, -1, np.int64)
        column_of[cols] = np.arange(len(cols))
        e = slice(edge_cut[b], edge_cut[b + 1])
        lr, lc = listed_pos[e] - start, column_of[listed_j[e]]
        in_list = np.zeros_like(allowed)
        in_list[lr[lc >= 0], lc[lc >= 0]] = True
        unlisted = allowed & ~in_list
        exact = np.where(unlisted, scores.astype(np.float64), -np.inf)
        reduced = quantised(exact) - v[cols][None, :]
        bad = reduced > slack[blk][:, None]
        close = reduced > slack[blk][:, None] - near
        rr = np.arange(len(blk))[:, None]
        add = np.zeros_like(bad)
        if bad.any():
            top, _ = top_k_per_row(np.where(close, reduced, -np.inf).astype(np.float32), top_k)
            add[rr, top] = True
            add &= close
        r, c = np.nonzero(add)
        reduced[add] = -np.inf
        exact[add] = -np.inf
        best, _ = top_k_per_row(reduced.astype(np.float32), RESERVE)
        best_score = exact[rr, best]
        in_reserve = np.zeros_like(bad)
        in_reserve[rr, best] = True
        reserve_mentor = np.where(np.isfinite(best_score), cols[best], -1).astype(np.int64)
        if best.shape[1] < RESERVE:  # fewer mentors than the reserve holds
            width = ((0, 0), (0, RESERVE - best.shape[1]))
            reserve_mentor = np.pad(reserve_mentor, width, constant_values=-1)
            best_score = np.pad(best_score, width, constant_values=-np.inf)
        # mentors not re-scored: unlisted scores stay below the old bound, prices above cut
        beyond = np.full(len(blk), -np.inf) if cut == len(price_sorted) else best_q[blk]
        inside_rest = np.where(in_reserve, -np.inf, reduced).max(axis=1, initial=-np.inf)
        return _RecheckedBlock(
            mentee=blk[r].astype(np.int64),
            mentor=cols[c].astype(np.int64),
            score=scores[r, c].astype(np.float64),
            violating=blk[bad.any(axis=1)].astype(np.int64),
            pruned_best=np.maximum(
                exact.max(axis=1, initial=-np.inf),
                np.where(np.isfinite(beyond), pruned_before[blk], -np.inf),
            ),
            reserve_mentor=reserve_mentor,
            reserve_score=best_score,
            rest=np.maximum(inside_rest, beyond - outside),
        )

    # NumPy releases the GIL: blocks run in parallel threads, BLAS single-threaded in each
    with threadpool_limits(limits=1, user_api="blas"):
        if workers <= 1 or len(starts) <= 1:
            done = [check(b) for b in range(len(starts))]
        else:
            with ThreadPoolExecutor(workers) as pool:
                done = list(pool.map(check, range(len(starts))))
    pruned = edges.pruned_best.copy()
    pruned[rows] = np.concatenate([d.pruned_best for d in done])
    checked.reserve_mentor[rows] = np.concatenate([d.reserve_mentor for d in done])
    checked.reserve_score[rows] = np.concatenate([d.reserve_score for d in done])
    checked.rest[rows] = np.concatenate([d.rest for d in done])
    checked.round_of[rows] = len(checked.prices)
    checked.prices.append(result.mentor_dual.copy())
    new_edges = replace(
        edges,
        mentee=np.concatenate([edges.mentee, *[d.mentee for d in done]]),
        mentor=np.concatenate([edges.mentor, *[d.mentor for d in done]]),
        score=np.concatenate([edges.score, *[d.score for d in done]]),
        pruned_best=pruned,
    )
    return new_edges, np.concatenate([d.violating for d in done])
