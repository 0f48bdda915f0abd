"""Right to erasure (GDPR art. 17): a person asks, an org admin executes.

Execution keeps the person's row as a pseudonym so that counts, pairings seen by the
other side and the audit trail stay consistent, and removes everything that identifies
them or that they wrote: names and email, login, tokens, TOTP, vault key material,
their records' ciphertext (tombstones stay), questionnaire answers, directory extras
and group memberships.
Open mentorships are ended through the mentorships service, as the person would.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.scoping import get_scoped_or_404, scoped_select
from constel_api.core.time import utcnow
from constel_api.errors import Conflict, NotFound
from constel_api.mentorships import service as mentorships
from constel_api.models import (
    CalendarFeed,
    DirectoryProfile,
    ErasureRequest,
    ErasureStatus,
    LoginAttempt,
    MatchingProposal,
    Mentorship,
    MentorshipStatus,
    ParticipantState,
    Person,
    ProgramManager,
    ProgramParticipant,
    RefreshToken,
    ReplacementStatus,
    Role,
    ScimGroupMember,
    TotpRecoveryCode,
    VaultAccount,
    VaultBundle,
    VaultEnvelope,
    VaultFile,
    VaultKeyring,
    VaultRecord,
    VaultRecordField,
    WithdrawalReason,
)

PSEUDONYM_GIVEN = "Personne"
PSEUDONYM_FAMILY = "effacée"
OPEN_PARTICIPANT_STATES = (
    ParticipantState.INVITED, ParticipantState.APPLIED, ParticipantState.ELIGIBLE,
    ParticipantState.INELIGIBLE, ParticipantState.ACTIVE,
)


# The pseudonym's domain marks an erased person (``.invalid`` is never a real address).
ERASED_EMAIL_SUFFIX = "@erased.invalid"


def pseudonym_email(person_id: uuid.UUID) -> str:
    return f"erased-{person_id.hex}{ERASED_EMAIL_SUFFIX}"


async def request_erasure(session: AsyncSession, me: Person) -> ErasureRequest:
    """Record the request (one pending per person); admins are told through the listing."""
    request = ErasureRequest(organisation_id=me.organisation_id, person_id=me.id)
    try:
        async with session.begin_nested():
            session.add(request)
            await session.flush()
    except IntegrityError as exc:
        raise Conflict("You already asked for erasure; an administrator will execute it.",
                       code="erasure_already_requested") from exc
    await session.refresh(request)
    await record_audit(session, me, "gdpr.erasure_requested", "erasure_request", request.id,
                       {"person_id": str(me.id)})
    return request


async def list_requests(
    session: AsyncSession, org_id: uuid.UUID, *, status: str | None, limit: int, offset: int
) -> tuple[list[ErasureRequest], int]:
    query = scoped_select(ErasureRequest, org_id)
    if status is not None:
        query = query.where(ErasureRequest.status == status)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.scalars(
        query.order_by(ErasureRequest.requested_at.desc(), ErasureRequest.id)
        .limit(limit).offset(offset)
    )
    return list(rows), int(total or 0)


async def _end_mentorships(session: AsyncSession, person: Person) -> int:
    """Refuse proposals, withdraw accepted/active pairs, decline a pending replacement."""
    pairs = list(await session.scalars(
        scoped_select(Mentorship, person.organisation_id).where(
            or_(Mentorship.mentor_id == person.id, Mentorship.mentee_id == person.id)
        )
    ))
    ended = 0
    for m in pairs:
        if m.status == MentorshipStatus.PROPOSED:
            await mentorships.refuse(session, person, m.id, None)
        elif m.status in (MentorshipStatus.ACCEPTED, MentorshipStatus.ACTIVE):
            await mentorships.withdraw(session, person, m.id, WithdrawalReason.PERSONAL, None,
                                       None)
        elif (m.mentee_id == person.id
              and m.replacement_status == ReplacementStatus.PENDING):
            await mentorships.decline_replacement(session, person, m.id, None)
        else:
            continue
        ended += 1
    return ended


async def _delete_vault(session: AsyncSession, person: Person) -> dict[str, int]:
    pid, org_id = person.id, person.organisation_id
    authored = select(VaultRecord.id).where(
        VaultRecord.organisation_id == org_id, VaultRecord.author_id == pid
    )
    fields = await session.execute(
        delete(VaultRecordField).where(VaultRecordField.record_id.in_(authored))
    )
    files = await session.execute(delete(VaultFile).where(VaultFile.record_id.in_(authored)))
    records = await session.execute(
        update(VaultRecord)
        .where(VaultRecord.organisation_id == org_id, VaultRecord.author_id == pid,
               VaultRecord.deleted_at.is_(None))
        .values(deleted_at=utcnow())
    )
    envelopes = await session.execute(
        delete(VaultEnvelope).where(VaultEnvelope.organisation_id == org_id,
                                    VaultEnvelope.recipient_id == pid)
    )
    accounts = await session.execute(delete(VaultAccount).where(VaultAccount.person_id == pid))
    await session.execute(delete(VaultKeyring).where(VaultKeyring.person_id == pid))
    bundles = await session.execute(delete(VaultBundle).where(VaultBundle.person_id == pid))
    return {
        "records_deleted": _n(records), "record_fields_deleted": _n(fields),
        "files_deleted": _n(files), "envelopes_deleted": _n(envelopes),
        "key_material_deleted": _n(accounts), "bundles_deleted": _n(bundles),
    }


def _n(result: Any) -> int:
    return int(result.rowcount)


async def _clear_programs(session: AsyncSession, person: Person) -> dict[str, int]:
    now = utcnow()
    answers = await session.execute(
        update(ProgramParticipant)
        .where(ProgramParticipant.organisation_id == person.organisation_id,
               ProgramParticipant.person_id == person.id)
        .values(answers={}, answers_updated_at=None)
    )
    await session.execute(
        update(ProgramParticipant)
        .where(ProgramParticipant.organisation_id == person.organisation_id,
               ProgramParticipant.person_id == person.id,
               ProgramParticipant.state.in_(OPEN_PARTICIPANT_STATES))
        .values(state=ParticipantState.WITHDRAWN, withdrawn_at=now, rematch_priority=False)
    )
    await session.execute(
        update(MatchingProposal)
        .where(MatchingProposal.organisation_id == person.organisation_id,
               or_(MatchingProposal.mentor_id == person.id,
                   MatchingProposal.mentee_id == person.id))
        .values(breakdown=[], override_reason=None)
    )
    return {"participations_cleared": _n(answers)}


async def _pseudonymise(session: AsyncSession, person: Person) -> dict[str, int]:
    old_email = person.email
    now = utcnow()
    tokens = await session.execute(delete(RefreshToken).where(RefreshToken.person_id == person.id))
    await session.execute(delete(CalendarFeed).where(CalendarFeed.person_id == person.id))
    await session.execute(
        delete(TotpRecoveryCode).where(TotpRecoveryCode.person_id == person.id)
    )
    await session.execute(delete(DirectoryProfile).where(DirectoryProfile.person_id == person.id))
    await session.execute(delete(ScimGroupMember).where(ScimGroupMember.person_id == person.id))
    await session.execute(delete(ProgramManager).where(ProgramManager.person_id == person.id))
    await session.execute(
        delete(LoginAttempt).where(func.lower(LoginAttempt.email) == old_email.lower())
    )
    person.email = pseudonym_email(person.id)
    person.given_name = PSEUDONYM_GIVEN
    person.family_name = PSEUDONYM_FAMILY
    person.external_id = None
    person.employee_number = None
    person.job_title = None
    person.site = None
    person.languages = []
    person.hired_on = None
    person.roles = [Role.MEMBER]
    person.active = False
    person.deactivated_at = person.deactivated_at or now
    person.password_hash = None
    person.totp_secret = None
    person.totp_enabled = False
    person.totp_last_counter = None
    person.sessions_valid_after = now
    await session.flush()
    return {"refresh_tokens_revoked": _n(tokens)}


async def erase_person(session: AsyncSession, person: Person) -> dict[str, int]:
    """Everything an execution does to the person (also SCIM's DELETE, a de-provisioning)."""
    counts = {"mentorships_ended": await _end_mentorships(session, person)}
    counts |= await _delete_vault(session, person)
    counts |= await _clear_programs(session, person)
    counts |= await _pseudonymise(session, person)
    return counts


async def execute(
    session: AsyncSession, admin: Person, request_id: uuid.UUID
) -> ErasureRequest:
    """Erase the requester; idempotent refusal once executed. Unit and counts stay."""
    # Locked: two admins executing at once erase once, the second gets 409.
    request = await session.scalar(
        scoped_select(ErasureRequest, admin.organisation_id)
        .where(ErasureRequest.id == request_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if request is None:
        raise NotFound("No such erasure request.", code="erasure_request_not_found")
    if request.status != ErasureStatus.PENDING:
        raise Conflict("This erasure request was already executed.", code="erasure_executed")
    if request.person_id == admin.id:
        raise Conflict("Another administrator executes your own erasure.",
                       code="cannot_erase_self")
    person = await get_scoped_or_404(session, Person, admin.organisation_id, request.person_id)
    counts = await erase_person(session, person)
    request.status = ErasureStatus.EXECUTED
    request.executed_at = utcnow()
    request.executed_by_id = admin.id
    request.counts = counts
    await session.flush()
    await record_audit(session, admin, "gdpr.erasure_executed", "person", person.id,
                       {"erasure_request_id": str(request.id), **counts})
    return request
