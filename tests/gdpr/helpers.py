"""A running pair with real encrypted records, questionnaire answers and a charter
signature, plus an unrelated pair in another organisation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.models import (
    CharterSignature,
    CharterVersion,
    MentorshipStatus,
    MentorshipTransition,
    ParticipantRole,
    ParticipantState,
    ProgramParticipant,
    Role,
)
from constel_client.participant import Participant
from tests.fixtures.actors import Actor, Factory
from tests.vault.helpers import World, make_world, paired

PROBLEM = "application/problem+json"


@dataclass
class Scene:
    world: World
    mentor: Participant
    mentee: Participant
    admin: Actor
    report_id: str  # mentor's session report
    mentor_note_id: str  # mentor's private note
    mentee_note_id: str  # mentee's private note
    objective_id: str  # mentee's objective wording
    answer: str  # mentor's free-text questionnaire answer
    ids: dict[str, str]  # plain ids, safe after an error response expired the rows


async def build_scene(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> Scene:
    world = await make_world(client, factory, session)
    mentor, mentee = await paired(client, world)
    admin = await factory.actor(client, world.org, Role.ORG_ADMIN)
    report = await mentor.write_record(world.pair_id, "session_report",
                                       {"body": "rapport", "next_steps": "suite"})
    mentor_note = await mentor.write_record(world.pair_id, "private_note", {"body": "à moi"})
    mentee_note = await mentee.write_record(world.pair_id, "private_note", {"body": "secret"})
    objective = await mentee.write_record(
        world.pair_id, "objective", {"title": "t", "description": "d", "status": "defined"}
    )
    answer = f"réponse-{uuid.uuid4().hex[:8]}"
    session.add_all([
        ProgramParticipant(
            organisation_id=world.org.id, program_id=world.program.id,
            person_id=world.mentor.id, role=ParticipantRole.MENTOR,
            state=ParticipantState.ACTIVE, answers={"motivation": answer},
        ),
        ProgramParticipant(
            organisation_id=world.org.id, program_id=world.program.id,
            person_id=world.mentee.id, role=ParticipantRole.MENTEE,
            state=ParticipantState.ACTIVE, answers={"motivation": "autre"},
        ),
    ])
    charter = CharterVersion(organisation_id=world.org.id, program_id=world.program.id,
                             version=1, body_markdown="# Charte", published_at=utcnow())
    session.add(charter)
    await session.flush()
    session.add(CharterSignature(organisation_id=world.org.id, program_id=world.program.id,
                                 charter_version_id=charter.id, person_id=world.mentor.id))
    session.add(MentorshipTransition(
        organisation_id=world.org.id, mentorship_id=world.mentorship.id, event="activated",
        from_status=MentorshipStatus.ACCEPTED, to_status=MentorshipStatus.ACTIVE,
        actor_id=world.mentee.id, actor_side="mentee",
    ))
    await session.flush()
    ids = {
        "org": str(world.org.id), "program": str(world.program.id),
        "mentor": str(world.mentor.id), "mentee": str(world.mentee.id),
        "admin": str(admin.id), "pair": world.pair_id,
    }
    return Scene(world, mentor, mentee, admin, report.record_id, mentor_note.record_id,
                 mentee_note.record_id, objective.record_id, answer, ids)


async def other_world(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> tuple[World, str]:
    """An unrelated organisation's pair with one record; returns the record id."""
    world = await make_world(client, factory, session)
    mentor, _ = await paired(client, world)
    record = await mentor.write_record(world.pair_id, "session_report",
                                       {"body": "ailleurs", "next_steps": "x"})
    return world, record.record_id


async def text_columns(session: AsyncSession) -> list[tuple[str, str]]:
    """Every text-bearing column of the public schema (text, varchar, json, arrays)."""
    rows = await session.execute(text(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_name = c.table_name "
        " AND t.table_schema = c.table_schema "
        "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
        "AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY') "
        "AND c.table_name <> 'alembic_version'"
    ))
    return [(r[0], r[1]) for r in rows]


async def tables_containing(session: AsyncSession, needle: str) -> list[str]:
    """Which ``table.column`` holds ``needle`` anywhere (case-insensitive)."""
    hits = []
    for table, column in await text_columns(session):
        # Names come from information_schema, not from input.
        query = text(f'SELECT count(*) FROM "{table}" WHERE "{column}"::text ILIKE :n')  # noqa: S608
        if (await session.execute(query, {"n": f"%{needle}%"})).scalar_one():
            hits.append(f"{table}.{column}")
    return hits


def as_stored(record: dict[str, Any]) -> dict[str, Any]:
    """An exported record in the shape of the vault API, for the client to open."""
    return {**record, "record_id": record["id"],
            "fields": {f["field"]: f for f in record["fields"]}}
