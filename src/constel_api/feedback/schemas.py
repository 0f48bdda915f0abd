"""Wire shapes of feedback (metadata only; the score is shown to its author alone)."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.models import FeedbackKind, PairSide


class FeedbackCreate(RequestModel):
    kind: FeedbackKind = Field(description="ongoing (active pair) or closing (completed pair)")
    satisfaction_score: int | None = Field(
        default=None, ge=1, le=5,
        description="Optional 1–5 satisfaction with the program; admins see it in aggregate.",
    )


class FeedbackRead(ResponseModel):
    id: uuid.UUID
    mentorship_id: uuid.UUID
    author_side: PairSide
    kind: FeedbackKind
    mine: bool
    satisfaction_score: int | None = Field(description="Only on my own feedback.")
    created_at: datetime
