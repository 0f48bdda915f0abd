"""Charter versioning and the re-signature requirement."""

from __future__ import annotations

import uuid

import httpx

from constel_api.models import Role
from constel_api.programs.charter import has_signed_current_charter
from tests.fixtures.actors import Factory
from tests.programs.helpers import CHARTER, MENTEE_ANSWERS, apply, create_program, open_program


class TestCharterVersions:
    async def test_draft_edits_in_place(self, client: httpx.AsyncClient,
                                        factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        url = f"/api/v1/programs/{program['id']}/charter"
        assert (await client.get(url, headers=admin.headers)).json()["code"] == "charter_not_found"
        for text in ("v1 draft", "v1 final"):
            r = await client.put(url, json={"body_markdown": text}, headers=admin.headers)
            assert r.status_code == 200
            assert r.json()["version"] == 1
            assert r.json()["published_at"] is None
        r = await client.get(f"{url}/versions", headers=admin.headers)
        assert [v["version"] for v in r.json()] == [1]

    async def test_edit_after_publication_needs_new_signature(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        pid = program["id"]
        mentee = await factory.actor(client, org, Role.MEMBER)
        mentee_id = mentee.id  # objects expire when a refused request rolls back
        await apply(client, mentee, pid, "mentee", MENTEE_ANSWERS)
        url = f"/api/v1/programs/{pid}/charter"

        charter = (await client.get(url, headers=mentee.headers)).json()
        assert charter["version"] == 1
        assert charter["body_markdown"] == CHARTER
        assert charter["signed"] is False
        r = await client.post(f"{url}/signatures", json={"version": 1}, headers=mentee.headers)
        assert r.status_code == 201
        assert (await client.get(url, headers=mentee.headers)).json()["signed"] is True
        assert await has_signed_current_charter(factory.session, program_id=uuid.UUID(pid),
                                                person_id=mentee_id)

        # Publishing a change creates version 2: the earlier signature no longer counts.
        r = await client.put(url, json={"body_markdown": CHARTER + "\n\nNouvel article."},
                             headers=admin.headers)
        assert r.status_code == 200
        assert r.json()["version"] == 2
        assert r.json()["published_at"] is not None
        charter = (await client.get(url, headers=mentee.headers)).json()
        assert charter["version"] == 2
        assert charter["signed"] is False
        assert not await has_signed_current_charter(factory.session, uuid.UUID(pid), mentee_id)
        summary = (await client.get(f"/api/v1/programs/{pid}/summary",
                                    headers=mentee.headers)).json()
        assert summary["signed_current_charter"] is False

        # Signing the old version is refused; the current one works.
        r = await client.post(f"{url}/signatures", json={"version": 1}, headers=mentee.headers)
        assert r.status_code == 409
        assert r.json()["code"] == "charter_version_outdated"
        assert r.json()["current_version"] == 2
        r = await client.post(f"{url}/signatures", json={"version": 2}, headers=mentee.headers)
        assert r.status_code == 201
        assert await has_signed_current_charter(factory.session, uuid.UUID(pid), mentee_id)

        versions = (await client.get(f"{url}/versions", headers=admin.headers)).json()
        assert [(v["version"], v["signature_count"]) for v in versions] == [(1, 1), (2, 1)]
        participants = (await client.get(f"/api/v1/programs/{pid}/participants",
                                         headers=admin.headers)).json()
        assert participants["items"][0]["signed_current_charter"] is True

    async def test_unchanged_text_keeps_version(self, client: httpx.AsyncClient,
                                                factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        r = await client.put(f"/api/v1/programs/{program['id']}/charter",
                             json={"body_markdown": CHARTER}, headers=admin.headers)
        assert r.json()["version"] == 1

    async def test_only_participants_sign(self, client: httpx.AsyncClient,
                                          factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        bystander = await factory.actor(client, org, Role.MEMBER)
        r = await client.post(f"/api/v1/programs/{program['id']}/charter/signatures",
                              json={"version": 1}, headers=bystander.headers)
        assert r.status_code == 403
        assert r.json()["code"] == "not_a_participant"

    async def test_bad_input_and_other_organisation(self, client: httpx.AsyncClient,
                                                    factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        intruder = await factory.actor(client, other, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        url = f"/api/v1/programs/{program['id']}/charter"
        r = await client.put(url, json={"body_markdown": ""}, headers=admin.headers)
        assert r.status_code == 422
        r = await client.put(url, json={"body_markdown": "x"}, headers=intruder.headers)
        assert r.status_code == 404
        r = await client.put(url, json={"body_markdown": "x"})
        assert r.status_code == 401

