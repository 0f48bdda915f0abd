"""The program's matching questionnaire."""

from __future__ import annotations

from fastapi import APIRouter

from constel_api.auth.dependencies import ProgramStaff
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.programs import questionnaire_service
from constel_api.programs.dependencies import SeenProgram, WritableProgram
from constel_api.programs.schemas_enrolment import QuestionnaireRead, QuestionnaireUpdate

router = APIRouter(prefix="/api/v1/programs/{program_id}/questionnaire", tags=["programs"])


@router.get("", operation_id="getProgramQuestionnaire", response_model=QuestionnaireRead,
            responses=problem_responses(401, 403, 404))
async def get_questionnaire(program: SeenProgram, session: SessionDep) -> QuestionnaireRead:
    """The questionnaire; answers are profile data the program's admins can read."""
    return QuestionnaireRead(questions=await questionnaire_service.get_questions(session, program))


@router.put("", operation_id="replaceProgramQuestionnaire", response_model=QuestionnaireRead,
            responses=problem_responses(401, 403, 404, 409, 422))
async def replace_questionnaire(body: QuestionnaireUpdate, program: WritableProgram,
                                staff: ProgramStaff, session: SessionDep) -> QuestionnaireRead:
    """Replace the questionnaire (until someone answers or the program starts)."""
    questions = await questionnaire_service.replace_questionnaire(session, staff, program,
                                                                  body.questions)
    return QuestionnaireRead(questions=questions)
