"""The whole sign-in through a real provider, and the session it opens."""

from __future__ import annotations

import httpx
import jwt
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import AuditEvent
from tests.sso.conftest import (
    DOMAIN,
    Provider,
    SsoOrg,
    access_token,
    configure,
    provider_login,
    query,
    sign_in,
    start_sign_in,
)


def _claims(token: str) -> dict[str, object]:
    claims: dict[str, object] = jwt.decode(token, options={"verify_signature": False})
    return claims


class TestCodeFlow:
    async def test_authorize_request_uses_pkce_state_and_nonce(
        self, client: httpx.AsyncClient, sso_org: SsoOrg
    ) -> None:
        params = query(await start_sign_in(client, f"alice@{DOMAIN}"))
        assert params["response_type"] == "code"
        assert params["client_id"] == sso_org.client_id
        assert params["code_challenge_method"] == "S256"
        assert len(params["code_challenge"]) == 43
        assert len(params["state"]) >= 43
        assert len(params["nonce"]) >= 43
        assert params["scope"].split() == ["openid", "email", "profile"]
        assert params["login_hint"] == f"alice@{DOMAIN}"

    async def test_signs_in_with_the_same_session_as_a_password(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession
    ) -> None:
        done = await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")
        assert done.status_code == 303
        assert done.headers["location"] == "/"
        token = await access_token(client, done)
        me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200
        assert me.json()["id"] == str(sso_org.people["alice"].id)
        assert _claims(token)["amr"] == ["sso"]
        events = (
            await session.execute(
                select(AuditEvent).where(AuditEvent.action == "auth.sso_sign_in")
            )
        ).scalars().all()
        assert [e.target_id for e in events] == [sso_org.people["alice"].id]

    async def test_private_key_jwt(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        config, _ = await configure(
            client, sso_org.admin, provider, client_auth_method="private_key_jwt"
        )
        assert config["public_jwk"]["kty"] == "RSA"
        assert "d" not in config["public_jwk"]
        client.cookies.clear()
        done = await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")
        assert done.status_code == 303, done.text
        keys = await client.get(f"/api/v1/auth/sso/jwks/{config['id']}")
        assert keys.json() == {"keys": [config["public_jwk"]]}

    async def test_person_found_by_entra_oid(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        await configure(client, sso_org.admin, provider, identifying_claim="oid",
                        scopes=["openid", "email", "profile"])
        client.cookies.clear()
        done = await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")
        token = await access_token(client, done)
        me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.json()["id"] == str(sso_org.people["alice"].id)


class TestJustInTime:
    async def test_unknown_person_is_refused_by_default(
        self, client: httpx.AsyncClient, sso_org: SsoOrg
    ) -> None:
        done = await sign_in(client, f"erin@{DOMAIN}", "erin", "erin-pw")
        assert done.status_code == 403
        assert done.json()["code"] == "sso_person_unknown"

    async def test_created_as_a_member_when_the_organisation_turns_it_on(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        await configure(client, sso_org.admin, provider, jit_provisioning=True)
        client.cookies.clear()
        done = await sign_in(client, f"erin@{DOMAIN}", "erin", "erin-pw")
        token = await access_token(client, done)
        me = (await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})).json()
        assert (me["email"], me["given_name"], me["family_name"], me["roles"]) == (
            f"erin@{DOMAIN}", "Erin", "Petit", ["member"],
        )


class TestAdminSecondFactor:
    """An organisation requiring TOTP for admins accepts the provider's asserted MFA."""

    async def _admin_call(self, client: httpx.AsyncClient, token: str) -> httpx.Response:
        return await client.get(
            "/api/v1/organisation", headers={"Authorization": f"Bearer {token}"}
        )

    async def test_provider_mfa_satisfies_the_totp_rule(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession
    ) -> None:
        sso_org.org.require_totp_for_admins = True
        await session.flush()
        token = await access_token(
            client, await sign_in(client, f"bob@{DOMAIN}", "bob", "bob-pw")
        )
        assert _claims(token)["amr"] == ["sso", "mfa"]
        assert (await self._admin_call(client, token)).status_code == 200

    async def test_without_mfa_the_rule_still_applies(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession, factory
    ) -> None:  # type: ignore[no-untyped-def]
        sso_org.people["alice"].roles = ["org_admin"]
        sso_org.org.require_totp_for_admins = True
        await session.flush()
        token = await access_token(
            client, await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")
        )
        refused = await self._admin_call(client, token)
        assert refused.status_code == 403
        assert refused.json()["code"] == "totp_required_for_admins"

    async def test_organisation_may_refuse_the_providers_mfa(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession,
        provider: Provider,
    ) -> None:
        await configure(client, sso_org.admin, provider, accept_provider_mfa=False)
        sso_org.org.require_totp_for_admins = True
        await session.flush()
        client.cookies.clear()
        token = await access_token(
            client, await sign_in(client, f"bob@{DOMAIN}", "bob", "bob-pw")
        )
        assert _claims(token)["amr"] == ["sso"]
        assert (await self._admin_call(client, token)).status_code == 403


async def test_provider_login_page_is_real(sso_org: SsoOrg, client: httpx.AsyncClient) -> None:
    """A wrong password at the provider never comes back to Constel."""
    authorize = await start_sign_in(client, f"alice@{DOMAIN}")
    try:
        await provider_login(authorize, "alice", "wrong")
    except AssertionError:
        return
    raise AssertionError("the provider accepted a wrong password")
