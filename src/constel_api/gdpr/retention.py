"""Retention: the mentorship content of a program closed longer ago than the
organisation's ``retention_days`` is purged (run daily by ``constel-api purge-expired``).

Purged: every vault record (fields, files), envelope and pair state of the program's
mentorships, and the participants' questionnaire answers. Kept: statuses, dates and
counts (the pilotage figures), and one ``gdpr_program_purges`` row so a program is
purged once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.models import (
    Mentorship,
    Organisation,
    Program,
    ProgramParticipant,
    ProgramPurge,
    ProgramStatus,
    VaultEnvelope,
    VaultPair,
    VaultRecord,
)


@dataclass
class PurgeResult:
    organisation_id: uuid.UUID
    program_id: uuid.UUID
    closed_at: datetime
    counts: dict[str, int] = field(default_factory=dict)


async def expired_programs(
    session: AsyncSession, now: datetime
) -> list[tuple[Program, datetime]]:
    """Closed or archived programs past their organisation's retention, not yet purged."""
    ended = func.coalesce(Program.closed_at, Program.archived_at)
    query = (
        select(Program, ended)
        .join(Organisation, Organisation.id == Program.organisation_id)
        .outerjoin(ProgramPurge, ProgramPurge.program_id == Program.id)
        .where(
            Program.status.in_((ProgramStatus.CLOSED, ProgramStatus.ARCHIVED)),
            ended.is_not(None),
            ended < now - func.make_interval(0, 0, 0, Organisation.retention_days),
            ProgramPurge.program_id.is_(None),
        )
        .order_by(ended, Program.id)
    )
    return [(program, at) for program, at in await session.execute(query)]


async def _count(session: AsyncSession, query: Select[Any]) -> int:
    return int(await session.scalar(select(func.count()).select_from(query.subquery())) or 0)


async def _purge_program(
    session: AsyncSession, program: Program, *, dry_run: bool
) -> dict[str, int]:
    pairs = select(Mentorship.id).where(Mentorship.organisation_id == program.organisation_id,
                                        Mentorship.program_id == program.id)
    records = select(VaultRecord.id).where(VaultRecord.pair_id.in_(pairs))
    envelopes = select(VaultEnvelope.id).where(VaultEnvelope.pair_id.in_(pairs))
    answered = select(ProgramParticipant.id).where(
        ProgramParticipant.program_id == program.id,
        ProgramParticipant.answers != {},
    )
    counts = {
        "records": await _count(session, records),
        "envelopes": await _count(session, envelopes),
        "answers_cleared": await _count(session, answered),
    }
    if dry_run:
        return counts
    # Fields, files and chunks go with their records (ON DELETE CASCADE).
    await session.execute(delete(VaultRecord).where(VaultRecord.pair_id.in_(pairs)))
    await session.execute(delete(VaultEnvelope).where(VaultEnvelope.pair_id.in_(pairs)))
    await session.execute(delete(VaultPair).where(VaultPair.mentorship_id.in_(pairs)))
    await session.execute(
        update(ProgramParticipant)
        .where(ProgramParticipant.program_id == program.id)
        .values(answers={}, answers_updated_at=None)
    )
    session.add(ProgramPurge(organisation_id=program.organisation_id, program_id=program.id,
                             counts=counts))
    await session.flush()
    await record_audit(session, None, "gdpr.retention_purged", "program", program.id, counts,
                       organisation_id=program.organisation_id)
    return counts


async def purge_expired(
    session: AsyncSession, now: datetime, *, dry_run: bool = False
) -> list[PurgeResult]:
    """Purge every expired program; with ``dry_run`` only count what would go."""
    results = []
    for program, closed_at in await expired_programs(session, now):
        counts = await _purge_program(session, program, dry_run=dry_run)
        results.append(PurgeResult(program.organisation_id, program.id, closed_at, counts))
    return results
