"""Queries of the matching review tables; every read is scoped by organisation."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import get_scoped_or_404, scoped_select
from constel_api.errors import NotFound
from constel_api.models import (
    MatchingExclusion,
    MatchingProposal,
    MatchingRun,
    MatchingRunStatus,
    Mentorship,
    MentorshipStatus,
    ParticipantRole,
    ParticipantState,
    Person,
    Program,
    ProgramParticipant,
    ReplacementStatus,
)


async def lock_program(session: AsyncSession, program: Program) -> None:
    """Serialise matching changes of one program (runs, review edits, publication)."""
    await session.execute(select(Program.id).where(Program.id == program.id).with_for_update())


async def draft_run(session: AsyncSession, program: Program) -> MatchingRun | None:
    return await session.scalar(
        scoped_select(MatchingRun, program.organisation_id).where(
            MatchingRun.program_id == program.id, MatchingRun.status == MatchingRunStatus.DRAFT
        )
    )


async def get_run(session: AsyncSession, program: Program, run_id: uuid.UUID) -> MatchingRun:
    run = await get_scoped_or_404(
        session,
        MatchingRun,
        program.organisation_id,
        run_id,
        code="matching_run_not_found",
        detail="Matching run not found.",
    )
    if run.program_id != program.id:
        raise NotFound("Matching run not found.", code="matching_run_not_found")
    return run


async def list_runs(session: AsyncSession, program: Program) -> list[MatchingRun]:
    rows = await session.scalars(
        scoped_select(MatchingRun, program.organisation_id)
        .where(MatchingRun.program_id == program.id)
        .order_by(MatchingRun.created_at.desc(), MatchingRun.id)
    )
    return list(rows)


async def proposals_of(session: AsyncSession, run: MatchingRun) -> list[MatchingProposal]:
    rows = await session.scalars(
        scoped_select(MatchingProposal, run.organisation_id)
        .where(MatchingProposal.run_id == run.id)
        .order_by(MatchingProposal.score.desc(), MatchingProposal.mentee_id)
    )
    return list(rows)


async def get_proposal(
    session: AsyncSession, run: MatchingRun, proposal_id: uuid.UUID
) -> MatchingProposal | None:
    return await session.scalar(
        scoped_select(MatchingProposal, run.organisation_id).where(
            MatchingProposal.run_id == run.id, MatchingProposal.id == proposal_id
        )
    )


async def proposal_for_mentee(
    session: AsyncSession, run: MatchingRun, mentee_id: uuid.UUID
) -> MatchingProposal | None:
    return await session.scalar(
        scoped_select(MatchingProposal, run.organisation_id).where(
            MatchingProposal.run_id == run.id, MatchingProposal.mentee_id == mentee_id
        )
    )


async def delete_proposal(session: AsyncSession, proposal: MatchingProposal) -> None:
    await session.execute(delete(MatchingProposal).where(MatchingProposal.id == proposal.id))


async def exclusion(
    session: AsyncSession, program: Program, mentee_id: uuid.UUID, mentor_id: uuid.UUID
) -> MatchingExclusion | None:
    return await session.scalar(
        scoped_select(MatchingExclusion, program.organisation_id).where(
            MatchingExclusion.program_id == program.id,
            MatchingExclusion.mentee_id == mentee_id,
            MatchingExclusion.mentor_id == mentor_id,
        )
    )


async def get_exclusion(
    session: AsyncSession, program: Program, exclusion_id: uuid.UUID
) -> MatchingExclusion:
    row = await get_scoped_or_404(
        session,
        MatchingExclusion,
        program.organisation_id,
        exclusion_id,
        code="exclusion_not_found",
        detail="Exclusion not found.",
    )
    if row.program_id != program.id:
        raise NotFound("Exclusion not found.", code="exclusion_not_found")
    return row


async def pending_rematches(
    session: AsyncSession, program: Program
) -> list[tuple[ProgramParticipant, Mentorship | None]]:
    """Mentees waiting for a new mentor after a withdrawal, oldest withdrawal first."""
    participants = list(
        await session.scalars(
            scoped_select(ProgramParticipant, program.organisation_id).where(
                ProgramParticipant.program_id == program.id,
                ProgramParticipant.role == ParticipantRole.MENTEE,
                ProgramParticipant.rematch_priority.is_(True),
                ProgramParticipant.state == ParticipantState.ELIGIBLE,
            )
        )
    )
    if not participants:
        return []
    withdrawn = await session.scalars(
        scoped_select(Mentorship, program.organisation_id)
        .where(
            Mentorship.program_id == program.id,
            Mentorship.mentee_id.in_([p.person_id for p in participants]),
            Mentorship.status == MentorshipStatus.WITHDRAWN,
            Mentorship.replacement_status == ReplacementStatus.PENDING,
        )
        .order_by(Mentorship.ended_at)
    )
    latest: dict[uuid.UUID, Mentorship] = {}
    for m in withdrawn:
        latest[m.mentee_id] = m
    out = [(p, latest.get(p.person_id)) for p in participants]
    out.sort(
        key=lambda pm: (
            pm[1] is None,
            pm[1].ended_at if pm[1] and pm[1].ended_at else pm[0].updated_at,
            str(pm[0].person_id),
        )
    )
    return out


async def people_by_id(session: AsyncSession, org_id: uuid.UUID,
                       ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Person]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    rows = await session.scalars(scoped_select(Person, org_id).where(Person.id.in_(wanted)))
    return {p.id: p for p in rows}
