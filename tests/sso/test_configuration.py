"""Admins manage their organisation's provider; the secret is never returned."""

from __future__ import annotations

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import AuditEvent, Role, SsoConfiguration
from tests.fixtures.actors import Factory
from tests.sso.conftest import DOMAIN, SsoOrg

URL = "/api/v1/organisation/sso"
BODY = {
    "enabled": True,
    "issuer": "https://login.microsoftonline.com/tenant/v2.0",
    "client_id": "client",
    "client_secret": "the secret value",
    "allowed_domains": ["Autre.Example", "@autre.example"],
}


class TestConfiguration:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert (await client.get(URL)).status_code == 401
        assert (await client.put(URL, json=BODY)).status_code == 401

    async def test_members_cannot(self, client: httpx.AsyncClient, factory: Factory) -> None:
        member = await factory.actor(client, await factory.organisation(), Role.MEMBER)
        for call in (client.get, client.delete):
            refused = await call(URL, headers=member.headers)
            assert refused.status_code == 403
        refused = await client.put(URL, json=BODY, headers=member.headers)
        assert refused.json()["code"] == "forbidden_role"

    async def test_other_organisation(
        self, client: httpx.AsyncClient, factory: Factory, sso_org: SsoOrg
    ) -> None:
        other = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        missing = await client.get(URL, headers=other.headers)
        assert missing.status_code == 404
        assert missing.json()["code"] == "sso_not_configured"
        taken = await client.put(
            URL, json=BODY | {"allowed_domains": [DOMAIN]}, headers=other.headers
        )
        assert taken.status_code == 409
        assert taken.json()["code"] == "sso_domain_taken"

    async def test_valid(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        saved = await client.put(URL, json=BODY, headers=admin.headers)
        assert saved.status_code == 200, saved.text
        read = saved.json()
        assert "the secret value" not in saved.text
        assert "client_secret" not in read
        assert read["has_client_secret"] is True
        assert read["allowed_domains"] == ["autre.example"]
        assert read["scopes"] == ["openid", "email", "profile"]
        assert read["redirect_uri"] == "https://testserver/api/v1/auth/sso/callback"
        assert read["backchannel_logout_uri"].endswith(f"/backchannel-logout/{read['id']}")
        stored = (await session.execute(select(SsoConfiguration))).scalar_one()
        assert stored.client_secret_sealed is not None
        assert b"the secret value" not in stored.client_secret_sealed
        # Saving again without the secret keeps it.
        again = await client.put(
            URL, json={k: v for k, v in BODY.items() if k != "client_secret"} | {"scopes": []},
            headers=admin.headers,
        )
        assert again.json()["has_client_secret"] is True
        assert again.json()["scopes"] == ["openid"]
        audit = (await session.execute(
            select(AuditEvent).where(AuditEvent.action.like("sso.configuration_%"))
        )).scalars().all()
        assert [e.action for e in audit] == [
            "sso.configuration_created", "sso.configuration_updated",
        ]
        assert all("the secret value" not in str(e.details) for e in audit)
        assert (await client.delete(URL, headers=admin.headers)).status_code == 204
        assert (await client.get(URL, headers=admin.headers)).status_code == 404

    async def test_bad_input(self, client: httpx.AsyncClient, factory: Factory) -> None:
        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        for bad in (
            {"allowed_domains": []},
            {"allowed_domains": ["not a domain"]},
            {"issuer": "ftp://x"},
            {"identifying_claim": "upn"},
            {"scopes": ["open id"]},
            {"client_auth_method": "none"},
            {"unexpected": 1},
        ):
            refused = await client.put(URL, json=BODY | bad, headers=admin.headers)
            assert refused.status_code == 422, bad
            assert refused.headers["content-type"] == "application/problem+json"
        no_secret = await client.put(
            URL, json={k: v for k, v in BODY.items() if k != "client_secret"},
            headers=admin.headers,
        )
        assert no_secret.json()["code"] == "sso_client_secret_required"

    async def test_signing_key_rotation(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        admin = await factory.actor(client, await factory.organisation(), Role.ORG_ADMIN)
        first = await client.put(
            URL, json=BODY | {"client_auth_method": "private_key_jwt"}, headers=admin.headers
        )
        rotated = await client.post(f"{URL}/signing-key", headers=admin.headers)
        assert rotated.status_code == 200
        assert rotated.json()["public_jwk"]["kid"] != first.json()["public_jwk"]["kid"]
        assert "d" not in rotated.json()["public_jwk"]
