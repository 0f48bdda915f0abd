"""The organisation's audit log, for its admins: who did what, never what was written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.scoping import scoped_select
from constel_api.errors import Unprocessable
from constel_api.models import AuditEvent, Person


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    actor_id: uuid.UUID | None = None
    target_type: str | None = None
    target_id: uuid.UUID | None = None
    since: datetime | None = None
    until: datetime | None = None


async def list_events(
    session: AsyncSession, admin: Person, filters: AuditFilter, *, limit: int, offset: int
) -> tuple[list[AuditEvent], int]:
    """Newest first. Reading the log is itself logged (it names people's actions)."""
    if filters.since and filters.until and filters.since > filters.until:
        raise Unprocessable("since must not be after until.", code="invalid_date_range")
    query = scoped_select(AuditEvent, admin.organisation_id)
    if filters.action is not None:
        query = query.where(AuditEvent.action == filters.action)
    if filters.actor_id is not None:
        query = query.where(AuditEvent.actor_person_id == filters.actor_id)
    if filters.target_type is not None:
        query = query.where(AuditEvent.target_type == filters.target_type)
    if filters.target_id is not None:
        query = query.where(AuditEvent.target_id == filters.target_id)
    if filters.since is not None:
        query = query.where(AuditEvent.created_at >= filters.since)
    if filters.until is not None:
        query = query.where(AuditEvent.created_at < filters.until)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = list(await session.scalars(
        query.order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
        .limit(limit).offset(offset)
    ))
    await record_audit(session, admin, "audit.events_listed", None, None, {
        "action": filters.action, "actor_id": str(filters.actor_id) if filters.actor_id else None,
        "target_id": str(filters.target_id) if filters.target_id else None,
        "offset": offset, "returned": len(rows),
    })
    return rows, int(total or 0)
