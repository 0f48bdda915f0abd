"""The "mentee chooses" mode: suggestions of allowed mentors, and the mentee's request.

Suggestions and requests ask the same hard constraints as a run; the mentor then accepts
or refuses through the mentorship lifecycle.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.errors import Conflict, Forbidden
from constel_api.matching import repository as repo
from constel_api.matching.engine import suggestions
from constel_api.matching.explanations import breakdown_of
from constel_api.matching.inputs import load_cohort, settings_of
from constel_api.matching.pair_checks import check_pair, forbidden
from constel_api.matching.publication import create_mentorship, require_open
from constel_api.models import (
    MatchingMode,
    Mentorship,
    ParticipantRole,
    Person,
    Program,
)
from constel_api.programs import api as programs_api


@dataclass
class Suggestion:
    mentor: Person
    score: float
    breakdown: list[dict[str, Any]]


async def _chooser(session: AsyncSession, person: Person, program: Program) -> None:
    if program.matching_mode != MatchingMode.MENTEE_CHOICE:
        raise Conflict("In this program the administrators propose the pairs.",
                       code="matching_mode_admin_review")
    part = await programs_api.get_participant(session, program.id, person.id)
    if part is None or part.role != ParticipantRole.MENTEE:
        raise Forbidden("Only the program's mentees choose a mentor.", code="mentee_only")


async def my_suggestions(session: AsyncSession, person: Person,
                         program: Program) -> list[Suggestion]:
    """The mentee's best allowed mentors (capacity left, no hard constraint), best first."""
    await _chooser(session, person, program)
    cohort = await load_cohort(session, program, extra_mentees=[person.id], pool_mentees=False)
    assert cohort.constraints.mentee_eligible is not None
    if not cohort.constraints.mentee_eligible[0]:
        raise Conflict("You are not waiting for a mentor in this program.",
                       code="not_in_matching_pool")
    if not cohort.mentor_ids:
        return []
    limit = (await settings_of(session, program)).suggestions
    found = suggestions(cohort.scorer, cohort.constraints, 0, limit)
    return [Suggestion(cohort.people[cohort.mentor_ids[j]], round(score, 2),
                       breakdown_of(cohort, 0, j)) for j, score in found]


async def request_mentor(session: AsyncSession, person: Person, program: Program,
                         mentor_id: uuid.UUID) -> Mentorship:
    """The mentee asks one of their suggestions; the mentor accepts or refuses it through
    the mentorship lifecycle (the mentee's side counts as accepted)."""
    await repo.lock_program(session, program)
    require_open(program)
    offered = {s.mentor.id for s in await my_suggestions(session, person, program)}
    if mentor_id not in offered:
        check = await check_pair(session, program, person.id, mentor_id)
        if check.reasons:
            raise forbidden(check, "You cannot ask this mentor.")
        raise Conflict("This mentor is not among your suggestions.", code="not_suggested")
    m = await create_mentorship(session, program, person.id, mentor_id, "mentee_choice",
                                mentee_accepted=True)
    await record_audit(session, person, "matching.request", "mentorship", m.id,
                       {"program_id": str(program.id)})
    return m
