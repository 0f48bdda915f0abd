"""Who reaches the vault: members only, and only their own pairs' content.

Admins of every kind and machine clients get 404 on every vault route, even when the
admin is a party to the mentorship; other organisations and other pairs get 404 too.
"""

from __future__ import annotations

import io
import re
import uuid

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.main import create_app
from constel_api.models import MentorshipStatus, Role
from tests.fixtures.actors import Factory
from tests.vault.helpers import (
    PROBLEM,
    World,
    make_mentorship,
    make_world,
    paired,
    participant,
)


def vault_routes() -> list[tuple[str, str]]:
    paths = create_app().openapi()["paths"]
    routes = [
        (method.upper(), path)
        for path, operations in paths.items()
        if path.startswith("/api/v1/vault")
        for method in sorted(operations)
    ]
    assert len(routes) >= 14
    return sorted(routes, key=lambda r: r[0] == "DELETE")  # deletions last


VAULT_ROUTES = vault_routes()


async def call(
    client: httpx.AsyncClient, method: str, path: str, headers: dict[str, str],
    ids: dict[str, str],
) -> httpx.Response:
    url = re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], path)
    if path.endswith("/chunks/{index}"):
        return await client.request(method, url, headers=headers, content=b"\0" * 100)
    if method in {"POST", "PUT"}:
        return await client.request(method, url, headers=headers, json={})
    params = {"pair_id": ids["pair_id"]} if path.endswith("/records") else None
    return await client.request(method, url, headers=headers, params=params)


async def world_with_content(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> tuple[World, dict[str, str]]:
    world = await make_world(client, factory, session)
    mentor, _ = await paired(client, world)
    doc_id = await mentor.upload_file(
        world.pair_id, io.BytesIO(b"doc"), name="a.txt", media_type="text/plain"
    )
    ids = {
        "pair_id": world.pair_id, "record_id": doc_id, "person_id": str(world.mentor.id),
        "index": "0",
    }
    return world, ids


class TestAdminsAndMachines:
    @pytest.mark.parametrize(
        "role", [Role.ORG_ADMIN, Role.PROGRAM_MANAGER, Role.PLATFORM_OPERATOR]
    )
    async def test_admin_roles_get_404_everywhere_even_as_a_party(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession, role: Role
    ) -> None:
        world, ids = await world_with_content(client, factory, session)
        admin = await factory.actor(client, world.org, role)
        # The admin is even the mentor of a mentorship with the same mentee.
        pairing = await make_mentorship(
            session, world.org, admin.id, world.mentee.id, program=world.program
        )
        for own in (ids, {**ids, "pair_id": str(pairing.id), "person_id": str(admin.id)}):
            for method, path in VAULT_ROUTES:
                response = await call(client, method, path, admin.headers, own)
                assert response.status_code == 404, (method, path, response.text)
                assert response.headers["content-type"] == PROBLEM
                assert response.json()["code"] == "not_found"

    async def test_members_reach_the_same_routes(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        """The control for the test above: the mentor is answered (not a bare 404)."""
        world, ids = await world_with_content(client, factory, session)
        codes = {}
        for method, path in VAULT_ROUTES:
            response = await call(client, method, path, world.mentor.headers, ids)
            assert response.status_code != 500
            codes[(method, path)] = response.status_code
        assert codes[("GET", "/api/v1/vault/me")] == 200
        assert codes[("GET", "/api/v1/vault/pairs/{pair_id}")] == 200
        assert codes[("GET", "/api/v1/vault/records/{record_id}")] == 200
        assert codes[("GET", "/api/v1/vault/files/{record_id}/content")] == 200

    async def test_member_who_is_also_admin_reaches_own_vault(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        both = await factory.actor(client, org, Role.MEMBER, Role.ORG_ADMIN)
        response = await client.get("/api/v1/vault/me", headers=both.headers)
        assert response.status_code == 404
        assert response.json()["code"] == "vault_not_set_up"
        p = participant(client, both)
        await p.create_identity("passphrase of both")
        assert (await client.get("/api/v1/vault/me", headers=both.headers)).status_code == 200

    async def test_machine_client_gets_404_everywhere(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ids = await world_with_content(client, factory, session)
        admin = await factory.actor(client, world.org, Role.ORG_ADMIN)
        created = await client.post(
            "/api/v1/api-clients", headers=admin.headers,
            json={"name": "hris", "scopes": ["scim"]},
        )
        assert created.status_code == 201, created.text
        machine = {"Authorization": f"Bearer {created.json()['token']}"}
        for method, path in VAULT_ROUTES:
            response = await call(client, method, path, machine, ids)
            assert response.status_code == 404, (method, path, response.text)

    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        ids = {k: str(uuid.uuid4()) for k in ("pair_id", "record_id", "person_id")}
        for method, path in VAULT_ROUTES:
            response = await call(client, method, path, {}, {**ids, "index": "0"})
            assert response.status_code == 401, (method, path)


class TestOtherPairsAndOrganisations:
    async def test_other_organisation(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        _, ids = await world_with_content(client, factory, session)
        stranger_world = await make_world(client, factory, session)
        stranger = stranger_world.mentor
        await participant(client, stranger).create_identity("stranger passphrase")
        for method, path in VAULT_ROUTES:
            if path in {"/api/v1/vault/me", "/api/v1/vault/me/identity",
                        "/api/v1/vault/me/key-material", "/api/v1/vault/me/keyring"}:
                continue  # their own vault
            response = await call(client, method, path, stranger.headers, ids)
            assert response.status_code in {404, 422}, (method, path, response.text)
            if response.status_code == 422:  # body checked before the lookup: retry valid
                continue
        # With well-formed requests, every lookup of the other organisation is a 404.
        for url in (
            f"/api/v1/vault/pairs/{ids['pair_id']}",
            f"/api/v1/vault/pairs/{ids['pair_id']}/envelopes",
            f"/api/v1/vault/records/{ids['record_id']}",
            f"/api/v1/vault/files/{ids['record_id']}",
            f"/api/v1/vault/files/{ids['record_id']}/content",
            f"/api/v1/vault/bundles/{ids['person_id']}",
        ):
            response = await client.get(url, headers=stranger.headers)
            assert response.status_code == 404, url
        listing = await client.get(
            "/api/v1/vault/records", params={"pair_id": ids["pair_id"]}, headers=stranger.headers
        )
        assert listing.status_code == 404

    async def test_member_of_another_pair(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ids = await world_with_content(client, factory, session)
        outsider = await factory.actor(client, world.org, Role.MEMBER)
        p = participant(client, outsider)
        await p.create_identity("outsider passphrase")
        for url in (
            f"/api/v1/vault/pairs/{ids['pair_id']}",
            f"/api/v1/vault/pairs/{ids['pair_id']}/envelopes",
            f"/api/v1/vault/records/{ids['record_id']}",
            f"/api/v1/vault/files/{ids['record_id']}/content",
            f"/api/v1/vault/bundles/{ids['person_id']}",
        ):
            response = await client.get(url, headers=outsider.headers)
            assert response.status_code == 404, url

    @pytest.mark.parametrize(
        ("status", "visible"),
        [
            (MentorshipStatus.PROPOSED, True),
            (MentorshipStatus.COMPLETED, True),
            (MentorshipStatus.WITHDRAWN, True),
            (None, False),
        ],
    )
    async def test_bundles_only_of_people_you_share_a_mentorship_with(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
        status: str | None, visible: bool,
    ) -> None:
        world = await make_world(client, factory, session)
        await participant(client, world.mentor).create_identity("mentor passphrase")
        other = await factory.actor(client, world.org, Role.MEMBER)
        if status is not None:
            await make_mentorship(session, world.org, world.mentor.id, other.id, status,
                                  world.program)
        response = await client.get(
            f"/api/v1/vault/bundles/{world.mentor.id}", headers=other.headers
        )
        assert response.status_code == (200 if visible else 404)
        if visible:
            assert response.json()["user_id"] == str(world.mentor.id)

    async def test_refused_mentorship_has_no_members(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session, status=MentorshipStatus.REFUSED)
        response = await client.get(
            f"/api/v1/vault/pairs/{world.pair_id}", headers=world.mentor.headers
        )
        assert response.status_code == 404
        assert response.json()["code"] == "pair_not_found"
