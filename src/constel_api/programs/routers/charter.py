"""The program charter: versions, and participants' signatures."""

from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.dependencies import CurrentPerson, ProgramStaff
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.models import CharterVersion, Person
from constel_api.programs import charter as charter_service
from constel_api.programs import repository as repo
from constel_api.programs.access import manages
from constel_api.programs.dependencies import ManagedProgram, SeenProgram, WritableProgram
from constel_api.programs.schemas_enrolment import (
    CharterRead,
    CharterSignatureRead,
    CharterSignRequest,
    CharterUpdate,
    CharterVersionRead,
)

router = APIRouter(prefix="/api/v1/programs/{program_id}/charter", tags=["programs"])


async def _read(session: AsyncSession, version: CharterVersion, person: Person) -> CharterRead:
    signature = await repo.signature(session, version.id, person.id)
    return CharterRead(version=version.version, body_markdown=version.body_markdown,
                       published_at=version.published_at, created_at=version.created_at,
                       signed=signature is not None,
                       signed_at=signature.signed_at if signature else None)


@router.get("", operation_id="getProgramCharter", response_model=CharterRead,
            responses=problem_responses(401, 403, 404))
async def get_charter(program: SeenProgram, person: CurrentPerson,
                      session: SessionDep) -> CharterRead:
    """The charter to sign, and whether I have signed this version."""
    staff = await manages(session, person, program)
    version = await charter_service.charter_for(session, program, staff=staff)
    return await _read(session, version, person)


@router.put("", operation_id="updateProgramCharter", response_model=CharterRead,
            responses=problem_responses(401, 403, 404, 409, 422))
async def update_charter(body: CharterUpdate, program: WritableProgram, staff: ProgramStaff,
                         session: SessionDep) -> CharterRead:
    """Edit the charter; once enrolment has opened, this publishes a new version to sign."""
    version = await charter_service.save_charter(session, staff, program, body.body_markdown)
    return await _read(session, version, staff)


@router.get("/versions", operation_id="listProgramCharterVersions",
            response_model=list[CharterVersionRead], responses=problem_responses(401, 403, 404))
async def list_versions(program: ManagedProgram,
                        session: SessionDep) -> list[CharterVersionRead]:
    """Every charter version and how many people signed it."""
    rows = await charter_service.versions_with_counts(session, program)
    return [CharterVersionRead(version=v.version, published_at=v.published_at,
                               created_at=v.created_at, signature_count=n) for v, n in rows]


@router.post("/signatures", operation_id="signProgramCharter",
             response_model=CharterSignatureRead, status_code=status.HTTP_201_CREATED,
             responses=problem_responses(401, 403, 404, 409, 422))
async def sign_charter(body: CharterSignRequest, program: SeenProgram, person: CurrentPerson,
                       session: SessionDep) -> CharterSignatureRead:
    """Sign the current charter version (participants only)."""
    signature = await charter_service.sign(session, person, program, body.version)
    return CharterSignatureRead(version=body.version, signed_at=signature.signed_at)
