"""Audit events of SCIM writes, as statements: a user write folds its event into the same
statement as the change (same transaction, no extra round trip), so the trail holds exactly
the changes that were committed."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Insert, insert
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.request_context import current_request_id
from constel_api.models import AuditEvent
from constel_api.scim.principal import ScimPrincipal


def audit_insert(client: ScimPrincipal, action: str, target_type: str,
                 target_id: uuid.UUID, details: dict[str, Any] | None = None) -> Insert:
    """The audit event of a change made by ``client`` (``details`` never hold content)."""
    return insert(AuditEvent.__table__).values(  # type: ignore[arg-type]
        id=uuid.uuid4(),
        organisation_id=client.organisation_id,
        actor_client_id=client.client_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=details or {},
        request_id=current_request_id(),
    )


async def record(session: AsyncSession, client: ScimPrincipal, action: str, target_type: str,
                 target_id: uuid.UUID, details: dict[str, Any] | None = None) -> None:
    await session.execute(audit_insert(client, action, target_type, target_id, details))
