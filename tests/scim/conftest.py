"""SCIM test helpers: an organisation, its HRIS token, and SCIM requests."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from constel_api.models import Organisation, Role
from tests.directory.conftest import machine_token
from tests.fixtures.actors import Actor, Factory

SCIM = "application/scim+json"
CORE = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


class Scim:
    def __init__(self, client: httpx.AsyncClient, factory: Factory) -> None:
        self.client = client
        self.factory = factory

    async def setup(self) -> Scim:
        self.org: Organisation = await self.factory.organisation()
        self.org_id = self.org.id
        self.admin: Actor = await self.factory.actor(self.client, self.org, Role.ORG_ADMIN)
        self.headers = {**await machine_token(self.client, self.admin), "Content-Type": SCIM}
        return self

    async def request(self, method: str, url: str, body: Any = None,
                      headers: dict[str, str] | None = None, **params: Any) -> httpx.Response:
        return await self.client.request(
            method, f"/scim/v2{url}", headers=headers or self.headers,
            json=body, params=params or None,
        )

    async def create(self, user_name: str, **extra: Any) -> dict[str, Any]:
        body = user_body(user_name, **extra)
        response = await self.request("POST", "/Users", body)
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created


def user_body(user_name: str, *, external_id: str | None = None, manager: Any = None,
              department: str | None = None, active: Any = True, **core: Any) -> dict[str, Any]:
    given, _, family = user_name.split("@")[0].partition(".")
    enterprise: dict[str, Any] = {"employeeNumber": f"N-{user_name[:4]}"}
    if manager is not None:
        enterprise["manager"] = manager
    if department is not None:
        enterprise["department"] = department
    body: dict[str, Any] = {
        "schemas": [CORE, ENTERPRISE],
        "userName": user_name,
        "externalId": external_id or f"ext-{user_name}",
        "name": {"givenName": given.capitalize(), "familyName": (family or "x").capitalize()},
        "emails": [{"value": user_name, "type": "work", "primary": True}],
        "active": active,
        ENTERPRISE: enterprise,
    }
    body.update(core)
    return body


@pytest.fixture
async def scim(client: httpx.AsyncClient, factory: Factory) -> Scim:
    return await Scim(client, factory).setup()
