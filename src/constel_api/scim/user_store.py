"""The SQL behind SCIM Users, in as few round trips as a request allows.

An identity provider's first sync is tens of thousands of requests, one person each, so
every round trip counts: a user is read with everything its representation shows in one
statement (``select_views``); everything a write must check or resolve (uniqueness, the
department's unit, the manager and whether they sit below the person, people waiting for
this person as their manager) is one statement (``lookup``); the write itself, with its
audit event, is one statement (``insert_user`` / ``update_user``). Rows are read as plain
columns, never as ORM objects, and nothing is read back after a write: the response is
built from what was written.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    ARRAY,
    Select,
    String,
    Table,
    Uuid,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB, aggregate_order_by, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from constel_api.directory.chain import HIERARCHY_CONFLICT
from constel_api.gdpr.erasure import ERASED_EMAIL_SUFFIX
from constel_api.models import (
    OPEN_MENTORSHIP_STATUSES,
    DirectoryProfile,
    ManagementLink,
    Mentorship,
    OrgUnit,
    Person,
    Role,
    ScimGroup,
    ScimGroupMember,
)
from constel_api.scim.mapping import (
    GroupRef,
    ManagerRef,
    PersonFields,
    ProfileFields,
    UnitRef,
    UserView,
)
from constel_api.scim.principal import ScimPrincipal
from constel_api.scim.trail import audit_insert

PEOPLE = cast(Table, Person.__table__)
PROFILES = cast(Table, DirectoryProfile.__table__)
UNITS = cast(Table, OrgUnit.__table__)
NAME_MAX = 200  # org_units.name


def served() -> Any:
    """People SCIM shows: everyone but the erased (their pseudonym is not an identity)."""
    return Person.email.not_like(f"%{ERASED_EMAIL_SUFFIX}")


# Reading ----------------------------------------------------------------------------------

_MANAGER = aliased(Person, name="mgr")


def _groups_of_person() -> Any:
    """The person's groups, in creation order, as a JSON array of [id, displayName]."""
    pairs = func.jsonb_build_array(ScimGroup.id, ScimGroup.display_name)
    return (
        select(func.coalesce(
            func.jsonb_agg(aggregate_order_by(pairs, ScimGroup.created_at, ScimGroup.id)),
            literal_column("'[]'::jsonb"), type_=JSONB))
        .select_from(ScimGroupMember)
        .join(ScimGroup, ScimGroup.id == ScimGroupMember.group_id)
        .where(ScimGroupMember.person_id == Person.id,
               ScimGroupMember.organisation_id == Person.organisation_id)
        .correlate(Person)
        .scalar_subquery()
    )


def select_views(org_id: uuid.UUID) -> Select[*tuple[Any, ...]]:
    """Users of the organisation with their profile, unit, manager and groups, one row each."""
    return (
        select(
            Person.id, Person.email, Person.given_name, Person.family_name,
            Person.external_id, Person.job_title, Person.site, Person.employee_number,
            Person.active, Person.created_at, Person.updated_at, Person.unit_id,
            Person.manager_id,
            DirectoryProfile.person_id.label("profile_id"), DirectoryProfile.user_name,
            DirectoryProfile.display_name, DirectoryProfile.division,
            DirectoryProfile.organization, DirectoryProfile.cost_center,
            DirectoryProfile.pending_manager_ref, DirectoryProfile.attributes,
            OrgUnit.name.label("unit_name"),
            _MANAGER.id.label("mgr_id"), _MANAGER.given_name.label("mgr_given_name"),
            _MANAGER.family_name.label("mgr_family_name"),
            _groups_of_person().label("group_refs"),
        )
        .select_from(Person)
        .outerjoin(DirectoryProfile, DirectoryProfile.person_id == Person.id)
        .outerjoin(OrgUnit, and_(OrgUnit.id == Person.unit_id, OrgUnit.organisation_id == org_id))
        .outerjoin(_MANAGER, and_(_MANAGER.id == Person.manager_id,
                                  _MANAGER.organisation_id == org_id,
                                  _MANAGER.email.not_like(f"%{ERASED_EMAIL_SUFFIX}")))
        .where(Person.organisation_id == org_id, served())
    )


def to_view(row: Any) -> UserView:
    person = PersonFields(
        id=row.id, email=row.email, given_name=row.given_name, family_name=row.family_name,
        external_id=row.external_id, job_title=row.job_title, site=row.site,
        employee_number=row.employee_number, active=row.active, created_at=row.created_at,
        updated_at=row.updated_at, unit_id=row.unit_id, manager_id=row.manager_id,
    )
    profile = ProfileFields(
        user_name=row.user_name, display_name=row.display_name, division=row.division,
        organization=row.organization, cost_center=row.cost_center,
        pending_manager_ref=row.pending_manager_ref, attributes=row.attributes or {},
    ) if row.profile_id is not None else None
    return UserView(
        person, profile,
        UnitRef(row.unit_id, row.unit_name) if row.unit_name is not None else None,
        ManagerRef(row.mgr_id, row.mgr_given_name, row.mgr_family_name)
        if row.mgr_id is not None else None,
        [GroupRef(uuid.UUID(g[0]), g[1]) for g in row.group_refs or []],
    )


async def lock_person(session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID) -> bool:
    """Hold the person's row (``FOR NO KEY UPDATE``) until the commit; False if not served.

    A statement of its own: under READ COMMITTED a locking read that waited returns the
    locked row as now committed but the rows it joins as they were when it started, so the
    view is read after the lock, by the next statement.
    """
    locked = await session.execute(
        select(Person.id).where(Person.organisation_id == org_id, Person.id == person_id,
                                served())
        .with_for_update(key_share=True)
    )
    return locked.first() is not None


async def load_view(session: AsyncSession, org_id: uuid.UUID,
                    person_id: uuid.UUID) -> UserView | None:
    row = (await session.execute(select_views(org_id).where(Person.id == person_id))).first()
    return to_view(row) if row is not None else None


# Checking and resolving, in one statement -------------------------------------------------


@dataclass
class Wanted:
    """What a write needs checked or resolved; ``None`` means "unchanged, skip"."""

    user_name: str | None = None  # lower-cased
    email: str | None = None  # lower-cased
    external_id: str | None = None
    department: str | None = None
    manager_ref: str | None = None
    refs: list[str] = field(default_factory=list)  # this person's references, for waiters

    def any(self) -> bool:
        return any((self.user_name, self.email, self.external_id, self.department,
                    self.manager_ref, self.refs))


@dataclass
class Found:
    taken: str | None = None  # the attribute another user already holds
    unit: UnitRef | None = None
    manager: ManagerRef | None = None
    manager_below: bool = False  # the manager is the person or one of their reports
    waiting: list[uuid.UUID] = field(default_factory=list)


_TAKEN = {
    "userName": """(EXISTS (SELECT 1 FROM directory_profiles d
                   WHERE d.organisation_id = :org AND lower(d.user_name) = :user_name
                     AND d.person_id <> :self)
             OR EXISTS (SELECT 1 FROM people p
                   LEFT JOIN directory_profiles d ON d.person_id = p.id
                   WHERE p.organisation_id = :org AND lower(p.email) = :user_name
                     AND d.user_name IS NULL AND p.id <> :self))""",
    "email": """EXISTS (SELECT 1 FROM people p WHERE p.organisation_id = :org
                   AND lower(p.email) = :email AND p.id <> :self)""",
    "externalId": """EXISTS (SELECT 1 FROM people p WHERE p.organisation_id = :org
                   AND p.external_id = :external_id AND p.id <> :self)""",
}
_PARAM = {"userName": "user_name", "email": "email", "externalId": "external_id"}
# The unit whose external id, else name, is the department (as resolve_unit does).
_UNIT = """LEFT JOIN LATERAL (
    SELECT u.id, u.name FROM org_units u
    WHERE u.organisation_id = :org AND (u.external_id = :department
                                        OR lower(u.name) = :department_lower)
    ORDER BY (u.external_id = :department) DESC, u.created_at LIMIT 1) AS unit ON true"""
# A manager reference is our id (what we return), else an externalId, userName or email;
# each branch is one index look-up.
_MANAGER_SQL = """LEFT JOIN LATERAL (
    SELECT c.id, c.given_name, c.family_name,
           EXISTS (SELECT 1 FROM management_chain mc
                   WHERE mc.ancestor_id = :self AND mc.descendant_id = c.id) AS below
    FROM (
        SELECT 0 AS rank, p.id, p.given_name, p.family_name FROM people p
        WHERE p.organisation_id = :org AND p.id = :manager_id AND p.email NOT LIKE :erased
      UNION ALL
        SELECT 1, p.id, p.given_name, p.family_name FROM people p
        WHERE p.organisation_id = :org AND p.external_id = :manager_ref AND p.email NOT LIKE :erased
      UNION ALL
        SELECT 2, p.id, p.given_name, p.family_name FROM directory_profiles d
        JOIN people p ON p.id = d.person_id
        WHERE d.organisation_id = :org AND lower(d.user_name) = :manager_lower
          AND p.email NOT LIKE :erased
      UNION ALL
        SELECT 3, p.id, p.given_name, p.family_name FROM people p
        WHERE p.organisation_id = :org AND lower(p.email) = :manager_lower
          AND p.email NOT LIKE :erased
    ) AS c ORDER BY c.rank LIMIT 1) AS mgr ON true"""
_WAITING = """ARRAY(SELECT d.person_id FROM directory_profiles d
    WHERE d.organisation_id = :org AND d.pending_manager_ref = ANY(:refs)
      AND d.person_id <> :self)"""


async def lookup(session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID,
                 wanted: Wanted) -> Found:
    """Everything ``wanted`` asks, in one round trip."""
    columns: list[str] = []
    joins: list[str] = []
    params: dict[str, Any] = {"org": org_id, "self": person_id}
    types: list[Any] = [bindparam("org", type_=Uuid), bindparam("self", type_=Uuid)]
    for label, sql in _TAKEN.items():
        value = getattr(wanted, _PARAM[label])
        if value:
            columns.append(f"{sql} AS taken_{_PARAM[label]}")
            params[_PARAM[label]] = value
            types.append(bindparam(_PARAM[label], type_=String))
    if wanted.department:
        columns += ["unit.id AS unit_id", "unit.name AS unit_name"]
        joins.append(_UNIT)
        params |= {"department": wanted.department,
                   "department_lower": wanted.department.lower()}
        types += [bindparam("department", type_=String),
                  bindparam("department_lower", type_=String)]
    if wanted.manager_ref:
        ref = wanted.manager_ref
        try:
            manager_id: uuid.UUID | None = uuid.UUID(ref)
        except ValueError:
            manager_id = None
        columns += ["mgr.id AS mgr_id", "mgr.given_name AS mgr_given_name",
                    "mgr.family_name AS mgr_family_name", "mgr.below AS mgr_below"]
        joins.append(_MANAGER_SQL)
        params |= {"manager_id": manager_id, "manager_ref": ref, "manager_lower": ref.lower(),
                   "erased": f"%{ERASED_EMAIL_SUFFIX}"}
        types += [bindparam("manager_id", type_=Uuid), bindparam("manager_ref", type_=String),
                  bindparam("manager_lower", type_=String), bindparam("erased", type_=String)]
    if wanted.refs:
        columns.append(f"{_WAITING} AS waiting")
        params["refs"] = wanted.refs
        types.append(bindparam("refs", type_=ARRAY(String)))
    if not columns:
        return Found()
    # Only the constant fragments above are joined; every value is a bound parameter.
    sql = f"SELECT {', '.join(columns)} FROM (SELECT 1) AS one {' '.join(joins)}"  # noqa: S608
    used = [t for t in types if re.search(rf":{t.key}\b", sql)]
    row = (await session.execute(text(sql).bindparams(*used),
                                 {t.key: params[t.key] for t in used})).one()._mapping
    found = Found()
    for label, name in _PARAM.items():
        if found.taken is None and row.get(f"taken_{name}"):
            found.taken = label
    if row.get("unit_id") is not None:
        found.unit = UnitRef(row["unit_id"], row["unit_name"])
    if row.get("mgr_id") is not None:
        found.manager = ManagerRef(row["mgr_id"], row["mgr_given_name"], row["mgr_family_name"])
        found.manager_below = bool(row["mgr_below"])
    found.waiting = list(row.get("waiting") or [])
    return found


# Writing, with the audit event, in one statement ------------------------------------------


def _person_columns(person: PersonFields) -> dict[str, Any]:
    return {
        "email": person.email, "given_name": person.given_name,
        "family_name": person.family_name, "external_id": person.external_id,
        "job_title": person.job_title, "site": person.site,
        "employee_number": person.employee_number, "unit_id": person.unit_id,
        "manager_id": person.manager_id, "updated_at": person.updated_at,
    }


def _profile_columns(profile: ProfileFields) -> dict[str, Any]:
    return {
        "user_name": profile.user_name, "display_name": profile.display_name,
        "division": profile.division, "organization": profile.organization,
        "cost_center": profile.cost_center, "pending_manager_ref": profile.pending_manager_ref,
        "attributes": profile.attributes,
    }


async def insert_user(session: AsyncSession, client: ScimPrincipal, person: PersonFields,
                      profile: ProfileFields, new_unit: UnitRef | None,
                      deactivated_at: datetime | None) -> None:
    """The person, their profile, a new unit if the department was unknown, and the audit
    event: one statement. The management chain follows by trigger."""
    org_id = client.organisation_id
    ctes = []
    if new_unit is not None:
        ctes.append(insert(UNITS).values(
            id=new_unit.id, organisation_id=org_id, name=new_unit.name,
            created_at=person.created_at, updated_at=person.created_at,
        ).returning(UNITS.c.id).cte("new_unit"))
    ctes.append(insert(PEOPLE).values(
        id=person.id, organisation_id=org_id, active=person.active,
        deactivated_at=deactivated_at, roles=[Role.MEMBER.value], languages=[],
        totp_enabled=False, created_at=person.created_at, **_person_columns(person),
    ).returning(PEOPLE.c.id).cte("new_person"))
    ctes.append(insert(PROFILES).values(
        person_id=person.id, organisation_id=org_id, **_profile_columns(profile),
    ).returning(PROFILES.c.person_id).cte("new_profile"))
    statement = audit_insert(client, "scim.user_created", "person", person.id)
    await session.execute(statement.add_cte(*ctes))


def _flag_new_conflicts(org_id: uuid.UUID, person_id: uuid.UUID,
                        manager_id: uuid.UUID) -> Any:
    """Open mentorships the move puts in one chain: someone at or under the person with
    someone at or above the new manager. Read from the chain as it was before the move,
    which is exactly the set of links the move creates (``flag_hierarchy_conflicts`` scans
    the whole organisation for the same result)."""
    below = select(ManagementLink.descendant_id).where(
        ManagementLink.organisation_id == org_id, ManagementLink.ancestor_id == person_id)
    above = select(ManagementLink.ancestor_id).where(
        ManagementLink.organisation_id == org_id, ManagementLink.descendant_id == manager_id)
    return (
        update(Mentorship)
        .where(Mentorship.organisation_id == org_id,
               Mentorship.status.in_([str(s) for s in OPEN_MENTORSHIP_STATUSES]),
               Mentorship.needs_attention.is_(False),
               or_(and_(Mentorship.mentor_id.in_(below), Mentorship.mentee_id.in_(above)),
                   and_(Mentorship.mentee_id.in_(below), Mentorship.mentor_id.in_(above))))
        .values(needs_attention=True, attention_reason=HIERARCHY_CONFLICT,
                updated_at=func.now())
        .returning(Mentorship.id)
        .cte("flagged")
    )


async def update_user(session: AsyncSession, client: ScimPrincipal, person: PersonFields,
                      profile: ProfileFields, action: str, *, moved: bool) -> None:
    """The person's columns, their profile (created if they had none), the audit event and,
    when ``moved`` under a new manager, the mentorships that move puts in conflict: one
    statement. ``active`` is left to the lifecycle (sessions, mentorships)."""
    org_id = client.organisation_id
    ctes = [
        update(PEOPLE)
        .where(PEOPLE.c.id == person.id, PEOPLE.c.organisation_id == org_id)
        .values(**_person_columns(person))
        .returning(PEOPLE.c.id)
        .cte("changed_person")
    ]
    values = _profile_columns(profile)
    upsert = insert(PROFILES).values(person_id=person.id, organisation_id=org_id, **values)
    ctes.append(
        upsert.on_conflict_do_update(index_elements=[PROFILES.c.person_id],
                                     set_={k: upsert.excluded[k] for k in values})
        .returning(PROFILES.c.person_id)
        .cte("changed_profile")
    )
    if moved and person.manager_id is not None:
        ctes.append(_flag_new_conflicts(org_id, person.id, person.manager_id))
    statement = audit_insert(client, action, "person", person.id)
    await session.execute(statement.add_cte(*ctes))


async def create_unit(session: AsyncSession, org_id: uuid.UUID, unit: UnitRef) -> None:
    """A department no unit matches becomes a unit (by name), as the CSV import does."""
    await session.execute(insert(UNITS).values(id=unit.id, organisation_id=org_id,
                                               name=unit.name))


async def adopt_reports(session: AsyncSession, org_id: uuid.UUID, manager_id: uuid.UUID,
                        reports: list[uuid.UUID], at: datetime) -> None:
    """People who named this person as manager before they existed now report to them."""
    await session.execute(
        update(PEOPLE)
        .where(PEOPLE.c.organisation_id == org_id, PEOPLE.c.id.in_(reports))
        .values(manager_id=manager_id, updated_at=at)
    )
    await session.execute(
        update(PROFILES)
        .where(PROFILES.c.organisation_id == org_id, PROFILES.c.person_id.in_(reports))
        .values(pending_manager_ref=None)
    )

