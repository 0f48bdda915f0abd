"""Between our people and SCIM ``User[EnterpriseUser]`` resources, and the IdP quirks.

Quirks normalised before validation (RFC-strict clients are unaffected):
- Entra ID sends ``manager`` as a plain string id, and booleans as ``"True"``/``"False"``;
  PATCH ops are capitalised (``"Replace"``) and may have no ``path`` with dotted keys such as
  ``urn:...:enterprise:2.0:User:manager``. scim2-models accepts the op case and dotted keys;
  we turn plain-string managers into ``{"value": ...}`` with the ``$ref`` RFC 7643 requires.
- Okta PUTs back what it got from GET (``id``, ``meta``, read-only ``groups``): accepted.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from scim2_models import (
    Context,
    Email,
    EnterpriseUser,
    ScimPolicy,
    User,
)

from constel_api.directory.validation import parse_bool


class WorkEmail(Email):
    """Emails checked by our own rule (the CSV import's), not ``email-validator``'s: it
    refuses reserved domains (``.test``, ``.local``) that real directories hold, and a
    person we store must always render."""

    value: str | None = None


class ScimUser(User[EnterpriseUser]):
    emails: list[WorkEmail] | None = None  # type: ignore[assignment]


ENTERPRISE = str(EnterpriseUser.__schema__)
CORE_USER = str(User.__schema__)
MANAGER_KEY = f"{ENTERPRISE}:manager"
PATCH_OP_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"

# What identity providers send that the strict reading refuses, accepted here.
POLICY = ScimPolicy(
    unknown=ScimPolicy.Unknown.ignore,
    remove_value_as_filter=ScimPolicy.RemoveValue.apply,
    unmatched_path_filter=ScimPolicy.UnmatchedPathFilter.create,
)
# PATCH paths name attributes: an unknown one is ``invalidPath``, never ignored.
PATCH_POLICY = ScimPolicy(
    remove_value_as_filter=ScimPolicy.RemoveValue.apply,
    unmatched_path_filter=ScimPolicy.UnmatchedPathFilter.create,
)
NO_EMAIL_SUFFIX = "@no-email.invalid"
NAME_MAX = 200  # people.given_name / family_name
# Never stored: identifiers and server data, read-only membership, and passwords (people
# sign in with their own password or through SSO, never one an HRIS chose).
NOT_STORED = ("id", "meta", "groups", "password")


def placeholder_email(person_id: uuid.UUID) -> str:
    """A person provisioned without an email: unique, never deliverable, never shown."""
    return f"no-email-{person_id.hex}{NO_EMAIL_SUFFIX}"


def has_real_email(email: str) -> bool:
    return not email.endswith(NO_EMAIL_SUFFIX)


def full_name(given: str | None, family: str | None) -> str:
    """"Given Family" without a stray space when one part is empty."""
    return " ".join(part for part in (given, family) if part)


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
    email: str | None
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


def _chosen(items: list[Any], *, typed: str = "work") -> int | None:
    """The entry we keep in a typed column: the primary one, else the work one, else the first."""
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("primary") is True:
            return index
    for index, item in enumerate(items):
        if isinstance(item, dict) and str(item.get("type") or "") == typed:
            return index
    return 0 if items else None


def _site_index(addresses: list[Any]) -> int | None:
    for index, address in enumerate(addresses):
        if (isinstance(address, dict) and address.get("locality")
                and str(address.get("type") or "work") == "work"):
            return index
    return None


def stored_attributes(dumped: dict[str, Any]) -> dict[str, Any]:
    """The resource as written (``ScimUser.model_dump()``, changed in place), for the JSONB
    beside the typed columns."""
    for key in NOT_STORED:
        dumped.pop(key, None)
    extension = dumped.get(ENTERPRISE)
    if isinstance(extension, dict) and isinstance(extension.get("manager"), dict):
        extension["manager"] = {"value": extension["manager"].get("value")}
    return dumped


def user_data(user: ScimUser) -> UserData:
    """Read our fields out of a validated User; raises ``ValueError`` on what we cannot store."""
    user_name = (user.user_name or "").strip()
    if not user_name:
        raise ValueError("userName is required.")
    emails = [e.model_dump() for e in user.emails or []]
    index = _chosen(emails)
    chosen = emails[index].get("value") if index is not None else None
    email: str | None = str(chosen or "").strip().lower() or None
    if email is None and "@" in user_name:
        email = user_name.lower()
    name = user.name
    given = (name.given_name if name else None) or ""
    family = (name.family_name if name else None) or ""
    if not given.strip() and not family.strip():
        # Derived, not sent: cut to the columns (a long displayName or userName is valid).
        display = user.display_name or user_name.split("@")[0]
        given, _, family = display.strip().partition(" ")
        given, family = given[:NAME_MAX], family[:NAME_MAX]
    addresses = [a.model_dump() for a in user.addresses or []]
    site_index = _site_index(addresses)
    extension = user[EnterpriseUser] if ENTERPRISE in (user.schemas or []) else None
    extension = extension or getattr(user, "EnterpriseUser", None)
    manager = extension.manager if extension else None
    return UserData(
        user_name=user_name,
        email=email,
        given_name=given.strip(),
        family_name=family.strip(),
        display_name=user.display_name,
        external_id=user.external_id,
        job_title=user.title,
        site=addresses[site_index]["locality"] if site_index is not None else None,
        active=True if user.active is None else bool(user.active),
        employee_number=extension.employee_number if extension else None,
        department=extension.department if extension else None,
        division=extension.division if extension else None,
        organization=extension.organization if extension else None,
        cost_center=extension.cost_center if extension else None,
        manager_ref=(manager.value or None) if manager else None,
    )


def _prefer(stored: Any, column: str | None, same: Callable[[str], str] = str.strip) -> Any:
    """What was written when the typed column still agrees with it, else the column.

    The column wins when someone changed it elsewhere (an admin, a CSV import); otherwise
    the client reads back exactly what it wrote, not our normalised copy.
    """
    if column is None:
        return None
    if isinstance(stored, str) and same(stored) == same(column):
        return stored
    return column


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    if value is None or value == "" or value == []:
        target.pop(key, None)
    else:
        target[key] = value


def _emails(stored: list[Any], person: PersonFields) -> list[Any]:
    emails = [dict(e) for e in stored if isinstance(e, dict)]
    if not has_real_email(person.email):
        return emails
    index = _chosen(emails)
    if index is None:
        return [{"value": person.email, "type": "work", "primary": True}]
    emails[index]["value"] = _prefer(emails[index].get("value"), person.email,
                                     lambda v: v.strip().lower())
    return emails


def _addresses(stored: list[Any], site: str | None) -> list[Any]:
    addresses = [dict(a) for a in stored if isinstance(a, dict)]
    index = _site_index(addresses)
    if index is None:
        if site:
            addresses.append({"type": "work", "locality": site})
        return addresses
    _put(addresses[index], "locality", _prefer(addresses[index].get("locality"), site))
    return [a for a in addresses if any(k != "type" for k in a)]


@dataclass
class PersonFields:
    """What a User shows of a person (columns of ``people``, read or just written)."""

    id: uuid.UUID
    email: str
    given_name: str
    family_name: str
    external_id: str | None
    job_title: str | None
    site: str | None
    employee_number: str | None
    active: bool
    created_at: datetime
    updated_at: datetime
    unit_id: uuid.UUID | None
    manager_id: uuid.UUID | None


@dataclass
class ProfileFields:
    """The person's ``directory_profiles`` row: SCIM-only attributes and the resource."""

    user_name: str | None
    display_name: str | None
    division: str | None
    organization: str | None
    cost_center: str | None
    pending_manager_ref: str | None
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitRef:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class ManagerRef:
    id: uuid.UUID
    given_name: str
    family_name: str


@dataclass(frozen=True)
class GroupRef:
    id: uuid.UUID
    display_name: str


@dataclass
class UserView:
    person: PersonFields
    profile: ProfileFields | None
    unit: UnitRef | None
    manager: ManagerRef | None
    groups: list[GroupRef]


def scim_datetime(value: datetime) -> str:
    """RFC 3339 in UTC with ``Z``, as scim2-models serialises ``meta`` dates."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def user_body(v: UserView, base_url: str) -> dict[str, Any]:
    """The SCIM representation: the stored resource, with our typed columns authoritative."""
    person, profile = v.person, v.profile
    stored: dict[str, Any] = dict(profile.attributes or {}) if profile else {}
    body: dict[str, Any] = {k: stored[k] for k in stored if k not in NOT_STORED}
    body["schemas"] = [CORE_USER, ENTERPRISE]
    body["id"] = str(person.id)
    _put(body, "externalId", _prefer(stored.get("externalId"), person.external_id, str))
    user_name = profile.user_name if profile and profile.user_name else person.email
    body["userName"] = _prefer(stored.get("userName"), user_name)
    name = dict(stored.get("name") or {})
    _put(name, "givenName", _prefer(name.get("givenName"), person.given_name or None))
    _put(name, "familyName", _prefer(name.get("familyName"), person.family_name or None))
    name.setdefault("formatted", full_name(person.given_name, person.family_name))
    body["name"] = name
    body["displayName"] = (profile.display_name if profile and profile.display_name
                           else full_name(person.given_name, person.family_name))
    _put(body, "title", _prefer(stored.get("title"), person.job_title, str))
    body["active"] = person.active
    _put(body, "emails", _emails(stored.get("emails") or [], person))
    _put(body, "addresses", _addresses(stored.get("addresses") or [], person.site))
    _put(body, "groups", [
        {"value": str(g.id), "display": g.display_name, "type": "direct",
         "$ref": f"{base_url}/Groups/{g.id}"} for g in v.groups
    ])
    extension = dict(stored.get(ENTERPRISE) or {})
    extension.pop("manager", None)
    _put(extension, "employeeNumber", person.employee_number)
    _put(extension, "department", _prefer(extension.get("department"),
                                          v.unit.name if v.unit else None,
                                          lambda d: d.strip().casefold()))
    _put(extension, "division", profile.division if profile else None)
    _put(extension, "organization", profile.organization if profile else None)
    _put(extension, "costCenter", profile.cost_center if profile else None)
    if v.manager is not None:
        extension["manager"] = {
            "value": str(v.manager.id), "$ref": user_ref(base_url, str(v.manager.id)),
            "displayName": full_name(v.manager.given_name, v.manager.family_name)}
    elif profile is not None and profile.pending_manager_ref:
        ref = profile.pending_manager_ref
        extension["manager"] = {"value": ref, "$ref": user_ref(base_url, ref)}
    _put(body, ENTERPRISE, extension)
    body["meta"] = {
        "resourceType": "User", "created": scim_datetime(person.created_at),
        "lastModified": scim_datetime(person.updated_at),
        "location": user_ref(base_url, str(person.id)),
    }
    body["meta"]["version"] = version(body)
    return body


def version(body: dict[str, Any]) -> str:
    """A weak ETag over the whole representation (meta aside): any change changes it."""
    content = {k: v for k, v in body.items() if k != "meta"}
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode())
    return f'W/"{digest.hexdigest()[:20]}"'


def to_scim_user(v: UserView, base_url: str) -> ScimUser:
    return ScimUser.model_validate(user_body(v, base_url), scim_policy=POLICY)


def dump_user(user: ScimUser, context: Context, params: Any = None) -> dict[str, Any]:
    dumped: dict[str, Any] = user.model_dump(
        scim_ctx=context, response_parameters=params, scim_policy=POLICY
    )
    return dumped
