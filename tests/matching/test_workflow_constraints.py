"""Hard constraints hold on every path (automatic run, suggestions, manual pairs) for random
cohorts; the checks below read the tables directly, not through the matching code."""

from __future__ import annotations

import random
import uuid
from collections import Counter

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Mentorship, MentorshipStatus, ParticipantState
from tests.fixtures.actors import Factory
from tests.matching.workflow import (
    Cohort,
    add,
    cohort,
    commit,
    goals,
    in_chain,
    set_program,
    signed_in,
)

GOALS = ("leadership", "career", "skills")


async def random_cohort(client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
                        seed: int) -> tuple[Cohort, dict[str, object]]:
    rng = random.Random(seed)
    c = await cohort(client, factory, session)
    facts: dict[str, object] = {}
    names: list[str] = []
    unit_of: dict[str, int] = {}
    declined: set[str] = set()
    capacity: dict[str, int] = {}
    for k in range(36):
        name = f"p{k}"
        manager = rng.choice(names) if names and rng.random() < 0.8 else None
        role = "mentor" if k % 3 == 0 else "mentee"
        state = ParticipantState.ELIGIBLE
        if role == "mentor" and rng.random() < 0.15:
            state = ParticipantState.DECLINED
            declined.add(name)
        unit_of[name] = rng.randrange(3)
        override = rng.choice([None, 1, 2]) if role == "mentor" else None
        capacity[name] = 2 if override is None else override
        await add(session, factory, c, name, role, unit=unit_of[name], manager=manager,
                  state=state, answers=goals(*rng.sample(GOALS, rng.randint(1, 3))),
                  capacity=override)
        names.append(name)
    mentors = [n for n in names if int(n[1:]) % 3 == 0]
    mentees = [n for n in names if n not in mentors]
    refused = set()
    for _ in range(6):
        e, m = rng.choice(mentees), rng.choice(mentors)
        refused.add((e, m))
        session.add(Mentorship(organisation_id=c.org.id, program_id=uuid.UUID(c.program_id),
                               mentor_id=c.people[m].id, mentee_id=c.people[e].id,
                               status=rng.choice([MentorshipStatus.REFUSED,
                                                  MentorshipStatus.WITHDRAWN])))
    await set_program(session, c.program_id, exclude_same_unit=True, mentor_capacity=2,
                      matching_mode="mentee_choice", status="running")
    await commit(session)
    facts.update(unit_of=unit_of, refused=refused, mentors=mentors, mentees=mentees,
                 declined=declined, capacity=capacity)
    return c, facts


async def violations(session: AsyncSession, c: Cohort, facts: dict[str, object],
                     mentee: str, mentor: str) -> list[str]:
    out = []
    unit_of = facts["unit_of"]
    assert isinstance(unit_of, dict)
    if await in_chain(session, c.id(mentee), c.id(mentor)):
        out.append("hierarchy")
    if unit_of[mentee] == unit_of[mentor]:
        out.append("same_unit")
    if (mentee, mentor) in facts["refused"]:  # type: ignore[operator]
        out.append("refused_before")
    if mentor in facts["declined"]:  # type: ignore[operator]
        out.append("declined")
    return out


@pytest.mark.parametrize("seed", [1, 2])
async def test_no_path_produces_a_forbidden_pair(
    seed: int, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    c, facts = await random_cohort(client, factory, session, seed)
    headers = c.admin.headers

    # automatic
    r = await client.post(f"{c.base}/runs", headers=headers)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["proposals"], "the random cohort should allow some pairs"
    load: Counter[str] = Counter()
    for p in body["proposals"]:
        mentee, mentor = c.name_of(p["mentee"]["id"]), c.name_of(p["mentor"]["id"])
        assert await violations(session, c, facts, mentee, mentor) == [], (mentee, mentor)
        load[mentor] += 1
    for mentor, n in load.items():
        assert n <= facts["capacity"][mentor], (mentor, n)  # type: ignore[index]

    # manual: every forbidden pair is refused, or needs an override for chain/unit only
    forbidden_seen = 0
    for mentee in facts["mentees"][:8]:  # type: ignore[index]
        for mentor in facts["mentors"]:  # type: ignore[union-attr]
            found = await violations(session, c, facts, mentee, mentor)
            if not found:
                continue
            forbidden_seen += 1
            r = await client.post(f"{c.base}/runs/{body['id']}/proposals", headers=headers,
                                  json={"mentee_id": c.id(mentee), "mentor_id": c.id(mentor)})
            assert r.status_code == 409, r.text
            codes = {x["code"] for x in r.json()["reasons"]}
            assert set(found) <= codes, (found, codes)
    assert forbidden_seen > 0

    # suggestions
    for mentee in facts["mentees"][:6]:  # type: ignore[index]
        actor = await signed_in(client, factory, c, mentee)
        r = await client.get(f"{c.base}/suggestions", headers=actor.headers)
        assert r.status_code == 200, r.text
        for s in r.json():
            mentor = c.name_of(s["mentor"]["id"])
            assert await violations(session, c, facts, mentee, mentor) == [], (mentee, mentor)

