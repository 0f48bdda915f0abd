"""What the clock triggers: session reminders, expiring answers, silent pairs, due items.

Each function takes ``now`` (tests inject it) and is safe to run any number of times:
notification keys make a second run tell nobody twice.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Mentorship, MentorshipStatus, Person, Program
from constel_api.models.program import ParticipantState
from constel_api.notifications import due_repository as due
from constel_api.notifications.service import emit

REMINDER_AHEAD = timedelta(hours=24)
REMINDER_NOT_BEFORE = timedelta(hours=1)
EXPIRY_WARNING = timedelta(days=2)
PROGRAM_END_WARNING = timedelta(days=14)
SILENCE_WEEKS = {"weekly": 2, "biweekly": 4, "monthly": 6, "bimonthly": 10}
DEFAULT_SILENCE_WEEKS = 6


def silence_weeks(program: Program) -> int:
    return SILENCE_WEEKS.get(program.session_rhythm or "", DEFAULT_SILENCE_WEEKS)


async def session_reminders(session: AsyncSession, now: datetime) -> int:
    """Remind both sides of sessions starting within 24 h (not those an hour away)."""
    sent = 0
    for row, pair in await due.sessions_starting(session, now + REMINDER_NOT_BEFORE,
                                                  now + REMINDER_AHEAD):
        people = await due.people(session, [pair.mentor_id, pair.mentee_id])
        for me, other in ((pair.mentor_id, pair.mentee_id), (pair.mentee_id, pair.mentor_id)):
            sent += await emit(
                session, "session_reminder", [people[me]],
                key=f"{row.id}:{row.starts_at.isoformat()}", mentorship_id=pair.id,
                starts_at=row.starts_at, other=people[other].display_name,
            )
    return sent


def _waiting_sides(pair: Mentorship) -> list:  # type: ignore[type-arg]
    waiting = []
    if pair.mentor_accepted_at is None:
        waiting.append(pair.mentor_id)
    if pair.mentee_accepted_at is None:
        waiting.append(pair.mentee_id)
    return waiting


async def proposal_expiries(session: AsyncSession, now: datetime) -> int:
    """Warn two days before a proposal expires; then expire it, mentee back in matching."""
    told = 0
    for pair, program in await due.open_proposals(session):
        deadline = pair.created_at + timedelta(days=program.answer_delay_days)
        people = await due.people(session, [pair.mentor_id, pair.mentee_id])
        if now >= deadline:
            pair.status = MentorshipStatus.REFUSED
            pair.ended_at = now
            pair.end_reason = "expired"
            mentee = await due.participant(session, program.id, pair.mentee_id)
            if mentee is not None:
                mentee.rematch_priority = True
                if mentee.state == ParticipantState.ACTIVE:
                    mentee.state = ParticipantState.ELIGIBLE
            told += await emit(session, "proposal_expired", [people[pair.mentee_id]],
                               key=str(pair.id), program_id=program.id, program=program.name)
            told += await emit(session, "proposal_expired_admin",
                               await due.program_admins(session, program), key=str(pair.id),
                               program_id=program.id, program=program.name,
                               mentee=people[pair.mentee_id].display_name)
        elif now >= deadline - EXPIRY_WARNING:
            told += await emit(
                session, "proposal_expiring", [people[i] for i in _waiting_sides(pair)],
                key=str(pair.id), mentorship_id=pair.id, program=program.name,
                deadline_at=deadline,
            )
    await session.flush()
    return told


async def invitation_expiries(session: AsyncSession, now: datetime) -> int:
    """Warn two days before an invitation expires; then expire it and tell the program's
    admins once per run and program (a count, not a list of names)."""
    told = 0
    expired: dict[uuid.UUID, tuple[Program, list[str]]] = {}
    for invited, program in await due.pending_invitations(session):
        assert invited.invited_at is not None
        deadline = invited.invited_at + timedelta(days=program.answer_delay_days)
        if now >= deadline:
            invited.state = ParticipantState.DECLINED
            invited.declined_at = now
            expired.setdefault(program.id, (program, []))[1].append(str(invited.id))
        elif now >= deadline - EXPIRY_WARNING:
            person = (await due.people(session, [invited.person_id]))[invited.person_id]
            told += await emit(session, "invitation_expiring", [person],
                               key=f"{invited.id}:{invited.invited_at.isoformat()}",
                               program_id=program.id, program=program.name,
                               deadline_at=deadline)
    for program, ids in expired.values():
        key = hashlib.sha256(",".join(sorted(ids)).encode()).hexdigest()[:32]
        told += await emit(session, "invitation_expired_admin",
                           await due.program_admins(session, program), key=key,
                           program_id=program.id, program=program.name, count=len(ids))
    await session.flush()
    return told


async def silent_pairs(session: AsyncSession, now: datetime) -> int:
    """After N weeks without a session nudge the pair; after 2N tell the program's admins."""
    told = 0
    for pair, program, last in await due.active_pairs_with_last_session(session):
        anchor = last or pair.activated_at or pair.created_at
        weeks = silence_weeks(program)
        silent = now - anchor
        if silent < timedelta(weeks=weeks):
            continue
        key = f"{pair.id}:{anchor.isoformat()}"
        people = await due.people(session, [pair.mentor_id, pair.mentee_id])
        for me, other in ((pair.mentor_id, pair.mentee_id), (pair.mentee_id, pair.mentor_id)):
            told += await emit(session, "pair_no_session", [people[me]], key=key,
                               mentorship_id=pair.id, weeks=weeks,
                               other=people[other].display_name)
        if silent >= timedelta(weeks=2 * weeks):
            told += await emit(session, "pair_at_risk",
                               await due.program_admins(session, program), key=key,
                               program_id=program.id, program=program.name, weeks=2 * weeks,
                               mentor=people[pair.mentor_id].display_name,
                               mentee=people[pair.mentee_id].display_name)
    return told


async def programs_ending(session: AsyncSession, now: datetime) -> int:
    """Two weeks before a running program's last day, both sides of each active pair."""
    ends_on = (now + PROGRAM_END_WARNING).date()
    told = 0
    for pair, program in await due.pairs_of_programs_ending(session, ends_on):
        people = await due.people(session, [pair.mentor_id, pair.mentee_id])
        last_day = datetime.combine(ends_on, time(12), tzinfo=now.tzinfo)  # any zone's day
        for me, other in ((pair.mentor_id, pair.mentee_id), (pair.mentee_id, pair.mentor_id)):
            told += await emit(session, "program_ending", [people[me]],
                               key=f"{pair.id}:{ends_on.isoformat()}", mentorship_id=pair.id,
                               program=program.name, other=people[other].display_name,
                               on=last_day)
    return told


async def action_items_due(session: AsyncSession, now: datetime) -> int:
    """The day before items fall due, tell their owner (count and date only)."""
    tomorrow = (now + timedelta(days=1)).date()
    told = 0
    for pair, owner, count in await due.items_due(session, tomorrow):
        person_id = pair.mentor_id if owner == "mentor" else pair.mentee_id
        person: Person = (await due.people(session, [person_id]))[person_id]
        told += await emit(session, "action_items_due", [person],
                           key=f"{pair.id}:{tomorrow.isoformat()}", mentorship_id=pair.id,
                           count=count, on=datetime.combine(tomorrow, time(12), tzinfo=now.tzinfo))
    return told
