"""A small cohort for the matching workflow tests: a program configured over HTTP, people in
the directory (units, managers), participants with questionnaire answers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import (
    Organisation,
    OrgUnit,
    ParticipantState,
    Person,
    Program,
    ProgramManager,
    ProgramParticipant,
    ProgramStatus,
    Role,
)
from tests.fixtures.actors import DEFAULT_PASSWORD, Actor, Factory, login
from tests.programs.helpers import ready_program

PROBLEM = "application/problem+json"


@dataclass
class Cohort:
    org: Organisation
    admin: Actor
    program_id: str
    units: list[OrgUnit]
    people: dict[str, Person] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # survive a failed request's expiry
    emails: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"/api/v1/programs/{self.program_id}/matching"

    def id(self, name: str) -> str:
        return self.ids[name]

    def name_of(self, person_id: str) -> str:
        return next(n for n, i in self.ids.items() if i == person_id)


def goals(*values: str) -> dict[str, Any]:
    return {"goals": list(values)}


async def cohort(client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
                 **program_fields: Any) -> Cohort:
    org = await factory.organisation()
    admin = await factory.actor(client, org, Role.ORG_ADMIN)
    program = await ready_program(client, admin, **program_fields)
    units = [await factory.unit(org, f"Unit {k}") for k in range(3)]
    c = Cohort(org, admin, program["id"], units)
    await set_program(session, c.program_id, status=ProgramStatus.RUNNING)
    return c


async def add(session: AsyncSession, factory: Factory, c: Cohort, name: str, role: str | None,
              *, unit: int = 0, manager: str | None = None, answers: dict[str, Any] | None = None,
              state: ParticipantState = ParticipantState.ELIGIBLE, priority: bool = False,
              capacity: int | None = None, **fields: Any) -> Person:
    """A directory person (optionally under ``manager``) enrolled with ``role``."""
    person = await factory.person(
        c.org, Role.MEMBER, given_name=name, unit_id=c.units[unit].id,
        manager_id=c.people[manager].id if manager else None, **fields)
    c.people[name] = person
    c.ids[name] = str(person.id)
    c.emails[name] = person.email
    if role is not None:
        experience = {"experience": 2} if role == "mentee" else {"mentor_experience": 4}
        session.add(ProgramParticipant(
            organisation_id=c.org.id, program_id=uuid.UUID(c.program_id), person_id=person.id,
            role=role, state=state, answers={**experience, **(answers or goals("career"))},
            rematch_priority=priority, capacity_override=capacity,
        ))
    await session.flush()
    return person


async def commit(session: AsyncSession) -> None:
    """Keep the setup when a later request fails (a failed request rolls back to here)."""
    await session.commit()


async def signed_in(client: httpx.AsyncClient, factory: Factory, c: Cohort, name: str) -> Actor:
    """Sign in as an existing cohort person (their password is the factory default)."""
    actor = Actor(person=c.people[name], password=DEFAULT_PASSWORD)
    actor.token = await login(client, c.emails[name], DEFAULT_PASSWORD)
    return actor


async def manager_of(client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
                     org: Organisation, program_id: str) -> Actor:
    actor = await factory.actor(client, org, Role.PROGRAM_MANAGER)
    session.add(ProgramManager(organisation_id=org.id, program_id=uuid.UUID(program_id),
                               person_id=actor.id))
    await session.flush()
    return actor


async def set_program(session: AsyncSession, program_id: str, **values: Any) -> None:
    program = await session.get(Program, uuid.UUID(program_id))
    assert program is not None
    for key, value in values.items():
        setattr(program, key, value)
    await session.flush()


async def in_chain(session: AsyncSession, a: str, b: str) -> bool:
    """Independent of the code under test: either is the other's ancestor in the closure."""
    found = await session.scalar(
        text("SELECT count(*) FROM management_chain WHERE depth > 0 AND "
             "((ancestor_id = :a AND descendant_id = :b) OR "
             "(ancestor_id = :b AND descendant_id = :a))"),
        {"a": uuid.UUID(a), "b": uuid.UUID(b)})
    return bool(found)


def pairs_of(run: dict[str, Any]) -> set[tuple[str, str]]:
    return {(p["mentee"]["id"], p["mentor"]["id"]) for p in run["proposals"]}


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    return body

