"""Matching criteria: one comparison rule, one weight and the encoded answers of both sides.

Encodings (n mentees, m mentors), chosen so that scoring is a handful of array operations:

* ``same`` / ``different`` / ``site``: integer codes, shape (n,) and (m,), ``-1`` = no answer.
  ``site`` also takes boolean ``remote`` flags: a remote person fits every site.
* ``overlap`` / ``covers`` / ``common``: boolean multi-hot arrays, shape (n, k) and (m, k).
  ``covers`` reads the mentee side as needs and the mentor side as offers.
* ``numeric`` / ``gap``: floats, shape (n,) and (m,), ``NaN`` = no answer.
  ``numeric`` needs ``value_range=(lo, hi)``; ``gap`` needs ``min_gap`` (mentor minus mentee).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
from numpy.typing import NDArray


class Rule(StrEnum):
    """How one criterion compares a mentee with a mentor; every rule yields a value in [0, 1]."""

    SAME = "same"  # same single choice
    OVERLAP = "overlap"  # Jaccard index of two multi-choice sets
    COVERS = "covers"  # share of the mentee's needs the mentor offers
    NUMERIC = "numeric"  # 1 - |a - b| / range
    COMMON = "common"  # at least one option in common (languages)
    SITE = "site"  # same site, or either side works remotely
    GAP = "gap"  # mentor's value exceeds the mentee's by at least min_gap (seniority)
    DIFFERENT = "different"  # different codes (unit)


CODE_RULES = frozenset({Rule.SAME, Rule.DIFFERENT, Rule.SITE})
SET_RULES = frozenset({Rule.OVERLAP, Rule.COVERS, Rule.COMMON})
VALUE_RULES = frozenset({Rule.NUMERIC, Rule.GAP})


@dataclass(frozen=True, eq=False)
class Criterion:
    """One question of the program's questionnaire or one directory attribute it selects."""

    key: str
    rule: Rule
    weight: float
    mentee: NDArray[Any]
    mentor: NDArray[Any]
    options: Sequence[str] | None = None  # labels of codes / set options, for explanations
    value_range: tuple[float, float] | None = None  # numeric only
    min_gap: float | None = None  # gap only
    mentee_remote: NDArray[np.bool_] | None = None  # site only
    mentor_remote: NDArray[np.bool_] | None = None  # site only
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.weight >= 0 or not np.isfinite(self.weight):
            raise ValueError(f"criterion {self.key!r}: weight must be a finite number >= 0")
        rule = Rule(self.rule)
        object.__setattr__(self, "rule", rule)
        if rule in CODE_RULES:
            self._coerce("mentee", np.int64, 1)
            self._coerce("mentor", np.int64, 1)
        elif rule in SET_RULES:
            self._coerce("mentee", np.bool_, 2)
            self._coerce("mentor", np.bool_, 2)
            if self.mentee.shape[1] != self.mentor.shape[1]:
                raise ValueError(f"criterion {self.key!r}: both sides need the same options")
        else:
            self._coerce("mentee", np.float64, 1)
            self._coerce("mentor", np.float64, 1)
        if rule is Rule.NUMERIC and (
            self.value_range is None or not self.value_range[1] > self.value_range[0]
        ):
            raise ValueError(f"criterion {self.key!r}: numeric needs value_range lo < hi")
        if rule is Rule.GAP and (self.min_gap is None or not np.isfinite(self.min_gap)):
            raise ValueError(f"criterion {self.key!r}: gap needs min_gap")
        if rule is Rule.SITE:
            for side, n in (
                ("mentee_remote", len(self.mentee)),
                ("mentor_remote", len(self.mentor)),
            ):
                flags = getattr(self, side)
                flags = np.zeros(n, np.bool_) if flags is None else np.asarray(flags, np.bool_)
                if flags.shape != (n,):
                    raise ValueError(f"criterion {self.key!r}: {side} must have shape ({n},)")
                object.__setattr__(self, side, flags)

    def _coerce(self, side: str, dtype: type, ndim: int) -> None:
        arr: NDArray[Any] = np.asarray(getattr(self, side), dtype=dtype)
        if arr.ndim != ndim:
            raise ValueError(f"criterion {self.key!r}: {side} answers must be {ndim}-D")
        object.__setattr__(self, side, arr)

    @property
    def n_mentees(self) -> int:
        return int(self.mentee.shape[0])

    @property
    def n_mentors(self) -> int:
        return int(self.mentor.shape[0])

    def label(self, code: int) -> str | int:
        """Human label of an option code when labels were given, else the code."""
        if self.options is not None and 0 <= code < len(self.options):
            return self.options[code]
        return code


def check_shapes(criteria: Sequence[Criterion]) -> tuple[int, int]:
    """All criteria must describe the same mentees and mentors; returns (n, m)."""
    if not criteria:
        raise ValueError("at least one criterion is needed")
    n, m = criteria[0].n_mentees, criteria[0].n_mentors
    for c in criteria:
        if (c.n_mentees, c.n_mentors) != (n, m):
            raise ValueError(f"criterion {c.key!r} has another population size")
    if sum(c.weight for c in criteria) <= 0:
        raise ValueError("the weights must not all be zero")
    return n, m
