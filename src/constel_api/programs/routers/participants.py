"""Enrolment: admins invite and follow participants; people apply, accept, decline, withdraw."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.dependencies import CurrentPerson, ProgramStaff
from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep
from constel_api.errors import NotFound, PayloadTooLarge, Unprocessable, problem_responses
from constel_api.models import ParticipantRole, ParticipantState, Person, Program, ProgramStatus
from constel_api.programs import enrolment
from constel_api.programs import repository as repo
from constel_api.programs.dependencies import (
    ManagedParticipant,
    ManagedProgram,
    SeenProgram,
    ValidProgram,
    WritableProgram,
)
from constel_api.programs.schemas_enrolment import (
    AcceptInvitationRequest,
    AnswersUpdate,
    ApplyRequest,
    InvitationReport,
    InvitationRequest,
    InvitePeople,
    MyParticipationRead,
    ParticipantRead,
    ParticipantUpdate,
)

router = APIRouter(prefix="/api/v1/programs/{program_id}/participants", tags=["programs"])

MAX_CSV_BYTES = 1024 * 1024


# ---- the caller's own participation (declared before /{participant_id}) --------------------


@router.get("/me", operation_id="getMyParticipation", response_model=MyParticipationRead,
            responses=problem_responses(401, 403, 404))
async def get_me(program: SeenProgram, person: CurrentPerson,
                 session: SessionDep) -> MyParticipationRead:
    """My participation: state, reasons if ineligible, answers, charter signature."""
    participant = await enrolment.my_participation(session, person, program)
    return await enrolment.my_read(session, program, participant)


@router.post("/me/apply", operation_id="applyToProgram", response_model=MyParticipationRead,
             responses=problem_responses(401, 403, 404, 409, 422))
async def apply(body: ApplyRequest, program: ValidProgram, person: CurrentPerson,
                session: SessionDep) -> MyParticipationRead:
    """Apply as mentor or mentee while enrolment is open; the criteria are checked now."""
    if program.status == ProgramStatus.DRAFT:
        raise NotFound("Program not found.", code="program_not_found")
    participant = await enrolment.apply(session, person, program, body.role, body.answers)
    return await enrolment.my_read(session, program, participant)


@router.post("/me/accept", operation_id="acceptProgramInvitation",
             response_model=MyParticipationRead,
             responses=problem_responses(401, 403, 404, 409, 422))
async def accept(program: SeenProgram, person: CurrentPerson, session: SessionDep,
                 body: AcceptInvitationRequest | None = None) -> MyParticipationRead:
    """Accept my invitation; the criteria are checked now."""
    participant = await enrolment.accept_invitation(session, person, program,
                                                    body.answers if body else None)
    return await enrolment.my_read(session, program, participant)


@router.post("/me/decline", operation_id="declineProgramInvitation",
             response_model=MyParticipationRead, responses=problem_responses(401, 403, 404, 409))
async def decline(program: SeenProgram, person: CurrentPerson,
                  session: SessionDep) -> MyParticipationRead:
    """Decline my invitation, without giving a reason; it will not be sent again."""
    participant = await enrolment.decline(session, person, program)
    return await enrolment.my_read(session, program, participant)


@router.post("/me/withdraw", operation_id="withdrawFromProgram",
             response_model=MyParticipationRead, responses=problem_responses(401, 403, 404, 409))
async def withdraw(program: SeenProgram, person: CurrentPerson,
                   session: SessionDep) -> MyParticipationRead:
    """Leave the program before being matched."""
    participant = await enrolment.withdraw(session, person, program)
    return await enrolment.my_read(session, program, participant)


@router.put("/me/answers", operation_id="updateMyAnswers", response_model=MyParticipationRead,
            responses=problem_responses(401, 403, 404, 409, 422))
async def update_answers(body: AnswersUpdate, program: SeenProgram, person: CurrentPerson,
                         session: SessionDep) -> MyParticipationRead:
    """Replace my questionnaire answers (profile data visible to the program's admins)."""
    participant = await enrolment.update_answers(session, person, program, body.answers)
    return await enrolment.my_read(session, program, participant)


# ---- admins ------------------------------------------------------------------------------


@router.get("", operation_id="listParticipants", response_model=Page[ParticipantRead],
            responses=problem_responses(401, 403, 404))
async def list_participants(
    program: ManagedProgram, session: SessionDep, page: PageParamsDep,
    role: ParticipantRole | None = None,
    state: Annotated[ParticipantState | None, Query()] = None,
) -> Page[ParticipantRead]:
    """The program's participants, with their answers and charter signature."""
    rows, total = await repo.list_participants(session, program, role=role, state=state,
                                               limit=page.limit, offset=page.offset)
    items = await enrolment.participant_reads(session, program, rows)
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


async def _report(session: AsyncSession, program: Program,
                  result: enrolment.InviteResult) -> InvitationReport:
    invited, skipped = result
    reads = await enrolment.participant_reads(session, program, invited)
    return InvitationReport(invited=reads, skipped=skipped)


@router.post("/invitations", operation_id="inviteParticipants", response_model=InvitationReport,
             responses=problem_responses(401, 403, 404, 409, 422))
async def invite(body: InvitationRequest, program: WritableProgram, staff: ProgramStaff,
                 session: SessionDep) -> InvitationReport:
    """Invite people one by one or a whole unit (sub-units included by default)."""
    if isinstance(body, InvitePeople):
        result = await enrolment.invite_by_ids(session, staff, program, body.role,
                                               body.person_ids)
    else:
        result = await enrolment.invite_by_unit(session, staff, program, body.role, body.unit_id,
                                                body.include_sub_units)
    return await _report(session, program, result)


@router.post(
    "/invitations/csv", operation_id="inviteParticipantsCsv", response_model=InvitationReport,
    responses=problem_responses(401, 403, 404, 409, 413, 422),
    openapi_extra={"requestBody": {"required": True, "content": {
        "text/csv": {"schema": {"type": "string", "description": "One email per line, or a "
                                "header row with an 'email' column."}}}}},
)
async def invite_csv(request: Request, role: ParticipantRole, program: WritableProgram,
                     staff: ProgramStaff, session: SessionDep) -> InvitationReport:
    """Invite the people listed by email in a CSV file."""
    raw = await request.body()
    if len(raw) > MAX_CSV_BYTES:
        raise PayloadTooLarge("The CSV is larger than 1 MiB.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unprocessable("The CSV must be UTF-8.", code="csv_not_utf8") from exc
    result = await enrolment.invite_by_csv(session, staff, program, role, text)
    return await _report(session, program, result)


@router.get("/{participant_id}", operation_id="getParticipant", response_model=ParticipantRead,
            responses=problem_responses(401, 403, 404))
async def get_participant(participant: ManagedParticipant, program: ManagedProgram,
                          session: SessionDep) -> ParticipantRead:
    """One participant, with their answers."""
    person = await session.get(Person, participant.person_id)
    assert person is not None
    return (await enrolment.participant_reads(session, program, [(participant, person)]))[0]


@router.patch("/{participant_id}", operation_id="updateParticipant",
              response_model=ParticipantRead,
              responses=problem_responses(401, 403, 404, 409, 422))
async def update_participant(body: ParticipantUpdate, participant: ManagedParticipant,
                             program: ManagedProgram, staff: ProgramStaff,
                             session: SessionDep) -> ParticipantRead:
    """Set a mentor's capacity override or the re-matching priority flag."""
    await enrolment.update_participant(session, staff, program, participant, body)
    person = await session.get(Person, participant.person_id)
    assert person is not None
    return (await enrolment.participant_reads(session, program, [(participant, person)]))[0]


@router.post("/{participant_id}/evaluate", operation_id="evaluateParticipant",
             response_model=ParticipantRead, responses=problem_responses(401, 403, 404, 409))
async def evaluate_participant(participant: ManagedParticipant, program: ManagedProgram,
                               staff: ProgramStaff, session: SessionDep) -> ParticipantRead:
    """Check the criteria again after they or the directory changed."""
    person = await session.get(Person, participant.person_id)
    assert person is not None
    await enrolment.reevaluate(session, staff, program, participant, person)
    return (await enrolment.participant_reads(session, program, [(participant, person)]))[0]
