"""GDPR endpoints: my data export, my erasure request, erasure execution, the audit log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.dependencies import CurrentPerson, OrgAdmin
from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep, get_session
from constel_api.errors import problem_responses
from constel_api.gdpr import audit_log, erasure, export
from constel_api.gdpr.schemas import AuditEventRead, DataExport, ErasureRequestRead
from constel_api.models import ErasureStatus

router = APIRouter(prefix="/api/v1", tags=["gdpr"])

# The export streams after the endpoint returns: its session lives until the response ends.
StreamSession = Annotated[AsyncSession, Depends(get_session, scope="request")]


@router.get(
    "/me/data-export", operation_id="exportMyData", response_class=StreamingResponse,
    responses={
        200: {"model": DataExport, "description": "The export document (streamed JSON)."},
        **problem_responses(401, 403),
    },
)
async def export_my_data(
    me: CurrentPerson, session: SessionDep, stream: StreamSession
) -> StreamingResponse:
    """Everything held about me, machine-readable; encrypted content as stored ciphertext."""
    await export.record_export(session, me)
    return StreamingResponse(
        export.stream_export(stream, me.id),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="constel-data-export.json"',
                 "Cache-Control": "no-store"},
    )


@router.post(
    "/me/erasure-request", operation_id="requestMyErasure", status_code=201,
    response_model=ErasureRequestRead, responses=problem_responses(401, 403, 409),
)
async def request_my_erasure(me: CurrentPerson, session: SessionDep) -> ErasureRequestRead:
    """Ask for erasure of my account and data; an organisation admin executes it."""
    request = await erasure.request_erasure(session, me)
    return ErasureRequestRead.model_validate(request)


@router.get(
    "/gdpr/erasure-requests", operation_id="listErasureRequests",
    response_model=Page[ErasureRequestRead], responses=problem_responses(401, 403, 422),
)
async def list_erasure_requests(
    admin: OrgAdmin, session: SessionDep, page: PageParamsDep,
    status: ErasureStatus | None = None,
) -> Page[ErasureRequestRead]:
    """Erasure requests of the organisation, newest first."""
    rows, total = await erasure.list_requests(
        session, admin.organisation_id, status=status, limit=page.limit, offset=page.offset
    )
    return Page(items=[ErasureRequestRead.model_validate(r) for r in rows], total=total,
                limit=page.limit, offset=page.offset)


@router.post(
    "/gdpr/erasure-requests/{request_id}/execute", operation_id="executeErasureRequest",
    response_model=ErasureRequestRead, responses=problem_responses(401, 403, 404, 409),
)
async def execute_erasure_request(
    request_id: uuid.UUID, admin: OrgAdmin, session: SessionDep
) -> ErasureRequestRead:
    """Erase the requester: pseudonymised, signed out for good, their vault content gone."""
    request = await erasure.execute(session, admin, request_id)
    return ErasureRequestRead.model_validate(request)


@router.get(
    "/audit-events", operation_id="listAuditEvents", response_model=Page[AuditEventRead],
    responses=problem_responses(401, 403, 422),
)
async def list_audit_events(
    admin: OrgAdmin,
    session: SessionDep,
    page: PageParamsDep,
    action: Annotated[str | None, Query(max_length=100)] = None,
    actor_id: uuid.UUID | None = None,
    target_type: Annotated[str | None, Query(max_length=50)] = None,
    target_id: uuid.UUID | None = None,
    since: Annotated[datetime | None, Query(description="Inclusive lower bound.")] = None,
    until: Annotated[datetime | None, Query(description="Exclusive upper bound.")] = None,
) -> Page[AuditEventRead]:
    """The organisation's audit log (who, what, which object, when), newest first."""
    filters = audit_log.AuditFilter(action, actor_id, target_type, target_id, since, until)
    rows, total = await audit_log.list_events(
        session, admin, filters, limit=page.limit, offset=page.offset
    )
    return Page(items=[AuditEventRead.model_validate(r) for r in rows], total=total,
                limit=page.limit, offset=page.offset)
