"""'Mentee chooses' mode: suggestions with explanations, a request, the mentor's answer
through the mentorship lifecycle, and what refusal and withdrawal leave behind."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Mentorship, MentorshipStatus, ProgramParticipant, Role
from tests.fixtures.actors import Factory
from tests.matching.workflow import (
    Cohort,
    add,
    assert_problem,
    cohort,
    commit,
    goals,
    set_program,
    signed_in,
)


async def _setup(client: httpx.AsyncClient, factory: Factory,
                 session: AsyncSession) -> Cohort:
    c = await cohort(client, factory, session)
    await add(session, factory, c, "boss", "mentor", answers=goals("career"))
    await add(session, factory, c, "e", "mentee", manager="boss", unit=1,
              answers=goals("career", "skills"))
    await add(session, factory, c, "good", "mentor", answers=goals("career", "skills"))
    await add(session, factory, c, "ok", "mentor", answers=goals("skills"))
    await add(session, factory, c, "meh", "mentor", answers=goals("leadership"))
    await add(session, factory, c, "full", "mentor", answers=goals("career", "skills"),
              capacity=0)
    await set_program(session, c.program_id, matching_mode="mentee_choice", status="running")
    await commit(session)
    r = await client.put(f"{c.base}/settings", headers=c.admin.headers,
                         json={"suggestions": 2, "attributes": []})
    assert r.status_code == 200, r.text
    return c


def mentors(suggestions: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [s["mentor"]["id"] for s in suggestions]


class TestMenteeChooses:
    async def test_request_refusal_and_acceptance(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await _setup(client, factory, session)
        mentee = await signed_in(client, factory, c, "e")
        good = await signed_in(client, factory, c, "good")
        ok = await signed_in(client, factory, c, "ok")

        r = await client.get(f"{c.base}/suggestions", headers=mentee.headers)

        assert r.status_code == 200, r.text
        found = r.json()
        # top 2; never the mentee's own manager, never a mentor without capacity
        assert mentors(found) == [c.id("good"), c.id("ok")]
        assert found[0]["score"] > found[1]["score"]
        assert found[0]["breakdown"][0]["text"]["en"] == "2 of 2 goals in common"

        r = await client.post(f"{c.base}/requests", headers=mentee.headers,
                              json={"mentor_id": c.id("boss")})
        problem = assert_problem(r, 409, "pair_forbidden")
        assert [x["code"] for x in problem["reasons"]] == ["hierarchy"]
        r = await client.post(f"{c.base}/requests", headers=mentee.headers,
                              json={"mentor_id": c.id("full")})
        problem = assert_problem(r, 409, "pair_forbidden")
        assert [x["code"] for x in problem["reasons"]] == ["no_capacity"]
        r = await client.post(f"{c.base}/requests", headers=mentee.headers,
                              json={"mentor_id": c.id("meh")})
        assert_problem(r, 409, "not_suggested")

        r = await client.post(f"{c.base}/requests", headers=mentee.headers,
                              json={"mentor_id": c.id("good")})
        assert r.status_code == 201, r.text
        first = r.json()
        assert first["status"] == "proposed"
        m = await session.get(Mentorship, uuid.UUID(first["mentorship_id"]))
        assert m is not None
        assert m.origin == "mentee_choice"
        assert m.mentee_accepted_at is not None
        # one request at a time
        r = await client.get(f"{c.base}/suggestions", headers=mentee.headers)
        assert_problem(r, 409, "not_in_matching_pool")

        # the mentor refuses through the lifecycle: the mentee is back, the pair remembered
        r = await client.post(f"/api/v1/mentorships/{first['mentorship_id']}/refuse", json={},
                              headers=good.headers)
        assert r.status_code == 200, r.text
        r = await client.get(f"{c.base}/suggestions", headers=mentee.headers)
        assert r.status_code == 200, r.text
        assert mentors(r.json()) == [c.id("ok"), c.id("meh")]
        r = await client.post(f"{c.base}/requests", headers=mentee.headers,
                              json={"mentor_id": c.id("good")})
        problem = assert_problem(r, 409, "pair_forbidden")
        assert [x["code"] for x in problem["reasons"]] == ["refused_before"]

        r = await client.post(f"{c.base}/requests", headers=mentee.headers,
                              json={"mentor_id": c.id("ok")})
        assert r.status_code == 201, r.text
        second = r.json()["mentorship_id"]
        r = await client.post(f"/api/v1/mentorships/{second}/accept", json={},
                              headers=ok.headers)
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "accepted"

        # the mentor withdraws: the mentee waits with priority, the admins see it
        r = await client.post(f"/api/v1/mentorships/{second}/withdraw",
                              json={"reason": "availability"}, headers=ok.headers)
        assert r.status_code == 200, r.text
        r = await client.get(f"{c.base}/rematches", headers=c.admin.headers)
        assert r.status_code == 200, r.text
        [pending] = r.json()
        assert pending["mentee"]["id"] == c.id("e")
        assert pending["previous_mentor_id"] == c.id("ok")
        assert pending["withdrawn_mentorship_id"] == second
        r = await client.get(f"{c.base}/suggestions", headers=mentee.headers)
        assert mentors(r.json()) == [c.id("meh")]  # neither refused nor withdrawn pairs

        # an admin run serves the waiting mentee first; publication settles the re-match
        run = await client.post(f"{c.base}/runs", headers=c.admin.headers)
        assert run.status_code == 201, run.text
        [proposal] = [p for p in run.json()["proposals"] if p["mentee"]["id"] == c.id("e")]
        assert proposal["mentor"]["id"] == c.id("meh")
        r = await client.post(f"{c.base}/runs/{run.json()['id']}/publish",
                              headers=c.admin.headers)
        assert r.status_code == 200, r.text
        r = await client.get(f"{c.base}/rematches", headers=c.admin.headers)
        assert r.json() == []
        participant = await session.scalar(select(ProgramParticipant).where(
            ProgramParticipant.person_id == uuid.UUID(c.id("e"))))
        assert participant is not None
        await session.refresh(participant)
        assert participant.rematch_priority is False
        statuses = {m.status for m in await session.scalars(select(Mentorship).where(
            Mentorship.mentee_id == uuid.UUID(c.id("e"))))}
        assert statuses == {MentorshipStatus.REFUSED, MentorshipStatus.WITHDRAWN,
                            MentorshipStatus.PROPOSED}

    async def test_only_mentees_of_a_mentee_choice_program(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await _setup(client, factory, session)
        mentor = await signed_in(client, factory, c, "good")
        stranger = await factory.actor(client, c.org, Role.MEMBER)
        foreign = await factory.actor(client, await factory.organisation(), Role.MEMBER)
        await commit(session)
        url = f"{c.base}/suggestions"
        assert_problem(await client.get(url, headers=mentor.headers), 403, "mentee_only")
        assert (await client.get(url, headers=stranger.headers)).status_code == 404
        assert (await client.get(url, headers=foreign.headers)).status_code == 404
        assert (await client.get(url)).status_code == 401
        r = await client.post(f"{c.base}/requests", headers=foreign.headers,
                              json={"mentor_id": c.id("good")})
        assert r.status_code == 404

        await set_program(session, c.program_id, matching_mode="admin_review")
        await commit(session)
        mentee = await signed_in(client, factory, c, "e")
        assert_problem(await client.get(url, headers=mentee.headers), 409,
                       "matching_mode_admin_review")
