"""SCIM Users on our people: create, replace, patch, de-provision, list.

One write path (``write_user``) serves POST, PUT and PATCH: a PATCH is applied by
scim2-models to the current representation, then stored like a PUT, so every route checks
the same uniqueness, length, manager and deactivation rules. Writes to an existing user
hold its row lock (``FOR NO KEY UPDATE``) from the read to the commit, so parallel PATCHes
are applied one after the other and none is lost.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import Any

from pydantic import ValidationError
from scim2_models import Context, PatchOp, SCIMException
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.core.time import utcnow
from constel_api.directory import lifecycle
from constel_api.directory.chain import ManagementCycle, check_new_manager, flag_hierarchy_conflicts
from constel_api.directory.repository import resolve_unit
from constel_api.directory.validation import looks_like_formula, valid_email
from constel_api.gdpr.erasure import ERASED_EMAIL_SUFFIX
from constel_api.models import (
    DirectoryProfile,
    OrgUnit,
    Person,
    Role,
    ScimGroup,
    ScimGroupMember,
)
from constel_api.scim.errors import ScimError
from constel_api.scim.filters import user_filter
from constel_api.scim.limits import USER_LIMITS, check_lengths
from constel_api.scim.mapping import (
    CORE_USER,
    NO_EMAIL_SUFFIX,
    PATCH_OP_SCHEMA,
    PATCH_POLICY,
    POLICY,
    ScimUser,
    UserData,
    UserView,
    normalise_patch_payload,
    normalise_user_payload,
    placeholder_email,
    stored_attributes,
    to_scim_user,
    user_body,
    user_data,
)

MAX_PAGE = 200


def served() -> Any:
    """People SCIM shows: everyone but the erased (their pseudonym is not an identity)."""
    return Person.email.not_like(f"%{ERASED_EMAIL_SUFFIX}")


def validation_error(exc: Exception) -> ScimError:
    if isinstance(exc, SCIMException):
        return ScimError(exc.status, exc.detail, exc.scim_type or None)
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        where = ".".join(str(p) for p in errors[0]["loc"]) if errors else ""
        message = errors[0]["msg"] if errors else ""
        kind = str(errors[0]["type"]) if errors else ""
        scim_type = kind[len("scim_"):] if kind.startswith("scim_") else "invalidValue"
        return ScimError(400, f"Invalid value for '{where}': {message}", scim_type)
    return ScimError(400, str(exc), "invalidValue")


def require_schemas(payload: Any, schema: str) -> None:
    """RFC 7644 requires ``schemas``; a body without it (or without the right URN) is 400."""
    if not isinstance(payload, dict):
        raise ScimError(400, "The body must be a JSON object.", "invalidSyntax")
    schemas = payload.get("schemas")
    if not isinstance(schemas, list) or schema not in schemas:
        raise ScimError(400, f"'schemas' must contain {schema}.", "invalidValue")


def parse_user(payload: Any, base_url: str, context: Context) -> ScimUser:
    require_schemas(payload, CORE_USER)
    if "password" in payload:
        raise ScimError(400, "Passwords are not accepted: people set their own or use SSO.",
                        "mutability")
    try:
        return ScimUser.model_validate(
            normalise_user_payload(payload, base_url), scim_ctx=context, scim_policy=POLICY
        )
    except (ValidationError, SCIMException, ValueError) as exc:
        raise validation_error(exc) from exc


async def _views(session: AsyncSession, org_id: uuid.UUID, people: list[Person]) -> list[UserView]:
    ids = [p.id for p in people]
    profiles = {
        p.person_id: p
        for p in (await session.execute(
            select(DirectoryProfile).where(DirectoryProfile.person_id.in_(ids))
            .execution_options(populate_existing=True)
        )).scalars()
    } if ids else {}
    unit_ids = {p.unit_id for p in people if p.unit_id}
    units = {
        u.id: u for u in (await session.execute(
            scoped_select(OrgUnit, org_id).where(OrgUnit.id.in_(unit_ids))
        )).scalars()
    } if unit_ids else {}
    manager_ids = {p.manager_id for p in people if p.manager_id}
    managers = {
        m.id: m for m in (await session.execute(
            scoped_select(Person, org_id).where(Person.id.in_(manager_ids), served())
        )).scalars()
    } if manager_ids else {}
    groups: dict[uuid.UUID, list[ScimGroup]] = {i: [] for i in ids}
    if ids:
        rows = await session.execute(
            select(ScimGroupMember.person_id, ScimGroup)
            .join(ScimGroup, ScimGroup.id == ScimGroupMember.group_id)
            .where(ScimGroupMember.organisation_id == org_id,
                   ScimGroupMember.person_id.in_(ids))
            .order_by(ScimGroup.created_at, ScimGroup.id)
        )
        for person_id, group in rows.all():
            groups[person_id].append(group)
    return [
        UserView(p, profiles.get(p.id), units.get(p.unit_id) if p.unit_id else None,
                 managers.get(p.manager_id) if p.manager_id else None, groups[p.id])
        for p in people
    ]


def _parse_id(user_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(user_id)
    except ValueError as exc:
        raise ScimError(404, f"User {user_id} not found.") from exc


async def get_person(
    session: AsyncSession, org_id: uuid.UUID, user_id: str, *, lock: bool = False
) -> Person:
    """The user, or 404; ``lock`` holds its row until the transaction ends."""
    query = scoped_select(Person, org_id).where(Person.id == _parse_id(user_id), served())
    if lock:
        query = query.with_for_update(key_share=True).execution_options(populate_existing=True)
    person = (await session.execute(query)).scalar_one_or_none()
    if person is None:
        raise ScimError(404, f"User {user_id} not found.")
    return person


async def view(session: AsyncSession, org_id: uuid.UUID, person: Person) -> UserView:
    return (await _views(session, org_id, [person]))[0]


def render(v: UserView, base_url: str) -> ScimUser:
    return to_scim_user(v, base_url)


def current_version(v: UserView, base_url: str) -> str:
    return str(user_body(v, base_url)["meta"]["version"])


async def list_users(
    session: AsyncSession, org_id: uuid.UUID, filter_expr: str | None, start_index: int,
    count: int,
) -> tuple[list[UserView], int]:
    query = (
        select(Person)
        .outerjoin(DirectoryProfile, DirectoryProfile.person_id == Person.id)
        .where(Person.organisation_id == org_id, served())
    )
    if filter_expr:
        query = query.where(user_filter(filter_expr))
    total = int(await session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    if count == 0:
        return [], total
    rows = await session.execute(
        query.order_by(Person.created_at, Person.id).offset(start_index - 1).limit(count)
    )
    return await _views(session, org_id, list(rows.scalars())), total


async def _check_unique(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID | None, data: UserData
) -> None:
    checks: list[tuple[str, Any, str]] = [
        ("userName", func.lower(func.coalesce(DirectoryProfile.user_name, Person.email)),
         data.user_name.lower()),
    ]
    if data.email:
        checks.append(("email", func.lower(Person.email), data.email))
    if data.external_id:
        checks.append(("externalId", Person.external_id, data.external_id))
    for label, column, value in checks:
        query = (
            select(Person.id)
            .outerjoin(DirectoryProfile, DirectoryProfile.person_id == Person.id)
            .where(Person.organisation_id == org_id, column == value)
        )
        if person_id is not None:
            query = query.where(Person.id != person_id)
        if (await session.execute(query.limit(1))).first() is not None:
            raise ScimError(409, f"Another user already has this {label}.", "uniqueness")


def _check_values(data: UserData) -> None:
    for label, value in [
        ("name.givenName", data.given_name), ("name.familyName", data.family_name),
        ("displayName", data.display_name), ("title", data.job_title),
        ("department", data.department), ("externalId", data.external_id),
        ("addresses.locality", data.site),
    ]:
        if looks_like_formula(value):
            raise ScimError(
                400, f"'{label}' starts with a formula character (= + - @ or a control "
                "character), which is refused.", "invalidValue")
    if data.email is not None and not valid_email(data.email):
        raise ScimError(400, f"'{data.email}' is not an email address.", "invalidValue")


async def _find_manager(
    session: AsyncSession, org_id: uuid.UUID, ref: str
) -> Person | None:
    """A manager reference is our id (what we return), else an externalId or userName."""
    conditions = [Person.external_id == ref, func.lower(DirectoryProfile.user_name) == ref.lower(),
                  func.lower(Person.email) == ref.lower()]
    with contextlib.suppress(ValueError):
        conditions.insert(0, Person.id == uuid.UUID(ref))
    for condition in conditions:
        result = await session.execute(
            select(Person)
            .outerjoin(DirectoryProfile, DirectoryProfile.person_id == Person.id)
            .where(Person.organisation_id == org_id, condition, served())
            .limit(1)
        )
        found = result.scalar_one_or_none()
        if found is not None:
            return found
    return None


async def _set_manager(
    session: AsyncSession, org_id: uuid.UUID, person: Person, profile: DirectoryProfile,
    ref: str | None,
) -> bool:
    """Point the person at their manager; keep an unknown reference pending. True if changed."""
    before = person.manager_id
    if not ref:
        person.manager_id = None
        profile.pending_manager_ref = None
    else:
        manager = await _find_manager(session, org_id, ref)
        if manager is None:
            person.manager_id = None
            profile.pending_manager_ref = ref
        else:
            if manager.id != before:
                await session.flush()
                try:
                    await check_new_manager(session, org_id, person.id, manager.id)
                except ManagementCycle as exc:
                    raise ScimError(400, exc.detail, "invalidValue") from exc
            person.manager_id = manager.id
            profile.pending_manager_ref = None
    return person.manager_id != before


async def _resolve_pending(session: AsyncSession, org_id: uuid.UUID, person: Person,
                           profile: DirectoryProfile) -> bool:
    """People who named this person as manager before they existed now report to them.

    A reference that would close a management cycle refuses this write: accepting it would
    leave the report's manager dangling with the inconsistency hidden.
    """
    refs = {str(person.id)}
    if not person.email.endswith((NO_EMAIL_SUFFIX, ERASED_EMAIL_SUFFIX)):
        refs.add(person.email.lower())
    if person.external_id:
        refs.add(person.external_id)
    if profile.user_name:
        refs.add(profile.user_name)
        refs.add(profile.user_name.lower())
    result = await session.execute(
        select(DirectoryProfile).where(
            DirectoryProfile.organisation_id == org_id,
            DirectoryProfile.pending_manager_ref.in_(refs),
        )
    )
    waiting = list(result.scalars())
    changed = False
    for entry in waiting:
        report = await session.get(Person, entry.person_id)
        if report is None or report.id == person.id:
            continue
        await session.flush()
        try:
            await check_new_manager(session, org_id, report.id, person.id)
        except ManagementCycle as exc:
            raise ScimError(
                400, f"User {report.id} names this user as manager, and this user reports to "
                f"them: that is a management cycle ({exc.detail})", "invalidValue") from exc
        report.manager_id = person.id
        entry.pending_manager_ref = None
        changed = True
    return changed


async def write_user(
    session: AsyncSession, org_id: uuid.UUID, person: Person | None, user: ScimUser
) -> Person:
    """Create (``person`` None) or replace a user from a validated SCIM representation."""
    check_lengths(user.model_dump(), USER_LIMITS)
    try:
        data = user_data(user)
    except ValueError as exc:
        raise ScimError(400, str(exc), "invalidValue") from exc
    _check_values(data)
    for email in user.emails or []:
        if email.value is not None and not valid_email(email.value.strip().lower()):
            raise ScimError(400, f"'{email.value}' is not an email address.", "invalidValue")
    await session.flush()
    await _check_unique(session, org_id, person.id if person else None, data)
    now = utcnow()
    created = person is None
    if person is None:
        person = Person(id=uuid.uuid4(), organisation_id=org_id, roles=[Role.MEMBER.value],
                        languages=[], active=True)
        session.add(person)
        profile = DirectoryProfile(person_id=person.id, organisation_id=org_id)
    else:
        profile = await session.get(DirectoryProfile, person.id) or DirectoryProfile(
            person_id=person.id, organisation_id=org_id)
    was_active = person.active
    person.email = data.email or placeholder_email(person.id)
    person.given_name = data.given_name
    person.family_name = data.family_name
    person.external_id = data.external_id
    person.job_title = data.job_title
    person.site = data.site
    person.employee_number = data.employee_number
    person.unit_id = (await resolve_unit(session, org_id, data.department)).id \
        if data.department else None
    if created:
        person.active = data.active
        if not data.active:
            person.deactivated_at = now
        await session.flush()
    profile.user_name = data.user_name
    profile.display_name = data.display_name
    profile.division = data.division
    profile.organization = data.organization
    profile.cost_center = data.cost_center
    profile.attributes = stored_attributes(user)
    person.updated_at = now  # meta.lastModified moves even when only the JSONB changed
    session.add(profile)
    chain_changed = await _set_manager(session, org_id, person, profile, data.manager_ref)
    await session.flush()
    chain_changed |= await _resolve_pending(session, org_id, person, profile)
    await session.flush()
    if not created and was_active != data.active:
        if data.active:
            await lifecycle.reactivate_people(session, org_id, [person.id], now)
        else:
            await lifecycle.deactivate_people(session, org_id, [person.id], now)
    if chain_changed:
        await flag_hierarchy_conflicts(session, org_id)
    await session.refresh(person)  # server-side timestamps for meta
    return person


def _refuse_removing_active(payload: dict[str, Any]) -> None:
    for op in payload.get("Operations") or []:
        path = str(op.get("path", "")).strip().lower() if isinstance(op, dict) else ""
        if (isinstance(op, dict) and str(op.get("op", "")).lower() == "remove"
                and path in {"active", f"{CORE_USER.lower()}:active"}):
            raise ScimError(400, "'active' cannot be removed: replace it with true or false.",
                            "mutability")




async def patch_user(
    session: AsyncSession, org_id: uuid.UUID, person: Person, payload: Any, base_url: str
) -> Person:
    require_schemas(payload, PATCH_OP_SCHEMA)
    _refuse_removing_active(payload)
    current = render(await view(session, org_id, person), base_url)
    try:
        patch = PatchOp[ScimUser].model_validate(
            normalise_patch_payload(payload, base_url),
            scim_ctx=Context.RESOURCE_PATCH_REQUEST, scim_policy=PATCH_POLICY,
        )
        with PATCH_POLICY:
            patch.patch(current)
    except (ValidationError, SCIMException, ValueError) as exc:
        raise validation_error(exc) from exc
    return await write_user(session, org_id, person, current)
