"""Evaluate a program's participation criteria for people of the directory."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.models import ParticipantRole, Person, Program
from constel_api.programs import repository as repo
from constel_api.programs.criteria import (
    Criterion,
    PersonFacts,
    Reason,
    UnitRule,
    evaluate,
    parse_criteria,
)


def criteria_of(program: Program, role: ParticipantRole | str) -> list[Criterion]:
    raw = program.mentor_criteria if role == ParticipantRole.MENTOR else program.mentee_criteria
    return parse_criteria(raw)


def facts_of(person: Person) -> PersonFacts:
    return PersonFacts(
        person_id=person.id, active=person.active, unit_id=person.unit_id, site=person.site,
        job_title=person.job_title, hired_on=person.hired_on,
        languages=tuple(person.languages or ()),
    )


@dataclass(frozen=True)
class Evaluator:
    """The rules of one program and role with unit subtrees resolved once (bulk invitations)."""

    rules: list[Criterion]
    subtrees: dict[int, frozenset[uuid.UUID]]
    today: date

    def reasons(self, person: Person) -> list[Reason]:
        return evaluate(self.rules, facts_of(person), self.subtrees, self.today)


async def evaluator_for(session: AsyncSession, program: Program,
                        role: ParticipantRole | str) -> Evaluator:
    rules = criteria_of(program, role)
    subtrees = {
        i: await repo.unit_subtree(session, program.organisation_id, rule.unit_ids,
                                   rule.include_sub_units)
        for i, rule in enumerate(rules) if isinstance(rule, UnitRule)
    }
    return Evaluator(rules=rules, subtrees=subtrees, today=utcnow().date())


async def reasons_for(session: AsyncSession, program: Program, person: Person,
                      role: ParticipantRole | str) -> list[Reason]:
    return (await evaluator_for(session, program, role)).reasons(person)
