"""Chained path dependencies: load the program once (404 across organisations), then check
the caller's role on it (managers only their programs, members only what they may join)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from constel_api.auth.dependencies import CurrentPerson, ProgramStaff
from constel_api.db import SessionDep
from constel_api.errors import NotFound
from constel_api.models import Program, ProgramEvent, ProgramParticipant
from constel_api.programs import repository as repo
from constel_api.programs.access import MemberView, ensure_writable, manages
from constel_api.programs.service import can_see


def _not_found() -> NotFound:
    return NotFound("Program not found.", code="program_not_found")


async def valid_program(program_id: uuid.UUID, person: CurrentPerson,
                        session: SessionDep) -> Program:
    return await repo.get_program(session, person.organisation_id, program_id)


ValidProgram = Annotated[Program, Depends(valid_program)]


async def managed_program(program: ValidProgram, staff: ProgramStaff,
                          session: SessionDep) -> Program:
    if not await manages(session, staff, program):
        raise _not_found()
    return program


ManagedProgram = Annotated[Program, Depends(managed_program)]


async def writable_program(program: ManagedProgram) -> Program:
    ensure_writable(program)
    return program


WritableProgram = Annotated[Program, Depends(writable_program)]


async def program_view(program: ValidProgram, person: CurrentPerson,
                       session: SessionDep) -> tuple[Program, MemberView]:
    view = await can_see(session, person, program)
    if view is None:
        raise _not_found()
    return program, view


VisibleProgram = Annotated[tuple[Program, MemberView], Depends(program_view)]


async def visible_program(pair: VisibleProgram) -> Program:
    return pair[0]


SeenProgram = Annotated[Program, Depends(visible_program)]


async def valid_participant(participant_id: uuid.UUID, program: ManagedProgram,
                            session: SessionDep) -> ProgramParticipant:
    return await repo.get_participant(session, program, participant_id)


ManagedParticipant = Annotated[ProgramParticipant, Depends(valid_participant)]


async def managed_event(event_id: uuid.UUID, program: ManagedProgram,
                        session: SessionDep) -> ProgramEvent:
    return await repo.get_event(session, program, event_id)


ManagedEvent = Annotated[ProgramEvent, Depends(managed_event)]
