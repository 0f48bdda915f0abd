"""Program configuration, lifecycle, managers and templates."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from constel_api.auth.dependencies import CurrentPerson, OrgAdmin, ProgramStaff
from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.models import ProgramStatus
from constel_api.programs import lifecycle, service
from constel_api.programs import repository as repo
from constel_api.programs.dependencies import ManagedProgram, VisibleProgram, WritableProgram
from constel_api.programs.lifecycle import Action
from constel_api.programs.schemas import (
    DuplicateRequest,
    ManagersRead,
    ManagersUpdate,
    MemberProgramRead,
    ProgramCreate,
    ProgramRead,
    ProgramUpdate,
)

router = APIRouter(prefix="/api/v1/programs", tags=["programs"])


@router.post("", operation_id="createProgram", response_model=ProgramRead,
             status_code=status.HTTP_201_CREATED, responses=problem_responses(401, 403, 422))
async def create_program(body: ProgramCreate, admin: OrgAdmin,
                         session: SessionDep) -> ProgramRead:
    """Create a program as a draft."""
    program = await service.create_program(session, admin, body)
    return await service.to_read(session, program)


@router.get("", operation_id="listPrograms", response_model=Page[ProgramRead],
            responses=problem_responses(401, 403))
async def list_programs(
    staff: ProgramStaff, session: SessionDep, page: PageParamsDep,
    status_filter: Annotated[ProgramStatus | None, Query(alias="status")] = None,
) -> Page[ProgramRead]:
    """Programs the caller runs: all of the organisation for admins, assigned ones for managers."""
    programs, total = await service.list_managed(session, staff, status=status_filter,
                                                 limit=page.limit, offset=page.offset)
    items = [await service.to_read(session, p) for p in programs]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


@router.get("/mine", operation_id="listMyPrograms", response_model=list[MemberProgramRead],
            responses=problem_responses(401, 403))
async def list_my_programs(person: CurrentPerson,
                           session: SessionDep) -> list[MemberProgramRead]:
    """Programs I take part in, or may join now (enrolment open and I meet the criteria)."""
    return await service.programs_for_member(session, person)


@router.get("/{program_id}", operation_id="getProgram", response_model=ProgramRead,
            responses=problem_responses(401, 403, 404))
async def get_program(program: ManagedProgram, session: SessionDep) -> ProgramRead:
    """A program's full configuration, for its admins."""
    return await service.to_read(session, program)


@router.patch("/{program_id}", operation_id="updateProgram", response_model=ProgramRead,
              responses=problem_responses(401, 403, 404, 409, 422))
async def update_program(body: ProgramUpdate, program: WritableProgram, staff: ProgramStaff,
                         session: SessionDep) -> ProgramRead:
    """Change a program's configuration (not once closed)."""
    await service.update_program(session, staff, program, body)
    return await service.to_read(session, program)


@router.get("/{program_id}/summary", operation_id="getProgramSummary",
            response_model=MemberProgramRead, responses=problem_responses(401, 403, 404))
async def get_program_summary(pair: VisibleProgram, person: CurrentPerson,
                              session: SessionDep) -> MemberProgramRead:
    """A program as participants see it: description, format, my participation."""
    program, view = pair
    return await service.to_member_read(session, person, program, view)


@router.post("/{program_id}/actions/{action}", operation_id="transitionProgram",
             response_model=ProgramRead, responses=problem_responses(401, 403, 404, 409, 422))
async def transition_program(action: Action, program: ManagedProgram, staff: ProgramStaff,
                             session: SessionDep) -> ProgramRead:
    """Move the program along its lifecycle; a refusal lists what is missing."""
    await lifecycle.transition(session, staff, program, action)
    return await service.to_read(session, program)


@router.post("/{program_id}/duplicate", operation_id="duplicateProgram",
             response_model=ProgramRead, status_code=status.HTTP_201_CREATED,
             responses=problem_responses(401, 403, 404, 422))
async def duplicate_program(program: ManagedProgram, staff: ProgramStaff, session: SessionDep,
                            body: DuplicateRequest | None = None) -> ProgramRead:
    """Start a new draft from this program's configuration (participants are not copied)."""
    copy = await service.duplicate_program(session, staff, program, body.name if body else None)
    return await service.to_read(session, copy)


@router.get("/{program_id}/managers", operation_id="getProgramManagers",
            response_model=ManagersRead, responses=problem_responses(401, 403, 404))
async def get_managers(program: ManagedProgram, session: SessionDep) -> ManagersRead:
    """The program managers assigned to the program."""
    return ManagersRead(person_ids=await repo.manager_ids(session, program.id))


@router.put("/{program_id}/managers", operation_id="setProgramManagers",
            response_model=ManagersRead, responses=problem_responses(401, 403, 404, 409, 422))
async def set_managers(body: ManagersUpdate, admin: OrgAdmin, program: WritableProgram,
                       session: SessionDep) -> ManagersRead:
    """Assign the program's managers (org admins only)."""
    ids = await service.set_managers(session, admin, program, body.person_ids)
    return ManagersRead(person_ids=ids)
