"""Directory test helpers: machine-client tokens and CSV uploads."""

from __future__ import annotations

import httpx
import pytest

from constel_api.models import Organisation, Role
from tests.fixtures.actors import Actor, Factory


async def machine_token(
    client: httpx.AsyncClient, admin: Actor, scopes: list[str] | None = None
) -> dict[str, str]:
    response = await client.post(
        "/api/v1/api-clients", headers=admin.headers,
        json={"name": "HRIS", "scopes": scopes or ["scim"]},
    )
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


class Directory:
    """An organisation with a signed-in admin, for directory tests."""

    def __init__(self, client: httpx.AsyncClient, factory: Factory) -> None:
        self.client = client
        self.factory = factory

    async def setup(self) -> Directory:
        self.org: Organisation = await self.factory.organisation()
        self.admin: Actor = await self.factory.actor(self.client, self.org, Role.ORG_ADMIN)
        # Captured now: a request that fails rolls the shared session back and expires rows.
        self.org_id = self.org.id
        return self

    async def upload(
        self, csv_text: str | bytes, *, dry_run: bool = False, full_load: bool = False,
        headers: dict[str, str] | None = None, multipart: bool = False,
    ) -> httpx.Response:
        data = csv_text.encode() if isinstance(csv_text, str) else csv_text
        params = {"dry_run": str(dry_run).lower(), "full_load": str(full_load).lower()}
        auth = headers or self.admin.headers
        if multipart:
            return await self.client.post(
                "/api/v1/directory/imports", params=params, headers=auth,
                files={"file": ("people.csv", data, "text/csv")},
            )
        return await self.client.post(
            "/api/v1/directory/imports", params=params, content=data,
            headers={**auth, "Content-Type": "text/csv"},
        )


@pytest.fixture
async def directory(client: httpx.AsyncClient, factory: Factory) -> Directory:
    return await Directory(client, factory).setup()
