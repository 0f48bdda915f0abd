"""Every bad input of a sign-in is refused with a stable code, audited without the token."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import AuditEvent
from tests.sso.conftest import (
    DOMAIN,
    Provider,
    SsoOrg,
    callback,
    configure,
    provider_login,
    query,
    sign_in,
    start_sign_in,
)


async def _refusals(session: AsyncSession) -> list[AuditEvent]:
    result = await session.execute(
        select(AuditEvent).where(AuditEvent.action == "auth.sso_refused")
    )
    return list(result.scalars())


async def _assert_refused(
    response: httpx.Response, session: AsyncSession, code: str, status: int
) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code
    assert "constel_refresh" not in response.cookies
    events = await _refusals(session)
    assert [e.details["code"] for e in events] == [code]
    # The reason is logged; no token, code or state ever is.
    assert "eyJ" not in str(events[0].details)


class TestTamperedIdTokens:
    @pytest.mark.parametrize(
        ("mode", "reason"),
        [
            ("forged", "signature refused"),
            ("expired", "exp"),
            ("wrong_aud", "aud"),
            ("wrong_iss", "iss"),
            ("unknown_kid", "key the provider does not publish"),
            ("wrong_alg", "algorithm 'RS512'"),
            ("alg_none", "algorithm 'none'"),
        ],
    )
    async def test_refused(
        self,
        client: httpx.AsyncClient,
        sso_org: SsoOrg,
        provider: Provider,
        session: AsyncSession,
        mode: str,
        reason: str,
    ) -> None:
        authorize = await start_sign_in(client, f"alice@{DOMAIN}")
        back = await provider_login(authorize, "alice", "alice-pw")
        provider.tamper(mode)
        refused = await callback(client, back)
        await _assert_refused(refused, session, "sso_token_invalid", 400)
        assert reason in (await _refusals(session))[0].details["reason"]

    async def test_replayed_id_token_of_another_sign_in(
        self,
        client: httpx.AsyncClient,
        sso_org: SsoOrg,
        provider: Provider,
        session: AsyncSession,
    ) -> None:
        """The provider hands back the ID token of the previous sign-in: its nonce is not
        this sign-in's, so it is refused even though everything else about it is valid."""
        first = await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")
        assert first.status_code == 303
        client.cookies.clear()
        authorize = await start_sign_in(client, f"alice@{DOMAIN}")
        back = await provider_login(authorize, "alice", "alice-pw")
        provider.tamper("replay")
        refused = await callback(client, back)
        await _assert_refused(refused, session, "sso_token_invalid", 400)
        assert "nonce" in (await _refusals(session))[0].details["reason"]


class TestState:
    async def test_replayed_callback(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession
    ) -> None:
        authorize = await start_sign_in(client, f"alice@{DOMAIN}")
        back = await provider_login(authorize, "alice", "alice-pw")
        assert (await callback(client, back)).status_code == 303
        again = await callback(client, back)
        await _assert_refused(again, session, "sso_state_invalid", 400)

    async def test_state_mismatch(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession
    ) -> None:
        authorize = await start_sign_in(client, f"alice@{DOMAIN}")
        back = await provider_login(authorize, "alice", "alice-pw")
        forged = back.replace(query(back)["state"], "x" * 43)
        refused = await callback(client, forged)
        assert refused.status_code == 400
        assert refused.json()["code"] == "sso_state_invalid"

    async def test_callback_in_another_browser(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession
    ) -> None:
        """Login CSRF: a callback URL for someone else's sign-in is refused in this
        browser, which lacks the cookie set when the sign-in started."""
        authorize = await start_sign_in(client, f"alice@{DOMAIN}")
        back = await provider_login(authorize, "alice", "alice-pw")
        client.cookies.clear()
        refused = await callback(client, back)
        await _assert_refused(refused, session, "sso_state_invalid", 400)

    async def test_provider_error(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession
    ) -> None:
        authorize = await start_sign_in(client, f"alice@{DOMAIN}")
        state = query(authorize)["state"]
        refused = await client.get(
            "/api/v1/auth/sso/callback", params={"state": state, "error": "access_denied"}
        )
        await _assert_refused(refused, session, "sso_provider_error", 400)


class TestPeople:
    async def test_email_outside_allowed_domains(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession
    ) -> None:
        refused = await sign_in(client, f"alice@{DOMAIN}", "carol", "carol-pw")
        await _assert_refused(refused, session, "sso_domain_not_allowed", 403)

    async def test_deactivated_person(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, session: AsyncSession
    ) -> None:
        refused = await sign_in(client, f"dave@{DOMAIN}", "dave", "dave-pw")
        await _assert_refused(refused, session, "account_disabled", 403)

    async def test_missing_identifying_claim(
        self,
        client: httpx.AsyncClient,
        sso_org: SsoOrg,
        provider: Provider,
        session: AsyncSession,
    ) -> None:
        await configure(client, sso_org.admin, provider, identifying_claim="oid")
        client.cookies.clear()
        refused = await sign_in(client, f"bob@{DOMAIN}", "bob", "bob-pw")
        await _assert_refused(refused, session, "sso_claim_missing", 403)


class TestBrowser:
    async def test_refusal_is_a_french_page(
        self, client: httpx.AsyncClient, sso_org: SsoOrg
    ) -> None:
        authorize = await start_sign_in(client, f"dave@{DOMAIN}")
        back = await provider_login(authorize, "dave", "dave-pw")
        page = await callback(client, back, html=True)
        assert page.status_code == 403
        assert page.headers["content-type"].startswith("text/html")
        assert "Votre compte est désactivé" in page.text
        assert "account_disabled" not in page.text
        assert 'href="/sign-in"' in page.text

    async def test_unknown_organisation(self, client: httpx.AsyncClient) -> None:
        page = await client.get(
            "/api/v1/auth/sso/start", params={"organisation": "nope"},
            headers={"Accept": "text/html"},
        )
        assert page.status_code == 404
        assert "La connexion par votre organisation" in page.text
        problem = await client.get("/api/v1/auth/sso/start", params={"organisation": "nope"})
        assert problem.json()["code"] == "sso_not_available"


async def test_made_up_key_ids_cost_one_fetch_a_minute(
    client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider, session: AsyncSession
) -> None:
    """After a fetch that did not find an unknown key, the next unknown key is refused
    from the cache without asking the provider again."""
    from constel_api.sso.provider import ProviderCache

    fetches: list[str] = []
    original = ProviderCache._fetch_keys

    async def counting(self: ProviderCache, uri: str):  # type: ignore[no-untyped-def]
        fetches.append(uri)
        return await original(self, uri)

    ProviderCache._fetch_keys = counting  # type: ignore[method-assign]
    try:
        for _ in range(2):
            authorize = await start_sign_in(client, f"alice@{DOMAIN}")
            back = await provider_login(authorize, "alice", "alice-pw")
            provider.tamper("unknown_kid")
            assert (await callback(client, back)).json()["code"] == "sso_token_invalid"
    finally:
        ProviderCache._fetch_keys = original  # type: ignore[method-assign]
    assert len(fetches) == 2  # the first load, one forced refresh; none for the second
