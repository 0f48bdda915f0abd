"""A pair of members with a mentorship, and participants (real crypto) acting for them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import httpx
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Mentorship, MentorshipStatus, Organisation, Program, Role
from constel_client.api import VaultApi
from constel_client.crypto import MIB, KdfFloor
from constel_client.participant import Participant
from tests.fixtures.actors import Actor, Factory

# The Argon2 floor is lowered in the client, never through the server.
TEST_FLOOR = KdfFloor(ops=1, mem=1 * MIB)
PROBLEM = "application/problem+json"


@dataclass
class World:
    org: Organisation
    program: Program
    mentor: Actor
    mentee: Actor
    mentorship: Mentorship
    pair_id: str  # plain strings: an error response may expire the ORM rows


async def make_mentorship(
    session: AsyncSession, org: Organisation, mentor_id: uuid.UUID, mentee_id: uuid.UUID,
    status: str = MentorshipStatus.ACTIVE, program: Program | None = None,
) -> Mentorship:
    if program is None:
        program = Program(organisation_id=org.id, name="Programme")
        session.add(program)
        await session.flush()
    mentorship = Mentorship(
        organisation_id=org.id, program_id=program.id, mentor_id=mentor_id,
        mentee_id=mentee_id, status=status,
    )
    session.add(mentorship)
    await session.flush()
    return mentorship


async def make_world(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
    status: str = MentorshipStatus.ACTIVE,
) -> World:
    org = await factory.organisation()
    mentor = await factory.actor(client, org, Role.MEMBER)
    mentee = await factory.actor(client, org, Role.MEMBER)
    program = Program(organisation_id=org.id, name="Programme")
    session.add(program)
    await session.flush()
    mentorship = await make_mentorship(session, org, mentor.id, mentee.id, status, program)
    return World(org, program, mentor, mentee, mentorship, str(mentorship.id))


def person_id(actor: Actor) -> str:
    """The id without touching the database (an error response may have expired the row)."""
    identity = inspect(actor.person).identity
    assert identity is not None
    return str(identity[0])


def participant(client: httpx.AsyncClient, actor: Actor) -> Participant:
    assert actor.token
    return Participant(
        VaultApi(client, actor.token), person_id(actor), floor=TEST_FLOOR, kdf_ops=1,
        kdf_mem=1 * MIB,
    )


async def paired(
    client: httpx.AsyncClient, world: World
) -> tuple[Participant, Participant]:
    """Both members with identities, pinned bundles and epoch 1 opened by each."""
    a, b = participant(client, world.mentor), participant(client, world.mentee)
    await a.create_identity("mentor passphrase")
    await b.create_identity("mentee passphrase")
    await a.fetch_bundle(b.user_id)
    await b.fetch_bundle(a.user_id)
    await a.create_pair_key(world.pair_id)
    await b.load_pair_keys(world.pair_id)
    return a, b
