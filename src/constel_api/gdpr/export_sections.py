"""The person-sized sections of a data export: profile, programs, mentorships, vault keys.

Each function reads one area, tenant-scoped, and returns wire models. The large,
growing parts (encrypted records, audit events) are streamed by ``gdpr.export``.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.gdpr import schemas as s
from constel_api.models import (
    ActionItem,
    CalendarFeed,
    CharterSignature,
    CharterVersion,
    DirectoryProfile,
    ErasureRequest,
    EventAttendance,
    Feedback,
    Introduction,
    MatchingProposal,
    MentoringSession,
    Mentorship,
    MentorshipTransition,
    Objective,
    Organisation,
    OrgUnit,
    Person,
    Program,
    ProgramManager,
    ProgramParticipant,
    VaultAccount,
    VaultBundle,
    VaultEnvelope,
)
from constel_api.vault import repository as vault_repo


async def profile(session: AsyncSession, me: Person) -> dict[str, Any]:
    org = await session.get(Organisation, me.organisation_id)
    assert org is not None
    unit = await session.get(OrgUnit, me.unit_id) if me.unit_id else None
    directory = await session.get(DirectoryProfile, me.id)
    prof = s.ExportProfile.model_validate(me)
    prof.unit_name = unit.name if unit is not None else None
    return {
        "organisation": s.ExportOrganisation.model_validate(org),
        "profile": prof,
        "directory_profile": (
            s.ExportDirectoryProfile.model_validate(directory) if directory else None
        ),
    }


async def programs(session: AsyncSession, me: Person) -> dict[str, Any]:
    org_id = me.organisation_id
    managed = await session.scalars(
        select(ProgramManager.program_id).where(
            ProgramManager.organisation_id == org_id, ProgramManager.person_id == me.id
        )
    )
    parts = await session.execute(
        select(ProgramParticipant, Program.name)
        .join(Program, Program.id == ProgramParticipant.program_id)
        .where(ProgramParticipant.organisation_id == org_id,
               ProgramParticipant.person_id == me.id)
        .order_by(ProgramParticipant.created_at)
    )
    participations = []
    for part, name in parts:
        row = s.ExportParticipation.model_validate(
            {**_columns(part), "program_name": name}
        )
        participations.append(row)
    sigs = await session.execute(
        select(CharterSignature, CharterVersion.version)
        .join(CharterVersion, CharterVersion.id == CharterSignature.charter_version_id)
        .where(CharterSignature.organisation_id == org_id, CharterSignature.person_id == me.id)
        .order_by(CharterSignature.signed_at)
    )
    attendances = await session.scalars(
        scoped_select(EventAttendance, org_id).where(EventAttendance.person_id == me.id)
    )
    proposals = await session.scalars(
        scoped_select(MatchingProposal, org_id).where(
            or_(MatchingProposal.mentor_id == me.id, MatchingProposal.mentee_id == me.id)
        )
    )
    return {
        "managed_program_ids": list(managed),
        "participations": participations,
        "charter_signatures": [
            s.ExportCharterSignature(
                program_id=sig.program_id, charter_version_id=sig.charter_version_id,
                charter_version=version, signed_at=sig.signed_at,
            )
            for sig, version in sigs
        ],
        "event_attendances": [s.ExportAttendance.model_validate(a) for a in attendances],
        "matching_proposals": [
            s.ExportMatchingProposal(
                program_id=p.program_id,
                my_side="mentor" if p.mentor_id == me.id else "mentee",
                score=p.score, breakdown=p.breakdown,
            )
            for p in proposals
        ],
    }


def _columns(obj: object) -> dict[str, Any]:
    table = obj.__table__  # type: ignore[attr-defined]
    return {c.key: getattr(obj, c.key) for c in table.columns}


async def _by_pair(
    session: AsyncSession, model: Any, org_id: uuid.UUID, pair_ids: list[uuid.UUID],
    *extra: Any,
) -> dict[uuid.UUID, list[Any]]:
    out: dict[uuid.UUID, list[Any]] = {pid: [] for pid in pair_ids}
    if pair_ids:
        rows = await session.scalars(
            scoped_select(model, org_id).where(model.mentorship_id.in_(pair_ids), *extra)
        )
        for row in rows:
            out[row.mentorship_id].append(row)
    return out


async def mentorships(session: AsyncSession, me: Person) -> list[s.ExportMentorship]:
    org_id = me.organisation_id
    pairs = list(await session.scalars(
        scoped_select(Mentorship, org_id)
        .where(or_(Mentorship.mentor_id == me.id, Mentorship.mentee_id == me.id))
        .order_by(Mentorship.created_at, Mentorship.id)
    ))
    ids = [m.id for m in pairs]
    transitions = await _by_pair(session, MentorshipTransition, org_id, ids)
    sessions = await _by_pair(session, MentoringSession, org_id, ids)
    objectives = await _by_pair(session, Objective, org_id, ids)
    items = await _by_pair(session, ActionItem, org_id, ids)
    intros = await _by_pair(session, Introduction, org_id, ids)
    feedback = await _by_pair(session, Feedback, org_id, ids, Feedback.author_id == me.id)
    out = []
    for m in pairs:
        mentor = m.mentor_id == me.id
        out.append(s.ExportMentorship(
            id=m.id, program_id=m.program_id, my_side="mentor" if mentor else "mentee",
            partner_id=m.mentee_id if mentor else m.mentor_id, status=m.status,
            origin=m.origin, created_at=m.created_at, activated_at=m.activated_at,
            ended_at=m.ended_at, end_reason=m.end_reason,
            first_meeting_confirmed_at=m.first_meeting_confirmed_at,
            transitions=[
                s.ExportTransition(
                    event=t.event, from_status=t.from_status, to_status=t.to_status,
                    by_me=t.actor_id == me.id, actor_side=t.actor_side, details=t.details,
                    at=t.at,
                )
                for t in sorted(transitions[m.id], key=lambda t: t.at)
            ],
            sessions=[s.ExportSession.model_validate(x) for x in sessions[m.id]],
            objectives=[s.ExportObjective.model_validate(x) for x in objectives[m.id]],
            action_items=[s.ExportActionItem.model_validate(x) for x in items[m.id]],
            introductions=[s.ExportIntroduction.model_validate(x) for x in intros[m.id]],
            my_feedback=[s.ExportFeedback.model_validate(x) for x in feedback[m.id]],
        ))
    return out


async def account(session: AsyncSession, me: Person) -> dict[str, Any]:
    org_id = me.organisation_id
    feeds = await session.scalars(
        scoped_select(CalendarFeed, org_id).where(CalendarFeed.person_id == me.id)
    )
    requests = await session.scalars(
        scoped_select(ErasureRequest, org_id).where(ErasureRequest.person_id == me.id)
    )
    return {
        "calendar_feeds": [
            s.ExportCalendarFeed(created_at=f.created_at, last_fetched_at=f.last_fetched_at,
                                 revoked_at=f.revoked_at)
            for f in feeds
        ],
        "erasure_requests": [
            s.ExportErasureRequest(id=r.id, status=r.status, requested_at=r.requested_at,
                                   executed_at=r.executed_at)
            for r in requests
        ],
    }


async def vault(session: AsyncSession, me: Person) -> s.ExportVault:
    org_id = me.organisation_id
    acct = await session.get(VaultAccount, me.id)
    material = None
    if acct is not None and acct.organisation_id == org_id:
        material = s.ExportKeyMaterial(
            key_version=acct.key_version,
            kdf=s.ExportKdf(v=acct.kdf_v, alg=acct.kdf_alg, salt=acct.kdf_salt,
                            ops=acct.kdf_ops, mem=acct.kdf_mem),
            wrapped_uk_pw=acct.wrapped_uk_pw, wrapped_uk_rk=acct.wrapped_uk_rk,
            wrapped_keys=acct.wrapped_keys,
        )
    bundles = await session.scalars(
        scoped_select(VaultBundle, org_id)
        .where(VaultBundle.person_id == me.id)
        .order_by(VaultBundle.key_version)
    )
    envelopes = await session.scalars(
        scoped_select(VaultEnvelope, org_id)
        .where(VaultEnvelope.recipient_id == me.id)
        .order_by(VaultEnvelope.pair_id, VaultEnvelope.epoch)
    )
    ring = await vault_repo.get_keyring(session, org_id, me.id)
    return s.ExportVault(
        key_material=material,
        keyring=s.ExportKeyring(keyring_version=ring.version, blob=ring.blob) if ring else None,
        bundles=[s.ExportBundle.model_validate(b) for b in bundles],
        envelopes=[s.ExportEnvelope.model_validate(e) for e in envelopes],
    )
