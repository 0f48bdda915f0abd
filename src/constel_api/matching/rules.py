"""The comparison rules, evaluated on an outer product of mentees x mentors.

One function per rule, each returning values in [0, 1]; a missing answer on either side
gives 0 (the criterion neither helps nor separates the candidates of that mentee).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from constel_api.matching.criteria import Criterion, Rule

IntArray = NDArray[np.intp]


def outer_values(
    crit: Criterion, mentees: IntArray, mentors: IntArray, dtype: Any = np.float32
) -> NDArray[Any]:
    """f(mentee, mentor) for every mentee in ``mentees`` and mentor in ``mentors``."""
    out: NDArray[Any] = _outer(crit, mentees, mentors, dtype)
    return out


def _outer(crit: Criterion, mentees: IntArray, mentors: IntArray, dtype: Any) -> Any:
    a = crit.mentee[mentees]
    b = crit.mentor[mentors]
    rule = crit.rule
    if rule is Rule.SAME:
        return ((a[:, None] == b[None, :]) & (a[:, None] >= 0)).astype(dtype)
    if rule is Rule.DIFFERENT:
        known = (a[:, None] >= 0) & (b[None, :] >= 0)
        return ((a[:, None] != b[None, :]) & known).astype(dtype)
    if rule is Rule.SITE:
        assert crit.mentee_remote is not None
        assert crit.mentor_remote is not None
        ra = crit.mentee_remote[mentees][:, None]
        rb = crit.mentor_remote[mentors][None, :]
        same = (a[:, None] == b[None, :]) & (a[:, None] >= 0)
        return (same | ra | rb).astype(dtype)
    if rule in (Rule.OVERLAP, Rule.COVERS, Rule.COMMON):
        return _set_values(rule, a, b, dtype)
    if rule is Rule.NUMERIC:
        assert crit.value_range is not None
        lo, hi = crit.value_range
        ca = np.clip(a, lo, hi).astype(dtype)[:, None]
        cb = np.clip(b, lo, hi).astype(dtype)[None, :]
        out = np.subtract(ca, cb)
        np.abs(out, out=out)
        out *= dtype(-1.0 / (hi - lo))
        out += dtype(1.0)
        np.nan_to_num(out, copy=False, nan=0.0)
        return out
    if rule is Rule.GAP:
        assert crit.min_gap is not None
        diff = b[None, :] - a[:, None]
        with np.errstate(invalid="ignore"):
            return (diff >= crit.min_gap).astype(dtype)  # NaN compares False
    raise ValueError(f"unknown rule {rule!r}")


def _set_values(rule: Rule, a: NDArray[Any], b: NDArray[Any], dtype: Any) -> Any:
    fa = a.astype(dtype)
    fb = b.astype(dtype)
    inter = fa @ fb.T  # exact small integers in float32
    if rule is Rule.COMMON:
        return np.minimum(inter, dtype(1.0), out=inter)
    size_a = fa.sum(axis=1)[:, None]
    if rule is Rule.COVERS:
        inter /= np.maximum(size_a, dtype(1.0))
        return inter
    union = size_a + fb.sum(axis=1)[None, :]
    union -= inter
    np.maximum(union, dtype(1.0), out=union)
    inter /= union
    return inter


def set_counts(crit: Criterion, mentee: int, mentor: int) -> tuple[list[int], int, int, int]:
    """Options in common, mentee set size, mentor set size, union size (for explanations)."""
    a = crit.mentee[mentee]
    b = crit.mentor[mentor]
    common = [int(k) for k in np.flatnonzero(a & b)]
    return common, int(a.sum()), int(b.sum()), int((a | b).sum())


# Element-wise cost of each rule on a block, in "product columns" (one column of the one-hot
# product costs ~0.05 ns per pair on this machine, one array pass ~0.3-0.5 ns): a criterion is
# linearised by lookup only when it needs fewer distinct mentee values than this.
ELEMENTWISE_COST = {
    Rule.SAME: 10,
    Rule.DIFFERENT: 12,
    Rule.SITE: 14,
    Rule.GAP: 10,
    Rule.NUMERIC: 24,
    Rule.COMMON: 12,
    Rule.OVERLAP: 40,
    Rule.COVERS: 40,
}


def accumulate(
    crit: Criterion, mentees: IntArray, block: NDArray[np.float32], points: float
) -> None:
    """block += points * f(mentees, every mentor), with as few array passes as possible."""
    p = np.float32(points)
    rule = crit.rule
    if rule in (Rule.SAME, Rule.DIFFERENT, Rule.SITE):
        a = crit.mentee[mentees]
        b = crit.mentor
        if rule is Rule.DIFFERENT:
            hit = a[:, None] != b[None, :]
            hit &= (b >= 0)[None, :]
            hit[a < 0] = False
        else:
            hit = np.where(a < 0, -2, a)[:, None] == b[None, :]  # -2 matches no mentor
            if rule is Rule.SITE:
                assert crit.mentee_remote is not None
                assert crit.mentor_remote is not None
                hit |= crit.mentor_remote[None, :]
                hit[crit.mentee_remote[mentees]] = True
        np.add(block, p, out=block, where=hit)
        return
    if rule is Rule.GAP:
        assert crit.min_gap is not None
        with np.errstate(invalid="ignore"):
            hit = crit.mentor[None, :] >= (crit.mentee[mentees] + crit.min_gap)[:, None]
        np.add(block, p, out=block, where=hit)
        return
    if rule is Rule.COMMON:
        inter = crit.mentee[mentees].astype(np.float32) @ crit.mentor.T.astype(np.float32)
        np.add(block, p, out=block, where=inter > 0)
        return
    if rule is Rule.OVERLAP:
        fa = crit.mentee[mentees].astype(np.float32)
        fb = crit.mentor.astype(np.float32)
        inter = fa @ fb.T
        size_a = fa.sum(axis=1)
        size_a[size_a == 0] = 0.5  # empty union gives 0 / 0.5 = 0 without a max() pass
        denom = np.add(size_a[:, None], fb.sum(axis=1)[None, :])
        denom -= inter
        inter /= denom
        inter *= p
        block += inter
        return
    vals = outer_values(crit, mentees, np.arange(crit.n_mentors))
    vals *= p
    block += vals
