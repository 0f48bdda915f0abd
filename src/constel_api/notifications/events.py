"""Domain events → notifications. Each function is one line in the domain service that
causes it, runs in that service's transaction, and passes only names, dates and ids."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import MentoringSession, Mentorship, Person, Program
from constel_api.notifications import due_repository as due
from constel_api.notifications import passwords
from constel_api.notifications.service import emit


async def _person(session: AsyncSession, person_id: uuid.UUID) -> Person:
    return (await due.people(session, [person_id]))[person_id]


async def session_changed(session: AsyncSession, kind: str, actor: Person, other_id: uuid.UUID,
                          row: MentoringSession) -> None:
    """Scheduled, moved or cancelled: the other side is told the date and time only."""
    await emit(session, kind, [await _person(session, other_id)],
               key=f"{row.id}:{row.version}", mentorship_id=row.mentorship_id,
               starts_at=row.starts_at, other=actor.display_name)


async def match_proposed(session: AsyncSession, pair: Mentorship, program: Program,
                         now: datetime) -> None:
    """Both sides are asked to answer, except one who already did (a mentee's request)."""
    people = await due.people(session, [pair.mentor_id, pair.mentee_id])
    deadline = now + timedelta(days=program.answer_delay_days)
    sides = []
    if pair.mentor_accepted_at is None:
        sides.append((pair.mentor_id, pair.mentee_id))
    if pair.mentee_accepted_at is None:
        sides.append((pair.mentee_id, pair.mentor_id))
    for me, other in sides:
        await emit(session, "match_proposed", [people[me]], key=str(pair.id),
                   mentorship_id=pair.id, program=program.name, deadline_at=deadline,
                   other=people[other].display_name)


async def proposal_answered(session: AsyncSession, pair: Mentorship, actor: Person,
                            other_id: uuid.UUID, accepted: bool) -> None:
    """The other side learns the answer, never a reason."""
    program = await session.get(Program, pair.program_id)
    name = program.name if program else ""
    kind = "proposal_accepted" if accepted else "proposal_refused"
    await emit(session, kind, [await _person(session, other_id)], key=str(pair.id),
               mentorship_id=pair.id, program_id=pair.program_id, program=name,
               other=actor.display_name)


async def invited(session: AsyncSession, program: Program, people: list[Person],
                  now: datetime) -> None:
    """Invited people without a password also get a link to choose one."""
    deadline = now + timedelta(days=program.answer_delay_days)
    for person in people:
        await emit(session, "program_invitation", [person],
                   key=f"{program.id}:{now.isoformat()}", program_id=program.id,
                   program=program.name, deadline_at=deadline)
        if person.password_hash is None:
            await passwords.request_set_link(session, person)


async def charter_published(session: AsyncSession, program: Program, version: int) -> None:
    """A new charter version: everyone already taking part must read and sign it again."""
    await emit(session, "charter_new_version", await due.charter_signers(session, program.id),
               key=f"{program.id}:{version}", program_id=program.id, program=program.name,
               version=version)


async def pair_activated(session: AsyncSession, pair: Mentorship) -> None:
    """The charter asks the mentor to confirm the first meeting once it took place."""
    people = await due.people(session, [pair.mentor_id, pair.mentee_id])
    await emit(session, "first_meeting_to_confirm", [people[pair.mentor_id]], key=str(pair.id),
               mentorship_id=pair.id, other=people[pair.mentee_id].display_name)


async def withdrawn(session: AsyncSession, pair: Mentorship, by_mentor: bool) -> None:
    """The side that stays, and the program's admins; never the reason nor the message.

    A mentor leaving puts the mentee back in matching: the admins are asked for a
    replacement. A mentee leaving ends the pair: the admins are told it ended.
    """
    program = await session.get(Program, pair.program_id)
    assert program is not None
    people = await due.people(session, [pair.mentor_id, pair.mentee_id])
    mentor, mentee = people[pair.mentor_id], people[pair.mentee_id]
    admins = await due.program_admins(session, program)
    names = {"program_id": program.id, "program": program.name}
    if by_mentor:
        await emit(session, "mentor_withdrew", [mentee], key=str(pair.id),
                   mentorship_id=pair.id, **names)
        await emit(session, "replacement_needed", admins, key=str(pair.id),
                   mentee=mentee.display_name, **names)
    else:
        await emit(session, "mentee_withdrew", [mentor], key=str(pair.id),
                   mentorship_id=pair.id, **names)
        await emit(session, "pair_withdrawn_admin", admins, key=str(pair.id),
                   mentor=mentor.display_name, mentee=mentee.display_name, **names)


async def pair_completed(session: AsyncSession, pair: Mentorship, program_end: bool) -> None:
    """Both sides are asked for their closing feedback (the program's end says so)."""
    program = await session.get(Program, pair.program_id)
    assert program is not None
    people = await due.people(session, [pair.mentor_id, pair.mentee_id])
    kind = "program_closing" if program_end else "pair_completed"
    for me, other in ((pair.mentor_id, pair.mentee_id), (pair.mentee_id, pair.mentor_id)):
        await emit(session, kind, [people[me]], key=str(pair.id), mentorship_id=pair.id,
                   program_id=program.id, program=program.name,
                   other=people[other].display_name)


async def directory_imported(session: AsyncSession, person: Person, *, import_id: uuid.UUID,
                             created: int, updated: int, deactivated: int) -> None:
    """The admin who ran an import gets its counts, in the list and by e-mail."""
    await emit(session, "import_finished", [person], key=str(import_id), created=created,
               updated=updated, deactivated=deactivated)
