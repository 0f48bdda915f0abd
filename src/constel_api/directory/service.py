"""Directory reads for admins: people listing and a person's detail."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import get_scoped_or_404, scoped_select
from constel_api.directory import repository
from constel_api.directory.chain import managers_of
from constel_api.directory.imports import ImportOutcome, Planned
from constel_api.directory.schemas import (
    DirectoryPersonDetail,
    DirectoryPersonRead,
    ImportDeactivation,
    ImportLine,
    ImportRead,
    ImportRejection,
    ImportResult,
    PersonSummary,
    UnitRead,
    UnitSummary,
)
from constel_api.models import DirectoryImport, DirectoryProfile, OrgUnit, Person


def _read(
    person: Person, units: dict[uuid.UUID, OrgUnit], managers: dict[uuid.UUID, Person]
) -> dict[str, object]:
    unit = units.get(person.unit_id) if person.unit_id else None
    manager = managers.get(person.manager_id) if person.manager_id else None
    return {
        "id": person.id, "email": person.email, "given_name": person.given_name,
        "family_name": person.family_name, "external_id": person.external_id,
        "employee_number": person.employee_number,
        "unit": UnitSummary.model_validate(unit) if unit else None,
        "job_title": person.job_title, "site": person.site,
        "languages": list(person.languages or []),
        "manager": PersonSummary.model_validate(manager) if manager else None,
        "active": person.active, "deactivated_at": person.deactivated_at,
        "roles": list(person.roles or []),
    }


async def list_people(
    session: AsyncSession,
    org_id: uuid.UUID,
    flt: repository.PeopleFilter,
    limit: int,
    offset: int,
) -> tuple[list[DirectoryPersonRead], int]:
    people, total = await repository.list_people(session, org_id, flt, limit, offset)
    units = await repository.units_by_ids(session, org_id, (p.unit_id for p in people))
    managers = await repository.people_by_ids(
        session, org_id, (p.manager_id for p in people if p.manager_id)
    )
    return [DirectoryPersonRead.model_validate(_read(p, units, managers)) for p in people], total


async def list_units(session: AsyncSession, org_id: uuid.UUID) -> list[UnitRead]:
    return [
        UnitRead(id=u.id, name=u.name, external_id=u.external_id, parent_id=u.parent_id,
                 people_count=n)
        for u, n in await repository.units_with_counts(session, org_id)
    ]


async def get_person(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID
) -> DirectoryPersonDetail:
    person = await get_scoped_or_404(session, Person, org_id, person_id, code="person_not_found",
                                     detail="No such person in your directory.")
    chain_ids = await managers_of(session, org_id, person.id)
    people = await repository.people_by_ids(session, org_id, chain_ids)
    units = await repository.units_by_ids(session, org_id, [person.unit_id])
    profile = await session.get(DirectoryProfile, person.id)
    return DirectoryPersonDetail.model_validate(
        {
            **_read(person, units, people),
            "hired_on": person.hired_on,
            "management_chain": [
                PersonSummary.model_validate(people[i]) for i in chain_ids if i in people
            ],
            "direct_reports": await repository.direct_report_count(session, org_id, person.id),
            "pending_manager_ref": profile.pending_manager_ref if profile else None,
            "created_at": person.created_at,
            "updated_at": person.updated_at,
        }
    )


async def list_imports(
    session: AsyncSession, org_id: uuid.UUID, limit: int, offset: int
) -> tuple[list[DirectoryImport], int]:
    query = scoped_select(DirectoryImport, org_id)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.execute(
        query.order_by(DirectoryImport.created_at.desc(), DirectoryImport.id)
        .limit(limit).offset(offset)
    )
    return list(rows.scalars()), int(total or 0)


def import_result(outcome: ImportOutcome) -> ImportResult:
    plan = outcome.plan

    def line(item: Planned) -> ImportLine:
        return ImportLine(line=item.row.line, external_id=item.row.external_id,
                          email=item.row.email, name=item.row.name, changes=item.changes)

    return ImportResult.model_validate(
        {
            "import": ImportRead.model_validate(outcome.record),
            "delimiter": plan.parsed.delimiter,
            "columns": plan.parsed.columns,
            "ignored_columns": plan.parsed.ignored_columns,
            "new_units": plan.new_units,
            "to_create": [line(i) for i in plan.creates],
            "to_update": [line(i) for i in plan.updates],
            "to_deactivate": [
                ImportDeactivation(person_id=d.id, external_id=d.external_id, name=d.name,
                                   reason=d.reason) for d in plan.deactivate
            ],
            "to_reactivate": [
                ImportDeactivation(person_id=d.id, external_id=d.external_id, name=d.name,
                                   reason=d.reason) for d in plan.reactivate
            ],
            "rejected": [ImportRejection.model_validate(r.as_dict()) for r in plan.rejected],
        }
    )
