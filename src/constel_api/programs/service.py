"""Program configuration: create, update, list, managers, templates (duplicate)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Unprocessable
from constel_api.models import (
    CharterVersion,
    Person,
    Program,
    ProgramStatus,
    Role,
)
from constel_api.programs import repository as repo
from constel_api.programs.access import MemberView, manages, member_view
from constel_api.programs.charter import has_signed_current_charter
from constel_api.programs.criteria import (
    AllowListRule,
    Criterion,
    DenyListRule,
    UnitRule,
    dump_criteria,
)
from constel_api.programs.schemas import (
    MemberProgramRead,
    MyParticipationBrief,
    ProgramCreate,
    ProgramFields,
    ProgramRead,
    ProgramUpdate,
    date_errors,
)

# Copied by a duplicate; everything else (status, participants, dates of transitions) is not.
CONFIG_FIELDS = (
    "theme", "description", "objectives", "support_contact", "enrolment_opens_on",
    "enrolment_closes_on", "starts_on", "ends_on", "duration_months", "expected_sessions",
    "session_rhythm", "session_length_minutes", "allowed_modes", "mentor_capacity",
    "matching_mode", "exclude_same_unit", "anonymity_threshold", "mentor_criteria",
    "mentee_criteria",
)


async def _check_references(session: AsyncSession, org_id: uuid.UUID, field: str,
                            rules: list[Criterion]) -> list[dict[str, Any]]:
    """Units and people named by criteria must exist in the organisation."""
    errors: list[dict[str, Any]] = []
    for i, rule in enumerate(rules):
        if isinstance(rule, UnitRule):
            found = await repo.unit_subtree(session, org_id, rule.unit_ids, False)
            missing = [str(u) for u in rule.unit_ids if u not in found]
            if missing:
                errors.append({"loc": ["body", field, i, "unit_ids"],
                               "msg": f"unknown units: {', '.join(missing)}",
                               "type": "unknown_reference"})
        elif isinstance(rule, AllowListRule | DenyListRule):
            people = await repo.people_by_ids(session, org_id, rule.person_ids)
            known = {p.id for p in people}
            missing = [str(p) for p in rule.person_ids if p not in known]
            if missing:
                errors.append({"loc": ["body", field, i, "person_ids"],
                               "msg": f"unknown people: {', '.join(missing)}",
                               "type": "unknown_reference"})
    return errors


async def _apply_changes(session: AsyncSession, program: Program,
                         changes: dict[str, Any], body: ProgramFields) -> None:
    errors = date_errors(
        changes.get("enrolment_opens_on", program.enrolment_opens_on),
        changes.get("enrolment_closes_on", program.enrolment_closes_on),
        changes.get("starts_on", program.starts_on),
        changes.get("ends_on", program.ends_on),
    )
    if errors:
        raise Unprocessable("Some dates are in the wrong order.", code="invalid_dates",
                            errors=errors)
    for field in ("mentor_criteria", "mentee_criteria"):
        rules = getattr(body, field)
        if field in changes and rules is not None:
            errors += await _check_references(session, program.organisation_id, field, rules)
            changes[field] = dump_criteria(rules)
    if errors:
        raise Unprocessable("Some criteria name unknown units or people.",
                            code="unknown_reference", errors=errors)
    for field, value in changes.items():
        setattr(program, field, value)


async def create_program(session: AsyncSession, admin: Person, body: ProgramCreate) -> Program:
    program = Program(organisation_id=admin.organisation_id, name=body.name,
                      status=ProgramStatus.DRAFT, created_by_id=admin.id)
    changes = body.model_dump(exclude_unset=True, exclude={"name"})
    await _apply_changes(session, program, changes, body)
    session.add(program)
    await session.flush()
    await record_audit(session, admin, "program.create", "program", program.id,
                       {"name": program.name})
    return program


async def update_program(session: AsyncSession, actor: Person, program: Program,
                         body: ProgramUpdate) -> Program:
    changes = body.model_dump(exclude_unset=True)
    expected = changes.pop("updated_at", None)
    if expected is not None:
        await repo.lock_updated_at(session, program)
        if program.updated_at != expected:
            raise Conflict("Someone changed this program since you loaded it.",
                           code="stale_version", updated_at=program.updated_at.isoformat(),
                           updated_by=await repo.last_editor_name(session, program))
    await _apply_changes(session, program, changes, body)
    # the clock, not the transaction's now(): each save gets its own version stamp
    program.updated_at = utcnow()
    await session.flush()
    await record_audit(session, actor, "program.update", "program", program.id,
                       {"fields": sorted(changes)})
    return program


async def list_managed(session: AsyncSession, person: Person, *, status: str | None,
                       limit: int, offset: int) -> tuple[list[Program], int]:
    managed_by = None if person.has_role(Role.ORG_ADMIN) else person.id
    return await repo.list_programs(session, person.organisation_id, managed_by=managed_by,
                                    status=status, limit=limit, offset=offset)


async def set_managers(session: AsyncSession, admin: Person, program: Program,
                       person_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    people = await repo.people_by_ids(session, admin.organisation_id, person_ids)
    by_id = {p.id: p for p in people}
    errors = []
    for i, pid in enumerate(person_ids):
        person = by_id.get(pid)
        if person is None:
            errors.append({"loc": ["body", "person_ids", i], "msg": "unknown person",
                           "type": "unknown_reference"})
        elif not person.has_role(Role.PROGRAM_MANAGER, Role.ORG_ADMIN):
            errors.append({"loc": ["body", "person_ids", i],
                           "msg": "this person is not a program manager",
                           "type": "not_a_program_manager"})
    if errors:
        raise Unprocessable("Only program managers can manage a program.",
                            code="invalid_managers", errors=errors)
    await repo.replace_managers(session, program, person_ids)
    await record_audit(session, admin, "program.managers.set", "program", program.id,
                       {"person_ids": [str(p) for p in dict.fromkeys(person_ids)]})
    return await repo.manager_ids(session, program.id)


async def duplicate_program(session: AsyncSession, actor: Person, source: Program,
                            name: str | None) -> Program:
    """A new draft with the source's configuration, questionnaire, charter and managers."""
    copy = Program(organisation_id=source.organisation_id,
                   name=name or f"{source.name} (copie)"[:200], status=ProgramStatus.DRAFT,
                   duplicated_from_id=source.id, created_by_id=actor.id)
    for field in CONFIG_FIELDS:
        value = getattr(source, field)
        setattr(copy, field, list(value) if isinstance(value, list) else value)
    session.add(copy)
    await session.flush()
    questions = await repo.questions(session, source.id)
    await repo.replace_questions(session, copy, [
        {c: getattr(q, c) for c in ("key", "position", "audience", "type", "required",
                                    "label_fr", "label_en", "definition", "matching_rule",
                                    "weight", "compares_with_key")}
        for q in questions
    ])
    charter = await repo.latest_charter(session, source.id)
    if charter is not None:
        session.add(CharterVersion(organisation_id=copy.organisation_id, program_id=copy.id,
                                   version=1, body_markdown=charter.body_markdown,
                                   created_by_id=actor.id))
    managers = await repo.manager_ids(session, source.id)
    if actor.has_role(Role.PROGRAM_MANAGER) and actor.id not in managers:
        managers.append(actor.id)
    await repo.replace_managers(session, copy, managers)
    await record_audit(session, actor, "program.duplicate", "program", copy.id,
                       {"source_id": str(source.id)})
    return copy


async def to_read(session: AsyncSession, program: Program) -> ProgramRead:
    expired = inspect(program).expired_attributes
    if expired:  # server-side onupdate columns after a flush
        await session.refresh(program, list(expired))
    read = ProgramRead.model_validate(program)
    read.manager_ids = await repo.manager_ids(session, program.id)
    current = await repo.current_charter(session, program.id)
    read.charter_version = current.version if current else None
    return read


async def to_member_read(session: AsyncSession, person: Person, program: Program,
                         view: MemberView) -> MemberProgramRead:
    data = {f: getattr(program, f) for f in MemberProgramRead.model_fields
            if hasattr(program, f) and f not in ("participation",)}
    participant = view.participant
    current = await repo.current_charter(session, program.id)
    return MemberProgramRead(
        **data,
        may_apply_as=view.may_apply_as,
        participation=MyParticipationBrief.model_validate(participant) if participant else None,
        charter_version=current.version if current else None,
        signed_current_charter=await has_signed_current_charter(session, program.id, person.id),
    )


async def programs_for_member(session: AsyncSession, person: Person) -> list[MemberProgramRead]:
    """Programs the person takes part in or may join now."""
    participations = await repo.participations_of_person(session, person.organisation_id,
                                                         person.id)
    candidates = await repo.programs_by_status(
        session, person.organisation_id,
        [ProgramStatus.ENROLMENT_OPEN, ProgramStatus.RUNNING, ProgramStatus.CLOSED,
         ProgramStatus.ARCHIVED])
    result = []
    for program in candidates:
        participant = participations.get(program.id)
        if participant is None and program.status != ProgramStatus.ENROLMENT_OPEN:
            continue
        view = await member_view(session, person, program, participant, load_participant=False)
        if view is not None:
            result.append(await to_member_read(session, person, program, view))
    return result


async def can_see(session: AsyncSession, person: Person, program: Program) -> MemberView | None:
    """Staff who manage the program see it too (with an empty member view)."""
    view = await member_view(session, person, program)
    if view is None and await manages(session, person, program):
        return MemberView(participant=None)
    return view
