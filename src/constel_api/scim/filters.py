"""SCIM filters (parsed by scim2-models) turned into SQL conditions on our tables.

Supported: every comparison operator, ``pr``, ``and``/``or``/``not`` and value paths such
as ``emails[type eq "work"].value eq "x"``, on the attributes listed in ``USER_ATTRIBUTES``
and ``GROUP_ATTRIBUTES``. Anything else is ``invalidFilter`` rather than a silent match-all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from scim2_models import Group, ScimFilter
from scim2_models.path import (
    AttrPath,
    CompareOperator,
    Comparison,
    FilterNode,
    LogicalExpr,
    LogicalOperator,
    Not,
    Present,
    ValuePath,
)
from sqlalchemy import (
    String,
    and_,
    case,
    cast,
    exists,
    false,
    func,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.orm import aliased

from constel_api.gdpr.erasure import ERASED_EMAIL_SUFFIX
from constel_api.models import DirectoryProfile, OrgUnit, Person, ScimGroup, ScimGroupMember
from constel_api.scim.errors import ScimError
from constel_api.scim.mapping import CORE_USER, ENTERPRISE, NO_EMAIL_SUFFIX, ScimUser

Column = Any  # a SQL expression (column, function or condition)


def _unit_name() -> Column:
    return (
        select(OrgUnit.name).where(OrgUnit.id == Person.unit_id).scalar_subquery()
    )


def _email() -> Column:
    """The work email as SCIM shows it: none for a person provisioned without one."""
    return case((Person.email.like(f"%{NO_EMAIL_SUFFIX}"), None), else_=Person.email)


def _manager_id() -> Column:
    """The manager's id as SCIM shows it: an erased manager is nobody's manager."""
    manager = aliased(Person)
    return (
        select(cast(manager.id, String))
        .where(manager.id == Person.manager_id,
               manager.email.not_like(f"%{ERASED_EMAIL_SUFFIX}"))
        .scalar_subquery()
    )


# (column, case_exact, kind); kind: "str", "bool" or "date"
USER_ATTRIBUTES: dict[str, Callable[[], tuple[Column, bool, str]]] = {
    "id": lambda: (cast(Person.id, String), True, "str"),
    "username": lambda: (func.coalesce(DirectoryProfile.user_name, Person.email), False, "str"),
    "externalid": lambda: (Person.external_id, True, "str"),
    "emails": lambda: (_email(), False, "str"),
    "emails.value": lambda: (_email(), False, "str"),
    "name.givenname": lambda: (Person.given_name, False, "str"),
    "name.familyname": lambda: (Person.family_name, False, "str"),
    "displayname": lambda: (
        func.coalesce(DirectoryProfile.display_name,
                      Person.given_name + " " + Person.family_name), False, "str"),
    "title": lambda: (Person.job_title, False, "str"),
    "active": lambda: (Person.active, False, "bool"),
    "meta.created": lambda: (Person.created_at, False, "date"),
    "meta.lastmodified": lambda: (Person.updated_at, False, "date"),
    "employeenumber": lambda: (Person.employee_number, True, "str"),
    "department": lambda: (_unit_name(), False, "str"),
    "division": lambda: (DirectoryProfile.division, False, "str"),
    "organization": lambda: (DirectoryProfile.organization, False, "str"),
    "manager": lambda: (_manager_id(), True, "str"),
    "manager.value": lambda: (_manager_id(), True, "str"),
}

def _member_ids() -> Column:
    """Any member's id (for ``pr``); ``members eq "<id>"`` is an EXISTS in ``_compare``."""
    return (
        select(cast(ScimGroupMember.person_id, String))
        .where(ScimGroupMember.group_id == ScimGroup.id)
        .limit(1)
        .scalar_subquery()
    )


GROUP_ATTRIBUTES: dict[str, Callable[[], tuple[Column, bool, str]]] = {
    "id": lambda: (cast(ScimGroup.id, String), True, "str"),
    "displayname": lambda: (ScimGroup.display_name, False, "str"),
    "externalid": lambda: (ScimGroup.external_id, True, "str"),
    "meta.created": lambda: (ScimGroup.created_at, False, "date"),
    "meta.lastmodified": lambda: (ScimGroup.updated_at, False, "date"),
    "members": lambda: (_member_ids(), True, "set"),
    "members.value": lambda: (_member_ids(), True, "set"),
}

_URNS = {CORE_USER.lower(), ENTERPRISE.lower(), str(Group.__schema__).lower()}


def _key(path: AttrPath, prefix: str | None = None) -> str:
    if path.uri and path.uri.lower() not in _URNS:
        raise ScimError(400, f"Unknown schema in filter: {path.uri}.", "invalidFilter")
    parts = [p for p in (prefix, path.attr, path.sub_attr) if p]
    return ".".join(parts).lower()


def _compare(
    attrs: dict[str, Callable[[], tuple[Column, bool, str]]], key: str, op: CompareOperator,
    value: Any,
) -> Column:
    if key == "emails.type":
        # Every email we hold is the person's work email.
        matched = op == CompareOperator.eq and str(value).lower() == "work"
        return true() if matched else false()
    if key == "emails.primary":
        return true() if op == CompareOperator.eq and value is True else false()
    if key not in attrs:
        raise ScimError(400, f"Filtering on '{key}' is not supported.", "invalidFilter")
    column, case_exact, kind = attrs[key]()
    if kind == "set":
        if op != CompareOperator.eq:
            raise ScimError(400, f"Only 'eq' applies to '{key}'.", "invalidFilter")
        try:
            member = uuid.UUID(str(value))
        except ValueError:
            return false()
        return exists().where(ScimGroupMember.group_id == ScimGroup.id,
                              ScimGroupMember.person_id == member)
    if kind == "bool":
        flag = value if isinstance(value, bool) else str(value).lower() == "true"
        if op == CompareOperator.eq:
            return column.is_(flag)
        if op == CompareOperator.ne:
            return column.is_not(flag)
        raise ScimError(400, f"'{op}' does not apply to a boolean.", "invalidFilter")
    if kind == "date":
        try:
            operand: Any = (value if isinstance(value, datetime)
                            else datetime.fromisoformat(str(value).replace("Z", "+00:00")))
        except ValueError as exc:
            raise ScimError(400, "Dates must be ISO 8601.", "invalidFilter") from exc
    else:
        if value is None:
            return column.is_(None) if op == CompareOperator.eq else column.is_not(None)
        operand = str(value)
        if not case_exact:
            column, operand = func.lower(column), operand.lower()
    operations: dict[CompareOperator, Callable[[], Column]] = {
        CompareOperator.eq: lambda: column == operand,
        CompareOperator.ne: lambda: or_(column != operand, column.is_(None)),
        CompareOperator.co: lambda: column.contains(operand, autoescape=True),
        CompareOperator.sw: lambda: column.startswith(operand, autoescape=True),
        CompareOperator.ew: lambda: column.endswith(operand, autoescape=True),
        CompareOperator.gt: lambda: column > operand,
        CompareOperator.ge: lambda: column >= operand,
        CompareOperator.lt: lambda: column < operand,
        CompareOperator.le: lambda: column <= operand,
    }
    return operations[op]()


def _to_sql(
    node: FilterNode, attrs: dict[str, Callable[[], tuple[Column, bool, str]]],
    prefix: str | None = None,
) -> Column:
    if isinstance(node, LogicalExpr):
        terms = [_to_sql(t, attrs, prefix) for t in node.terms]
        return and_(*terms) if node.op == LogicalOperator.and_ else or_(*terms)
    if isinstance(node, Not):
        return not_(_to_sql(node.expr, attrs, prefix))
    if isinstance(node, Present):
        key = _key(node.attr_path, prefix)
        if key in {"emails.type", "emails.primary"}:
            return true()
        if key not in attrs:
            raise ScimError(400, f"Filtering on '{key}' is not supported.", "invalidFilter")
        column = attrs[key]()[0]
        return and_(column.is_not(None), cast(column, String) != "")
    if isinstance(node, Comparison):
        return _compare(attrs, _key(node.attr_path, prefix), node.op, node.value)
    if isinstance(node, ValuePath):
        inner_prefix = _key(node.attr_path, prefix)
        return _to_sql(node.val_filter, attrs, inner_prefix)
    raise ScimError(400, "Unsupported filter expression.", "invalidFilter")


def _parse(expression: str, model: Any) -> FilterNode:
    try:
        return ScimFilter[model](expression).ast
    except Exception as exc:
        raise ScimError(400, f"Invalid filter: {exc}", "invalidFilter") from exc


def user_filter(expression: str) -> Column:
    return _to_sql(_parse(expression, ScimUser), USER_ATTRIBUTES)


def group_filter(expression: str) -> Column:
    return _to_sql(_parse(expression, Group), GROUP_ATTRIBUTES)
