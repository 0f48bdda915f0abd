"""Program events (trainings, kick-offs, group meetings): invitations and attendance.

Attendance shows the mentors' "investissement personnel" in the metrics.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Unprocessable
from constel_api.models import (
    EventAttendance,
    ParticipantState,
    Person,
    Program,
    ProgramEvent,
)
from constel_api.programs import repository as repo
from constel_api.programs.access import ensure_writable
from constel_api.programs.schemas_events import (
    AttendanceUpdate,
    EventCreate,
    EventInvite,
    EventUpdate,
)

INVITABLE_STATES = (ParticipantState.INVITED, ParticipantState.APPLIED,
                    ParticipantState.ELIGIBLE, ParticipantState.ACTIVE)


def _check_order(event: ProgramEvent) -> None:
    if event.ends_at <= event.starts_at:
        raise Unprocessable("The event must end after it starts.", code="invalid_dates",
                            errors=[{"loc": ["body", "ends_at"], "type": "date_order",
                                     "msg": "the event must end after it starts"}])


async def create_event(session: AsyncSession, actor: Person, program: Program,
                       body: EventCreate) -> ProgramEvent:
    ensure_writable(program)
    event = ProgramEvent(organisation_id=program.organisation_id, program_id=program.id,
                         **body.model_dump())
    _check_order(event)
    session.add(event)
    await session.flush()
    await record_audit(session, actor, "program.event.create", "program_event", event.id,
                       {"program_id": str(program.id), "kind": event.kind})
    return event


async def update_event(session: AsyncSession, actor: Person, program: Program,
                       event: ProgramEvent, body: EventUpdate) -> ProgramEvent:
    ensure_writable(program)
    changes = body.model_dump(exclude_unset=True)
    for field, value in changes.items():
        setattr(event, field, value)
    _check_order(event)
    await session.flush()
    await session.refresh(event)
    await record_audit(session, actor, "program.event.update", "program_event", event.id,
                       {"fields": sorted(changes)})
    return event


async def delete_event(session: AsyncSession, actor: Person, program: Program,
                       event: ProgramEvent) -> None:
    ensure_writable(program)
    await session.delete(event)
    await session.flush()
    await record_audit(session, actor, "program.event.delete", "program_event", event.id,
                       {"program_id": str(program.id)})


async def invite(session: AsyncSession, actor: Person, program: Program, event: ProgramEvent,
                 body: EventInvite) -> tuple[int, int]:
    """Invite participants (listed, or every current one of the given roles)."""
    ensure_writable(program)
    targets: list[uuid.UUID] = []
    if body.roles:
        for role in body.roles:
            rows = await repo.participants_in_states(session, program, role, INVITABLE_STATES)
            targets += [p.person_id for p in rows]
    if body.person_ids:
        listed = await repo.participants_of(session, program.id, body.person_ids)
        bad = [i for i, pid in enumerate(body.person_ids)
               if pid not in listed or listed[pid].state not in INVITABLE_STATES]
        if bad:
            raise Unprocessable(
                "Only current participants of the program can be invited.",
                code="not_a_participant",
                errors=[{"loc": ["body", "person_ids", i], "msg": "not a current participant",
                         "type": "not_a_participant"} for i in bad])
        targets += body.person_ids
    unique = list(dict.fromkeys(targets))
    existing = await repo.attendances_by_person(session, event.id, unique)
    new = [pid for pid in unique if pid not in existing]
    for pid in new:
        session.add(EventAttendance(organisation_id=program.organisation_id, event_id=event.id,
                                    person_id=pid, invited_at=utcnow()))
    await session.flush()
    await record_audit(session, actor, "program.event.invite", "program_event", event.id,
                       {"invited": len(new)})
    return len(new), len(unique) - len(new)


async def record_attendance(session: AsyncSession, actor: Person, program: Program,
                            event: ProgramEvent, body: AttendanceUpdate) -> None:
    ensure_writable(program)
    if event.starts_at > utcnow():
        raise Conflict("Attendance is recorded once the event has started.",
                       code="event_not_started")
    ids = [e.person_id for e in body.entries]
    existing = await repo.attendances_by_person(session, event.id, ids)
    bad = [i for i, pid in enumerate(ids) if pid not in existing]
    if bad:
        raise Unprocessable("Attendance is recorded for invited people only.",
                            code="not_invited",
                            errors=[{"loc": ["body", "entries", i, "person_id"],
                                     "msg": "not invited to this event", "type": "not_invited"}
                                    for i in bad])
    now = utcnow()
    for entry in body.entries:
        row = existing[entry.person_id]
        row.status = entry.status
        row.recorded_at = now
    await session.flush()
    await record_audit(session, actor, "program.event.attendance", "program_event", event.id,
                       {"entries": len(body.entries)})
