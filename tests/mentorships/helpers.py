"""Pairs in a running program with a published charter, for the pair-scoped domains."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.models import (
    CharterSignature,
    CharterVersion,
    Mentorship,
    MentorshipStatus,
    Organisation,
    ParticipantRole,
    ParticipantState,
    Program,
    ProgramParticipant,
    ProgramStatus,
    Role,
)
from tests.fixtures.actors import Actor, Factory

PROBLEM = "application/problem+json"
ADMIN_ROLE_SETS = [
    (Role.ORG_ADMIN,),
    (Role.PROGRAM_MANAGER,),
    (Role.PLATFORM_OPERATOR,),
]


@dataclass
class Pair:
    org: Organisation
    program: Program
    charter: CharterVersion
    mentor: Actor
    mentee: Actor
    mentorship: Mentorship
    mentorship_id: uuid.UUID

    @property
    def url(self) -> str:
        return f"/api/v1/mentorships/{self.mentorship_id}"


async def make_program(
    session: AsyncSession, org: Organisation, *, charter_versions: int = 1,
    ends_on: date | None = None,
) -> tuple[Program, CharterVersion]:
    today = utcnow().date()
    program = Program(
        organisation_id=org.id, name="Programme", status=ProgramStatus.RUNNING,
        starts_on=today - timedelta(days=30), ends_on=ends_on or today + timedelta(days=300),
    )
    session.add(program)
    await session.flush()
    current = None
    for n in range(1, charter_versions + 1):
        current = CharterVersion(
            organisation_id=org.id, program_id=program.id, version=n,
            body_markdown=f"Charte v{n}", published_at=utcnow(),
        )
        session.add(current)
    await session.flush()
    assert current is not None
    return program, current


async def enrol(
    session: AsyncSession, program: Program, person_id: uuid.UUID, role: ParticipantRole,
    state: ParticipantState = ParticipantState.ACTIVE,
) -> ProgramParticipant:
    participant = ProgramParticipant(
        organisation_id=program.organisation_id, program_id=program.id, person_id=person_id,
        role=role, state=state,
    )
    session.add(participant)
    await session.flush()
    return participant


async def make_pair(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession, *,
    status: str = MentorshipStatus.PROPOSED, first_meeting: bool = False,
    org: Organisation | None = None, charter_versions: int = 1,
    program: tuple[Program, CharterVersion] | None = None, mentee: Actor | None = None,
    **program_fields: Any,
) -> Pair:
    """A mentor and a mentee enrolled in a running program, paired with ``status``.

    ``active`` pairs get both acceptances and both signatures, as the lifecycle would.
    """
    org = org or await factory.organisation()
    prog, charter = program or await make_program(
        session, org, charter_versions=charter_versions, **program_fields
    )
    mentor = await factory.actor(client, org, Role.MEMBER)
    if mentee is None:
        mentee = await factory.actor(client, org, Role.MEMBER)
        await enrol(session, prog, mentee.id, ParticipantRole.MENTEE)
    await enrol(session, prog, mentor.id, ParticipantRole.MENTOR)
    now = utcnow()
    mentorship = Mentorship(
        organisation_id=org.id, program_id=prog.id, mentor_id=mentor.id, mentee_id=mentee.id,
        status=status,
    )
    if status == MentorshipStatus.ACTIVE:
        mentorship.mentor_accepted_at = mentorship.mentee_accepted_at = now
        mentorship.activated_at = now
        if first_meeting:
            mentorship.first_meeting_confirmed_at = now
        for pid in (mentor.id, mentee.id):
            session.add(CharterSignature(
                organisation_id=org.id, program_id=prog.id, charter_version_id=charter.id,
                person_id=pid,
            ))
    session.add(mentorship)
    await session.flush()
    # Keep the setup when a later request fails (that rolls back to the last commit).
    await session.commit()
    return Pair(org, prog, charter, mentor, mentee, mentorship, mentorship.id)


async def outsiders(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession, pair: Pair
) -> list[tuple[str, dict[str, str]]]:
    """Everyone who must get 404 on the pair's routes, with their headers."""
    other = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE,
                            first_meeting=True)
    foreign = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE,
                              first_meeting=True)
    people: list[tuple[str, dict[str, str]]] = [
        ("other pair's mentor", other.mentor.headers),
        ("other organisation's mentee", foreign.mentee.headers),
    ]
    for roles in ADMIN_ROLE_SETS:
        admin = await factory.actor(client, pair.org, *roles)
        people.append((roles[0].value, admin.headers))
    return people


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    return body
