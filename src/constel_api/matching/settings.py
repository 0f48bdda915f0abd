"""Per-program matching settings: the weighted attributes and how many suggestions a
mentee sees (defaults apply until an admin saves them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.matching.inputs import settings_of
from constel_api.models import (
    MatchingSettings,
    Person,
    Program,
)


async def update_settings(session: AsyncSession, actor: Person, program: Program,
                          attributes: list[dict[str, Any]], suggestions_count: int
                          ) -> MatchingSettings:
    row = await session.get(MatchingSettings, program.id)
    if row is None:
        row = MatchingSettings(program_id=program.id, organisation_id=program.organisation_id)
        session.add(row)
    row.attributes = attributes
    row.suggestions = suggestions_count
    await session.flush()
    await record_audit(session, actor, "matching.settings.update", "program", program.id,
                       {"attributes": [a["attribute"] for a in attributes],
                        "suggestions": suggestions_count})
    return row


async def get_settings(session: AsyncSession, program: Program) -> MatchingSettings:
    return await settings_of(session, program)
