"""All SQL of the programs domain; every tenant read starts from ``scoped_select``."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import get_scoped_or_404, scoped_select
from constel_api.errors import NotFound
from constel_api.models import (
    AuditEvent,
    CharterSignature,
    CharterVersion,
    EventAttendance,
    OrgUnit,
    Person,
    Program,
    ProgramEvent,
    ProgramManager,
    ProgramParticipant,
    QuestionnaireQuestion,
)

# ---- programs and managers -------------------------------------------------------------


async def get_program(session: AsyncSession, org_id: uuid.UUID, program_id: uuid.UUID) -> Program:
    return await get_scoped_or_404(session, Program, org_id, program_id,
                                   code="program_not_found", detail="Program not found.")


async def lock_updated_at(session: AsyncSession, program: Program) -> None:
    """Reloads the program's updated_at under a row lock, so two saves cannot both pass."""
    await session.refresh(program, attribute_names=["updated_at"], with_for_update=True)


async def last_editor_name(session: AsyncSession, program: Program) -> str | None:
    """Who last created or changed the program's configuration, from the audit log."""
    query = (
        select(Person.given_name, Person.family_name)
        .select_from(AuditEvent)
        .join(Person, Person.id == AuditEvent.actor_person_id)
        .where(AuditEvent.organisation_id == program.organisation_id,
               AuditEvent.target_id == program.id,
               AuditEvent.action.in_(("program.update", "program.create")))
        # an update outranks the creation recorded in the same instant
        .order_by(AuditEvent.created_at.desc(), (AuditEvent.action == "program.update").desc())
        .limit(1)
    )
    row = (await session.execute(query)).first()
    return None if row is None else f"{row.given_name} {row.family_name}"


async def list_programs(
    session: AsyncSession, org_id: uuid.UUID, *, managed_by: uuid.UUID | None,
    status: str | None, limit: int, offset: int,
) -> tuple[list[Program], int]:
    query = scoped_select(Program, org_id)
    if managed_by is not None:
        query = query.where(Program.id.in_(
            select(ProgramManager.program_id).where(ProgramManager.person_id == managed_by)))
    if status is not None:
        query = query.where(Program.status == status)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.scalars(
        query.order_by(Program.created_at.desc(), Program.id).limit(limit).offset(offset))
    return list(rows), int(total or 0)


async def programs_by_status(session: AsyncSession, org_id: uuid.UUID,
                             statuses: Iterable[str]) -> list[Program]:
    rows = await session.scalars(
        scoped_select(Program, org_id).where(Program.status.in_(list(statuses)))
        .order_by(Program.created_at.desc()))
    return list(rows)


async def is_manager(session: AsyncSession, program_id: uuid.UUID, person_id: uuid.UUID) -> bool:
    found = await session.scalar(select(literal(True)).where(
        ProgramManager.program_id == program_id, ProgramManager.person_id == person_id))
    return bool(found)


async def manager_ids(session: AsyncSession, program_id: uuid.UUID) -> list[uuid.UUID]:
    rows = await session.scalars(select(ProgramManager.person_id)
                                 .where(ProgramManager.program_id == program_id)
                                 .order_by(ProgramManager.created_at))
    return list(rows)


async def replace_managers(session: AsyncSession, program: Program,
                           person_ids: Sequence[uuid.UUID]) -> None:
    await session.execute(delete(ProgramManager).where(ProgramManager.program_id == program.id))
    for pid in dict.fromkeys(person_ids):
        session.add(ProgramManager(organisation_id=program.organisation_id,
                                   program_id=program.id, person_id=pid))
    await session.flush()


# ---- directory lookups ----------------------------------------------------------------


async def unit_subtree(session: AsyncSession, org_id: uuid.UUID,
                       unit_ids: Sequence[uuid.UUID],
                       include_sub_units: bool) -> frozenset[uuid.UUID]:
    """The given units and, when asked, all their descendants (recursive CTE)."""
    base = select(OrgUnit.id).where(OrgUnit.organisation_id == org_id,
                                    OrgUnit.id.in_(list(unit_ids)))
    if not include_sub_units:
        return frozenset(await session.scalars(base))
    tree = base.cte("unit_tree", recursive=True)
    child = select(OrgUnit.id).where(OrgUnit.organisation_id == org_id,
                                     OrgUnit.parent_id == tree.c.id)
    tree = tree.union(child)
    return frozenset(await session.scalars(select(tree.c.id)))


async def people_by_ids(session: AsyncSession, org_id: uuid.UUID,
                        ids: Sequence[uuid.UUID]) -> list[Person]:
    if not ids:
        return []
    return list(await session.scalars(scoped_select(Person, org_id)
                                      .where(Person.id.in_(list(ids)))))


async def people_by_emails(session: AsyncSession, org_id: uuid.UUID,
                           emails: Sequence[str]) -> list[Person]:
    if not emails:
        return []
    lowered = [e.lower() for e in emails]
    return list(await session.scalars(scoped_select(Person, org_id)
                                      .where(func.lower(Person.email).in_(lowered))))


async def people_in_units(session: AsyncSession, org_id: uuid.UUID,
                          unit_ids: frozenset[uuid.UUID]) -> list[Person]:
    return list(await session.scalars(
        scoped_select(Person, org_id).where(Person.unit_id.in_(list(unit_ids)),
                                            Person.active.is_(True))
        .order_by(Person.family_name, Person.given_name)))


async def unit_exists(session: AsyncSession, org_id: uuid.UUID, unit_id: uuid.UUID) -> bool:
    found = await session.scalar(select(literal(True)).where(
        OrgUnit.organisation_id == org_id, OrgUnit.id == unit_id))
    return bool(found)


# ---- charter ----------------------------------------------------------------------------


async def latest_charter(session: AsyncSession, program_id: uuid.UUID) -> CharterVersion | None:
    return await session.scalar(select(CharterVersion)
                                .where(CharterVersion.program_id == program_id)
                                .order_by(CharterVersion.version.desc()).limit(1))


async def current_charter(session: AsyncSession, program_id: uuid.UUID) -> CharterVersion | None:
    """The latest published version: the one participants must have signed."""
    return await session.scalar(select(CharterVersion)
                                .where(CharterVersion.program_id == program_id,
                                       CharterVersion.published_at.is_not(None))
                                .order_by(CharterVersion.version.desc()).limit(1))


async def charter_versions(session: AsyncSession, program_id: uuid.UUID) -> list[CharterVersion]:
    return list(await session.scalars(select(CharterVersion)
                                      .where(CharterVersion.program_id == program_id)
                                      .order_by(CharterVersion.version)))


async def signature(session: AsyncSession, version_id: uuid.UUID,
                    person_id: uuid.UUID) -> CharterSignature | None:
    return await session.scalar(select(CharterSignature).where(
        CharterSignature.charter_version_id == version_id,
        CharterSignature.person_id == person_id))


async def signers(session: AsyncSession, version_id: uuid.UUID,
                  person_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    if not person_ids:
        return set()
    rows = await session.scalars(select(CharterSignature.person_id).where(
        CharterSignature.charter_version_id == version_id,
        CharterSignature.person_id.in_(list(person_ids))))
    return set(rows)


async def signature_counts(session: AsyncSession, program_id: uuid.UUID) -> dict[uuid.UUID, int]:
    rows = await session.execute(
        select(CharterSignature.charter_version_id, func.count())
        .where(CharterSignature.program_id == program_id)
        .group_by(CharterSignature.charter_version_id))
    return {vid: int(n) for vid, n in rows}


# ---- questionnaire ---------------------------------------------------------------------


async def questions(session: AsyncSession, program_id: uuid.UUID) -> list[QuestionnaireQuestion]:
    return list(await session.scalars(select(QuestionnaireQuestion)
                                      .where(QuestionnaireQuestion.program_id == program_id)
                                      .order_by(QuestionnaireQuestion.position)))


async def replace_questions(session: AsyncSession, program: Program,
                            rows: Sequence[dict[str, Any]]) -> None:
    await session.execute(delete(QuestionnaireQuestion)
                          .where(QuestionnaireQuestion.program_id == program.id))
    for values in rows:
        session.add(QuestionnaireQuestion(organisation_id=program.organisation_id,
                                          program_id=program.id, **values))
    await session.flush()


# ---- participants ----------------------------------------------------------------------


async def participant_of(session: AsyncSession, program_id: uuid.UUID,
                         person_id: uuid.UUID) -> ProgramParticipant | None:
    return await session.scalar(select(ProgramParticipant).where(
        ProgramParticipant.program_id == program_id, ProgramParticipant.person_id == person_id))


async def participants_of(session: AsyncSession, program_id: uuid.UUID,
                          person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, ProgramParticipant]:
    if not person_ids:
        return {}
    rows = await session.scalars(select(ProgramParticipant).where(
        ProgramParticipant.program_id == program_id,
        ProgramParticipant.person_id.in_(list(person_ids))))
    return {p.person_id: p for p in rows}


async def get_participant(session: AsyncSession, program: Program,
                          participant_id: uuid.UUID) -> ProgramParticipant:
    participant = await get_scoped_or_404(session, ProgramParticipant, program.organisation_id,
                                          participant_id, code="participant_not_found",
                                          detail="Participant not found.")
    if participant.program_id != program.id:
        raise NotFound("Participant not found.", code="participant_not_found")
    return participant


async def list_participants(
    session: AsyncSession, program: Program, *, role: str | None, state: str | None,
    limit: int, offset: int,
) -> tuple[list[tuple[ProgramParticipant, Person]], int]:
    query = (scoped_select(ProgramParticipant, program.organisation_id)
             .where(ProgramParticipant.program_id == program.id))
    if role is not None:
        query = query.where(ProgramParticipant.role == role)
    if state is not None:
        query = query.where(ProgramParticipant.state == state)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.execute(
        query.add_columns(Person).join(Person, Person.id == ProgramParticipant.person_id)
        .order_by(Person.family_name, Person.given_name, ProgramParticipant.id)
        .limit(limit).offset(offset))
    return [(p, person) for p, person in rows], int(total or 0)


async def participants_in_states(session: AsyncSession, program: Program, role: str | None,
                                 states: Iterable[str]) -> list[ProgramParticipant]:
    query = (scoped_select(ProgramParticipant, program.organisation_id)
             .where(ProgramParticipant.program_id == program.id,
                    ProgramParticipant.state.in_(list(states))))
    if role is not None:
        query = query.where(ProgramParticipant.role == role)
    return list(await session.scalars(query.order_by(ProgramParticipant.created_at)))


async def count_by_role_state(session: AsyncSession,
                              program_id: uuid.UUID) -> dict[tuple[str, str], int]:
    rows = await session.execute(
        select(ProgramParticipant.role, ProgramParticipant.state, func.count())
        .where(ProgramParticipant.program_id == program_id)
        .group_by(ProgramParticipant.role, ProgramParticipant.state))
    return {(role, state): int(n) for role, state, n in rows}


async def any_answers(session: AsyncSession, program_id: uuid.UUID) -> bool:
    found = await session.scalar(select(literal(True)).where(
        ProgramParticipant.program_id == program_id,
        ProgramParticipant.answers != literal({}, type_=ProgramParticipant.answers.type)).limit(1))
    return bool(found)


async def participations_of_person(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID,
) -> dict[uuid.UUID, ProgramParticipant]:
    rows = await session.scalars(scoped_select(ProgramParticipant, org_id)
                                 .where(ProgramParticipant.person_id == person_id))
    return {p.program_id: p for p in rows}


# ---- events -----------------------------------------------------------------------------


async def get_event(session: AsyncSession, program: Program, event_id: uuid.UUID) -> ProgramEvent:
    event = await get_scoped_or_404(session, ProgramEvent, program.organisation_id, event_id,
                                    code="event_not_found", detail="Event not found.")
    if event.program_id != program.id:
        raise NotFound("Event not found.", code="event_not_found")
    return event


async def list_events(session: AsyncSession, program: Program,
                      person_id: uuid.UUID | None = None) -> list[ProgramEvent]:
    query = (scoped_select(ProgramEvent, program.organisation_id)
             .where(ProgramEvent.program_id == program.id))
    if person_id is not None:
        query = query.where(ProgramEvent.id.in_(select(EventAttendance.event_id)
                                                .where(EventAttendance.person_id == person_id)))
    return list(await session.scalars(query.order_by(ProgramEvent.starts_at, ProgramEvent.id)))


async def attendances(session: AsyncSession,
                      event_id: uuid.UUID) -> list[tuple[EventAttendance, Person]]:
    rows = await session.execute(
        select(EventAttendance, Person).join(Person, Person.id == EventAttendance.person_id)
        .where(EventAttendance.event_id == event_id)
        .order_by(Person.family_name, Person.given_name))
    return [(a, p) for a, p in rows]


async def attendances_by_person(session: AsyncSession, event_id: uuid.UUID,
                                person_ids: Sequence[uuid.UUID],
                                ) -> dict[uuid.UUID, EventAttendance]:
    if not person_ids:
        return {}
    rows = await session.scalars(select(EventAttendance).where(
        EventAttendance.event_id == event_id, EventAttendance.person_id.in_(list(person_ids))))
    return {a.person_id: a for a in rows}
