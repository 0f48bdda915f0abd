"""SCIM Users on our people: create, replace, patch, de-provision, list.

One write path serves POST, PUT and PATCH: a PATCH is applied by scim2-models to the
current representation, then stored like a PUT, so every route checks the same uniqueness,
length, manager and deactivation rules. Writes to an existing user hold its row lock
(``FOR NO KEY UPDATE``) from the read to the commit, so parallel PATCHes are applied one
after the other and none is lost.

A write costs three statements on its common path (see ``user_store``): read (locked),
check and resolve, write with its audit event; what did not change is not checked again.
"""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from scim2_models import Context, PatchOp, SCIMException
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.directory import lifecycle
from constel_api.directory.chain import ManagementCycle, check_new_manager, flag_hierarchy_conflicts
from constel_api.directory.validation import looks_like_formula, valid_email
from constel_api.gdpr.erasure import ERASED_EMAIL_SUFFIX
from constel_api.models import DirectoryProfile, Person
from constel_api.scim import user_store
from constel_api.scim.errors import ScimError
from constel_api.scim.filters import user_filter
from constel_api.scim.limits import USER_LIMITS, check_lengths
from constel_api.scim.mapping import (
    CORE_USER,
    NO_EMAIL_SUFFIX,
    PATCH_OP_SCHEMA,
    PATCH_POLICY,
    POLICY,
    PersonFields,
    ProfileFields,
    ScimUser,
    UnitRef,
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
from constel_api.scim.principal import ScimPrincipal
from constel_api.scim.user_store import Found, Wanted, served

MAX_PAGE = 200

__all__ = ["served"]


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


# Reading ----------------------------------------------------------------------------------


def _parse_id(user_id: str) -> uuid.UUID:
    try:
        return uuid.UUID(user_id)
    except ValueError as exc:
        raise ScimError(404, f"User {user_id} not found.") from exc


async def get_view(session: AsyncSession, org_id: uuid.UUID, user_id: str, *,
                   lock: bool = False) -> UserView:
    """The user, or 404; ``lock`` holds their row until the transaction ends."""
    person_id = _parse_id(user_id)
    if lock and not await user_store.lock_person(session, org_id, person_id):
        raise ScimError(404, f"User {user_id} not found.")
    found = await user_store.load_view(session, org_id, person_id)
    if found is None:
        raise ScimError(404, f"User {user_id} not found.")
    return found


def render(v: UserView, base_url: str) -> ScimUser:
    return to_scim_user(v, base_url)


def current_version(v: UserView, base_url: str) -> str:
    return str(user_body(v, base_url)["meta"]["version"])


async def list_users(
    session: AsyncSession, org_id: uuid.UUID, filter_expr: str | None, start_index: int,
    count: int,
) -> tuple[list[UserView], int]:
    condition = user_filter(filter_expr) if filter_expr else None
    counted = (
        select(func.count()).select_from(Person)
        .outerjoin(DirectoryProfile, DirectoryProfile.person_id == Person.id)
        .where(Person.organisation_id == org_id, served())
    )
    if condition is not None:
        counted = counted.where(condition)
    total = int(await session.scalar(counted) or 0)
    if count == 0 or total < start_index:
        return [], total
    page = user_store.select_views(org_id)
    if condition is not None:
        page = page.where(condition)
    rows = await session.execute(
        page.order_by(Person.created_at, Person.id).offset(start_index - 1).limit(count)
    )
    return [user_store.to_view(row) for row in rows], total


# Writing ----------------------------------------------------------------------------------


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


def _read(user: ScimUser) -> tuple[UserData, dict[str, Any]]:
    """Our fields and the resource to store, after the length and value rules."""
    dumped: dict[str, Any] = user.model_dump()
    check_lengths(dumped, USER_LIMITS)
    try:
        data = user_data(user)
    except ValueError as exc:
        raise ScimError(400, str(exc), "invalidValue") from exc
    _check_values(data)
    for email in user.emails or []:
        if email.value is not None and not valid_email(email.value.strip().lower()):
            raise ScimError(400, f"'{email.value}' is not an email address.", "invalidValue")
    return data, stored_attributes(dumped)


def _refs(person_id: uuid.UUID, email: str, external_id: str | None,
          user_name: str | None) -> list[str]:
    """What a report may have named this person by before they existed."""
    refs = {str(person_id)}
    if not email.endswith((NO_EMAIL_SUFFIX, ERASED_EMAIL_SUFFIX)):
        refs.add(email.lower())
    if external_id:
        refs.add(external_id)
    if user_name:
        refs.update((user_name, user_name.lower()))
    return sorted(refs)


def _unit(found: Found, department: str | None, current: UnitRef | None) -> tuple[
        UnitRef | None, UnitRef | None]:
    """(the person's unit, the unit to create); a department matching no unit creates one."""
    if not department:
        return None, None
    if found.unit is not None:
        return found.unit, None
    if current is not None and current.name == department:
        return current, None
    new = UnitRef(uuid.uuid4(), department[:user_store.NAME_MAX])
    return new, new


def _person(person_id: uuid.UUID, data: UserData, view: UserView | None, unit: UnitRef | None,
            manager_id: uuid.UUID | None) -> PersonFields:
    now = utcnow()
    return PersonFields(
        id=person_id, email=data.email or placeholder_email(person_id),
        given_name=data.given_name, family_name=data.family_name,
        external_id=data.external_id, job_title=data.job_title, site=data.site,
        employee_number=data.employee_number, active=data.active,
        created_at=view.person.created_at if view else now, updated_at=now,
        unit_id=unit.id if unit else None, manager_id=manager_id,
    )


def _profile(data: UserData, attributes: dict[str, Any], pending: str | None) -> ProfileFields:
    return ProfileFields(
        user_name=data.user_name, display_name=data.display_name, division=data.division,
        organization=data.organization, cost_center=data.cost_center,
        pending_manager_ref=pending, attributes=attributes,
    )


async def _adopt_waiting(session: AsyncSession, org_id: uuid.UUID, person: PersonFields,
                         waiting: list[uuid.UUID]) -> None:
    """Reports waiting for this person now report to them.

    A reference that would close a management cycle refuses this write: accepting it would
    leave the report's manager dangling with the inconsistency hidden.
    """
    for report in waiting:
        try:
            await check_new_manager(session, org_id, report, person.id)
        except ManagementCycle as exc:
            raise ScimError(
                400, f"User {report} names this user as manager, and this user reports to "
                f"them: that is a management cycle ({exc.detail})", "invalidValue") from exc
    await user_store.adopt_reports(session, org_id, person.id, waiting, person.updated_at)


async def create_user(session: AsyncSession, client: ScimPrincipal, user: ScimUser) -> UserView:
    """Provision a person: check and resolve in one statement, write in one more."""
    org_id = client.organisation_id
    data, attributes = _read(user)
    person_id = uuid.uuid4()
    found = await user_store.lookup(session, org_id, person_id, Wanted(
        user_name=data.user_name.lower(), email=data.email, external_id=data.external_id,
        department=data.department, manager_ref=data.manager_ref,
        refs=_refs(person_id, data.email or placeholder_email(person_id), data.external_id,
                   data.user_name),
    ))
    if found.taken:
        raise ScimError(409, f"Another user already has this {found.taken}.", "uniqueness")
    unit, new_unit = _unit(found, data.department, None)
    # A new person has no reports yet, so no manager can close a cycle through them.
    manager = found.manager
    person = _person(person_id, data, None, unit, manager.id if manager else None)
    pending = data.manager_ref if data.manager_ref and manager is None else None
    profile = _profile(data, attributes, pending)
    await user_store.insert_user(session, client, person, profile, new_unit,
                                 None if data.active else person.updated_at)
    waiting = [p for p in found.waiting if p != person_id]
    if waiting:
        await _adopt_waiting(session, org_id, person, waiting)
        await flag_hierarchy_conflicts(session, org_id)
    return UserView(person, profile, unit, manager, [])


def _changes(view: UserView, data: UserData) -> Wanted:
    """What a write to an existing user must check or resolve: only what changed."""
    person, profile = view.person, view.profile
    wanted = Wanted()
    current_user_name = profile.user_name if profile and profile.user_name else person.email
    if data.user_name.lower() != current_user_name.lower():
        wanted.user_name = data.user_name.lower()
    if data.email and data.email != person.email.lower():
        wanted.email = data.email
    if data.external_id and data.external_id != person.external_id:
        wanted.external_id = data.external_id
    if data.department and not (view.unit and view.unit.name == data.department):
        wanted.department = data.department
    current_ref = (str(view.manager.id) if view.manager
                   else profile.pending_manager_ref if profile else None)
    if data.manager_ref and data.manager_ref != current_ref:
        wanted.manager_ref = data.manager_ref
    email = data.email or placeholder_email(person.id)
    if (wanted.user_name or wanted.email or wanted.external_id
            or email.lower() != person.email.lower()):
        wanted.refs = _refs(person.id, email, data.external_id, data.user_name)
    return wanted


async def replace_user(session: AsyncSession, client: ScimPrincipal, view: UserView,
                       user: ScimUser, action: str) -> UserView:
    """Store a full representation over a locked user (PUT, and PATCH once applied)."""
    org_id = client.organisation_id
    data, attributes = _read(user)
    before = view.person
    found = await user_store.lookup(session, org_id, before.id, wanted := _changes(view, data))
    if found.taken:
        raise ScimError(409, f"Another user already has this {found.taken}.", "uniqueness")
    unit, new_unit = _unit(found, data.department, view.unit)
    if new_unit is not None:
        await user_store.create_unit(session, org_id, new_unit)
    manager, pending = view.manager, view.profile.pending_manager_ref if view.profile else None
    if not data.manager_ref:
        manager, pending = None, None
    elif wanted.manager_ref:
        manager, pending = found.manager, None if found.manager else data.manager_ref
        if found.manager is not None and found.manager_below:
            try:
                await check_new_manager(session, org_id, before.id, found.manager.id)
            except ManagementCycle as exc:
                raise ScimError(400, exc.detail, "invalidValue") from exc
            raise ScimError(400, "This manager reports to the user: that is a management "
                            "cycle.", "invalidValue")
    manager_id = manager.id if manager else None
    person = _person(before.id, data, view, unit, manager_id)
    profile = _profile(data, attributes, pending)
    # A new manager's conflicts are flagged within the write (from the chain before it).
    await user_store.update_user(session, client, person, profile, action,
                                 moved=manager_id != before.manager_id)
    if before.active != data.active:
        if data.active:
            await lifecycle.reactivate_people(session, org_id, [person.id], person.updated_at)
        else:
            await lifecycle.deactivate_people(session, org_id, [person.id], person.updated_at)
    waiting = [p for p in found.waiting if p != person.id]
    if waiting:
        await _adopt_waiting(session, org_id, person, waiting)
        await flag_hierarchy_conflicts(session, org_id)
    return UserView(person, profile, unit, manager, view.groups)


def _refuse_removing_active(payload: dict[str, Any]) -> None:
    for op in payload.get("Operations") or []:
        path = str(op.get("path", "")).strip().lower() if isinstance(op, dict) else ""
        if (isinstance(op, dict) and str(op.get("op", "")).lower() == "remove"
                and path in {"active", f"{CORE_USER.lower()}:active"}):
            raise ScimError(400, "'active' cannot be removed: replace it with true or false.",
                            "mutability")


def apply_patch(view: UserView, payload: Any, base_url: str) -> ScimUser:
    """The representation after the PATCH operations (RFC 7644 §3.5.2)."""
    require_schemas(payload, PATCH_OP_SCHEMA)
    _refuse_removing_active(payload)
    current = render(view, base_url)
    try:
        patch = PatchOp[ScimUser].model_validate(
            normalise_patch_payload(payload, base_url),
            scim_ctx=Context.RESOURCE_PATCH_REQUEST, scim_policy=PATCH_POLICY,
        )
        with PATCH_POLICY:
            patch.patch(current)
    except (ValidationError, SCIMException, ValueError) as exc:
        raise validation_error(exc) from exc
    return current
