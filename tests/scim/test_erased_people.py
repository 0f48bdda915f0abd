"""An erased person disappears from SCIM (404, absent from lists and filters, no longer a
member or a manager) while everyone else keeps being served; a retention purge changes
nothing SCIM shows."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.gdpr.retention import purge_expired
from constel_api.models import ErasureRequest, ProgramStatus, ScimGroupMember
from tests.directory.conftest import machine_token
from tests.fixtures.actors import Factory
from tests.gdpr.helpers import build_scene
from tests.scim.conftest import ENTERPRISE, PATCH_OP, SCIM, Scim, user_body


async def erase(scim: Scim, session: AsyncSession, person_id: str) -> None:
    """The person's request, executed by the org admin through the API."""
    request = ErasureRequest(organisation_id=scim.org_id, person_id=uuid.UUID(person_id))
    session.add(request)
    await session.flush()
    response = await scim.client.post(
        f"/api/v1/gdpr/erasure-requests/{request.id}/execute", headers=scim.admin.headers
    )
    assert response.status_code == 200, response.text


async def listed_ids(scim: Scim, **params: str) -> set[str]:
    response = await scim.request("GET", "/Users", **params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["totalResults"] == len(body["Resources"])
    return {r["id"] for r in body["Resources"]}


class TestErasedPerson:
    async def test_erased_report_is_gone_everyone_else_served(
        self, scim: Scim, session: AsyncSession
    ) -> None:
        boss = await scim.create("boss@acme-corp.com")
        leaver = await scim.create("leaver@acme-corp.com", manager=boss["id"])
        group = await scim.request("POST", "/Groups", {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "Team",
            "members": [{"value": leaver["id"]}, {"value": boss["id"]}]})
        assert group.status_code == 201, group.text
        await erase(scim, session, leaver["id"])

        response = await scim.request("GET", f"/Users/{leaver['id']}")
        assert response.status_code == 404
        assert response.headers["content-type"].startswith(SCIM)
        ids = await listed_ids(scim)
        assert leaver["id"] not in ids
        assert boss["id"] in ids
        assert await listed_ids(scim, filter='userName eq "leaver@acme-corp.com"') == set()
        assert await listed_ids(scim, filter='active eq false') == set()
        assert await listed_ids(scim, filter='emails.value co "erased"') == set()
        assert (await scim.request("GET", f"/Users/{boss['id']}")).status_code == 200
        members = (await scim.request("GET", f"/Groups/{group.json()['id']}")).json()["members"]
        assert [m["value"] for m in members] == [boss["id"]]
        rows = await session.scalar(select(func.count()).select_from(ScimGroupMember).where(
            ScimGroupMember.person_id == uuid.UUID(leaver["id"])))
        assert rows == 0
        for method, body in [("PUT", user_body("leaver@acme-corp.com")),
                             ("PATCH", {"schemas": [PATCH_OP], "Operations": [
                                 {"op": "replace", "path": "active", "value": True}]}),
                             ("DELETE", None)]:
            answer = await scim.request(method, f"/Users/{leaver['id']}", body)
            assert answer.status_code == 404, (method, answer.text)

    async def test_erased_manager_is_no_longer_named(
        self, scim: Scim, session: AsyncSession
    ) -> None:
        boss = await scim.create("gone-boss@acme-corp.com")
        report = await scim.create("report@acme-corp.com", manager=boss["id"])
        await erase(scim, session, boss["id"])
        response = await scim.request("GET", f"/Users/{report['id']}")
        assert response.status_code == 200, response.text
        assert "manager" not in response.json().get(ENTERPRISE, {})
        assert await listed_ids(scim, filter=f'manager.value eq "{boss["id"]}"') == set()
        refused = await scim.request("PATCH", f"/Users/{report['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "path": f"{ENTERPRISE}:manager",
                            "value": {"value": boss["id"]}}]})
        assert refused.status_code == 200, refused.text
        assert refused.json()[ENTERPRISE]["manager"]["value"] == boss["id"]  # pending, unresolved
        assert "displayName" not in refused.json()[ENTERPRISE]["manager"]

    async def test_erased_after_deactivation_and_person_without_profile(
        self, scim: Scim, session: AsyncSession, factory: Factory
    ) -> None:
        deactivated = await scim.create("deact@acme-corp.com", active=False)
        await erase(scim, session, deactivated["id"])
        member = await factory.person(scim.org)  # created outside SCIM, never provisioned
        member_id = str(member.id)
        await erase(scim, session, member_id)
        ids = await listed_ids(scim)
        assert deactivated["id"] not in ids
        assert member_id not in ids
        assert ids == {str(scim.admin.id)}
        assert (await scim.request("GET", f"/Users/{member_id}")).status_code == 404
        # The same userName can be provisioned again, as a new person.
        again = await scim.create("deact@acme-corp.com")
        assert again["id"] != deactivated["id"]


class TestRetentionPurge:
    async def test_scim_unchanged_after_purge(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene = await build_scene(client, factory, session)
        headers = {**await machine_token(client, scene.admin), "Content-Type": SCIM}
        before = await client.get("/scim/v2/Users", headers=headers)
        assert before.status_code == 200, before.text
        scene.world.org.retention_days = 30
        scene.world.program.status = ProgramStatus.CLOSED
        scene.world.program.closed_at = utcnow() - timedelta(days=31)
        await session.flush()
        results = await purge_expired(session, utcnow())
        assert scene.ids["program"] in {str(r.program_id) for r in results}
        after = await client.get("/scim/v2/Users", headers=headers)
        assert after.status_code == 200, after.text
        assert after.json() == before.json()
        for person in (scene.ids["mentor"], scene.ids["mentee"]):
            one = await client.get(f"/scim/v2/Users/{person}", headers=headers)
            assert one.status_code == 200, one.text
