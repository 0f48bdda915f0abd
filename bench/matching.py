"""Matching benchmark: scoring and solve time, peak memory, optimum vs greedy, certificate.

Synthetic cohorts of 500x200, 5,000x2,000 and 20,000x8,000 mentees x mentors, capacity 3
(tight cases: 2 or 3, so that slots equal the mentees or 95 % of them),
20 criteria (6 same, 4 overlap, 3 covers, 3 numeric; languages, site/remote, seniority gap,
different unit), 2 % of pairs forbidden by hierarchy, plus a few refusals, declines,
ineligible mentees and 1 % priority mentees. Each size runs in its own subprocess so its
peak RSS (ru_maxrss, whole process: interpreter, libraries, data) is measured alone.

Tight cases give the mentors exactly as many slots as there are mentees (or 95 % of them).

Run: .venv/bin/python bench/matching.py [cases...]   e.g. 500x200 5000x2000 24000x8000@24000
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

from constel_api.matching.constraints import HardConstraints
from constel_api.matching.criteria import Criterion, Rule

# A case is (mentees, mentors, total mentor slots or None for 3 per mentor); on the command
# line "NxM" or "NxM@SLOTS". Tight cases have slots == mentees (or fewer): mentors are the
# scarce side, as in most real programs.
Case = tuple[int, int, int | None]
TARGETS: dict[Case, tuple[float, float]] = {  # end-to-end seconds, peak MB
    (5_000, 2_000, None): (2.0, 400),
    (20_000, 8_000, None): (10.0, 1024),
    (6_000, 2_000, 6_000): (0.5, 400),
    (24_000, 8_000, 24_000): (5.0, 512),
    (24_000, 8_000, 22_800): (5.0, 512),
}
SIZES: list[Case] = [
    (500, 200, None),
    (5_000, 2_000, None),
    (20_000, 8_000, None),
    (6_000, 2_000, 6_000),
    (24_000, 8_000, 24_000),
    (24_000, 8_000, 22_800),
]


def parse_case(text: str) -> Case:
    size, _, slots = text.partition("@")
    n, m = (int(x) for x in size.split("x"))
    return n, m, int(slots) if slots else None


def case_name(case: Case) -> str:
    n, m, slots = case
    return f"{n}x{m}" + (f"@{slots}" if slots is not None else "")


def build_instance(
    n: int, m: int, seed: int = 7, slots: int | None = None
) -> tuple[list[Criterion], HardConstraints, np.ndarray]:
    """``slots`` (total mentor capacity) defaults to 3 per mentor; fewer makes it tight."""
    rng = np.random.default_rng(seed)
    crits: list[Criterion] = []

    def codes(size: int, k: int) -> np.ndarray:
        c = rng.integers(0, k, size)
        c[rng.random(size) < 0.05] = -1  # unanswered
        return c

    for q in range(6):
        crits.append(Criterion(f"q_same_{q}", Rule.SAME, 1.0 + q % 3, codes(n, 5), codes(m, 5)))
    for q in range(4):
        crits.append(
            Criterion(
                f"q_overlap_{q}",
                Rule.OVERLAP,
                2.0,
                rng.random((n, 8)) < 0.3,
                rng.random((m, 8)) < 0.3,
            )
        )
    for q in range(3):
        crits.append(
            Criterion(
                f"q_covers_{q}",
                Rule.COVERS,
                3.0,
                rng.random((n, 8)) < 0.3,
                rng.random((m, 8)) < 0.4,
            )
        )
    for q in range(3):
        a = rng.integers(1, 6, n).astype(float)
        b = rng.integers(1, 6, m).astype(float)
        crits.append(Criterion(f"q_scale_{q}", Rule.NUMERIC, 1.5, a, b, value_range=(1, 5)))
    crits.append(
        Criterion("languages", Rule.COMMON, 3.0, rng.random((n, 6)) < 0.3, rng.random((m, 6)) < 0.4)
    )
    crits.append(
        Criterion(
            "site",
            Rule.SITE,
            2.0,
            rng.integers(0, 10, n),
            rng.integers(0, 10, m),
            mentee_remote=rng.random(n) < 0.15,
            mentor_remote=rng.random(m) < 0.15,
        )
    )
    mentee_years = rng.integers(0, 15, n).astype(float)
    mentor_years = rng.integers(3, 41, m).astype(float)
    crits.append(Criterion("seniority", Rule.GAP, 2.0, mentee_years, mentor_years, min_gap=5))
    crits.append(
        Criterion("unit", Rule.DIFFERENT, 1.0, rng.integers(0, 50, n), rng.integers(0, 50, m))
    )

    n_forbidden = int(0.02 * n * m)
    flat = np.unique(rng.integers(0, n * m, n_forbidden, dtype=np.int64))
    hierarchy = np.stack([flat // m, flat % m], axis=1)
    refused = np.stack([rng.integers(0, n, n // 50), rng.integers(0, m, n // 50)], axis=1)
    constraints = HardConstraints(
        n_mentees=n,
        n_mentors=m,
        capacity=_capacities(m, slots),
        hierarchy=hierarchy,
        refused=refused,
        mentee_eligible=rng.random(n) > 0.01,
        mentor_declined=rng.random(m) < 0.02,
    )
    priority = rng.random(n) < 0.01
    return crits, constraints, priority


def _capacities(m: int, slots: int | None) -> np.ndarray:
    """Capacity 3 per mentor, lowered to 2 on the first mentors until ``slots`` remain."""
    capacity = np.full(m, 3)
    if slots is not None:
        short = 3 * m - slots
        if not 0 <= short <= m:
            raise ValueError("slots must lie between 2 and 3 per mentor")
        capacity[:short] = 2
    return capacity


def run_one(n: int, m: int, slots: int | None = None) -> dict[str, object]:
    from constel_api.matching.engine import greedy_matching, run_matching
    from constel_api.matching.scoring import Scorer

    crits, constraints, priority = build_instance(n, m, slots=slots)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu0 = _cpu()
    t0 = time.perf_counter()
    scorer = Scorer(crits)
    t_prep = time.perf_counter() - t0
    result = run_matching(scorer, constraints, priority=priority)
    t_total = time.perf_counter() - t0
    cpu_total = _cpu() - cpu0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t1 = time.perf_counter()
    base = greedy_matching(scorer, constraints, result.edges, priority=priority)
    t_greedy = time.perf_counter() - t1
    opt = result.assignment
    cert = opt.certificate
    assert cert is not None
    return {
        "size": case_name((n, m, slots)),
        "slots": int(constraints.capacity.sum()),
        "prepare_s": round(t_prep, 3),
        "score_s": round(result.timings["score"], 3),
        "solve_s": round(result.timings["solve"], 3),
        "end_to_end_s": round(t_total, 3),
        "cpu_s": round(cpu_total, 3),
        "load": round(os.getloadavg()[0], 2),
        "peak_rss_mb": round(peak, 1),
        "rss_before_matching_mb": round(rss_before, 1),
        "edges": len(result.edges.mentee),
        "linear_columns": scorer.linear_columns,
        "elementwise_criteria": len(scorer.elementwise_criteria),
        "rounds": result.rounds,
        "matched": opt.matched,
        "priority_matched": opt.priority_matched,
        "total_score": round(opt.total_score, 2),
        "greedy_matched": base.matched,
        "greedy_priority_matched": base.priority_matched,
        "greedy_total_score": round(base.total_score, 2),
        "greedy_s": round(t_greedy, 3),
        "unmatched": _count(opt.unmatched.values()),
        "certificate": cert.summary(),
        "optimal": cert.optimal,
    }


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _count(values: object) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:  # type: ignore[attr-defined]
        out[str(v)] = out.get(str(v), 0) + 1
    return out


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(run_one(*parse_case(sys.argv[2]))))
        return
    cases = [parse_case(s) for s in sys.argv[1:]] or SIZES
    for case in cases:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", case_name(case)],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        print(
            f"== {row['size']} mentees x mentors ({row['slots']} mentor slots, capacity 2-3,"
            " 20 criteria, 2 % forbidden)"
        )
        print(
            f"   scoring {row['score_s']} s (+ {row['prepare_s']} s tables) | solve+proof "
            f"{row['solve_s']} s ({row['rounds']} round(s)) | end to end {row['end_to_end_s']} s"
            f" (CPU {row['cpu_s']} s, load average {row['load']} on {os.cpu_count()} cores)"
            f" | peak RSS {row['peak_rss_mb']} MB"
            f" (instance loaded: {row['rss_before_matching_mb']} MB)"
        )
        print(
            f"   {row['edges']} candidate edges, {row['linear_columns']} product columns, "
            f"{row['elementwise_criteria']} element-wise criteria"
        )
        print(
            f"   optimum: {row['matched']} matched ({row['priority_matched']} priority), "
            f"total score {row['total_score']}"
        )
        print(
            f"   greedy : {row['greedy_matched']} matched ({row['greedy_priority_matched']} "
            f"priority), total score {row['greedy_total_score']} ({row['greedy_s']} s)"
        )
        print(f"   unmatched: {row['unmatched']}")
        print(f"   certificate: {row['certificate']}")
        target = TARGETS.get(case)
        if target:
            ok = row["end_to_end_s"] < target[0] and row["peak_rss_mb"] < target[1]
            print(f"   target < {target[0]} s and < {target[1]} MB: {'MET' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
