"""A small program mixing every rule, with enough distinct answers to exercise both paths."""

from __future__ import annotations

import numpy as np
import pytest

from constel_api.matching.criteria import Criterion, Rule


def mixed_criteria(n: int, m: int, seed: int = 3) -> list[Criterion]:
    rng = np.random.default_rng(seed)

    def codes(size: int, k: int) -> np.ndarray:
        c = rng.integers(0, k, size)
        c[rng.random(size) < 0.1] = -1
        return c

    def values(size: int, hi: int) -> np.ndarray:
        v = rng.integers(0, hi + 1, size).astype(float)
        v[rng.random(size) < 0.1] = np.nan
        return v

    return [
        Criterion("sector", Rule.SAME, 2, codes(n, 4), codes(m, 4)),
        Criterion("unit", Rule.DIFFERENT, 1, codes(n, 6), codes(m, 6)),
        Criterion(
            "site",
            Rule.SITE,
            1.5,
            codes(n, 3),
            codes(m, 3),
            mentee_remote=rng.random(n) < 0.2,
            mentor_remote=rng.random(m) < 0.2,
        ),
        Criterion("interests", Rule.OVERLAP, 2, rng.random((n, 5)) < 0.4, rng.random((m, 5)) < 0.4),
        Criterion("goals", Rule.COVERS, 3, rng.random((n, 6)) < 0.4, rng.random((m, 6)) < 0.5),
        Criterion("languages", Rule.COMMON, 1, rng.random((n, 3)) < 0.5, rng.random((m, 3)) < 0.5),
        Criterion("pace", Rule.NUMERIC, 1, values(n, 6), values(m, 6), value_range=(1, 5)),
        Criterion("seniority", Rule.GAP, 1, values(n, 20), values(m, 30), min_gap=4),
    ]


@pytest.fixture
def mixed() -> list[Criterion]:
    return mixed_criteria(40, 12)
