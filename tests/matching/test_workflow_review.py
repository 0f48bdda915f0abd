"""The admin review workflow over HTTP: run, read, pin, exclude, swap, manual pair, re-run,
publish; and the hard constraints on every path."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import (
    AuditEvent,
    Mentorship,
    MentorshipStatus,
    ParticipantState,
    ProgramParticipant,
)
from tests.fixtures.actors import Factory
from tests.matching.workflow import (
    add,
    assert_problem,
    cohort,
    commit,
    goals,
    pairs_of,
    set_program,
)


async def run(client: httpx.AsyncClient, c, headers=None) -> dict:  # type: ignore[no-untyped-def]
    r = await client.post(f"{c.base}/runs", headers=headers or c.admin.headers)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


class TestRun:
    async def test_proposals_with_breakdown_and_unmatched_reasons(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "boss", "mentor", answers=goals("career", "skills"))
        await add(session, factory, c, "report", "mentee", manager="boss",
                  answers=goals("career"))
        await add(session, factory, c, "alice", "mentee", unit=1, answers=goals("career"))
        await commit(session)

        body = await run(client, c)

        assert body["status"] == "draft"
        # the report's only mentor is their own manager: never proposed
        assert pairs_of(body) == {(c.id("alice"), c.id("boss"))}
        [proposal] = body["proposals"]
        goals_item = next(b for b in proposal["breakdown"] if b["criterion"] == "goals")
        assert goals_item["code"] == "overlap"
        assert goals_item["params"]["in_common"] == 1
        assert "1 of 2 goals in common" in goals_item["text"]["en"]
        assert goals_item["text"]["fr"]
        assert 0 < proposal["score"] <= 100
        assert abs(sum(b["points"] for b in proposal["breakdown"]) - proposal["score"]) < 0.1
        assert proposal["origin"] == "matching"
        assert proposal["pinned"] is False
        [unmatched] = body["unmatched"]
        assert unmatched["mentee"]["id"] == c.id("report")
        assert unmatched["reason"] == "no_eligible_mentor"
        assert body["stats"]["optimal"] is True
        assert "PROVEN OPTIMAL" in body["stats"]["certificate"]

        again = await client.get(f"{c.base}/runs/{body['id']}", headers=c.admin.headers)
        assert again.status_code == 200
        assert again.json()["proposals"] == body["proposals"]

    async def test_chain_at_any_distance_either_direction_is_never_proposed(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        # mentee above the mentor (two levels), and mentor three levels above a mentee
        await add(session, factory, c, "top", "mentee", answers=goals("career"))
        await add(session, factory, c, "mid", None, manager="top")
        await add(session, factory, c, "low_mentor", "mentor", manager="mid",
                  answers=goals("career"))
        await add(session, factory, c, "m_boss", "mentor", answers=goals("career"))
        await add(session, factory, c, "l1", None, manager="m_boss")
        await add(session, factory, c, "l2", None, manager="l1")
        await add(session, factory, c, "deep", "mentee", manager="l2", answers=goals("career"))
        await set_program(session, c.program_id, mentor_capacity=2)
        await commit(session)

        body = await run(client, c)

        assert pairs_of(body) == {(c.id("top"), c.id("m_boss")),
                                  (c.id("deep"), c.id("low_mentor"))}
        r = await client.get(f"{c.base}/check", headers=c.admin.headers,
                             params={"mentee_id": c.id("top"), "mentor_id": c.id("low_mentor")})
        assert r.status_code == 200
        check = r.json()
        assert check["allowed"] is False
        assert check["hierarchy_distance"] == 2
        assert [x["code"] for x in check["reasons"]] == ["hierarchy"]
        assert "2 level" in check["reasons"][0]["text"]["en"]
        r = await client.get(f"{c.base}/check", headers=c.admin.headers,
                             params={"mentee_id": c.id("deep"), "mentor_id": c.id("m_boss")})
        assert r.json()["hierarchy_distance"] == 3

    async def test_same_unit_refused_only_when_the_program_forbids_it(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "e", "mentee", unit=0)
        await add(session, factory, c, "m", "mentor", unit=0)
        await commit(session)
        assert pairs_of(await run(client, c)) == {(c.id("e"), c.id("m"))}

        await set_program(session, c.program_id, exclude_same_unit=True)
        await commit(session)
        body = await run(client, c)
        assert body["proposals"] == []
        assert body["unmatched"][0]["reason"] == "no_eligible_mentor"

    async def test_refused_and_withdrawn_pairs_are_remembered(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "e", "mentee", answers=goals("career"))
        await add(session, factory, c, "f", "mentee", answers=goals("career"))
        await add(session, factory, c, "best", "mentor", answers=goals("career"))
        await add(session, factory, c, "other", "mentor", answers=goals("skills"))
        for mentee, st in (("e", MentorshipStatus.REFUSED), ("f", MentorshipStatus.WITHDRAWN)):
            session.add(Mentorship(organisation_id=c.org.id, program_id=uuid.UUID(c.program_id),
                                   mentor_id=c.people["best"].id, mentee_id=c.people[mentee].id,
                                   status=st))
        await set_program(session, c.program_id, mentor_capacity=2)
        await commit(session)

        body = await run(client, c)

        assert pairs_of(body) == {(c.id("e"), c.id("other")), (c.id("f"), c.id("other"))}
        # no path around it: a manual pair is refused even with a reason
        r = await client.post(f"{c.base}/runs/{body['id']}/proposals", headers=c.admin.headers,
                              json={"mentee_id": c.id("e"), "mentor_id": c.id("best"),
                                    "override_reason": "They asked for it"})
        problem = assert_problem(r, 409, "pair_forbidden")
        assert problem["overridable"] is False
        assert [x["code"] for x in problem["reasons"]] == ["refused_before"]

    async def test_capacity_counts_open_mentorships_and_declined_mentors_are_out(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "e", "mentee")
        await add(session, factory, c, "busy_mentee", "mentee", state=ParticipantState.ACTIVE)
        await add(session, factory, c, "busy", "mentor", state=ParticipantState.ACTIVE)
        await add(session, factory, c, "gone", "mentor", state=ParticipantState.DECLINED)
        session.add(Mentorship(organisation_id=c.org.id, program_id=uuid.UUID(c.program_id),
                               mentor_id=c.people["busy"].id,
                               mentee_id=c.people["busy_mentee"].id,
                               status=MentorshipStatus.ACTIVE))
        await commit(session)

        body = await run(client, c)

        assert body["proposals"] == []
        assert [u["mentee"]["id"] for u in body["unmatched"]] == [c.id("e")]
        assert body["unmatched"][0]["reason"] == "no_eligible_mentor"
        # ids kept before requests that fail (those expire the loaded people)
        mentee_id, headers = c.id("e"), c.admin.headers
        for mentor_id, code in ((c.id("busy"), "no_capacity"), (c.id("gone"), "declined")):
            r = await client.post(f"{c.base}/runs/{body['id']}/proposals", headers=headers,
                                  json={"mentee_id": mentee_id, "mentor_id": mentor_id,
                                        "override_reason": "needed"})
            problem = assert_problem(r, 409, "pair_forbidden")
            assert code in [x["code"] for x in problem["reasons"]]

    async def test_priority_mentees_are_served_first(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "fits", "mentee", answers=goals("career", "skills"))
        await add(session, factory, c, "waiting", "mentee", answers=goals("leadership"),
                  priority=True)
        await add(session, factory, c, "m", "mentor", answers=goals("career", "skills"))
        await commit(session)

        body = await run(client, c)

        assert pairs_of(body) == {(c.id("waiting"), c.id("m"))}
        [u] = body["unmatched"]
        assert u["mentee"]["id"] == c.id("fits")
        assert u["reason"] == "capacity_exhausted"


class TestReview:
    async def _setup(self, client: httpx.AsyncClient, factory: Factory,
                     session: AsyncSession):  # type: ignore[no-untyped-def]
        c = await cohort(client, factory, session)
        await add(session, factory, c, "m1", "mentor", answers=goals("career"))
        await add(session, factory, c, "m2", "mentor", unit=1, answers=goals("skills"))
        await add(session, factory, c, "m3", "mentor", unit=2, answers=goals("leadership"))
        await add(session, factory, c, "e1", "mentee", answers=goals("career"))
        await add(session, factory, c, "e2", "mentee", answers=goals("skills"))
        await add(session, factory, c, "e3", "mentee", answers=goals("leadership"))
        await commit(session)
        return c

    async def test_pin_exclude_and_rerun_keeps_them(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await self._setup(client, factory, session)
        first = await run(client, c)
        assert pairs_of(first) == {(c.id("e1"), c.id("m1")), (c.id("e2"), c.id("m2")),
                                   (c.id("e3"), c.id("m3"))}
        by_mentee = {p["mentee"]["id"]: p for p in first["proposals"]}
        url = f"{c.base}/runs/{first['id']}/proposals"
        # swap e1 and e2's mentors: both pinned afterwards
        r = await client.post(f"{c.base}/runs/{first['id']}/swap", headers=c.admin.headers,
                              json={"proposal_ids": [by_mentee[c.id("e1")]["id"],
                                                     by_mentee[c.id("e2")]["id"]]})
        assert r.status_code == 200, r.text
        swapped = {(p["mentee"]["id"], p["mentor"]["id"]) for p in r.json()}
        assert swapped == {(c.id("e1"), c.id("m2")), (c.id("e2"), c.id("m1"))}
        assert all(p["pinned"] and p["origin"] == "swap" for p in r.json())
        # unpin one, exclude e3-m3
        r = await client.delete(f"{url}/{by_mentee[c.id('e2')]['id']}/pin",
                                headers=c.admin.headers)
        assert r.status_code == 200
        assert r.json()["pinned"] is False
        r = await client.post(f"{url}/{by_mentee[c.id('e3')]['id']}/exclude",
                              headers=c.admin.headers)
        assert r.status_code == 201, r.text
        draft = (await client.get(f"{c.base}/runs/{first['id']}", headers=c.admin.headers)).json()
        assert (c.id("e3"), c.id("m3")) not in pairs_of(draft)
        assert {u["mentee"]["id"]: u["reason"] for u in draft["unmatched"]} == {
            c.id("e3"): "removed_in_review"}

        second = await run(client, c)

        pairs = pairs_of(second)
        assert (c.id("e1"), c.id("m2")) in pairs  # still pinned
        assert (c.id("e3"), c.id("m3")) not in pairs  # excluded
        assert len(pairs) == 3
        kept = next(p for p in second["proposals"] if p["mentee"]["id"] == c.id("e1"))
        assert kept["pinned"]
        assert kept["origin"] == "swap"
        runs = (await client.get(f"{c.base}/runs", headers=c.admin.headers)).json()
        assert [r["status"] for r in runs] == ["draft", "superseded"]
        # the superseded draft is read-only
        r = await client.post(f"{url}/{by_mentee[c.id('e1')]['id']}/pin",
                              headers=c.admin.headers)
        assert_problem(r, 409, "run_not_draft")
        exclusions = (await client.get(f"{c.base}/exclusions", headers=c.admin.headers)).json()
        assert [(e["mentee_id"], e["mentor_id"]) for e in exclusions] == [
            (c.id("e3"), c.id("m3"))]
        r = await client.delete(f"{c.base}/exclusions/{exclusions[0]['id']}",
                                headers=c.admin.headers)
        assert r.status_code == 204
        third = await run(client, c)
        assert (c.id("e1"), c.id("m2")) in pairs_of(third)

    async def test_swap_into_a_forbidden_pair_is_refused(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "m1", "mentor", answers=goals("career"))
        await add(session, factory, c, "m2", "mentor", unit=1, answers=goals("skills"))
        await add(session, factory, c, "e1", "mentee", answers=goals("career"))
        await add(session, factory, c, "e2", "mentee", manager="m1", answers=goals("skills"))
        await commit(session)
        body = await run(client, c)
        ids = [p["id"] for p in body["proposals"]]
        r = await client.post(f"{c.base}/runs/{body['id']}/swap", headers=c.admin.headers,
                              json={"proposal_ids": ids})
        problem = assert_problem(r, 409, "pair_forbidden")
        assert problem["pairs"][0]["mentee_id"] == c.id("e2")
        assert problem["pairs"][0]["reasons"][0]["code"] == "hierarchy"

    async def test_manual_pair_conflict_needs_an_audited_override(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "boss", "mentor", answers=goals("career"))
        await add(session, factory, c, "report", "mentee", manager="boss",
                  answers=goals("career"))
        await add(session, factory, c, "free", "mentee", unit=1, answers=goals("career"))
        await set_program(session, c.program_id, mentor_capacity=2)
        await commit(session)
        body = await run(client, c)
        url = f"{c.base}/runs/{body['id']}/proposals"
        pair = {"mentee_id": c.id("report"), "mentor_id": c.id("boss")}

        r = await client.post(url, headers=c.admin.headers, json=pair)
        problem = assert_problem(r, 409, "pair_forbidden")
        assert problem["overridable"] is True
        assert problem["hierarchy_distance"] == 1
        assert "management chain" in problem["reasons"][0]["text"]["en"]
        r = await client.post(url, headers=c.admin.headers,
                              json={**pair, "override_reason": "   "})
        assert_problem(r, 409, "pair_forbidden")

        r = await client.post(url, headers=c.admin.headers,
                              json={**pair, "override_reason": "Different business lines now"})
        assert r.status_code == 201, r.text
        created = r.json()
        assert created["check"]["allowed"] is False
        assert created["check"]["hierarchy_distance"] == 1
        proposal = created["proposal"]
        assert proposal["origin"] == "manual"
        assert proposal["pinned"] is True
        assert proposal["overridden"] == ["hierarchy"]
        assert proposal["override_reason"] == "Different business lines now"
        events = list(await session.scalars(select(AuditEvent).where(
            AuditEvent.organisation_id == c.org.id,
            AuditEvent.action == "matching.manual_pair.override")))
        assert len(events) == 1
        assert events[0].actor_person_id == c.admin.id
        assert events[0].details["overridden"] == ["hierarchy"]
        assert events[0].details["reason"] == "Different business lines now"
        draft = (await client.get(f"{c.base}/runs/{body['id']}", headers=c.admin.headers)).json()
        both = {(c.id("report"), c.id("boss")), (c.id("free"), c.id("boss"))}
        assert pairs_of(draft) == both
        assert draft["unmatched"] == []

        rerun = await run(client, c)  # the override survives a re-run, as a pin
        assert pairs_of(rerun) == both
        r = await client.post(f"{c.base}/runs/{rerun['id']}/publish", headers=c.admin.headers)
        assert r.status_code == 200, r.text
        origins = {str(m.mentee_id): m.origin for m in await session.scalars(
            select(Mentorship).where(Mentorship.program_id == uuid.UUID(c.program_id)))}
        assert origins == {c.id("report"): "manual", c.id("free"): "matching"}

    async def test_publish_creates_mentorships_and_marks_participants(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await self._setup(client, factory, session)
        body = await run(client, c)

        r = await client.post(f"{c.base}/runs/{body['id']}/publish", headers=c.admin.headers)

        assert r.status_code == 200, r.text
        published = r.json()
        assert published["run"]["status"] == "published"
        assert len(published["mentorship_ids"]) == 3
        rows = list(await session.scalars(select(Mentorship).where(
            Mentorship.program_id == uuid.UUID(c.program_id))))
        assert {(str(m.mentee_id), str(m.mentor_id)) for m in rows} == pairs_of(body)
        assert {m.status for m in rows} == {MentorshipStatus.PROPOSED}
        assert {m.origin for m in rows} == {"matching"}
        parts = list(await session.scalars(select(ProgramParticipant).where(
            ProgramParticipant.program_id == uuid.UUID(c.program_id))))
        assert {p.state for p in parts} == {ParticipantState.ACTIVE}
        again = await client.post(f"{c.base}/runs/{body['id']}/publish",
                                  headers=c.admin.headers)
        assert_problem(again, 409, "run_not_draft")
        # everyone is paired now: a new run has nobody to match
        empty = await run(client, c)
        assert empty["proposals"] == []
        assert empty["unmatched"] == []

    async def test_publish_refuses_proposals_that_no_longer_hold(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "e", "mentee")
        await add(session, factory, c, "m", "mentor")
        await commit(session)
        body = await run(client, c)
        # meanwhile the directory moves the mentee under the mentor
        person = c.people["e"]
        person.manager_id = c.people["m"].id
        await session.flush()
        await commit(session)

        r = await client.post(f"{c.base}/runs/{body['id']}/publish", headers=c.admin.headers)

        problem = assert_problem(r, 409, "proposals_stale")
        assert problem["proposals"][0]["reasons"][0]["code"] == "hierarchy"
        count = await session.scalar(select(Mentorship.id).where(
            Mentorship.program_id == uuid.UUID(c.program_id)))
        assert count is None

    async def test_nothing_is_published_from_a_draft_program(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await self._setup(client, factory, session)
        body = await run(client, c)
        await set_program(session, c.program_id, status="draft")
        await commit(session)
        r = await client.post(f"{c.base}/runs/{body['id']}/publish", headers=c.admin.headers)
        assert_problem(r, 409, "program_draft")


class TestSettings:
    async def test_directory_attributes_are_scored_and_explained(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        c = await cohort(client, factory, session)
        await add(session, factory, c, "e", "mentee", languages=["fr", "de"], site="Lyon")
        await add(session, factory, c, "de_lyon", "mentor", unit=1, languages=["de"],
                  site="Lyon")
        await add(session, factory, c, "en_paris", "mentor", unit=1, languages=["en"],
                  site="Paris")
        await commit(session)
        r = await client.put(f"{c.base}/settings", headers=c.admin.headers, json={
            "attributes": [{"attribute": "languages", "weight": 5},
                           {"attribute": "site", "weight": 5}]})
        assert r.status_code == 200, r.text
        assert [a["attribute"] for a in r.json()["attributes"]] == ["languages", "site"]

        body = await run(client, c)

        [proposal] = body["proposals"]
        assert proposal["mentor"]["id"] == c.id("de_lyon")
        words = {b["criterion"]: b["text"]["en"] for b in proposal["breakdown"]}
        assert words["languages"] == "languages in common: de"
        assert words["site"] == "same site (Lyon)"
        r = await client.put(f"{c.base}/settings", headers=c.admin.headers, json={
            "attributes": [{"attribute": "seniority", "weight": 1}]})
        assert_problem(r, 422, "validation_error")
