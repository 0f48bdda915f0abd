"""Enrolment: invitations, applications, declines, withdrawals and questionnaire answers.

States: invited -> (accept) -> applied | eligible | ineligible; invited -> declined;
apply -> applied | eligible | ineligible; applied/eligible/ineligible -> withdrawn;
eligible -> active (matched, by the mentorship domain). ``applied`` means the required
questionnaire answers are still missing; ``eligible`` means ready for matching.
A declined or withdrawn person is never invited again; they may apply themselves.
"""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict, NotFound, Unprocessable
from constel_api.models import (
    ParticipantRole,
    ParticipantState,
    Person,
    Program,
    ProgramParticipant,
    ProgramStatus,
)
from constel_api.notifications import events
from constel_api.programs import repository as repo
from constel_api.programs.access import REJOINABLE_STATES, enrolment_window_open, ensure_writable
from constel_api.programs.charter import has_signed_current_charter
from constel_api.programs.criteria import Reason
from constel_api.programs.eligibility import evaluator_for, reasons_for
from constel_api.programs.questionnaire import for_role, is_complete, validate_answers
from constel_api.programs.questionnaire_service import get_questions
from constel_api.programs.schemas import ReasonRead
from constel_api.programs.schemas_enrolment import (
    MyParticipationRead,
    ParticipantRead,
    ParticipantUpdate,
    PersonBrief,
    SkippedInvitation,
)

MAX_CSV_ROWS = 5000
InviteResult = tuple[list[tuple[ProgramParticipant, Person]], list[SkippedInvitation]]
EVALUATED_STATES = (ParticipantState.APPLIED, ParticipantState.ELIGIBLE,
                    ParticipantState.INELIGIBLE)


def effective_capacity(program: Program, participant: ProgramParticipant) -> int | None:
    """How many mentees a mentor may take: their override, else the program default."""
    if participant.role != ParticipantRole.MENTOR:
        return None
    if participant.capacity_override is not None:
        return participant.capacity_override
    return program.mentor_capacity


async def _answers_complete(session: AsyncSession, program: Program,
                            participant: ProgramParticipant) -> bool:
    questions = for_role(await get_questions(session, program), participant.role)
    return is_complete(questions, participant.answers or {})


async def _settle(session: AsyncSession, program: Program, participant: ProgramParticipant,
                  reasons: list[Reason]) -> None:
    """Place an enrolled participant by their criteria and questionnaire completeness."""
    participant.evaluated_at = utcnow()
    if reasons:
        participant.state = ParticipantState.INELIGIBLE
        participant.ineligibility_reasons = [r.as_dict() for r in reasons]
        return
    participant.ineligibility_reasons = []
    complete = await _answers_complete(session, program, participant)
    participant.state = ParticipantState.ELIGIBLE if complete else ParticipantState.APPLIED


async def _set_answers(session: AsyncSession, program: Program,
                       participant: ProgramParticipant, answers: dict[str, Any]) -> None:
    questions = for_role(await get_questions(session, program), participant.role)
    validate_answers(questions, answers)
    participant.answers = {k: v for k, v in answers.items() if v is not None}
    participant.answers_updated_at = utcnow()


# ---- invitations (admins) -----------------------------------------------------------------


def _ensure_inviting(program: Program) -> None:
    ensure_writable(program)
    if program.status not in (ProgramStatus.ENROLMENT_OPEN, ProgramStatus.RUNNING):
        raise Conflict("Invitations are sent once enrolment is open.",
                       code="enrolment_not_open", program_status=program.status)


async def invite_people(
    session: AsyncSession, actor: Person, program: Program, role: ParticipantRole,
    people: list[Person], skipped: list[SkippedInvitation], target: str,
) -> list[tuple[ProgramParticipant, Person]]:
    """Invite each eligible person who never took part; report everyone else with a code."""
    _ensure_inviting(program)
    evaluator = await evaluator_for(session, program, role)
    existing = await repo.participants_of(session, program.id, [p.id for p in people])
    invited: list[tuple[ProgramParticipant, Person]] = []
    now = utcnow()
    for person in {p.id: p for p in people}.values():
        current = existing.get(person.id)
        code = None
        if not person.active:
            code = "inactive"
        elif current is not None:
            code = {ParticipantState.DECLINED: "declined_invitation",
                    ParticipantState.WITHDRAWN: "withdrawn"}.get(
                ParticipantState(current.state),
                "role_conflict" if current.role != role else "already_participant")
        if code is not None:
            skipped.append(SkippedInvitation(person_id=person.id, email=person.email, code=code))
            continue
        reasons = evaluator.reasons(person)
        if reasons:
            skipped.append(SkippedInvitation(
                person_id=person.id, email=person.email, code="ineligible",
                reasons=[ReasonRead(**r.as_dict()) for r in reasons]))
            continue
        participant = ProgramParticipant(
            organisation_id=program.organisation_id, program_id=program.id, person_id=person.id,
            role=role, state=ParticipantState.INVITED, invited_at=now, invited_by_id=actor.id,
            answers={}, ineligibility_reasons=[])
        session.add(participant)
        invited.append((participant, person))
    await session.flush()
    await events.invited(session, program, [person for _, person in invited], now)
    await record_audit(session, actor, "program.invite", "program", program.id,
                       {"role": str(role), "target": target, "invited": len(invited),
                        "skipped": len(skipped)})
    return invited


async def invite_by_ids(session: AsyncSession, actor: Person, program: Program,
                        role: ParticipantRole, person_ids: list[uuid.UUID]) -> InviteResult:
    people = await repo.people_by_ids(session, program.organisation_id, person_ids)
    known = {p.id for p in people}
    skipped = [SkippedInvitation(person_id=pid, code="unknown_person")
               for pid in dict.fromkeys(person_ids) if pid not in known]
    return await invite_people(session, actor, program, role, people, skipped, "people"), skipped


async def invite_by_unit(session: AsyncSession, actor: Person, program: Program,
                         role: ParticipantRole, unit_id: uuid.UUID,
                         include_sub_units: bool) -> InviteResult:
    units = await repo.unit_subtree(session, program.organisation_id, [unit_id],
                                    include_sub_units)
    if not units:
        raise Unprocessable("Unknown unit.", code="unknown_unit")
    people = await repo.people_in_units(session, program.organisation_id, units)
    skipped: list[SkippedInvitation] = []
    return await invite_people(session, actor, program, role, people, skipped, "unit"), skipped


def parse_email_csv(text: str) -> list[str]:
    """Emails from a CSV: the ``email`` column when there is a header, else the first cell."""
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) > MAX_CSV_ROWS + 1:
        raise Unprocessable(f"At most {MAX_CSV_ROWS} rows.", code="csv_too_long")
    column = 0
    if rows and rows[0] and "@" not in "".join(rows[0]):
        header = [c.strip().lower() for c in rows[0]]
        if "email" not in header:
            raise Unprocessable("The CSV needs an 'email' column.", code="csv_missing_email")
        column = header.index("email")
        rows = rows[1:]
    emails = [row[column].strip() for row in rows if len(row) > column and row[column].strip()]
    if not emails:
        raise Unprocessable("The CSV holds no email address.", code="csv_empty")
    return list(dict.fromkeys(emails))


async def invite_by_csv(session: AsyncSession, actor: Person, program: Program,
                        role: ParticipantRole, text: str) -> InviteResult:
    emails = parse_email_csv(text)
    people = await repo.people_by_emails(session, program.organisation_id, emails)
    known = {p.email.lower() for p in people}
    skipped = [SkippedInvitation(email=e, code="unknown_person")
               for e in emails if e.lower() not in known]
    return await invite_people(session, actor, program, role, people, skipped, "csv"), skipped


# ---- the person's own participation -------------------------------------------------------


async def apply(session: AsyncSession, person: Person, program: Program,
                role: ParticipantRole, answers: dict[str, Any] | None) -> ProgramParticipant:
    ensure_writable(program)
    if not enrolment_window_open(program):
        raise Conflict("Enrolment is not open for this program.", code="enrolment_closed")
    participant = await repo.participant_of(session, program.id, person.id)
    if participant is not None and participant.state == ParticipantState.INVITED \
            and participant.role == role:
        return await accept_invitation(session, person, program, answers)
    if participant is not None and participant.state not in REJOINABLE_STATES:
        if participant.role != role:
            raise Conflict("You already take part in this program in the other role.",
                           code="role_conflict", role=participant.role)
        raise Conflict("You already take part in this program.", code="already_participant",
                       state=participant.state)
    if participant is None:
        participant = ProgramParticipant(
            organisation_id=program.organisation_id, program_id=program.id,
            person_id=person.id, role=role, answers={}, ineligibility_reasons=[])
        session.add(participant)
    elif participant.role != role:
        participant.answers = {}
    participant.role = role
    participant.applied_at = utcnow()
    participant.rematch_priority = False
    if answers is not None:
        await _set_answers(session, program, participant, answers)
    await _settle(session, program, participant,
                  await reasons_for(session, program, person, role))
    await session.flush()
    return participant


async def _pending_invitation(session: AsyncSession, person: Person,
                              program: Program) -> ProgramParticipant:
    participant = await repo.participant_of(session, program.id, person.id)
    if participant is None or participant.state != ParticipantState.INVITED:
        raise Conflict("You have no pending invitation to this program.",
                       code="no_pending_invitation")
    return participant


async def accept_invitation(session: AsyncSession, person: Person, program: Program,
                            answers: dict[str, Any] | None) -> ProgramParticipant:
    ensure_writable(program)
    participant = await _pending_invitation(session, person, program)
    participant.applied_at = utcnow()
    if answers is not None:
        await _set_answers(session, program, participant, answers)
    await _settle(session, program, participant,
                  await reasons_for(session, program, person, participant.role))
    await session.flush()
    return participant


async def decline(session: AsyncSession, person: Person, program: Program) -> ProgramParticipant:
    """Decline an invitation; no reason is asked (charter: the mentor may refuse a program)."""
    ensure_writable(program)
    participant = await _pending_invitation(session, person, program)
    participant.state = ParticipantState.DECLINED
    participant.declined_at = utcnow()
    await session.flush()
    return participant


async def withdraw(session: AsyncSession, person: Person, program: Program) -> ProgramParticipant:
    ensure_writable(program)
    participant = await repo.participant_of(session, program.id, person.id)
    if participant is None or participant.state in REJOINABLE_STATES:
        raise Conflict("You do not take part in this program.", code="not_participating")
    if participant.state == ParticipantState.INVITED:
        raise Conflict("Decline the invitation instead.", code="no_participation_to_withdraw")
    if participant.state == ParticipantState.ACTIVE:
        raise Conflict("You are already matched; end the mentorship instead.",
                       code="already_matched")
    participant.state = ParticipantState.WITHDRAWN
    participant.withdrawn_at = utcnow()
    await session.flush()
    return participant


async def my_participation(session: AsyncSession, person: Person,
                           program: Program) -> ProgramParticipant:
    participant = await repo.participant_of(session, program.id, person.id)
    if participant is None:
        raise NotFound("You do not take part in this program.", code="participant_not_found")
    return participant


async def update_answers(session: AsyncSession, person: Person, program: Program,
                         answers: dict[str, Any]) -> ProgramParticipant:
    ensure_writable(program)
    participant = await my_participation(session, person, program)
    if participant.state not in (ParticipantState.APPLIED, ParticipantState.ELIGIBLE):
        raise Conflict("Answers can be changed while you are enrolled and not yet matched.",
                       code="answers_locked", state=participant.state)
    await _set_answers(session, program, participant, answers)
    complete = await _answers_complete(session, program, participant)
    participant.state = ParticipantState.ELIGIBLE if complete else ParticipantState.APPLIED
    await session.flush()
    return participant


# ---- admin changes -------------------------------------------------------------------------


async def update_participant(session: AsyncSession, actor: Person, program: Program,
                             participant: ProgramParticipant,
                             body: ParticipantUpdate) -> ProgramParticipant:
    ensure_writable(program)
    changes = body.model_dump(exclude_unset=True)
    if "capacity_override" in changes and participant.role != ParticipantRole.MENTOR:
        raise Unprocessable("Only mentors have a capacity.", code="capacity_for_mentors_only")
    if changes.get("rematch_priority", False) is None:
        raise Unprocessable("rematch_priority cannot be null.", code="validation_error")
    for field, value in changes.items():
        setattr(participant, field, value)
    await session.flush()
    await record_audit(session, actor, "program.participant.update", "program_participant",
                       participant.id, {"fields": sorted(changes)})
    return participant


async def reevaluate(session: AsyncSession, actor: Person, program: Program,
                     participant: ProgramParticipant, person: Person) -> ProgramParticipant:
    """Run the criteria again (after the criteria or the directory changed)."""
    ensure_writable(program)
    if participant.state not in EVALUATED_STATES:
        raise Conflict("Only enrolled, unmatched participants are evaluated.",
                       code="not_evaluable", state=participant.state)
    await _settle(session, program, participant,
                  await reasons_for(session, program, person, participant.role))
    await session.flush()
    await record_audit(session, actor, "program.participant.evaluate", "program_participant",
                       participant.id, {"state": participant.state})
    return participant


# ---- views -----------------------------------------------------------------------------------


async def participant_reads(session: AsyncSession, program: Program,
                            rows: list[tuple[ProgramParticipant, Person]]) -> list[ParticipantRead]:
    current = await repo.current_charter(session, program.id)
    signed = (await repo.signers(session, current.id, [p.person_id for p, _ in rows])
              if current else set())
    questions = await get_questions(session, program)
    return [
        ParticipantRead(
            id=p.id, program_id=p.program_id, person=PersonBrief.model_validate(person),
            role=ParticipantRole(p.role), state=ParticipantState(p.state),
            ineligibility_reasons=[ReasonRead(**r) for r in p.ineligibility_reasons],
            answers=p.answers or {}, answers_complete=is_complete(for_role(questions, p.role),
                                                                  p.answers or {}),
            capacity_override=p.capacity_override,
            effective_capacity=effective_capacity(program, p),
            rematch_priority=p.rematch_priority, signed_current_charter=p.person_id in signed,
            invited_at=p.invited_at, applied_at=p.applied_at, declined_at=p.declined_at,
            withdrawn_at=p.withdrawn_at, activated_at=p.activated_at,
        )
        for p, person in rows
    ]


async def my_read(session: AsyncSession, program: Program,
                  participant: ProgramParticipant) -> MyParticipationRead:
    return MyParticipationRead(
        id=participant.id, program_id=participant.program_id,
        role=ParticipantRole(participant.role), state=ParticipantState(participant.state),
        ineligibility_reasons=[ReasonRead(**r) for r in participant.ineligibility_reasons],
        answers=participant.answers or {},
        answers_complete=await _answers_complete(session, program, participant),
        signed_current_charter=await has_signed_current_charter(session, program.id,
                                                                participant.person_id),
        invited_at=participant.invited_at, applied_at=participant.applied_at,
        declined_at=participant.declined_at, withdrawn_at=participant.withdrawn_at,
    )
