"""SQL of the directory: people listing and org-unit resolution."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from constel_api.core.scoping import scoped_select
from constel_api.models import OrgUnit, Person


@dataclass(frozen=True)
class PeopleFilter:
    q: str | None = None
    unit_id: uuid.UUID | None = None
    include_sub_units: bool = True
    site: str | None = None
    active: bool | None = None


async def unit_subtree(
    session: AsyncSession, org_id: uuid.UUID, unit_id: uuid.UUID
) -> list[uuid.UUID]:
    """The unit and all units below it."""
    result = await session.execute(
        text(
            """
            WITH RECURSIVE sub(id, depth) AS (
                SELECT id, 0 FROM org_units WHERE organisation_id = :org AND id = :unit
              UNION ALL
                SELECT u.id, sub.depth + 1 FROM org_units u JOIN sub ON u.parent_id = sub.id
                WHERE u.organisation_id = :org AND sub.depth < 64
            )
            SELECT DISTINCT id FROM sub
            """
        ),
        {"org": org_id, "unit": unit_id},
    )
    return list(result.scalars())


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def people_query(
    session: AsyncSession, org_id: uuid.UUID, flt: PeopleFilter
) -> Select[Any]:
    query = scoped_select(Person, org_id)
    if flt.q:
        terms = [t for t in flt.q.split() if t][:5]
        for term in terms:
            pattern = f"%{_escape_like(term)}%"
            query = query.where(
                or_(
                    Person.given_name.ilike(pattern, escape="\\"),
                    Person.family_name.ilike(pattern, escape="\\"),
                    Person.email.ilike(pattern, escape="\\"),
                    Person.external_id.ilike(pattern, escape="\\"),
                    Person.job_title.ilike(pattern, escape="\\"),
                )
            )
    if flt.unit_id is not None:
        if flt.include_sub_units:
            units = await unit_subtree(session, org_id, flt.unit_id)
            query = query.where(Person.unit_id.in_(units))
        else:
            query = query.where(Person.unit_id == flt.unit_id)
    if flt.site:
        query = query.where(func.lower(Person.site) == flt.site.lower())
    if flt.active is not None:
        query = query.where(Person.active.is_(flt.active))
    return query


async def list_people(
    session: AsyncSession, org_id: uuid.UUID, flt: PeopleFilter, limit: int, offset: int
) -> tuple[list[Person], int]:
    query = await people_query(session, org_id, flt)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.execute(
        query.order_by(Person.family_name, Person.given_name, Person.id).limit(limit).offset(offset)
    )
    people: list[Person] = list(rows.scalars())
    return people, int(total or 0)


async def people_by_ids(
    session: AsyncSession, org_id: uuid.UUID, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Person]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    rows = await session.execute(scoped_select(Person, org_id).where(Person.id.in_(wanted)))
    return {p.id: p for p in rows.scalars()}


async def units_by_ids(
    session: AsyncSession, org_id: uuid.UUID, ids: Iterable[uuid.UUID | None]
) -> dict[uuid.UUID, OrgUnit]:
    wanted = [i for i in set(ids) if i is not None]
    if not wanted:
        return {}
    rows = await session.execute(scoped_select(OrgUnit, org_id).where(OrgUnit.id.in_(wanted)))
    return {u.id: u for u in rows.scalars()}


async def units_with_counts(
    session: AsyncSession, org_id: uuid.UUID
) -> list[tuple[OrgUnit, int]]:
    """Every unit of the organisation with its number of active people, in one query."""
    counts = (
        select(Person.unit_id, func.count().label("n"))
        .where(Person.organisation_id == org_id, Person.active.is_(True))
        .group_by(Person.unit_id)
        .subquery()
    )
    rows = await session.execute(
        scoped_select(OrgUnit, org_id)
        .add_columns(func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.unit_id == OrgUnit.id)
        .order_by(OrgUnit.name, OrgUnit.id)
    )
    return [(unit, int(n)) for unit, n in rows.all()]


async def direct_report_count(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID
) -> int:
    report = aliased(Person)
    count = await session.scalar(
        select(func.count()).select_from(report).where(
            report.organisation_id == org_id, report.manager_id == person_id
        )
    )
    return int(count or 0)


async def resolve_unit(session: AsyncSession, org_id: uuid.UUID, label: str) -> OrgUnit:
    """The unit whose external id, else name, is ``label``; created (by name) when none."""
    row = await session.execute(
        scoped_select(OrgUnit, org_id)
        .where(or_(OrgUnit.external_id == label, func.lower(OrgUnit.name) == label.lower()))
        .order_by((OrgUnit.external_id == label).desc(), OrgUnit.created_at)
        .limit(1)
    )
    unit = row.scalar_one_or_none()
    if unit is None:
        unit = OrgUnit(organisation_id=org_id, name=label[:200])
        session.add(unit)
        await session.flush()
    return unit
