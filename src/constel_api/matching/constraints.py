"""Hard constraints: pairs no path (automatic, suggestion, manual) may produce.

Pair-level exclusions are kept sparse (a CSR matrix of reason bits); unit, eligibility,
declines and capacity are rules on the people, expanded block by block only when scoring.
Every excluded pair can state its reasons with stable codes (``Reason``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike, NDArray

IntArray = NDArray[np.intp]
BoolArray = NDArray[np.bool_]


class Reason(StrEnum):
    """Why a (mentee, mentor) pair is excluded; stable codes the API returns."""

    HIERARCHY = "hierarchy"  # one is in the other's management chain (charter rule 1)
    SAME_UNIT = "same_unit"  # same unit while the program forbids it
    REFUSED_BEFORE = "refused_before"  # refused or withdrawn earlier in this program
    EXCLUDED = "excluded"  # excluded by a program manager during review
    INELIGIBLE_MENTEE = "ineligible_mentee"  # the mentee fails the participation criteria
    INELIGIBLE_MENTOR = "ineligible_mentor"  # the mentor fails the participation criteria
    DECLINED = "declined"  # the mentor declined the program (charter rule 5)
    NO_CAPACITY = "no_capacity"  # the mentor's capacity is zero


_PAIR_BITS = {Reason.HIERARCHY: 1, Reason.REFUSED_BEFORE: 2, Reason.EXCLUDED: 4}
# Reasons that come from the pair's history or review, not from who the people are: a mentee
# whose every structurally possible mentor is excluded this way is "all_candidates_excluded".
HISTORY_REASONS = frozenset({Reason.REFUSED_BEFORE, Reason.EXCLUDED})
_HISTORY_BITS = 2 | 4


def _pairs(value: Any) -> NDArray[np.int64]:
    arr = np.asarray(value if value is not None else np.empty((0, 2)), dtype=np.int64)
    return arr.reshape(-1, 2)


@dataclass(frozen=True, eq=False)
class HardConstraints:
    """Everything that forbids a pair, for n mentees and m mentors (indices, not ids)."""

    n_mentees: int
    n_mentors: int
    capacity: NDArray[np.int64]  # per mentor, the program's default unless overridden
    hierarchy: ArrayLike = field(default_factory=lambda: _pairs(None))  # (h, 2) index pairs
    refused: ArrayLike = field(default_factory=lambda: _pairs(None))
    excluded: ArrayLike = field(default_factory=lambda: _pairs(None))
    mentee_unit: NDArray[np.int64] | None = None
    mentor_unit: NDArray[np.int64] | None = None
    forbid_same_unit: bool = False
    mentee_eligible: BoolArray | None = None
    mentor_eligible: BoolArray | None = None
    mentor_declined: BoolArray | None = None
    _bits: sp.csr_matrix = field(init=False, repr=False)

    def __post_init__(self) -> None:
        n, m = self.n_mentees, self.n_mentors
        cap = np.asarray(self.capacity, np.int64)
        if cap.shape != (m,) or (cap < 0).any():
            raise ValueError("capacity must be a non-negative integer per mentor")
        object.__setattr__(self, "capacity", cap)
        for name, size in (("mentee_eligible", n), ("mentor_eligible", m), ("mentor_declined", m)):
            default = name != "mentor_declined"
            flags = getattr(self, name)
            arr = np.full(size, default) if flags is None else np.asarray(flags, np.bool_)
            if arr.shape != (size,):
                raise ValueError(f"{name} must have shape ({size},)")
            object.__setattr__(self, name, arr)
        if self.forbid_same_unit and (self.mentee_unit is None or self.mentor_unit is None):
            raise ValueError("forbid_same_unit needs the units of both sides")
        rows, cols, bits = [], [], []
        for reason, bit in _PAIR_BITS.items():
            pairs = np.unique(_pairs(getattr(self, reason_field(reason))), axis=0)
            object.__setattr__(self, reason_field(reason), pairs)
            if len(pairs) and (
                (pairs[:, 0] < 0).any()
                or (pairs[:, 0] >= n).any()
                or (pairs[:, 1] < 0).any()
                or (pairs[:, 1] >= m).any()
            ):
                raise ValueError(f"{reason.value} pairs out of range")
            rows.append(pairs[:, 0])
            cols.append(pairs[:, 1])
            bits.append(np.full(len(pairs), bit, np.int8))
        coo = sp.coo_matrix(
            (np.concatenate(bits), (np.concatenate(rows), np.concatenate(cols))), shape=(n, m)
        )
        csr = coo.tocsr()  # pairs are unique per reason, so summing the bits is an OR
        csr.sort_indices()
        object.__setattr__(self, "_bits", csr)

    @property
    def mentor_open(self) -> BoolArray:
        """Mentors who can take anyone at all."""
        assert self.mentor_eligible is not None
        assert self.mentor_declined is not None
        return self.mentor_eligible & ~self.mentor_declined & (self.capacity > 0)

    def masks(self, rows: IntArray) -> tuple[BoolArray, BoolArray]:
        """(structural, allowed) boolean blocks for these mentees against every mentor.

        ``structural`` ignores history (refused before, excluded in review); ``allowed``
        is what matching may use.
        """
        assert self.mentee_eligible is not None
        structural = np.repeat(self.mentor_open[None, :], len(rows), axis=0)
        structural &= self.mentee_eligible[rows][:, None]
        if self.forbid_same_unit:
            assert self.mentee_unit is not None
            assert self.mentor_unit is not None
            structural &= self.mentee_unit[rows][:, None] != self.mentor_unit[None, :]
        block = self._bits[rows]
        allowed = structural.copy()
        if block.nnz:
            r = np.repeat(np.arange(len(rows)), np.diff(block.indptr))
            c = block.indices
            hier = (block.data & 1) != 0
            structural[r[hier], c[hier]] = False
            allowed[r, c] = False
        return structural, allowed

    def reasons(self, mentee: int, mentor: int) -> tuple[Reason, ...]:
        """Every reason that forbids this pair, in a stable order; empty when allowed."""
        assert self.mentee_eligible is not None
        assert self.mentor_eligible is not None
        assert self.mentor_declined is not None
        out: list[Reason] = []
        bits = int(self._bits[mentee, mentor])
        if bits & 1:
            out.append(Reason.HIERARCHY)
        if self.forbid_same_unit:
            assert self.mentee_unit is not None
            assert self.mentor_unit is not None
            if self.mentee_unit[mentee] == self.mentor_unit[mentor]:
                out.append(Reason.SAME_UNIT)
        if bits & 2:
            out.append(Reason.REFUSED_BEFORE)
        if bits & 4:
            out.append(Reason.EXCLUDED)
        if not self.mentee_eligible[mentee]:
            out.append(Reason.INELIGIBLE_MENTEE)
        if not self.mentor_eligible[mentor]:
            out.append(Reason.INELIGIBLE_MENTOR)
        if self.mentor_declined[mentor]:
            out.append(Reason.DECLINED)
        if self.capacity[mentor] == 0:
            out.append(Reason.NO_CAPACITY)
        return tuple(out)

    def is_allowed(self, mentee: int, mentor: int) -> bool:
        return not self.reasons(mentee, mentor)

    def excluded_for_mentee(self, mentee: int) -> dict[int, tuple[Reason, ...]]:
        """Mentor index -> reasons, for every mentor this mentee may not be paired with."""
        _, allowed = self.masks(np.array([mentee], np.intp))
        return {int(j): self.reasons(mentee, int(j)) for j in np.flatnonzero(~allowed[0])}


def reason_field(reason: Reason) -> str:
    return {
        Reason.HIERARCHY: "hierarchy",
        Reason.REFUSED_BEFORE: "refused",
        Reason.EXCLUDED: "excluded",
    }[reason]
