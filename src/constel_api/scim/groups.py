"""SCIM Groups on organisational units; membership is the person's unit.

A person belongs to one unit, so adding them to a group moves them out of their previous
one. Deleting a group deletes the unit; its people keep their record with no unit.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from scim2_models import Context, Group, GroupMember, Meta, PatchOp, SCIMException
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.directory.validation import looks_like_formula
from constel_api.models import OrgUnit, Person
from constel_api.scim.errors import ScimError
from constel_api.scim.filters import group_filter
from constel_api.scim.limits import GROUP_LIMITS, check_lengths
from constel_api.scim.mapping import POLICY, user_ref
from constel_api.scim.users import served, validation_error


def group_ref(base_url: str, unit_id: uuid.UUID) -> str:
    return f"{base_url}/Groups/{unit_id}"


def parse_group(payload: Any, context: Context) -> Group:
    try:
        return Group.model_validate(payload, scim_ctx=context, scim_policy=POLICY)
    except (ValidationError, SCIMException, ValueError) as exc:
        raise validation_error(exc) from exc


async def get_unit(session: AsyncSession, org_id: uuid.UUID, group_id: str) -> OrgUnit:
    try:
        unit_id = uuid.UUID(group_id)
    except ValueError as exc:
        raise ScimError(404, f"Group {group_id} not found.") from exc
    unit = (await session.execute(
        scoped_select(OrgUnit, org_id).where(OrgUnit.id == unit_id)
    )).scalar_one_or_none()
    if unit is None:
        raise ScimError(404, f"Group {group_id} not found.")
    return unit


async def members_of(
    session: AsyncSession, org_id: uuid.UUID, unit_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[Person]]:
    members: dict[uuid.UUID, list[Person]] = {u: [] for u in unit_ids}
    if unit_ids:
        rows = await session.execute(
            scoped_select(Person, org_id).where(Person.unit_id.in_(unit_ids), served())
            .order_by(Person.created_at, Person.id)
            .execution_options(populate_existing=True)
        )
        for person in rows.scalars():
            if person.unit_id is not None:
                members[person.unit_id].append(person)
    return members


def to_scim_group(unit: OrgUnit, members: list[Person], base_url: str) -> Group:
    return Group(
        id=str(unit.id),
        external_id=unit.external_id,
        display_name=unit.name,
        members=[
            GroupMember(value=str(p.id), display=p.display_name, type="User",
                        ref=user_ref(base_url, str(p.id)))
            for p in members
        ] or None,
        meta=Meta(resource_type="Group", created=unit.created_at,
                  last_modified=unit.updated_at, location=group_ref(base_url, unit.id)),
    )


async def list_groups(
    session: AsyncSession, org_id: uuid.UUID, filter_expr: str | None, start_index: int,
    count: int,
) -> tuple[list[OrgUnit], int]:
    query = scoped_select(OrgUnit, org_id)
    if filter_expr:
        query = query.where(group_filter(filter_expr))
    total = int(await session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    if count == 0:
        return [], total
    rows = await session.execute(
        query.order_by(OrgUnit.created_at, OrgUnit.id).offset(start_index - 1).limit(count)
    )
    return list(rows.scalars()), total


async def write_group(
    session: AsyncSession, org_id: uuid.UUID, unit: OrgUnit | None, group: Group
) -> OrgUnit:
    check_lengths(group.model_dump(), GROUP_LIMITS)
    name = (group.display_name or "").strip()
    if not name:
        raise ScimError(400, "displayName is required.", "invalidValue")
    if looks_like_formula(name) or looks_like_formula(group.external_id):
        raise ScimError(400, "displayName starts with a formula character, which is refused.",
                        "invalidValue")
    clash = scoped_select(OrgUnit, org_id).where(func.lower(OrgUnit.name) == name.lower())
    if group.external_id:
        clash = scoped_select(OrgUnit, org_id).where(OrgUnit.external_id == group.external_id)
    if unit is not None:
        clash = clash.where(OrgUnit.id != unit.id)
    if group.external_id and (await session.execute(clash.limit(1))).first() is not None:
        raise ScimError(409, "Another group already has this externalId.", "uniqueness")
    if unit is None:
        unit = OrgUnit(id=uuid.uuid4(), organisation_id=org_id, name=name)
        session.add(unit)
    unit.name = name
    unit.external_id = group.external_id
    await session.flush()
    wanted: set[uuid.UUID] = set()
    for member in group.members or []:
        try:
            wanted.add(uuid.UUID(str(member.value)))
        except ValueError as exc:
            raise ScimError(400, f"Unknown member {member.value}.", "invalidValue") from exc
    if wanted:
        found = set((await session.execute(
            select(Person.id).where(Person.organisation_id == org_id, Person.id.in_(wanted),
                                    served())
        )).scalars())
        missing = wanted - found
        if missing:
            raise ScimError(400, f"Unknown member(s): {', '.join(sorted(map(str, missing)))}.",
                            "invalidValue")
    await session.execute(
        update(Person)
        .where(Person.organisation_id == org_id, Person.unit_id == unit.id,
               Person.id.not_in(wanted) if wanted else Person.id.is_not(None))
        .values(unit_id=None)
    )
    if wanted:
        await session.execute(
            update(Person)
            .where(Person.organisation_id == org_id, Person.id.in_(wanted))
            .values(unit_id=unit.id)
        )
    await session.flush()
    await session.refresh(unit)
    return unit


async def patch_group(
    session: AsyncSession, org_id: uuid.UUID, unit: OrgUnit, payload: Any, base_url: str
) -> OrgUnit:
    members = (await members_of(session, org_id, [unit.id]))[unit.id]
    current = to_scim_group(unit, members, base_url)
    try:
        patch = PatchOp[Group].model_validate(
            payload, scim_ctx=Context.RESOURCE_PATCH_REQUEST, scim_policy=POLICY
        )
        with POLICY:
            patch.patch(current)
    except (ValidationError, SCIMException, ValueError) as exc:
        raise validation_error(exc) from exc
    return await write_group(session, org_id, unit, current)


async def delete_group(session: AsyncSession, unit: OrgUnit) -> None:
    await session.delete(unit)
    await session.flush()
