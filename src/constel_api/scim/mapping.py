"""Between our people and SCIM ``User[EnterpriseUser]`` resources, and the IdP quirks.

Quirks normalised before validation (RFC-strict clients are unaffected):
- Entra ID sends ``manager`` as a plain string id, and booleans as ``"True"``/``"False"``;
  PATCH ops are capitalised (``"Replace"``) and may have no ``path`` with dotted keys such as
  ``urn:...:enterprise:2.0:User:manager``. scim2-models accepts the op case and dotted keys;
  we turn plain-string managers into ``{"value": ...}`` with the ``$ref`` RFC 7643 requires.
- Okta PUTs back what it got from GET (``id``, ``meta``, read-only ``groups``): accepted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from scim2_models import (
    Address,
    Context,
    Email,
    EnterpriseUser,
    GroupMembership,
    Manager,
    Meta,
    Name,
    ScimPolicy,
    User,
)

from constel_api.directory.validation import parse_bool
from constel_api.models import DirectoryProfile, OrgUnit, Person

ScimUser = User[EnterpriseUser]
ENTERPRISE = str(EnterpriseUser.__schema__)
CORE_USER = str(User.__schema__)
MANAGER_KEY = f"{ENTERPRISE}:manager"

# What identity providers send that the strict reading refuses, accepted here.
POLICY = ScimPolicy(
    unknown=ScimPolicy.Unknown.ignore,
    remove_value_as_filter=ScimPolicy.RemoveValue.apply,
    unmatched_path_filter=ScimPolicy.UnmatchedPathFilter.create,
)


def user_ref(base_url: str, value: str) -> str:
    return f"{base_url}/Users/{value}"


def _manager_value(value: Any, base_url: str) -> Any:
    if isinstance(value, str):
        value = {"value": value}
    if isinstance(value, dict):
        value = dict(value)
        ref = value.get("value")
        if isinstance(ref, str) and ref and not value.get("$ref"):
            value["$ref"] = user_ref(base_url, ref)
        if not ref:
            return None
    return value


def normalise_user_payload(payload: Any, base_url: str) -> Any:
    """Fix the Entra/Okta shapes of a User body before scim2-models validates it."""
    if not isinstance(payload, dict):
        return payload
    body = dict(payload)
    extension = body.get(ENTERPRISE)
    if isinstance(extension, dict) and "manager" in extension:
        extension = dict(extension)
        extension["manager"] = _manager_value(extension["manager"], base_url)
        body[ENTERPRISE] = extension
    if MANAGER_KEY in body:
        body[MANAGER_KEY] = _manager_value(body[MANAGER_KEY], base_url)
    if isinstance(body.get("active"), str):
        parsed = parse_bool(body["active"], default=True)
        if parsed is not None:
            body["active"] = parsed
    return body


def normalise_patch_payload(payload: Any, base_url: str) -> Any:
    """Entra PATCH: plain-string managers (with or without ``path``), string booleans."""
    if not isinstance(payload, dict) or not isinstance(payload.get("Operations"), list):
        return payload
    operations = []
    for op in payload["Operations"]:
        if not isinstance(op, dict):
            operations.append(op)
            continue
        op = dict(op)
        path = op.get("path")
        lowered = path.lower() if isinstance(path, str) else None
        if lowered in {MANAGER_KEY.lower(), f"{MANAGER_KEY}.value".lower()}:
            if lowered and lowered.endswith(".value"):
                op["path"] = MANAGER_KEY
            op["value"] = _manager_value(op.get("value"), base_url)
            if op["value"] is None and str(op.get("op", "")).lower() != "remove":
                op = {"op": "remove", "path": MANAGER_KEY}
        elif lowered == "active" and isinstance(op.get("value"), str):
            op["value"] = parse_bool(op["value"], default=True)
        elif path is None and isinstance(op.get("value"), dict):
            op["value"] = normalise_user_payload(op["value"], base_url)
        operations.append(op)
    return {**payload, "Operations": operations}


@dataclass
class UserData:
    """The person fields a SCIM User sets (a replacement: absent means cleared)."""

    user_name: str
    email: str
    given_name: str
    family_name: str
    display_name: str | None
    external_id: str | None
    job_title: str | None
    site: str | None
    active: bool
    employee_number: str | None
    department: str | None
    division: str | None
    organization: str | None
    cost_center: str | None
    manager_ref: str | None


def user_data(user: ScimUser) -> UserData:
    """Read our fields out of a validated User; raises ``ValueError`` on what we cannot store."""
    user_name = (user.user_name or "").strip()
    if not user_name:
        raise ValueError("userName is required.")
    emails = list(user.emails or [])
    chosen = next((e for e in emails if e.primary), None) or next(
        (e for e in emails if str(e.type or "") == "work"), None
    ) or (emails[0] if emails else None)
    email = (chosen.value if chosen and chosen.value else user_name).strip().lower()
    if "@" not in email:
        raise ValueError("A work email (or an email userName) is required.")
    name = user.name
    given = (name.given_name if name else None) or ""
    family = (name.family_name if name else None) or ""
    if not given and not family:
        display = user.display_name or user_name.split("@")[0]
        given, _, family = display.partition(" ")
    site = None
    for address in user.addresses or []:
        if address.locality and (address.type is None or str(address.type) == "work"):
            site = address.locality
            break
    extension = user[EnterpriseUser] if ENTERPRISE in (user.schemas or []) else None
    extension = extension or getattr(user, "EnterpriseUser", None)
    manager = extension.manager if extension else None
    return UserData(
        user_name=user_name,
        email=email,
        given_name=given.strip()[:200],
        family_name=family.strip()[:200],
        display_name=user.display_name,
        external_id=user.external_id,
        job_title=user.title,
        site=site,
        active=True if user.active is None else bool(user.active),
        employee_number=extension.employee_number if extension else None,
        department=extension.department if extension else None,
        division=extension.division if extension else None,
        organization=extension.organization if extension else None,
        cost_center=extension.cost_center if extension else None,
        manager_ref=(manager.value or None) if manager else None,
    )


def _iso(value: datetime) -> datetime:
    return value


def to_scim_user(
    person: Person,
    profile: DirectoryProfile | None,
    unit: OrgUnit | None,
    manager: Person | None,
    base_url: str,
) -> ScimUser:
    user = ScimUser(
        id=str(person.id),
        external_id=person.external_id,
        user_name=(profile.user_name if profile and profile.user_name else person.email),
        name=Name(given_name=person.given_name or None, family_name=person.family_name or None,
                  formatted=person.display_name),
        display_name=(profile.display_name if profile and profile.display_name
                      else person.display_name),
        title=person.job_title,
        active=person.active,
        emails=[Email(value=person.email, type=Email.Type.work, primary=True)],
        addresses=[Address(type=Address.Type.work, locality=person.site)] if person.site else None,
        groups=[GroupMembership(value=str(unit.id), display=unit.name)] if unit else None,
        meta=Meta(
            resource_type="User",
            created=person.created_at,
            last_modified=person.updated_at,
            location=user_ref(base_url, str(person.id)),
        ),
    )
    manager_value: str | None = None
    manager_display: str | None = None
    if manager is not None:
        manager_value, manager_display = str(manager.id), manager.display_name
    elif profile is not None and profile.pending_manager_ref:
        manager_value = profile.pending_manager_ref
    user[EnterpriseUser] = EnterpriseUser(
        employee_number=person.employee_number,
        department=unit.name if unit else None,
        division=profile.division if profile else None,
        organization=profile.organization if profile else None,
        cost_center=profile.cost_center if profile else None,
        manager=Manager(value=manager_value, ref=user_ref(base_url, manager_value),
                        display_name=manager_display) if manager_value else None,
    )
    return user


def dump_user(user: ScimUser, context: Context, params: Any = None) -> dict[str, Any]:
    dumped: dict[str, Any] = user.model_dump(
        scim_ctx=context, response_parameters=params, scim_policy=POLICY
    )
    return dumped


def new_person_id() -> uuid.UUID:
    return uuid.uuid4()
