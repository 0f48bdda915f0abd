"""Write audit events; called by services inside the request's transaction."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.request_context import current_request_id
from constel_api.models import ApiClient, AuditEvent, Person


async def record_audit(
    session: AsyncSession,
    actor: Person | ApiClient | None,
    action: str,
    target_type: str | None,
    target_id: uuid.UUID | None,
    details: dict[str, Any],
    *,
    organisation_id: uuid.UUID | None = None,
) -> AuditEvent:
    """Record who did what; ``details`` must never hold participant content."""
    org_id = organisation_id or (actor.organisation_id if actor is not None else None)
    if org_id is None:
        raise ValueError("an audit event needs an organisation")
    event = AuditEvent(
        organisation_id=org_id,
        actor_person_id=actor.id if isinstance(actor, Person) else None,
        actor_client_id=actor.id if isinstance(actor, ApiClient) else None,
        action=action,
        target_type=target_type,
        target_id=target_id,
        details=details,
        request_id=current_request_id(),
    )
    session.add(event)
    await session.flush()
    return event
