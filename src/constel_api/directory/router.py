"""Directory endpoints: people for admins, CSV imports for admins and HRIS clients."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, status
from starlette.datastructures import UploadFile

from constel_api.auth.dependencies import (
    ClientPrincipal,
    Principal,
    ProgramStaff,
    require_admin_or_scope,
)
from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep
from constel_api.directory import service
from constel_api.directory.imports import run_import
from constel_api.directory.repository import PeopleFilter
from constel_api.directory.schemas import (
    DirectoryPersonDetail,
    DirectoryPersonRead,
    ImportRead,
    ImportResult,
    UnitRead,
)
from constel_api.errors import BadRequest, problem_responses

router = APIRouter(prefix="/api/v1/directory", tags=["directory"])

ImportActor = Annotated[Principal, Depends(require_admin_or_scope("directory:import"))]

CSV_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
            "text/csv": {"schema": {"type": "string"}},
        },
    }
}


@router.get(
    "/people",
    operation_id="listDirectoryPeople",
    response_model=Page[DirectoryPersonRead],
    responses=problem_responses(401, 403, 422),
)
async def list_people(
    staff: ProgramStaff,
    session: SessionDep,
    page: PageParamsDep,
    q: Annotated[str | None, Query(max_length=200, description="Name, email, id or title")] = None,
    unit_id: uuid.UUID | None = None,
    include_sub_units: bool = True,
    site: Annotated[str | None, Query(max_length=200)] = None,
    active: bool | None = None,
) -> Page[DirectoryPersonRead]:
    """List the organisation's people, filtered by text, unit (and sub-units), site and status."""
    flt = PeopleFilter(q=q, unit_id=unit_id, include_sub_units=include_sub_units, site=site,
                       active=active)
    items, total = await service.list_people(
        session, staff.organisation_id, flt, page.limit, page.offset
    )
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


@router.get(
    "/units",
    operation_id="listDirectoryUnits",
    response_model=list[UnitRead],
    responses=problem_responses(401, 403),
)
async def list_units(staff: ProgramStaff, session: SessionDep) -> list[UnitRead]:
    """The organisation's unit tree (flat, parents first by name) with active head counts."""
    return await service.list_units(session, staff.organisation_id)


@router.get(
    "/people/{person_id}",
    operation_id="getDirectoryPerson",
    response_model=DirectoryPersonDetail,
    responses=problem_responses(401, 403, 404),
)
async def get_person(
    person_id: uuid.UUID, staff: ProgramStaff, session: SessionDep
) -> DirectoryPersonDetail:
    """One person of the directory with their unit, management chain and reports count."""
    return await service.get_person(session, staff.organisation_id, person_id)


async def _csv_payload(request: Request) -> tuple[bytes, str | None]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        async with request.form(max_files=1, max_fields=5) as form:
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise BadRequest("Send the CSV in a form field named 'file'.",
                                 code="csv_file_missing")
            return await upload.read(), upload.filename
    if content_type in {"text/csv", "text/plain", "application/octet-stream", "application/csv"}:
        return await request.body(), None
    raise BadRequest(
        "Send the CSV as multipart/form-data (field 'file') or as a text/csv body.",
        code="unsupported_media_type",
    )


@router.post(
    "/imports",
    operation_id="importDirectoryCsv",
    response_model=ImportResult,
    response_model_by_alias=True,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(400, 401, 403, 413, 422),
    openapi_extra=CSV_BODY,
)
async def import_csv(
    request: Request,
    principal: ImportActor,
    session: SessionDep,
    dry_run: bool = True,
    full_load: bool = False,
) -> ImportResult:
    """Import the directory from CSV: a dry run returns the diff; applying is all or nothing."""
    data, filename = await _csv_payload(request)
    actor = principal.client if isinstance(principal, ClientPrincipal) else principal.person
    outcome = await run_import(
        session, principal.organisation_id, actor, data,
        dry_run=dry_run, full_load=full_load, filename=filename,
    )
    return service.import_result(outcome)


@router.get(
    "/imports",
    operation_id="listDirectoryImports",
    response_model=Page[ImportRead],
    responses=problem_responses(401, 403),
)
async def list_imports(
    principal: ImportActor, session: SessionDep, page: PageParamsDep
) -> Page[ImportRead]:
    """Past imports of the organisation, newest first: who, when and what changed."""
    items, total = await service.list_imports(
        session, principal.organisation_id, page.limit, page.offset
    )
    return Page(
        items=[ImportRead.model_validate(i) for i in items],
        total=total, limit=page.limit, offset=page.offset,
    )
