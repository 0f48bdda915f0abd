"""Create, list and revoke machine clients of an organisation."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.auth.tokens import hash_token, new_machine_token
from constel_api.core.scoping import get_scoped_or_404, scoped_select
from constel_api.core.time import utcnow
from constel_api.models import ApiClient, Person


async def create_client(
    session: AsyncSession,
    admin: Person,
    name: str,
    scopes: list[str],
    expires_at: datetime | None = None,
) -> tuple[ApiClient, str]:
    client_id = uuid.uuid4()
    token = new_machine_token(client_id)
    client = ApiClient(
        id=client_id,
        organisation_id=admin.organisation_id,
        name=name,
        scopes=sorted(set(scopes)),
        secret_hash=hash_token(token),
        created_by_id=admin.id,
        created_at=utcnow(),
        expires_at=expires_at,
    )
    session.add(client)
    await session.flush()
    await record_audit(
        session,
        admin,
        "api_client.create",
        "api_client",
        client.id,
        {"scopes": client.scopes, "expires_at": expires_at.isoformat() if expires_at else None},
    )
    return client, token


async def list_clients(session: AsyncSession, organisation_id: uuid.UUID) -> list[ApiClient]:
    result = await session.execute(
        scoped_select(ApiClient, organisation_id).order_by(ApiClient.created_at)
    )
    return list(result.scalars())


async def revoke_client(session: AsyncSession, admin: Person, client_id: uuid.UUID) -> ApiClient:
    client = await get_scoped_or_404(session, ApiClient, admin.organisation_id, client_id)
    if client.revoked_at is None:
        client.revoked_at = utcnow()
        await record_audit(session, admin, "api_client.revoke", "api_client", client.id, {})
    await session.flush()
    return client
