"""Vectorised scoring of every (mentee, mentor) pair, normalised to 0–100.

score(i, j) = 100 * sum_c w_c * f_c(i, j) / sum_c w_c, every f_c in [0, 1] (see ``rules``).

Why it is fast: a criterion whose mentee side takes few distinct values (a single choice, a
Likert scale, seniority in years, a small multi-choice) is *linearised*: f_c(i, j) is looked
up in a (distinct values x mentors) table, which is a one-hot product. All such criteria are
stacked into a single float32 matrix product U[rows] @ V computed block by block, so the
dense n x m matrix never has to exist. Criteria with many distinct mentee values (free
multi-choice sets) are evaluated element-wise on the block. Both paths use the same rule
functions as the per-pair explanation, so a breakdown always sums to the matrix score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from constel_api.matching.criteria import Criterion, Rule, check_shapes
from constel_api.matching.explain import CriterionScore, describe
from constel_api.matching.rules import ELEMENTWISE_COST, accumulate, outer_values

IntArray = NDArray[np.intp]
LOOKUP_MAX = 64  # upper bound; each rule's own threshold is rules.ELEMENTWISE_COST
# Mentor-side lookup: f evaluated against each distinct mentor answer (a small table per
# block) and gathered to all mentors: two array passes whatever the rule, so it wins for
# rules that are expensive element-wise (Jaccard: ~6 passes) when mentors have few answers.
MENTOR_LOOKUP_MAX = 256
MENTOR_LOOKUP_COST = 12  # in product columns, see rules.ELEMENTWISE_COST


@dataclass(frozen=True)
class _Linear:
    criterion: Criterion
    columns: int


class Scorer:
    """Scores mentees against mentors for one program's criteria."""

    def __init__(
        self,
        criteria: Sequence[Criterion],
        *,
        lookup_max: int = LOOKUP_MAX,
        mentor_lookup_max: int | None = None,
    ) -> None:
        self.n_mentees, self.n_mentors = check_shapes(criteria)
        self.criteria = tuple(criteria)
        total = float(sum(c.weight for c in criteria))
        self.max_points = np.array([100.0 * c.weight / total for c in criteria])
        u_parts: list[NDArray[np.float32]] = []
        v_parts: list[NDArray[np.float32]] = []
        self._elementwise: list[tuple[Criterion, float]] = []
        self._mentor_lookup: list[tuple[Criterion, float, IntArray, IntArray]] = []
        mentor_cap = (
            min(MENTOR_LOOKUP_MAX, self.n_mentors // 4)
            if mentor_lookup_max is None
            else mentor_lookup_max
        )
        all_mentors = np.arange(self.n_mentors)
        for crit, points in zip(self.criteria, self.max_points, strict=True):
            if points == 0:
                continue
            reps, inverse = _distinct_values(crit, "mentee")
            if crit.rule is Rule.COVERS and len(reps) > crit.mentee.shape[1]:
                # covers is linear in the mentee's needs: (need / |need|) . offer
                need = crit.mentee.astype(np.float32)
                need /= np.maximum(need.sum(axis=1, keepdims=True), np.float32(1.0))
                u_parts.append(need * np.float32(points))
                v_parts.append(crit.mentor.T.astype(np.float32))
                continue
            mentor_reps, mentor_inverse = _distinct_values(crit, "mentor")
            as_columns = len(reps) <= min(lookup_max, ELEMENTWISE_COST[crit.rule])
            cheap_columns = as_columns and len(reps) <= MENTOR_LOOKUP_COST
            if not cheap_columns and len(mentor_reps) <= mentor_cap:
                self._mentor_lookup.append((crit, float(points), mentor_reps, mentor_inverse))
            elif as_columns:
                table = outer_values(crit, reps, all_mentors).astype(np.float32)
                onehot = np.zeros((self.n_mentees, len(reps)), np.float32)
                onehot[np.arange(self.n_mentees), inverse] = points
                u_parts.append(onehot)
                v_parts.append(table)
            else:
                self._elementwise.append((crit, float(points)))
        if u_parts:
            self._u = np.ascontiguousarray(np.hstack(u_parts))
            self._v = np.ascontiguousarray(np.vstack(v_parts))
        else:
            self._u = np.zeros((self.n_mentees, 1), np.float32)
            self._v = np.zeros((1, self.n_mentors), np.float32)

    @property
    def linear_columns(self) -> int:
        """Width of the stacked one-hot product (the cost driver of scoring)."""
        return int(self._u.shape[1])

    @property
    def elementwise_criteria(self) -> tuple[str, ...]:
        return tuple(c.key for c, _ in self._elementwise)

    @property
    def mentor_lookup_criteria(self) -> tuple[str, ...]:
        return tuple(c.key for c, *_ in self._mentor_lookup)

    def score_rows(
        self, rows: IntArray | slice, mentors: IntArray | None = None
    ) -> NDArray[np.float32]:
        """Scores of the given mentees against every mentor (or only ``mentors``), float32.

        Shape (len(rows), m) or (len(rows), len(mentors)): re-checks after a solve only need
        the mentors whose price leaves room for a better edge, often a small share of them.
        """
        if mentors is not None and self._elementwise:
            return self.score_rows(rows)[:, mentors]  # element-wise rules work on full rows
        v = self._v if mentors is None else self._v[:, mentors]
        block = self._u[rows] @ v
        idx = np.arange(self.n_mentees)[rows]
        if self._mentor_lookup:
            gathered = np.empty_like(block)
            for crit, points, mentor_reps, mentor_inverse in self._mentor_lookup:
                table = outer_values(crit, idx, mentor_reps)  # (rows, distinct mentor values)
                table *= np.float32(points)
                inverse = mentor_inverse if mentors is None else mentor_inverse[mentors]
                np.take(table, inverse, axis=1, out=gathered)
                block += gathered
        for crit, points in self._elementwise:
            accumulate(crit, idx, block, points)
        np.clip(block, 0.0, 100.0, out=block)
        return block

    def score_matrix(self) -> NDArray[np.float32]:
        """The dense n x m matrix: fine for small programs and tests, not for 20,000 x 8,000."""
        return self.score_rows(slice(None))

    def score_pairs(self, mentees: ArrayLike, mentors: ArrayLike) -> NDArray[np.float64]:
        """Exact (float64) scores of explicit pairs, e.g. pinned or manual pairs."""
        i = np.asarray(mentees, np.intp).reshape(-1)
        j = np.asarray(mentors, np.intp).reshape(-1)
        total = np.zeros(len(i))
        for crit, points in zip(self.criteria, self.max_points, strict=True):
            if points:
                total += points * _pair_values(crit, i, j)
        return total

    def explain(self, mentee: int, mentor: int) -> list[CriterionScore]:
        """Per-criterion breakdown of one pair, in numbers and words (see ``explain``)."""
        return [
            describe(crit, mentee, mentor, float(points))
            for crit, points in zip(self.criteria, self.max_points, strict=True)
        ]


def _distinct_values(crit: Criterion, side: str) -> tuple[IntArray, IntArray]:
    """Representative index of each distinct answer on one side, and each person's answer id."""
    values = crit.mentee if side == "mentee" else crit.mentor
    if crit.rule is Rule.SITE:  # a remote person fits everywhere: the flag is part of the value
        remote = crit.mentee_remote if side == "mentee" else crit.mentor_remote
        assert remote is not None
        values = np.where(remote, -2, values)
    if values.ndim == 2:
        packed = np.packbits(values, axis=1)
        _, first, inverse = np.unique(packed, axis=0, return_index=True, return_inverse=True)
    else:
        if values.dtype.kind == "f":
            values = np.where(np.isnan(values), -np.inf, values)  # one id for "no answer"
        _, first, inverse = np.unique(values, return_index=True, return_inverse=True)
    return first.astype(np.intp), inverse.reshape(-1).astype(np.intp)


def _pair_values(crit: Criterion, mentees: IntArray, mentors: IntArray) -> NDArray[np.float64]:
    out = np.empty(len(mentees))
    for k, (i, j) in enumerate(zip(mentees, mentors, strict=True)):
        out[k] = float(outer_values(crit, np.array([i]), np.array([j]), np.float64)[0, 0])
    return out
