"""Deactivation and reactivation of directory people, shared by SCIM and the CSV import.

A deactivated person is kept (history, past pairs, audit): only their access ends, at once,
and their open pairs are flagged for the program's admins.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import OPEN_MENTORSHIP_STATUSES

PARTICIPANT_DEACTIVATED = "participant_deactivated"


async def deactivate_people(
    session: AsyncSession, org_id: uuid.UUID, person_ids: Sequence[uuid.UUID], at: datetime
) -> int:
    """Deactivate, revoke every session and refresh token, flag open mentorships.

    Access tokens already issued stop working because ``sessions_valid_after`` moves to
    ``at`` and the person is inactive. Returns how many people changed state.
    """
    if not person_ids:
        return 0
    ids = list(person_ids)
    result = await session.execute(
        text(
            """
            UPDATE people SET active = false, deactivated_at = :at,
                   sessions_valid_after = :at, updated_at = :at
            WHERE organisation_id = :org AND id = ANY(CAST(:ids AS uuid[])) AND active
            """
        ),
        {"org": org_id, "ids": ids, "at": at},
    )
    changed = int(result.rowcount or 0)  # type: ignore[attr-defined]
    await session.execute(
        text(
            """
            UPDATE refresh_tokens SET revoked_at = :at
            WHERE organisation_id = :org AND person_id = ANY(CAST(:ids AS uuid[]))
              AND revoked_at IS NULL
            """
        ),
        {"org": org_id, "ids": ids, "at": at},
    )
    await session.execute(
        text(
            """
            UPDATE mentorships SET needs_attention = true, attention_reason = :reason,
                   updated_at = :at
            WHERE organisation_id = :org AND status = ANY(CAST(:open AS varchar[]))
              AND (mentor_id = ANY(CAST(:ids AS uuid[])) OR mentee_id = ANY(CAST(:ids AS uuid[])))
            """
        ),
        {
            "org": org_id,
            "ids": ids,
            "at": at,
            "reason": PARTICIPANT_DEACTIVATED,
            "open": [str(s) for s in OPEN_MENTORSHIP_STATUSES],
        },
    )
    return changed


async def reactivate_people(
    session: AsyncSession, org_id: uuid.UUID, person_ids: Sequence[uuid.UUID], at: datetime
) -> int:
    """Back from leave: active again; sessions stay revoked (they sign in anew)."""
    if not person_ids:
        return 0
    result = await session.execute(
        text(
            """
            UPDATE people SET active = true, deactivated_at = NULL, updated_at = :at
            WHERE organisation_id = :org AND id = ANY(CAST(:ids AS uuid[])) AND NOT active
            """
        ),
        {"org": org_id, "ids": list(person_ids), "at": at},
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
