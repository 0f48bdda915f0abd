"""Publication: a reviewed draft becomes proposed mentorships, after a last check.

Also where any matching (a run or a mentee's request) turns into a mentorship, and the
rule that none is proposed while the program is still a draft.
"""

from __future__ import annotations

import uuid
from collections import Counter

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict
from constel_api.matching import repository as repo
from constel_api.matching.constraints import Reason
from constel_api.matching.explanations import reason_items
from constel_api.matching.inputs import load_cohort
from constel_api.matching.runs import require_draft
from constel_api.mentorships import service as mentorships_service
from constel_api.models import (
    MatchingProposal,
    MatchingRun,
    MatchingRunStatus,
    Mentorship,
    MentorshipStatus,
    Person,
    Program,
    ProgramStatus,
    ProposalOrigin,
)
from constel_api.notifications import events
from constel_api.programs import api as programs_api


async def create_mentorship(session: AsyncSession, program: Program, mentee_id: uuid.UUID,
                            mentor_id: uuid.UUID, origin: str,
                            mentee_accepted: bool = False) -> Mentorship:
    now = utcnow()
    m = Mentorship(organisation_id=program.organisation_id, program_id=program.id,
                   mentor_id=mentor_id, mentee_id=mentee_id,
                   status=MentorshipStatus.PROPOSED, origin=origin,
                   mentee_accepted_at=now if mentee_accepted else None)
    session.add(m)
    await session.flush()
    await programs_api.mark_matched(session, program.id, mentee_id)
    await programs_api.mark_matched(session, program.id, mentor_id)
    await mentorships_service.replacement_proposed(session, m)
    await events.match_proposed(session, m, program, now)
    return m


def require_open(program: Program) -> None:
    """Mentorships are proposed once the program is announced, never in a draft."""
    if program.status == ProgramStatus.DRAFT:
        raise Conflict("The program is still a draft: open it before proposing pairs.",
                       code="program_draft")


async def publish(session: AsyncSession, actor: Person, program: Program,
                  run_id: uuid.UUID) -> tuple[MatchingRun, list[MatchingProposal]]:
    """Send every proposal to both sides as a proposed mentorship, after a last check."""
    await repo.lock_program(session, program)
    run = await repo.get_run(session, program, run_id)
    require_draft(run)
    require_open(program)
    proposals = await repo.proposals_of(session, run)
    if not proposals:
        raise Conflict("This run has no proposal to publish.", code="nothing_to_publish")
    cohort = await load_cohort(session, program,
                               extra_mentees=[p.mentee_id for p in proposals],
                               extra_mentors=[p.mentor_id for p in proposals],
                               pool_mentees=False, pool_mentors=False)
    e_idx, r_idx = cohort.mentee_index, cohort.mentor_index
    used: Counter[int] = Counter()
    stale = []
    for p in proposals:
        i, j = e_idx[p.mentee_id], r_idx[p.mentor_id]
        reasons: list[Reason] = [r for r in cohort.constraints.reasons(i, j)
                                 if r is not Reason.NO_CAPACITY and r.value not in p.overridden]
        used[j] += 1
        if used[j] > cohort.constraints.capacity[j]:
            reasons.append(Reason.NO_CAPACITY)
        if reasons:
            stale.append({"proposal_id": str(p.id), "mentee_id": str(p.mentee_id),
                          "mentor_id": str(p.mentor_id),
                          "reasons": reason_items(reasons, cohort.hierarchy.get(
                              (p.mentee_id, p.mentor_id)))})
    if stale:
        raise Conflict("Some proposals no longer hold; exclude them or re-run the matching.",
                       code="proposals_stale", proposals=stale)
    for p in proposals:
        origin = "manual" if p.origin == ProposalOrigin.MANUAL else "matching"
        m = await create_mentorship(session, program, p.mentee_id, p.mentor_id, origin)
        p.mentorship_id = m.id
    run.status = MatchingRunStatus.PUBLISHED
    run.published_at = utcnow()
    run.published_by_id = actor.id
    await session.flush()
    await record_audit(session, actor, "matching.publish", "program", program.id,
                       {"run_id": str(run.id), "mentorships": len(proposals),
                        "overrides": sum(1 for p in proposals if p.overridden)})
    return run, proposals
