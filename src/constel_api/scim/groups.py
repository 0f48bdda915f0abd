"""SCIM Groups: named sets of people, independent of org units.

A person belongs to any number of groups, and membership never changes the person (their
unit stays their enterprise ``department``). Writes hold the group's row lock from the read
to the commit, so parallel PATCHes (Entra sends member additions in parallel) are applied
one after the other; members are then added and removed as set differences.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from scim2_models import Context, Group, PatchOp, SCIMException
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.directory.validation import looks_like_formula
from constel_api.models import Person, ScimGroup, ScimGroupMember
from constel_api.scim.errors import ScimError
from constel_api.scim.filters import group_filter
from constel_api.scim.limits import GROUP_LIMITS, check_lengths
from constel_api.scim.mapping import (
    PATCH_OP_SCHEMA,
    PATCH_POLICY,
    POLICY,
    full_name,
    user_ref,
    version,
)
from constel_api.scim.users import require_schemas, served, validation_error

GROUP_SCHEMA = str(Group.__schema__)


def group_ref(base_url: str, group_id: uuid.UUID) -> str:
    return f"{base_url}/Groups/{group_id}"


def parse_group(payload: Any, context: Context) -> Group:
    require_schemas(payload, GROUP_SCHEMA)
    try:
        return Group.model_validate(payload, scim_ctx=context, scim_policy=POLICY)
    except (ValidationError, SCIMException, ValueError) as exc:
        raise validation_error(exc) from exc


async def get_group(
    session: AsyncSession, org_id: uuid.UUID, group_id: str, *, lock: bool = False
) -> ScimGroup:
    try:
        parsed = uuid.UUID(group_id)
    except ValueError as exc:
        raise ScimError(404, f"Group {group_id} not found.") from exc
    query = scoped_select(ScimGroup, org_id).where(ScimGroup.id == parsed)
    if lock:
        query = query.with_for_update(key_share=True).execution_options(populate_existing=True)
    group = (await session.execute(query)).scalar_one_or_none()
    if group is None:
        raise ScimError(404, f"Group {group_id} not found.")
    return group


async def members_of(
    session: AsyncSession, org_id: uuid.UUID, group_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[Person]]:
    members: dict[uuid.UUID, list[Person]] = {g: [] for g in group_ids}
    if group_ids:
        rows = await session.execute(
            select(ScimGroupMember.group_id, Person)
            .join(Person, Person.id == ScimGroupMember.person_id)
            .where(ScimGroupMember.organisation_id == org_id,
                   ScimGroupMember.group_id.in_(group_ids), served())
            .order_by(Person.created_at, Person.id)
        )
        for group_id, person in rows.all():
            members[group_id].append(person)
    return members


def group_body(group: ScimGroup, members: list[Person], base_url: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schemas": [GROUP_SCHEMA],
        "id": str(group.id),
        "displayName": group.display_name,
        "members": [
            {"value": str(p.id), "display": full_name(p.given_name, p.family_name),
             "type": "User", "$ref": user_ref(base_url, str(p.id))}
            for p in members
        ],
        "meta": {"resourceType": "Group", "created": group.created_at.isoformat(),
                 "lastModified": group.updated_at.isoformat(),
                 "location": group_ref(base_url, group.id)},
    }
    if group.external_id is not None:
        body["externalId"] = group.external_id
    if not body["members"]:
        del body["members"]
    body["meta"]["version"] = version(body)
    return body


def to_scim_group(group: ScimGroup, members: list[Person], base_url: str) -> Group:
    return Group.model_validate(group_body(group, members, base_url), scim_policy=POLICY)


async def list_groups(
    session: AsyncSession, org_id: uuid.UUID, filter_expr: str | None, start_index: int,
    count: int,
) -> tuple[list[ScimGroup], int]:
    query = scoped_select(ScimGroup, org_id)
    if filter_expr:
        query = query.where(group_filter(filter_expr))
    total = int(await session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    if count == 0:
        return [], total
    rows = await session.execute(
        query.order_by(ScimGroup.created_at, ScimGroup.id).offset(start_index - 1).limit(count)
    )
    return list(rows.scalars()), total


async def _wanted_members(
    session: AsyncSession, org_id: uuid.UUID, group: Group
) -> set[uuid.UUID]:
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
    return wanted


async def write_group(
    session: AsyncSession, org_id: uuid.UUID, stored: ScimGroup | None, group: Group
) -> ScimGroup:
    """Create or replace a group; members change by set difference, never by rewrite."""
    check_lengths(group.model_dump(), GROUP_LIMITS)
    name = group.display_name or ""
    if not name.strip():
        raise ScimError(400, "displayName is required.", "invalidValue")
    if looks_like_formula(name) or looks_like_formula(group.external_id):
        raise ScimError(400, "displayName or externalId starts with a formula character, "
                        "which is refused.", "invalidValue")
    if group.external_id:
        clash = scoped_select(ScimGroup, org_id).where(ScimGroup.external_id == group.external_id)
        if stored is not None:
            clash = clash.where(ScimGroup.id != stored.id)
        if (await session.execute(clash.limit(1))).first() is not None:
            raise ScimError(409, "Another group already has this externalId.", "uniqueness")
    wanted = await _wanted_members(session, org_id, group)
    if stored is None:
        stored = ScimGroup(id=uuid.uuid4(), organisation_id=org_id, display_name=name)
        session.add(stored)
    stored.display_name = name
    stored.external_id = group.external_id
    stored.updated_at = func.now()
    try:
        await session.flush()
    except IntegrityError as exc:
        raise ScimError(409, "Another group already has this externalId.", "uniqueness") from exc
    current = set((await session.execute(
        select(ScimGroupMember.person_id).where(ScimGroupMember.group_id == stored.id)
    )).scalars())
    removed = current - wanted
    added = wanted - current
    if removed:
        await session.execute(delete(ScimGroupMember).where(
            ScimGroupMember.group_id == stored.id, ScimGroupMember.person_id.in_(removed)))
    if added:
        await session.execute(
            insert(ScimGroupMember)
            .values([{"group_id": stored.id, "person_id": p, "organisation_id": org_id}
                     for p in added])
            .on_conflict_do_nothing()
        )
    await session.flush()
    await session.refresh(stored)
    return stored


async def patch_group(
    session: AsyncSession, org_id: uuid.UUID, stored: ScimGroup, payload: Any, base_url: str
) -> ScimGroup:
    require_schemas(payload, PATCH_OP_SCHEMA)
    members = (await members_of(session, org_id, [stored.id]))[stored.id]
    current = to_scim_group(stored, members, base_url)
    try:
        patch = PatchOp[Group].model_validate(
            payload, scim_ctx=Context.RESOURCE_PATCH_REQUEST, scim_policy=PATCH_POLICY
        )
        with PATCH_POLICY:
            patch.patch(current)
    except (ValidationError, SCIMException, ValueError) as exc:
        raise validation_error(exc) from exc
    return await write_group(session, org_id, stored, current)


async def delete_group(session: AsyncSession, group: ScimGroup) -> None:
    """The group and its memberships go; its people are untouched."""
    await session.delete(group)
    await session.flush()
