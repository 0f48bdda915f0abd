"""The mentorship lifecycle over HTTP: consent, charter, first meeting, withdrawal with
replacement, completion; who may act, and the transitions refused with problem+json."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.mentorships import repository as mrepo
from constel_api.models import (
    Mentorship,
    MentorshipStatus,
    ParticipantState,
    ProgramParticipant,
    VaultPair,
)
from tests.fixtures.actors import Factory
from tests.mentorships.helpers import assert_problem, make_pair, outsiders


async def _participant(session: AsyncSession, program_id: object, person_id: object
                       ) -> ProgramParticipant:
    row = await session.scalar(select(ProgramParticipant).where(
        ProgramParticipant.program_id == program_id, ProgramParticipant.person_id == person_id
    ).execution_options(populate_existing=True))
    assert row is not None
    return row


class TestListAndGet:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert_problem(await client.get("/api/v1/mentorships"), 401, "not_authenticated")

    async def test_outsiders_get_404(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session)
        for who, headers in await outsiders(client, factory, session, pair):
            for path in (pair.url, f"{pair.url}/transitions"):
                response = await client.get(path, headers=headers)
                assert response.status_code == 404, (who, path)
            listed = await client.get("/api/v1/mentorships", headers=headers)
            if listed.status_code == 200:
                assert str(pair.mentorship_id) not in listed.text, who

    async def test_valid(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session)
        response = await client.get("/api/v1/mentorships", headers=pair.mentee.headers)
        assert response.status_code == 200
        [item] = response.json()["items"]
        assert item["id"] == str(pair.mentorship_id)
        assert item["my_side"] == "mentee"
        assert item["partner"]["id"] == str(pair.mentor.id)
        assert item["charter"] == {"current_version": 1, "mentor_signed": False,
                                   "mentee_signed": False}


class TestConsent:
    async def test_accept_sign_activate(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, charter_versions=2)
        mentor, mentee = pair.mentor.headers, pair.mentee.headers

        r = await client.post(f"{pair.url}/accept", json={"version": 1}, headers=mentor)
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "proposed"
        assert r.json()["mentor_accepted_at"]
        assert_problem(await client.post(f"{pair.url}/accept", json={}, headers=mentor),
                       409, "already_accepted")

        # The mentee acted on version 1 but the mentor's accept made it 2.
        assert_problem(await client.post(f"{pair.url}/accept", json={"version": 1},
                                         headers=mentee), 409, "stale_version")
        r = await client.post(f"{pair.url}/accept", json={"version": 2}, headers=mentee)
        assert r.json()["status"] == "accepted"

        # An old charter version is refused; the current one is signed.
        body = assert_problem(
            await client.post(f"{pair.url}/charter-signature", json={"charter_version": 1},
                              headers=mentor), 409, "charter_version_outdated")
        assert body["current_version"] == 2
        r = await client.post(f"{pair.url}/charter-signature", json={"charter_version": 2},
                              headers=mentor)
        assert r.json()["status"] == "accepted"
        assert r.json()["charter"] == {"current_version": 2, "mentor_signed": True,
                                       "mentee_signed": False}
        r = await client.post(f"{pair.url}/charter-signature", json={"charter_version": 2},
                              headers=mentee)
        assert r.status_code == 200
        assert r.json()["status"] == "active"
        assert r.json()["activated_at"]

        r = await client.get(f"{pair.url}/transitions", headers=mentee)
        events = [(t["event"], t["actor_side"], t["to_status"]) for t in r.json()]
        assert events == [
            ("accepted", "mentor", "proposed"),
            ("accepted", "mentee", "proposed"),
            ("both_accepted", "mentee", "accepted"),
            ("charter_signed", "mentor", "accepted"),
            ("charter_signed", "mentee", "accepted"),
            ("activated", "mentee", "active"),
        ]
        assert all(t["at"] for t in r.json())

    async def test_refuse_without_reason(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session)
        r = await client.post(f"{pair.url}/refuse", json={}, headers=pair.mentor.headers)
        assert r.status_code == 200
        assert r.json()["status"] == "refused"
        assert r.json()["ended_by_side"] == "mentor"
        assert_problem(await client.post(f"{pair.url}/accept", json={},
                                         headers=pair.mentee.headers), 409, "pair_closed")

    async def test_unknown_field_is_422(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session)
        r = await client.post(f"{pair.url}/refuse", json={"reason": "x"},
                              headers=pair.mentor.headers)
        assert r.status_code == 422

    async def test_outsiders_cannot_act(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session)
        for who, headers in await outsiders(client, factory, session, pair):
            for action, body in (("accept", {}), ("refuse", {}),
                                 ("charter-signature", {"charter_version": 1}),
                                 ("first-meeting", {}), ("withdraw", {"reason": "other"}),
                                 ("complete", {}), ("replacement/decline", {})):
                r = await client.post(f"{pair.url}/{action}", json=body, headers=headers)
                assert r.status_code == 404, (who, action, r.text)
        await session.refresh(pair.mentorship)
        assert pair.mentorship.status == MentorshipStatus.PROPOSED


class TestFirstMeeting:
    async def test_mentor_only_once_when_active(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        proposed = await make_pair(client, factory, session)
        assert_problem(await client.post(f"{proposed.url}/first-meeting", json={},
                                         headers=proposed.mentor.headers), 409, "pair_not_active")
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        assert_problem(await client.post(f"{pair.url}/first-meeting", json={},
                                         headers=pair.mentee.headers), 403, "mentor_only")
        r = await client.post(f"{pair.url}/first-meeting", json={}, headers=pair.mentor.headers)
        assert r.status_code == 200
        assert r.json()["first_meeting_confirmed_at"]
        assert_problem(await client.post(f"{pair.url}/first-meeting", json={},
                                         headers=pair.mentor.headers), 409, "already_confirmed")


class TestWithdrawal:
    async def test_mentor_withdraws_mentee_gets_priority(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        org_id, program_id, mentee_id = pair.org.id, pair.program.id, pair.mentee.id
        r = await client.post(f"{pair.url}/withdraw", json={"reason": "availability"},
                              headers=pair.mentor.headers)
        assert r.status_code == 200, r.text
        data = r.json()
        assert data["status"] == "withdrawn"
        assert data["ended_by_side"] == "mentor"
        assert data["end_reason"] == "availability"
        assert data["replacement_status"] == "pending"
        assert data["withdrawal_final"] is False
        assert data["i_am_current_member"] is False

        mentee = await _participant(session, program_id, mentee_id)
        assert mentee.rematch_priority is True
        assert mentee.state == ParticipantState.ELIGIBLE
        pending = await mrepo.pending_rematches(session, org_id, program_id)
        assert [(p[0], p[2]) for p in pending] == [(pair.mentorship_id, mentee_id)]
        flagged = await session.get(Mentorship, pair.mentorship_id, populate_existing=True)
        assert flagged is not None
        assert flagged.needs_attention is True
        assert flagged.attention_reason == "replacement_pending"
        vault = await session.get(VaultPair, pair.mentorship_id)
        assert vault is not None
        assert pair.mentor.id in vault.removed_member_ids

        # Acting on a withdrawn pair is refused, for both people.
        for headers in (pair.mentor.headers, pair.mentee.headers):
            for action in ("accept", "first-meeting", "complete"):
                assert_problem(await client.post(f"{pair.url}/{action}", json={},
                                                 headers=headers), 409, "pair_withdrawn")
        # Only the mentee decides about a replacement.
        assert_problem(await client.post(f"{pair.url}/replacement/decline", json={},
                                         headers=pair.mentor.headers), 403, "mentee_only")
        r = await client.post(f"{pair.url}/replacement/decline", json={},
                              headers=pair.mentee.headers)
        assert r.json()["replacement_status"] == "declined"
        assert r.json()["withdrawal_final"] is True
        mentee = await _participant(session, program_id, mentee_id)
        assert mentee.rematch_priority is False
        assert mentee.state == ParticipantState.WITHDRAWN
        assert await mrepo.pending_rematches(session, org_id, program_id) == []
        assert_problem(await client.post(f"{pair.url}/replacement/decline", json={},
                                         headers=pair.mentee.headers), 409,
                       "no_pending_replacement")

    async def test_replacement_proposed_by_matching(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/withdraw", json={"reason": "personal"},
                              headers=pair.mentor.headers)
        assert r.status_code == 200
        replacement = await make_pair(client, factory, session, org=pair.org,
                                      program=(pair.program, pair.charter), mentee=pair.mentee)
        r = await client.get(pair.url, headers=pair.mentee.headers)
        assert r.json()["replacement_status"] == "proposed"
        assert r.json()["withdrawal_final"] is True
        old = await session.get(Mentorship, pair.mentorship_id,
                                populate_existing=True)
        assert old is not None
        assert old.replacement_mentorship_id == replacement.mentorship_id
        assert old.needs_attention is False

    async def test_mentee_withdraws(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        program_id, mentee_id = pair.program.id, pair.mentee.id
        r = await client.post(f"{pair.url}/withdraw", json={"reason": "professional_change"},
                              headers=pair.mentee.headers)
        assert r.json()["replacement_status"] is None
        assert r.json()["withdrawal_final"] is True
        mentee = await _participant(session, program_id, mentee_id)
        assert mentee.state == ParticipantState.WITHDRAWN
        assert not mentee.rematch_priority
        # The mentor, still a member, reads the history; the mentee too.
        r = await client.get(f"{pair.url}/transitions", headers=pair.mentor.headers)
        assert r.json()[-1]["details"] == {"reason": "professional_change",
                                           "has_message": False}

    async def test_refused_forms(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        proposed = await make_pair(client, factory, session)
        assert_problem(await client.post(f"{proposed.url}/withdraw", json={"reason": "other"},
                                         headers=proposed.mentee.headers), 409, "use_refusal")
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/withdraw", json={"reason": "bored"},
                              headers=pair.mentee.headers)
        assert r.status_code == 422
        assert_problem(await client.post(
            f"{pair.url}/withdraw",
            json={"reason": "other", "message_record_id": str(pair.mentorship_id)},
            headers=pair.mentee.headers), 422, "invalid_withdrawal_message")
        assert_problem(await client.post(f"{pair.url}/refuse", json={},
                                         headers=pair.mentee.headers), 409, "use_withdrawal")


class TestCompletion:
    async def test_by_agreement(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/complete", json={}, headers=pair.mentor.headers)
        assert r.json()["status"] == "active"
        assert r.json()["completion_requested_by_side"] == "mentor"
        assert_problem(await client.post(f"{pair.url}/complete", json={},
                                         headers=pair.mentor.headers), 409,
                       "completion_already_requested")
        r = await client.post(f"{pair.url}/complete", json={}, headers=pair.mentee.headers)
        assert r.json()["status"] == "completed"
        assert r.json()["end_reason"] == "mutual_agreement"
        assert r.json()["closing_feedback_requested_at"]

    async def test_at_program_end(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE,
                               ends_on=utcnow().date() - timedelta(days=1))
        r = await client.post(f"{pair.url}/complete", json={}, headers=pair.mentee.headers)
        assert r.json()["status"] == "completed"
        assert r.json()["end_reason"] == "program_end"

    @pytest.mark.parametrize("action", ["accept", "complete"])
    async def test_not_active(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession, action: str
    ) -> None:
        pair = await make_pair(client, factory, session, status=MentorshipStatus.ACTIVE)
        r = await client.post(f"{pair.url}/{action}", json={"version": 99},
                              headers=pair.mentor.headers)
        assert_problem(r, 409, "stale_version")


class TestActivationAfterProgramSignature:
    async def test_signed_through_the_program_route(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        pair = await make_pair(client, factory, session)
        for headers in (pair.mentor.headers, pair.mentee.headers):
            r = await client.post(f"{pair.url}/accept", json={}, headers=headers)
            assert r.status_code == 200
        assert r.json()["status"] == "accepted"
        for headers in (pair.mentor.headers, pair.mentee.headers):
            r = await client.post(f"/api/v1/programs/{pair.program.id}/charter/signatures",
                                  json={"version": 1}, headers=headers)
            assert r.status_code in (200, 201), r.text
        r = await client.get(pair.url, headers=pair.mentee.headers)
        assert r.json()["status"] == "active"
