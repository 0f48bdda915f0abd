"""Org admins manage the machine clients of their organisation."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from constel_api.api_clients import service
from constel_api.api_clients.schemas import ApiClientCreate, ApiClientCreated, ApiClientRead
from constel_api.auth.dependencies import OrgAdmin
from constel_api.db import SessionDep
from constel_api.errors import problem_responses

router = APIRouter(prefix="/api/v1/api-clients", tags=["api-clients"])


@router.post(
    "",
    operation_id="createApiClient",
    response_model=ApiClientCreated,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 422),
)
async def create_api_client(
    body: ApiClientCreate, admin: OrgAdmin, session: SessionDep
) -> ApiClientCreated:
    """Create a machine client; its token is returned once and stored hashed."""
    client, token = await service.create_client(
        session, admin, body.name, list(body.scopes), body.expires_at
    )
    return ApiClientCreated(**ApiClientRead.model_validate(client).model_dump(), token=token)


@router.get(
    "",
    operation_id="listApiClients",
    response_model=list[ApiClientRead],
    responses=problem_responses(401, 403),
)
async def list_api_clients(admin: OrgAdmin, session: SessionDep) -> list[ApiClientRead]:
    """List the organisation's machine clients (never their secrets)."""
    clients = await service.list_clients(session, admin.organisation_id)
    return [ApiClientRead.model_validate(c) for c in clients]


@router.delete(
    "/{client_id}",
    operation_id="revokeApiClient",
    response_model=ApiClientRead,
    responses=problem_responses(401, 403, 404),
)
async def revoke_api_client(
    client_id: uuid.UUID, admin: OrgAdmin, session: SessionDep
) -> ApiClientRead:
    """Revoke a machine client; its token stops working at once."""
    return ApiClientRead.model_validate(await service.revoke_client(session, admin, client_id))
