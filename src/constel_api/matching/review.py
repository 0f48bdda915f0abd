"""The admin's review of a draft run: pin, exclude, swap and manual pairs.

Overrides: a manual pair that breaks a hard constraint is refused unless the admin writes a
reason, and only for the constraints an admin may knowingly set aside (management chain,
same unit, their own exclusion). Capacity, eligibility, a mentor's decline and a pair that
was refused or withdrawn before are never overridden: they are the people's own choices
or the program's rules.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.errors import Conflict, NotFound, Unprocessable
from constel_api.matching import repository as repo
from constel_api.matching.constraints import Reason
from constel_api.matching.explanations import breakdown_of, reason_items
from constel_api.matching.inputs import load_cohort
from constel_api.matching.pair_checks import PairCheck, check_pair, forbidden, require_participant
from constel_api.matching.runs import require_draft
from constel_api.models import (
    MatchingExclusion,
    MatchingProposal,
    MatchingRun,
    MatchingRunStatus,
    ParticipantRole,
    Person,
    Program,
    ProposalOrigin,
)

REMOVED_IN_REVIEW = "removed_in_review"

async def _draft_proposal(session: AsyncSession, program: Program, run_id: uuid.UUID,
                          proposal_id: uuid.UUID) -> tuple[MatchingRun, MatchingProposal]:
    await repo.lock_program(session, program)
    run = await repo.get_run(session, program, run_id)
    proposal = await repo.get_proposal(session, run, proposal_id)
    if proposal is None:
        raise NotFound("Proposal not found.", code="proposal_not_found")
    require_draft(run)
    return run, proposal


async def set_pinned(session: AsyncSession, program: Program, run_id: uuid.UUID,
                     proposal_id: uuid.UUID, pinned: bool) -> MatchingProposal:
    _, proposal = await _draft_proposal(session, program, run_id, proposal_id)
    proposal.pinned = pinned
    await session.flush()
    return proposal


def _set_unmatched(run: MatchingRun, mentee_id: uuid.UUID, reason: str | None) -> None:
    rows = [u for u in run.unmatched if u["mentee_id"] != str(mentee_id)]
    if reason is not None:
        rows.append({"mentee_id": str(mentee_id), "reason": reason, "priority": False})
    run.unmatched = rows


async def exclude_proposal(session: AsyncSession, actor: Person, program: Program,
                           run_id: uuid.UUID, proposal_id: uuid.UUID) -> MatchingExclusion:
    """Rule the pair out for this program; its mentee waits for the next run."""
    run, proposal = await _draft_proposal(session, program, run_id, proposal_id)
    return await exclude_pair(session, actor, program, proposal.mentee_id, proposal.mentor_id,
                              run=run)


async def exclude_pair(session: AsyncSession, actor: Person, program: Program,
                       mentee_id: uuid.UUID, mentor_id: uuid.UUID,
                       run: MatchingRun | None = None) -> MatchingExclusion:
    await repo.lock_program(session, program)
    await require_participant(session, program, mentee_id, ParticipantRole.MENTEE)
    await require_participant(session, program, mentor_id, ParticipantRole.MENTOR)
    row = await repo.exclusion(session, program, mentee_id, mentor_id)
    if row is None:
        row = MatchingExclusion(organisation_id=program.organisation_id, program_id=program.id,
                                mentee_id=mentee_id, mentor_id=mentor_id,
                                created_by_id=actor.id)
        session.add(row)
        await session.flush()
        await record_audit(session, actor, "matching.exclusion.add", "program", program.id,
                           {"mentee_id": str(mentee_id), "mentor_id": str(mentor_id)})
    run = run or await repo.draft_run(session, program)
    if run is not None and run.status == MatchingRunStatus.DRAFT:
        proposal = await repo.proposal_for_mentee(session, run, mentee_id)
        if proposal is not None and proposal.mentor_id == mentor_id:
            await repo.delete_proposal(session, proposal)
            _set_unmatched(run, mentee_id, REMOVED_IN_REVIEW)
            await session.flush()
    return row


async def delete_exclusion(session: AsyncSession, actor: Person, program: Program,
                           exclusion_id: uuid.UUID) -> None:
    row = await repo.get_exclusion(session, program, exclusion_id)
    await record_audit(session, actor, "matching.exclusion.remove", "program", program.id,
                       {"mentee_id": str(row.mentee_id), "mentor_id": str(row.mentor_id)})
    await session.delete(row)
    await session.flush()


async def swap(session: AsyncSession, actor: Person, program: Program, run_id: uuid.UUID,
               first_id: uuid.UUID, second_id: uuid.UUID) -> list[MatchingProposal]:
    """Exchange the mentors of two proposals; both new pairs must pass every constraint."""
    if first_id == second_id:
        raise Unprocessable("Swap two different proposals.", code="swap_same_proposal")
    run, a = await _draft_proposal(session, program, run_id, first_id)
    b = await repo.get_proposal(session, run, second_id)
    if b is None:
        raise NotFound("Proposal not found.", code="proposal_not_found")
    if a.mentor_id == b.mentor_id:
        raise Unprocessable("Both proposals have the same mentor.", code="swap_same_mentor")
    new = [(a, a.mentee_id, b.mentor_id), (b, b.mentee_id, a.mentor_id)]
    cohort = await load_cohort(session, program, extra_mentees=[a.mentee_id, b.mentee_id],
                               extra_mentors=[a.mentor_id, b.mentor_id], pool_mentees=False,
                               pool_mentors=False)
    e_idx, r_idx = cohort.mentee_index, cohort.mentor_index
    problems = []
    for _, mentee_id, mentor_id in new:
        i, j = e_idx[mentee_id], r_idx[mentor_id]
        # a swap keeps every mentor's count: capacity is unchanged
        reasons = [r for r in cohort.constraints.reasons(i, j) if r is not Reason.NO_CAPACITY]
        if reasons:
            distance = cohort.hierarchy.get((mentee_id, mentor_id))
            problems.append({"mentee_id": str(mentee_id), "mentor_id": str(mentor_id),
                             "reasons": reason_items(reasons, distance)})
    if problems:
        raise Conflict("The swap would create a forbidden pair.", code="pair_forbidden",
                       pairs=problems)
    for proposal, mentee_id, mentor_id in new:
        i, j = e_idx[mentee_id], r_idx[mentor_id]
        proposal.mentor_id = mentor_id
        proposal.score = round(float(cohort.scorer.score_pairs([i], [j])[0]), 2)
        proposal.breakdown = breakdown_of(cohort, i, j)
        proposal.origin = ProposalOrigin.SWAP
        proposal.pinned = True
        proposal.overridden = []
        proposal.override_reason = None
        proposal.hierarchy_distance = None
        proposal.created_by_id = actor.id
    await session.flush()
    await record_audit(session, actor, "matching.swap", "program", program.id,
                       {"run_id": str(run.id), "proposals": [str(a.id), str(b.id)]})
    return [a, b]


async def _draft_load(session: AsyncSession, run: MatchingRun | None, mentor_id: uuid.UUID,
                      except_mentee: uuid.UUID | None) -> int:
    if run is None:
        return 0
    return sum(1 for p in await repo.proposals_of(session, run)
               if p.mentor_id == mentor_id and p.mentee_id != except_mentee)


async def check_in_draft(session: AsyncSession, program: Program, mentee_id: uuid.UUID,
                         mentor_id: uuid.UUID) -> PairCheck:
    """The check an admin sees before adding a manual pair (counts the draft's pairs)."""
    run = await repo.draft_run(session, program)
    load = await _draft_load(session, run, mentor_id, mentee_id)
    return await check_pair(session, program, mentee_id, mentor_id, draft_load=load)


async def add_manual_pair(
    session: AsyncSession, actor: Person, program: Program, run_id: uuid.UUID,
    mentee_id: uuid.UUID, mentor_id: uuid.UUID, override_reason: str | None,
) -> tuple[MatchingProposal, PairCheck]:
    """Add (or replace) the mentee's proposal with an admin's choice, pinned."""
    await repo.lock_program(session, program)
    run = await repo.get_run(session, program, run_id)
    require_draft(run)
    load = await _draft_load(session, run, mentor_id, mentee_id)
    check = await check_pair(session, program, mentee_id, mentor_id, draft_load=load)
    reason_text = (override_reason or "").strip()
    if check.reasons:
        if not check.overridable:
            raise forbidden(check, "This pair breaks a hard constraint that cannot be "
                                   "overridden.")
        if not reason_text:
            raise forbidden(check, "This pair breaks a hard constraint: write an override "
                                   "reason to add it anyway.")
    existing = await repo.proposal_for_mentee(session, run, mentee_id)
    if existing is not None:
        await repo.delete_proposal(session, existing)
        await session.flush()
    overridden = [r.value for r in check.reasons]
    proposal = MatchingProposal(
        organisation_id=program.organisation_id, run_id=run.id, program_id=program.id,
        mentee_id=mentee_id, mentor_id=mentor_id, score=check.score,
        breakdown=check.breakdown, origin=ProposalOrigin.MANUAL, pinned=True,
        overridden=overridden, override_reason=reason_text if overridden else None,
        hierarchy_distance=check.hierarchy_distance, created_by_id=actor.id,
    )
    session.add(proposal)
    _set_unmatched(run, mentee_id, None)
    await session.flush()
    details: dict[str, Any] = {"run_id": str(run.id), "mentee_id": str(mentee_id),
                               "mentor_id": str(mentor_id)}
    if overridden:
        await record_audit(session, actor, "matching.manual_pair.override", "matching_proposal",
                           proposal.id, {**details, "overridden": overridden,
                                         "hierarchy_distance": check.hierarchy_distance,
                                         "reason": reason_text})
    else:
        await record_audit(session, actor, "matching.manual_pair.add", "matching_proposal",
                           proposal.id, details)
    return proposal, check
