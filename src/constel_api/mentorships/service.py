"""The mentorship lifecycle: proposed -> accepted -> active -> completed, with the
refused and withdrawn exits. Every change locks the row, checks the expected version,
bumps it and records a transition (who, when), all in the request's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.core.time import utcnow
from constel_api.errors import Forbidden, Unprocessable
from constel_api.mentorships import repository as repo
from constel_api.mentorships.access import (
    PairActor,
    bump,
    check_version,
    is_current_member,
    pair_person,
    refused,
    side_of,
)
from constel_api.models import (
    Mentorship,
    MentorshipStatus,
    MentorshipTransition,
    PairSide,
    ParticipantState,
    Person,
    Program,
    ProgramStatus,
    ReplacementStatus,
    VaultRecord,
    WithdrawalReason,
)
from constel_api.notifications import events
from constel_api.programs import api as programs_api
from constel_api.vault import service as vault_service

ENDED = (MentorshipStatus.COMPLETED, MentorshipStatus.REFUSED, MentorshipStatus.WITHDRAWN)


@dataclass(frozen=True)
class MentorshipView:
    actor: PairActor
    partner: Person | None
    charter_version: int | None
    mentor_signed: bool
    mentee_signed: bool


def _refuse_if_ended(m: Mentorship, action: str) -> None:
    if m.status == MentorshipStatus.WITHDRAWN:
        raise refused(f"Cannot {action}: this mentorship was withdrawn.", "pair_withdrawn")
    if m.status in ENDED:
        raise refused(f"Cannot {action}: this mentorship is {m.status}.", "pair_closed",
                      pair_status=m.status)


async def _locked(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, version: int | None
) -> PairActor:
    actor = await pair_person(session, person, mentorship_id, lock="update")
    if version is not None:
        check_version(actor.mentorship, version)
    return actor


async def _transition(
    session: AsyncSession, actor: PairActor | None, m: Mentorship, event: str, from_status: str,
    **details: object,
) -> None:
    bump(m)
    await repo.add_transition(
        session, m, event, from_status,
        actor_id=actor.person.id if actor else None,
        actor_side=actor.side.value if actor else "system",
        details=dict(details),
    )
    await session.flush()


# --- reads ----------------------------------------------------------------------------


async def view(session: AsyncSession, actor: PairActor) -> MentorshipView:
    m = actor.mentorship
    partner = await session.get(Person, actor.other_id)
    current = await programs_api.current_charter(session, m.program_id)
    signed: set[uuid.UUID] = set()
    if current is not None:
        signed = await programs_api.charter_signers(session, current.id, [m.mentor_id, m.mentee_id])
    return MentorshipView(
        actor=actor,
        partner=partner,
        charter_version=current.version if current else None,
        mentor_signed=m.mentor_id in signed,
        mentee_signed=m.mentee_id in signed,
    )


async def get(session: AsyncSession, person: Person, mentorship_id: uuid.UUID) -> MentorshipView:
    await repo.resolve_replacements(session, person.organisation_id, person.id, utcnow())
    actor = await pair_person(session, person, mentorship_id)
    if actor.mentorship.status == MentorshipStatus.ACCEPTED:
        # Both accepted; the last signature may have come through the programs' charter
        # route, which does not know about mentorships: activate now if it is due.
        actor = await pair_person(session, person, mentorship_id, lock="update")
        await _activate_if_ready(session, actor)
    return await view(session, actor)


async def list_mine(
    session: AsyncSession, person: Person, *, status: str | None, limit: int, offset: int
) -> tuple[list[MentorshipView], int]:
    await repo.resolve_replacements(session, person.organisation_id, person.id, utcnow())
    rows, total = await repo.list_for_person(
        session, person.organisation_id, person.id, status=status, limit=limit, offset=offset
    )
    views = []
    for m in rows:
        side = side_of(m, person.id)
        assert side is not None
        views.append(await view(session, PairActor(m, person, side)))
    return views, total


async def transitions(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID
) -> list[MentorshipTransition]:
    actor = await pair_person(session, person, mentorship_id)
    return await repo.transitions_of(session, person.organisation_id, actor.mentorship.id)


# --- consent: accept, refuse, sign -----------------------------------------------------


async def _activate_if_ready(session: AsyncSession, actor: PairActor) -> None:
    m = actor.mentorship
    if m.status == MentorshipStatus.PROPOSED and m.mentor_accepted_at and m.mentee_accepted_at:
        m.status = MentorshipStatus.ACCEPTED
        await _transition(session, actor, m, "both_accepted", MentorshipStatus.PROPOSED)
    if m.status != MentorshipStatus.ACCEPTED:
        return
    for pid in (m.mentor_id, m.mentee_id):
        if not await programs_api.has_signed_current_charter(session, m.program_id, pid):
            return
    now = utcnow()
    m.status = MentorshipStatus.ACTIVE
    m.activated_at = now
    await _transition(session, actor, m, "activated", MentorshipStatus.ACCEPTED)
    # The mentee has a mentor again: no more re-match priority.
    participants = await programs_api.participants_of(session, m.program_id,
                                                       [m.mentor_id, m.mentee_id])
    for participant in participants.values():
        if participant.person_id == m.mentee_id:
            participant.rematch_priority = False
        if participant.state == ParticipantState.ELIGIBLE:
            participant.state = ParticipantState.ACTIVE
            participant.activated_at = now
    await session.flush()
    await events.pair_activated(session, m)


async def accept(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, version: int | None
) -> PairActor:
    actor = await _locked(session, person, mentorship_id, version)
    m = actor.mentorship
    _refuse_if_ended(m, "accept")
    if m.status != MentorshipStatus.PROPOSED:
        raise refused("This pairing was already accepted by both.", "already_accepted")
    field = "mentor_accepted_at" if actor.side == PairSide.MENTOR else "mentee_accepted_at"
    if getattr(m, field) is not None:
        raise refused("You already accepted this pairing.", "already_accepted")
    setattr(m, field, utcnow())
    await _transition(session, actor, m, "accepted", m.status)
    await _activate_if_ready(session, actor)
    await events.proposal_answered(session, m, person, actor.other_id, accepted=True)
    return actor


async def refuse(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, version: int | None
) -> PairActor:
    """Either side may refuse a pairing, with no reason asked (charter: free choice)."""
    actor = await _locked(session, person, mentorship_id, version)
    m = actor.mentorship
    _refuse_if_ended(m, "refuse")
    if m.status == MentorshipStatus.ACTIVE:
        raise refused("An active mentorship is ended by withdrawal, not refusal.",
                      "use_withdrawal")
    before = m.status
    m.status = MentorshipStatus.REFUSED
    m.ended_at = utcnow()
    m.ended_by_id = person.id
    await _transition(session, actor, m, "refused", before)
    await events.proposal_answered(session, m, person, actor.other_id, accepted=False)
    return actor


async def sign_charter(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, charter_version: int,
    version: int | None,
) -> PairActor:
    actor = await _locked(session, person, mentorship_id, version)
    m = actor.mentorship
    _refuse_if_ended(m, "sign the charter")
    program = await programs_api.get_program(session, person.organisation_id, m.program_id)
    try:
        await programs_api.sign_charter(session, person, program, charter_version)
    except Forbidden as exc:
        raise refused("You are not a participant of this program.", "not_a_participant") \
            from exc
    await _transition(session, actor, m, "charter_signed", m.status,
                      charter_version=charter_version)
    await _activate_if_ready(session, actor)
    return actor


# --- first meeting -----------------------------------------------------------------------


async def confirm_first_meeting(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, version: int | None
) -> PairActor:
    """Charter: at the first meeting the mentor checks that the mentee wants to be
    accompanied and knows the process and the charter."""
    actor = await _locked(session, person, mentorship_id, version)
    m = actor.mentorship
    _refuse_if_ended(m, "confirm the first meeting")
    if actor.side != PairSide.MENTOR:
        raise Forbidden("Only the mentor confirms the first meeting.", code="mentor_only")
    if m.status != MentorshipStatus.ACTIVE:
        raise refused("The mentorship is not active yet.", "pair_not_active",
                      pair_status=m.status)
    if m.first_meeting_confirmed_at is not None:
        raise refused("The first meeting is already confirmed.", "already_confirmed")
    m.first_meeting_confirmed_at = utcnow()
    await _transition(session, actor, m, "first_meeting_confirmed", m.status)
    return actor


# --- withdrawal and replacement ---------------------------------------------------------


async def _check_message(
    session: AsyncSession, actor: PairActor, record_id: uuid.UUID
) -> None:
    record = await session.get(VaultRecord, record_id)
    if (
        record is None
        or record.organisation_id != actor.person.organisation_id
        or record.pair_id != actor.mentorship.id
        or record.record_type != "withdrawal_message"
        or record.author_id != actor.person.id
        or record.deleted_at is not None
    ):
        raise Unprocessable(
            "message_record_id must be a withdrawal_message record you wrote in this pair.",
            code="invalid_withdrawal_message",
        )


async def withdraw(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, reason: WithdrawalReason,
    message_record_id: uuid.UUID | None, version: int | None,
) -> PairActor:
    """Right of withdrawal, either side, any time once accepted. The leaver leaves the
    vault pair (a remaining member's client rotates the pair key). When the mentor
    leaves, the mentee goes back to matching with priority."""
    actor = await _locked(session, person, mentorship_id, version)
    m = actor.mentorship
    _refuse_if_ended(m, "withdraw")
    if m.status == MentorshipStatus.PROPOSED:
        raise refused("A pairing not yet accepted by both is refused, not withdrawn.",
                      "use_refusal")
    if message_record_id is not None:
        await _check_message(session, actor, message_record_id)
    before = m.status
    now = utcnow()
    m.status = MentorshipStatus.WITHDRAWN
    m.ended_at = now
    m.ended_by_id = person.id
    m.end_reason = reason.value
    m.completion_requested_by_id = None
    m.completion_requested_at = None
    mentee = await programs_api.get_participant(session, m.program_id, m.mentee_id)
    if actor.side == PairSide.MENTOR:
        m.replacement_status = ReplacementStatus.PENDING
        # Program admins see the pending re-match on the pair itself too.
        m.needs_attention = True
        m.attention_reason = "replacement_pending"
        if mentee is not None:
            mentee.rematch_priority = True
            if mentee.state == ParticipantState.ACTIVE:
                mentee.state = ParticipantState.ELIGIBLE
    elif mentee is not None:
        mentee.rematch_priority = False
        mentee.state = ParticipantState.WITHDRAWN
        mentee.withdrawn_at = now
    await _transition(session, actor, m, "withdrawn", before, reason=reason.value,
                      has_message=message_record_id is not None)
    await vault_service.remove_member(session, m.id, person.id)
    await events.withdrawn(session, m, by_mentor=actor.side == PairSide.MENTOR)
    return actor


async def decline_replacement(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, version: int | None
) -> PairActor:
    """The mentee whose mentor left declines a replacement: the withdrawal becomes final."""
    actor = await _locked(session, person, mentorship_id, version)
    m = actor.mentorship
    if actor.side != PairSide.MENTEE:
        raise Forbidden("Only the mentee decides about a replacement.", code="mentee_only")
    if m.replacement_status != ReplacementStatus.PENDING:
        raise refused("No replacement is pending for this mentorship.", "no_pending_replacement",
                      replacement_status=m.replacement_status)
    now = utcnow()
    m.replacement_status = ReplacementStatus.DECLINED
    m.replacement_resolved_at = now
    m.needs_attention = False
    m.attention_reason = None
    mentee = await programs_api.get_participant(session, m.program_id, m.mentee_id)
    if mentee is not None:
        mentee.rematch_priority = False
        if mentee.state == ParticipantState.ELIGIBLE:
            mentee.state = ParticipantState.WITHDRAWN
            mentee.withdrawn_at = now
    await _transition(session, actor, m, "replacement_declined", m.status)
    return actor


async def replacement_proposed(session: AsyncSession, new: Mentorship) -> None:
    """For matching: a new mentorship was proposed to a mentee; settle pending withdrawals."""
    await repo.resolve_replacements(session, new.organisation_id, new.mentee_id, utcnow())


# --- completion ------------------------------------------------------------------------


def program_has_ended(program: Program, now: datetime) -> bool:
    if program.status in (ProgramStatus.CLOSED, ProgramStatus.ARCHIVED):
        return True
    return program.ends_on is not None and program.ends_on <= now.date()


async def _complete(
    session: AsyncSession, actor: PairActor | None, m: Mentorship, reason: str, now: datetime
) -> None:
    m.status = MentorshipStatus.COMPLETED
    m.ended_at = now
    m.ended_by_id = None
    m.end_reason = reason
    m.closing_feedback_requested_at = now
    await _transition(session, actor, m, "completed", MentorshipStatus.ACTIVE, reason=reason)
    await events.pair_completed(session, m, program_end=reason == "program_end")


async def complete(
    session: AsyncSession, person: Person, mentorship_id: uuid.UUID, version: int | None
) -> PairActor:
    """Completion at the program's end (either side), or by both sides' agreement: the
    first call asks, the other side's call completes."""
    actor = await _locked(session, person, mentorship_id, version)
    m = actor.mentorship
    _refuse_if_ended(m, "complete")
    if m.status != MentorshipStatus.ACTIVE:
        raise refused("Only an active mentorship can be completed.", "pair_not_active",
                      pair_status=m.status)
    now = utcnow()
    program = await programs_api.get_program(session, person.organisation_id, m.program_id)
    if program_has_ended(program, now):
        await _complete(session, actor, m, "program_end", now)
    elif m.completion_requested_by_id is None:
        m.completion_requested_by_id = person.id
        m.completion_requested_at = now
        await _transition(session, actor, m, "completion_requested", m.status)
    elif m.completion_requested_by_id == person.id:
        raise refused("You already asked to complete; the other side must agree.",
                      "completion_already_requested")
    else:
        await _complete(session, actor, m, "mutual_agreement", now)
    return actor


async def complete_program(session: AsyncSession, program: Program) -> int:
    """For the programs lifecycle: complete every active mentorship of a closing program."""
    rows = await session.scalars(
        scoped_select(Mentorship, program.organisation_id)
        .where(Mentorship.program_id == program.id,
               Mentorship.status == MentorshipStatus.ACTIVE)
        .with_for_update()
    )
    now = utcnow()
    count = 0
    for m in rows:
        await _complete(session, None, m, "program_end", now)
        count += 1
    return count


def withdrawal_final(m: Mentorship) -> bool | None:
    if m.status != MentorshipStatus.WITHDRAWN:
        return None
    return m.replacement_status != ReplacementStatus.PENDING


def current_member(m: Mentorship, person_id: uuid.UUID) -> bool:
    return is_current_member(m, person_id)
