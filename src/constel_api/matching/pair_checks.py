"""One pair against every hard constraint, as the admin sees it before adding it by hand.

Manual pairs, mentee requests and the review's checks all go through :func:`check_pair`,
which asks the same ``HardConstraints`` as a run (inputs.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.errors import Conflict, NotFound, Unprocessable
from constel_api.matching.constraints import Reason
from constel_api.matching.explanations import OVERRIDABLE, breakdown_of, reason_items
from constel_api.matching.inputs import load_cohort
from constel_api.models import (
    ParticipantRole,
    Program,
    ProgramParticipant,
)
from constel_api.programs import api as programs_api


@dataclass
class PairCheck:
    mentee_id: uuid.UUID
    mentor_id: uuid.UUID
    reasons: list[Reason]
    hierarchy_distance: int | None
    score: float
    breakdown: list[dict[str, Any]] = field(default_factory=list)

    @property
    def allowed(self) -> bool:
        return not self.reasons

    @property
    def overridable(self) -> bool:
        return bool(self.reasons) and all(r in OVERRIDABLE for r in self.reasons)


async def require_participant(session: AsyncSession, program: Program, person_id: uuid.UUID,
                              role: ParticipantRole) -> ProgramParticipant:
    part = await programs_api.get_participant(session, program.id, person_id)
    if part is None or part.organisation_id != program.organisation_id:
        raise NotFound(f"This {role.value} is not a participant of the program.",
                       code="participant_not_found", role=role.value)
    if part.role != role:
        raise Unprocessable(f"This person takes part as {part.role}, not {role.value}.",
                            code="wrong_participant_role", role=part.role)
    return part


async def check_pair(session: AsyncSession, program: Program, mentee_id: uuid.UUID,
                     mentor_id: uuid.UUID, *, draft_load: int = 0) -> PairCheck:
    """Every hard constraint for one pair; ``draft_load`` = the mentor's other draft pairs."""
    await require_participant(session, program, mentee_id, ParticipantRole.MENTEE)
    await require_participant(session, program, mentor_id, ParticipantRole.MENTOR)
    cohort = await load_cohort(session, program, extra_mentees=[mentee_id],
                               extra_mentors=[mentor_id], pool_mentees=False,
                               pool_mentors=False)
    reasons: list[Reason] = [r for r in cohort.constraints.reasons(0, 0)
                             if r is not Reason.NO_CAPACITY]
    if int(cohort.constraints.capacity[0]) - draft_load <= 0:
        reasons.append(Reason.NO_CAPACITY)
    score = float(cohort.scorer.score_pairs([0], [0])[0])
    return PairCheck(mentee_id, mentor_id, reasons, cohort.hierarchy.get((mentee_id, mentor_id)),
                     round(score, 2), breakdown_of(cohort, 0, 0))


def forbidden(check: PairCheck, detail: str) -> Conflict:
    return Conflict(detail, code="pair_forbidden",
                    reasons=reason_items(check.reasons, check.hierarchy_distance),
                    overridable=check.overridable, hierarchy_distance=check.hierarchy_distance)
