"""Machine-client tokens with an optional expiry and a last-used time shown in the list
(issue: machine tokens never expired and showed no "last used")."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.models import ApiClient, Role
from tests.fixtures.actors import Factory

CLIENTS = "/api/v1/api-clients"
SCIM = "/scim/v2/Users"


async def test_expiry_and_last_used(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
    expires = utcnow() + timedelta(days=30)
    r = await client.post(
        CLIENTS,
        headers=admin.headers,
        json={"name": "SIRH", "scopes": ["scim"], "expires_at": expires.isoformat()},
    )
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["last_used_at"] is None
    token = {"Authorization": f"Bearer {created['token']}"}

    assert (await client.get(SCIM, headers=token)).status_code == 200
    listed = {c["id"]: c for c in (await client.get(CLIENTS, headers=admin.headers)).json()}
    shown = listed[created["id"]]
    assert shown["last_used_at"] is not None
    assert shown["expires_at"].startswith(expires.date().isoformat())

    # Past its expiry the token stops working.
    row = await session.get(ApiClient, created["id"])
    assert row is not None
    row.expires_at = utcnow() - timedelta(seconds=1)
    await session.flush()
    assert (await client.get(SCIM, headers=token)).status_code == 401


async def test_expiry_must_be_in_the_future(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
    for when in ((utcnow() - timedelta(hours=1)).isoformat(), "2030-01-01T00:00:00"):
        body = {"name": "x", "scopes": ["scim"], "expires_at": when}
        r = await client.post(CLIENTS, headers=admin.headers, json=body)
        assert r.status_code == 422, when
        assert r.headers["content-type"] == "application/problem+json"


async def test_without_expiry_the_token_keeps_working(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
    r = await client.post(CLIENTS, headers=admin.headers, json={"name": "BI", "scopes": ["scim"]})
    assert r.json()["expires_at"] is None
    assert (
        await client.get(SCIM, headers={"Authorization": f"Bearer {r.json()['token']}"})
    ).status_code == 200
