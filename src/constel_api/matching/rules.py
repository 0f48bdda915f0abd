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
    a = crit.mentee[mentees]
    b = crit.mentor[mentors]
    rule = crit.rule
    if rule is Rule.SAME:
        return ((a[:, None] == b[None, :]) & (a[:, None] >= 0)).astype(dtype)
    if rule is Rule.DIFFERENT:
        known = (a[:, None] >= 0) & (b[None, :] >= 0)
        return ((a[:, None] != b[None, :]) & known).astype(dtype)
    if rule is Rule.SITE:
        assert crit.mentee_remote is not None and crit.mentor_remote is not None
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


def _set_values(rule: Rule, a: NDArray[Any], b: NDArray[Any], dtype: Any) -> NDArray[Any]:
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
