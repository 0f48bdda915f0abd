"""Program events: admins plan them, invite participants and record attendance."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.dependencies import CurrentPerson, ProgramStaff
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.models import AttendanceStatus
from constel_api.programs import events as events_service
from constel_api.programs import repository as repo
from constel_api.programs.access import ensure_writable
from constel_api.programs.dependencies import ManagedEvent, ManagedProgram, SeenProgram
from constel_api.programs.schemas_events import (
    AttendanceRead,
    AttendanceUpdate,
    EventCreate,
    EventInvite,
    EventInviteReport,
    EventRead,
    EventUpdate,
    MyEventRead,
)

router = APIRouter(prefix="/api/v1/programs/{program_id}/events", tags=["programs"])


@router.post("", operation_id="createProgramEvent", response_model=EventRead,
             status_code=status.HTTP_201_CREATED,
             responses=problem_responses(401, 403, 404, 409, 422))
async def create_event(body: EventCreate, program: ManagedProgram, staff: ProgramStaff,
                       session: SessionDep) -> EventRead:
    """Plan a training, kick-off or group meeting."""
    return EventRead.model_validate(
        await events_service.create_event(session, staff, program, body))


@router.get("", operation_id="listProgramEvents", response_model=list[EventRead],
            responses=problem_responses(401, 403, 404))
async def list_events(program: ManagedProgram, session: SessionDep) -> list[EventRead]:
    """All events of the program."""
    return [EventRead.model_validate(e) for e in await repo.list_events(session, program)]


@router.get("/mine", operation_id="listMyProgramEvents", response_model=list[MyEventRead],
            responses=problem_responses(401, 403, 404))
async def list_my_events(program: SeenProgram, person: CurrentPerson,
                         session: SessionDep) -> list[MyEventRead]:
    """The program events I am invited to, with my recorded attendance."""
    result = []
    for event in await repo.list_events(session, program, person_id=person.id):
        mine = (await repo.attendances_by_person(session, event.id, [person.id]))[person.id]
        result.append(MyEventRead(
            **EventRead.model_validate(event).model_dump(),
            my_attendance=AttendanceStatus(mine.status) if mine.status else None))
    return result


@router.get("/{event_id}", operation_id="getProgramEvent", response_model=EventRead,
            responses=problem_responses(401, 403, 404))
async def get_event(event: ManagedEvent) -> EventRead:
    """One event."""
    return EventRead.model_validate(event)


@router.patch("/{event_id}", operation_id="updateProgramEvent", response_model=EventRead,
              responses=problem_responses(401, 403, 404, 409, 422))
async def update_event(body: EventUpdate, event: ManagedEvent, program: ManagedProgram,
                       staff: ProgramStaff, session: SessionDep) -> EventRead:
    """Change an event."""
    return EventRead.model_validate(
        await events_service.update_event(session, staff, program, event, body))


@router.delete("/{event_id}", operation_id="deleteProgramEvent",
               status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=problem_responses(401, 403, 404, 409))
async def delete_event(event: ManagedEvent, program: ManagedProgram, staff: ProgramStaff,
                       session: SessionDep) -> Response:
    """Cancel an event (its invitations and attendance go with it)."""
    await events_service.delete_event(session, staff, program, event)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{event_id}/invitations", operation_id="inviteToProgramEvent",
             response_model=EventInviteReport,
             responses=problem_responses(401, 403, 404, 409, 422))
async def invite(body: EventInvite, event: ManagedEvent, program: ManagedProgram,
                 staff: ProgramStaff, session: SessionDep) -> EventInviteReport:
    """Invite participants, listed or by role."""
    new, already = await events_service.invite(session, staff, program, event, body)
    return EventInviteReport(invited=new, already_invited=already)


async def _attendance(session: AsyncSession, event_id: uuid.UUID) -> list[AttendanceRead]:
    rows = await repo.attendances(session, event_id)
    return [AttendanceRead(person_id=p.id, given_name=p.given_name, family_name=p.family_name,
                           invited_at=a.invited_at,
                           status=AttendanceStatus(a.status) if a.status else None,
                           recorded_at=a.recorded_at) for a, p in rows]


@router.get("/{event_id}/attendance", operation_id="listProgramEventAttendance",
            response_model=list[AttendanceRead], responses=problem_responses(401, 403, 404))
async def list_attendance(event: ManagedEvent, session: SessionDep) -> list[AttendanceRead]:
    """Who was invited and who attended."""
    return await _attendance(session, event.id)


@router.put("/{event_id}/attendance", operation_id="recordProgramEventAttendance",
            response_model=list[AttendanceRead],
            responses=problem_responses(401, 403, 404, 409, 422))
async def record_attendance(body: AttendanceUpdate, event: ManagedEvent,
                            program: ManagedProgram, staff: ProgramStaff,
                            session: SessionDep) -> list[AttendanceRead]:
    """Record present, absent or excused for invited people."""
    ensure_writable(program)
    await events_service.record_attendance(session, staff, program, event, body)
    return await _attendance(session, event.id)
