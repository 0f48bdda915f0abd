"""Aggregates of satisfaction scores for metrics: counts and means only, never one row.

The caller suppresses groups smaller than the organisation's anonymity threshold.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.mentorships.items import program_scope
from constel_api.models import Feedback


@dataclass(frozen=True)
class ScoreSummary:
    respondents: int  # distinct people who gave a score
    scores: int
    mean: float | None
    distribution: dict[int, int]


async def satisfaction_summary(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None,
    side: str | None = None, kind: str | None = None,
) -> ScoreSummary:
    base = select(Feedback.satisfaction_score, Feedback.author_id).select_from(Feedback).where(
        Feedback.satisfaction_score.is_not(None))
    if side is not None:
        base = base.where(Feedback.author_side == side)
    if kind is not None:
        base = base.where(Feedback.kind == kind)
    scoped = program_scope(base, Feedback, org_id, program_id).subquery()
    totals = (await session.execute(select(
        func.count(func.distinct(scoped.c.author_id)), func.count(),
        func.avg(scoped.c.satisfaction_score),
    ))).one()
    rows = await session.execute(
        select(scoped.c.satisfaction_score, func.count()).group_by(scoped.c.satisfaction_score))
    return ScoreSummary(
        respondents=int(totals[0]), scores=int(totals[1]),
        mean=None if totals[2] is None else float(totals[2]),
        distribution={int(s): int(n) for s, n in rows.all()},
    )


async def closing_feedback_given(
    session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID | None = None
) -> int:
    """How many closing feedbacks were given (completion follow-up)."""
    query = program_scope(
        select(func.count()).select_from(Feedback).where(Feedback.kind == "closing"),
        Feedback, org_id, program_id,
    )
    return int(await session.scalar(query) or 0)
