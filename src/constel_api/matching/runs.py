"""Matching runs: solve the program's cohort into a draft of proposals.

A new run supersedes the current draft, keeping its pinned proposals when they still
hold and reporting the ones it had to drop.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict
from constel_api.matching import repository as repo
from constel_api.matching.constraints import Reason
from constel_api.matching.engine import run_matching
from constel_api.matching.explanations import breakdown_of
from constel_api.matching.inputs import load_cohort
from constel_api.matching.solver import METHOD
from constel_api.models import (
    MatchingProposal,
    MatchingRun,
    MatchingRunStatus,
    Person,
    Program,
    ProposalOrigin,
)


def require_draft(run: MatchingRun) -> None:
    if run.status != MatchingRunStatus.DRAFT:
        raise Conflict(f"This matching run is {run.status}: only a draft can change.",
                       code="run_not_draft", run_status=run.status)


@dataclass(frozen=True)
class _Pin:
    mentee_id: uuid.UUID
    mentor_id: uuid.UUID
    origin: str
    overridden: tuple[str, ...]
    override_reason: str | None
    created_by_id: uuid.UUID | None


async def create_run(session: AsyncSession, actor: Person, program: Program) -> MatchingRun:
    """Solve the cohort; a current draft is superseded, its pins and all exclusions kept."""
    await repo.lock_program(session, program)
    old = await repo.draft_run(session, program)
    pins: list[_Pin] = []
    if old is not None:
        pins = [
            _Pin(p.mentee_id, p.mentor_id, p.origin, tuple(p.overridden), p.override_reason,
                 p.created_by_id)
            for p in await repo.proposals_of(session, old) if p.pinned
        ]
        old.status = MatchingRunStatus.SUPERSEDED
        await session.flush()
    cohort = await load_cohort(session, program)
    e_idx, r_idx = cohort.mentee_index, cohort.mentor_index
    kept: list[tuple[int, int, _Pin]] = []
    dropped: list[dict[str, Any]] = []
    used: Counter[int] = Counter()
    for pin in pins:
        i, j = e_idx.get(pin.mentee_id), r_idx.get(pin.mentor_id)
        if i is None or j is None:
            dropped.append({"mentee_id": str(pin.mentee_id), "mentor_id": str(pin.mentor_id),
                            "reasons": ["not_in_pool"]})
            continue
        reasons: list[Reason] = [r for r in cohort.constraints.reasons(i, j)
                                 if r is not Reason.NO_CAPACITY and r.value not in pin.overridden]
        if used[j] >= cohort.constraints.capacity[j]:
            reasons.append(Reason.NO_CAPACITY)
        if reasons:
            dropped.append({"mentee_id": str(pin.mentee_id), "mentor_id": str(pin.mentor_id),
                            "reasons": [r.value for r in reasons]})
            continue
        used[j] += 1
        kept.append((i, j, pin))
    # the clock, not now(): runs made in one transaction must still be ordered
    run = MatchingRun(organisation_id=program.organisation_id, program_id=program.id,
                      status=MatchingRunStatus.DRAFT, created_by_id=actor.id,
                      created_at=utcnow())
    session.add(run)
    await session.flush()
    n, m = len(cohort.mentee_ids), len(cohort.mentor_ids)
    pairs: list[tuple[int, int, float]] = []
    unmatched: dict[int, str] = {}
    stats: dict[str, Any] = {"mentees": n, "mentors": m, "pins_kept": len(kept),
                             "dropped_pins": dropped, "method": METHOD}
    if n and m:
        result = await asyncio.to_thread(
            run_matching, cohort.scorer, cohort.constraints, priority=cohort.priority,
            pins=[(i, j) for i, j, _ in kept], overrides=[(i, j) for i, j, _ in kept],
            workers=1,
        )
        a = result.assignment
        pairs = [(int(i), int(j), float(s)) for i, j, s in zip(a.mentee, a.mentor, a.score,
                                                                strict=True)]
        unmatched = {i: r.value for i, r in a.unmatched.items()}
        cert = a.certificate
        stats.update({
            "matched": a.matched, "priority_matched": a.priority_matched,
            "total_score": round(a.total_score, 2),
            "optimal": bool(cert.optimal) if cert else False,
            "certificate": cert.summary() if cert else None,
            "timings": {k: round(v, 4) for k, v in result.timings.items()},
        })
    else:
        unmatched = dict.fromkeys(range(n), "no_eligible_mentor")
        stats.update({"matched": 0, "priority_matched": 0, "total_score": 0.0,
                      "optimal": True, "certificate": None, "timings": {}})
    pinned = {(i, j): pin for i, j, pin in kept}
    for i, j, score in pairs:
        found = pinned.get((i, j))
        mentee_id, mentor_id = cohort.mentee_ids[i], cohort.mentor_ids[j]
        session.add(MatchingProposal(
            organisation_id=program.organisation_id, run_id=run.id, program_id=program.id,
            mentee_id=mentee_id, mentor_id=mentor_id, score=round(score, 2),
            breakdown=breakdown_of(cohort, i, j),
            origin=found.origin if found else ProposalOrigin.MATCHING,
            pinned=found is not None,
            overridden=list(found.overridden) if found else [],
            override_reason=found.override_reason if found else None,
            hierarchy_distance=cohort.hierarchy.get((mentee_id, mentor_id)),
            created_by_id=found.created_by_id if found else None,
        ))
    stats["unmatched"] = len(unmatched)
    run.stats = stats
    run.unmatched = [
        {"mentee_id": str(cohort.mentee_ids[i]), "reason": reason,
         "priority": bool(cohort.priority[i])}
        for i, reason in sorted(unmatched.items(), key=lambda kv: str(cohort.mentee_ids[kv[0]]))
    ]
    await session.flush()
    await record_audit(session, actor, "matching.run", "program", program.id,
                       {"run_id": str(run.id), "matched": stats["matched"],
                        "unmatched": stats["unmatched"], "pins_kept": len(kept)})
    return run
