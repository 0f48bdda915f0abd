"""Read and replace a program's questionnaire."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.errors import Conflict
from constel_api.models import Person, Program, ProgramStatus
from constel_api.programs import repository as repo
from constel_api.programs.questionnaire import (
    Question,
    check_questionnaire,
    from_row,
    to_row_values,
)


async def get_questions(session: AsyncSession, program: Program) -> list[Question]:
    return [from_row(row) for row in await repo.questions(session, program.id)]


async def replace_questionnaire(session: AsyncSession, actor: Person, program: Program,
                                questions: list[Question]) -> list[Question]:
    """Replace every question; refused once someone has answered or the program runs."""
    if program.status not in (ProgramStatus.DRAFT, ProgramStatus.ENROLMENT_OPEN):
        raise Conflict("The questionnaire cannot change once the program has started.",
                       code="questionnaire_locked")
    if await repo.any_answers(session, program.id):
        raise Conflict("Participants have already answered the questionnaire.",
                       code="questionnaire_locked")
    check_questionnaire(questions)
    await repo.replace_questions(session, program,
                                 [to_row_values(q, i) for i, q in enumerate(questions)])
    await record_audit(session, actor, "program.questionnaire.update", "program", program.id,
                       {"questions": len(questions)})
    return await get_questions(session, program)
