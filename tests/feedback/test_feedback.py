"""Feedback over HTTP: ongoing and closing, the score shown to its author only and to
admins only as an aggregate."""

from __future__ import annotations

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.feedback import repository as frepo
from constel_api.models import MentorshipStatus
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import assert_problem, make_pair, outsiders


class TestFeedback:
    async def test_outsiders(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/feedback", json={"kind": "ongoing"},
                              headers=pair.mentee.headers)
        one = f"{pair.url}/feedback/{r.json()['id']}"
        for who, headers in await outsiders(client, factory, session, pair):
            for method, path, body in (
                ("GET", f"{pair.url}/feedback", None), ("GET", one, None),
                ("POST", f"{pair.url}/feedback", {"kind": "ongoing", "satisfaction_score": 1}),
            ):
                r = await client.request(method, path, json=body, headers=headers)
                assert r.status_code == 404, (who, method, path)

    async def test_scores_and_closing(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        org_id, program_id = pair.org.id, pair.program.id
        r = await client.post(f"{pair.url}/feedback", headers=pair.mentee.headers,
                              json={"kind": "ongoing", "satisfaction_score": 4})
        assert r.status_code == 201
        assert r.json()["satisfaction_score"] == 4
        # The partner sees that feedback exists, never the score.
        listed = await client.get(f"{pair.url}/feedback", headers=pair.mentor.headers)
        [item] = listed.json()["items"]
        assert item["mine"] is False
        assert item["satisfaction_score"] is None
        assert item["author_side"] == "mentee"
        assert (await client.post(f"{pair.url}/feedback", headers=pair.mentee.headers,
                                  json={"kind": "ongoing", "satisfaction_score": 6})
                ).status_code == 422
        assert_problem(await client.post(f"{pair.url}/feedback", json={"kind": "closing"},
                                         headers=pair.mentor.headers), 409, "pair_not_completed")

        for headers in (pair.mentor.headers, pair.mentee.headers):
            r = await client.post(f"{pair.url}/complete", json={}, headers=headers)
            assert r.status_code == 200
        assert r.json()["status"] == "completed"
        r = await client.post(f"{pair.url}/feedback", headers=pair.mentor.headers,
                              json={"kind": "closing", "satisfaction_score": 2})
        assert r.status_code == 201
        assert_problem(await client.post(f"{pair.url}/feedback", headers=pair.mentor.headers,
                                         json={"kind": "closing"}), 409,
                       "closing_feedback_exists")
        assert_problem(await client.post(f"{pair.url}/feedback", json={"kind": "ongoing"},
                                         headers=pair.mentee.headers), 409, "pair_closed")

        summary = await frepo.satisfaction_summary(session, org_id, program_id)
        assert (summary.respondents, summary.scores, summary.mean) == (2, 2, 3.0)
        assert summary.distribution == {2: 1, 4: 1}
        assert (await frepo.satisfaction_summary(session, org_id, program_id, side="mentor")
                ).distribution == {2: 1}
        assert await frepo.closing_feedback_given(session, org_id, program_id) == 1
