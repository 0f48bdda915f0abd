"""SCIM managers (late, cyclic), deactivation effects and hierarchy-conflict flags."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Mentorship, MentorshipStatus, Person, Program, RefreshToken, Role
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory
from tests.scim.conftest import ENTERPRISE, PATCH_OP, Scim, user_body


async def pair(session: AsyncSession, org_id: uuid.UUID, mentor: uuid.UUID,
               mentee: uuid.UUID, status: str = MentorshipStatus.ACTIVE) -> Mentorship:
    program = Program(organisation_id=org_id, name="Programme")
    session.add(program)
    await session.flush()
    mentorship = Mentorship(organisation_id=org_id, program_id=program.id, mentor_id=mentor,
                            mentee_id=mentee, status=status)
    session.add(mentorship)
    await session.flush()
    return mentorship


class TestManagers:
    async def test_manager_by_id_and_late_manager(self, scim: Scim) -> None:
        report = await scim.create("report@acme-corp.com", manager={"value": "HR-BOSS"})
        # The manager is unknown yet: kept pending and echoed back.
        assert report[ENTERPRISE]["manager"]["value"] == "HR-BOSS"
        boss = await scim.create("boss@acme-corp.com", external_id="HR-BOSS")
        again = (await scim.request("GET", f"/Users/{report['id']}")).json()
        assert again[ENTERPRISE]["manager"]["value"] == boss["id"]
        detail = await scim.client.get(f"/api/v1/directory/people/{report['id']}",
                                       headers=scim.admin.headers)
        assert detail.json()["management_chain"][0]["id"] == boss["id"]
        assert detail.json()["pending_manager_ref"] is None

    async def test_entra_manager_plain_string_on_create(self, scim: Scim) -> None:
        boss = await scim.create("chief@acme-corp.com")
        body = user_body("worker@acme-corp.com")
        body[f"{ENTERPRISE}"]["manager"] = boss["id"]
        created = (await scim.request("POST", "/Users", body)).json()
        assert created[ENTERPRISE]["manager"]["value"] == boss["id"]

    async def test_cycle_is_refused_naming_people(self, scim: Scim, session: AsyncSession) -> None:
        a = await scim.create("ann.top@acme-corp.com")
        b = await scim.create("ben.mid@acme-corp.com", manager={"value": a["id"]})
        c = await scim.create("cat.low@acme-corp.com", manager={"value": b["id"]})
        response = await scim.request("PATCH", f"/Users/{a['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "path": f"{ENTERPRISE}:manager",
                            "value": {"value": c["id"]}}],
        })
        assert response.status_code == 400
        body = response.json()
        assert body["scimType"] == "invalidValue"
        for name in ("Ann Top", "Ben Mid", "Cat Low"):
            assert name in body["detail"]
        self_manager = await scim.request("PATCH", f"/Users/{a['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "path": f"{ENTERPRISE}:manager", "value": a["id"]}],
        })
        assert self_manager.status_code == 400
        person = await session.get(Person, uuid.UUID(a["id"]))
        assert person is not None
        assert person.manager_id is None

    async def test_chain_change_flags_crossing_pairs(
        self, scim: Scim, session: AsyncSession
    ) -> None:
        boss = await scim.create("lead@acme-corp.com")
        dev = await scim.create("dev@acme-corp.com")
        other = await scim.create("other@acme-corp.com")
        crossing = await pair(session, scim.org_id, uuid.UUID(boss["id"]), uuid.UUID(dev["id"]))
        unrelated = await pair(session, scim.org_id, uuid.UUID(other["id"]),
                               uuid.UUID(boss["id"]))
        assert crossing.needs_attention is False
        response = await scim.request("PATCH", f"/Users/{dev['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "Add", "path": f"{ENTERPRISE}:manager", "value": boss["id"]}],
        })
        assert response.status_code == 200
        await session.refresh(crossing)
        await session.refresh(unrelated)
        assert crossing.needs_attention is True
        assert crossing.attention_reason == "hierarchy_conflict"
        assert unrelated.needs_attention is False


class TestDeactivation:
    async def test_token_stops_working_and_pairs_are_flagged(
        self, scim: Scim, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        member = await factory.actor(client, scim.org, Role.MEMBER,
                                     email="leaver@acme-corp.com")
        login = await client.post("/api/v1/auth/login", json={
            "email": "leaver@acme-corp.com", "password": DEFAULT_PASSWORD})
        assert login.status_code == 200
        assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 200
        mentor = await factory.person(scim.org)
        mentorship = await pair(session, scim.org_id, mentor.id, member.id)
        finished = await pair(session, scim.org_id, mentor.id, member.id,
                              MentorshipStatus.COMPLETED)
        member_id = member.id
        response = await scim.request("PATCH", f"/Users/{member_id}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "Replace", "path": "active",
                                                   "value": "False"}]})
        assert response.status_code == 200, response.text
        assert response.json()["active"] is False
        assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401
        tokens = (await session.execute(
            select(RefreshToken).where(RefreshToken.person_id == member_id)
            .execution_options(populate_existing=True)
        )).scalars().all()
        assert tokens
        assert all(t.revoked_at is not None for t in tokens)
        await session.refresh(mentorship)
        await session.refresh(finished)
        assert mentorship.needs_attention is True
        assert mentorship.attention_reason == "participant_deactivated"
        assert mentorship.status == MentorshipStatus.ACTIVE  # nothing recorded is lost
        assert finished.needs_attention is False
        # Still returned, and can come back (Okta PATCH active=true).
        back = await scim.request("PATCH", f"/Users/{member_id}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "replace", "value": {"active": True}}]})
        assert back.json()["active"] is True

    async def test_delete_revokes_at_once(
        self, scim: Scim, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        member = await factory.actor(client, scim.org, Role.MEMBER)
        assert (await scim.request("DELETE", f"/Users/{member.id}")).status_code == 204
        assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401
