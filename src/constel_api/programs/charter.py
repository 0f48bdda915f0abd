"""The program charter: versioned Markdown that participants sign.

Before publication (enrolment opening) the draft version is edited in place; afterwards
every change creates a new published version, and earlier signatures no longer count.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Forbidden, NotFound
from constel_api.models import (
    CharterSignature,
    CharterVersion,
    ParticipantState,
    Person,
    Program,
    ProgramStatus,
)
from constel_api.notifications import events
from constel_api.programs import repository as repo


async def has_signed_current_charter(session: AsyncSession, program_id: uuid.UUID,
                                     person_id: uuid.UUID) -> bool:
    """True when the person signed the program's current published charter version.

    A mentorship becomes active only when both people return True here.
    """
    current = await repo.current_charter(session, program_id)
    if current is None:
        return False
    return await repo.signature(session, current.id, person_id) is not None



async def save_charter(session: AsyncSession, actor: Person, program: Program,
                       body_markdown: str) -> CharterVersion:
    latest = await repo.latest_charter(session, program.id)
    if latest is not None and latest.body_markdown == body_markdown:
        return latest
    if program.status == ProgramStatus.DRAFT and latest is not None and latest.published_at is None:
        latest.body_markdown = body_markdown
        version = latest
    else:
        version = CharterVersion(
            organisation_id=program.organisation_id, program_id=program.id,
            version=(latest.version + 1) if latest else 1, body_markdown=body_markdown,
            created_by_id=actor.id,
            published_at=None if program.status == ProgramStatus.DRAFT else utcnow(),
        )
        session.add(version)
        if version.published_at is not None:
            await events.charter_published(session, program, version.version)
    await session.flush()
    await record_audit(session, actor, "program.charter.update", "program", program.id,
                       {"version": version.version, "published": version.published_at is not None})
    return version


async def charter_for(session: AsyncSession, program: Program,
                      staff: bool) -> CharterVersion:
    """Staff see the latest version (a draft too); members the current published one."""
    version = (await repo.latest_charter(session, program.id) if staff
               else await repo.current_charter(session, program.id))
    if version is None:
        raise NotFound("This program has no charter yet.", code="charter_not_found")
    return version


async def sign(session: AsyncSession, person: Person, program: Program,
               version_number: int) -> CharterSignature:
    participant = await repo.participant_of(session, program.id, person.id)
    if participant is None or participant.state in (ParticipantState.DECLINED,
                                                    ParticipantState.WITHDRAWN):
        raise Forbidden("Only participants of the program sign its charter.",
                        code="not_a_participant")
    current = await repo.current_charter(session, program.id)
    if current is None:
        raise NotFound("This program has no published charter yet.", code="charter_not_found")
    if current.version != version_number:
        raise Conflict("The charter has changed; read the current version before signing.",
                       code="charter_version_outdated", current_version=current.version)
    existing = await repo.signature(session, current.id, person.id)
    if existing is not None:
        return existing
    signature = CharterSignature(organisation_id=program.organisation_id, program_id=program.id,
                                 charter_version_id=current.id, person_id=person.id,
                                 signed_at=utcnow())
    session.add(signature)
    await session.flush()
    return signature


async def versions_with_counts(session: AsyncSession,
                               program: Program) -> list[tuple[CharterVersion, int]]:
    versions = await repo.charter_versions(session, program.id)
    counts = await repo.signature_counts(session, program.id)
    return [(v, counts.get(v.id, 0)) for v in versions]
