"""Signing out: RP-initiated logout at the provider, and the provider's back-channel
logout ending Constel sessions."""

from __future__ import annotations

import re
import uuid
from urllib.parse import urljoin

import httpx

from tests.sso.conftest import (
    DOMAIN,
    Provider,
    SsoOrg,
    access_token,
    callback,
    provider_login,
    query,
    start_sign_in,
)


async def _signed_in(
    client: httpx.AsyncClient, browser: httpx.AsyncClient, login: str, password: str
) -> tuple[str, str]:
    """(access token, CSRF token) of a sign-in; ``browser`` keeps the provider session."""
    authorize = await start_sign_in(client, f"{login}@{DOMAIN}")
    done = await callback(client, await provider_login(authorize, login, password, browser))
    token = await access_token(client, done)
    return token, client.cookies["constel_csrf"]  # the refresh rotated it


async def _end_provider_session(browser: httpx.AsyncClient, url: str) -> None:
    """Sign out at the provider as a person would: its logout page, then 'yes'."""
    page = await browser.get(url)
    assert page.status_code == 200, page.text
    action = re.search(r'action="([^"]+)"', page.text)
    xsrf = re.search(r'name="xsrf" value="([^"]+)"', page.text)
    assert action, page.text
    assert xsrf, page.text
    done = await browser.post(
        urljoin(url, action.group(1)), data={"xsrf": xsrf.group(1), "logout": "yes"}
    )
    assert done.status_code in (200, 303), done.text


class TestBackchannelLogout:
    async def test_provider_logout_revokes_the_constel_session(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        async with httpx.AsyncClient(timeout=30) as browser:
            token, csrf = await _signed_in(client, browser, "alice", "alice-pw")
            me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
            assert me.status_code == 200
            provider.logout_tokens()  # forget earlier tests' tokens
            await _end_provider_session(
                browser, f"{provider.issuer}/session/end?client_id={sso_org.client_id}"
            )
        tokens = provider.logout_tokens(wait_for=1)
        assert len(tokens) == 1
        ended = await client.post(
            f"/api/v1/auth/sso/backchannel-logout/{sso_org.config['id']}",
            data={"logout_token": tokens[0]},
        )
        assert ended.status_code == 200, ended.text
        assert ended.headers["cache-control"] == "no-store"
        me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 401
        refreshed = await client.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": csrf})
        assert refreshed.status_code == 401

    async def test_other_people_keep_their_sessions(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        async with httpx.AsyncClient(timeout=30) as bob_browser:
            bob_token, _ = await _signed_in(client, bob_browser, "bob", "bob-pw")
        client.cookies.clear()
        async with httpx.AsyncClient(timeout=30) as browser:
            await _signed_in(client, browser, "alice", "alice-pw")
            provider.logout_tokens()
            await _end_provider_session(
                browser, f"{provider.issuer}/session/end?client_id={sso_org.client_id}"
            )
        (token,) = provider.logout_tokens(wait_for=1)
        await client.post(
            f"/api/v1/auth/sso/backchannel-logout/{sso_org.config['id']}",
            data={"logout_token": token},
        )
        me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {bob_token}"})
        assert me.status_code == 200

    async def test_bad_logout_tokens(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        url = f"/api/v1/auth/sso/backchannel-logout/{sso_org.config['id']}"
        for bad in ["not-a-token", "eyJhbGciOiJub25lIn0.e30."]:
            refused = await client.post(url, data={"logout_token": bad})
            assert refused.status_code == 400, refused.text
            assert refused.json()["code"] == "sso_logout_token_invalid"
        unknown = await client.post(
            f"/api/v1/auth/sso/backchannel-logout/{uuid.uuid4()}", data={"logout_token": "a.b.c"}
        )
        assert unknown.status_code == 400
        missing = await client.post(url, data={})
        assert missing.status_code == 422


class TestRpInitiatedLogout:
    async def test_sends_the_browser_to_the_providers_end_session(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        async with httpx.AsyncClient(timeout=30) as browser:
            token, csrf = await _signed_in(client, browser, "alice", "alice-pw")
            out = await client.post("/api/v1/auth/sso/logout", headers={"X-CSRF-Token": csrf})
            assert out.status_code == 200, out.text
            redirect = out.json()["redirect_url"]
            assert redirect.startswith(f"{provider.issuer}/session/end?")
            params = query(redirect)
            assert params["client_id"] == sso_org.client_id
            assert params["post_logout_redirect_uri"] == "https://testserver/sign-in"
            assert params["id_token_hint"].count(".") == 2
            # The provider accepts it: its logout page, then back to Constel's sign-in.
            page = await browser.get(redirect)
            assert page.status_code == 200, page.text
            assert 'name="logout"' in page.text or "logout" in page.text
        me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 401

    async def test_password_session_has_nothing_to_end_at_a_provider(
        self, client: httpx.AsyncClient, sso_org: SsoOrg
    ) -> None:
        login = await client.post(
            "/api/v1/auth/login",
            json={"email": sso_org.admin.person.email, "password": sso_org.admin.password},
        )
        csrf = login.json()["csrf_token"]
        out = await client.post("/api/v1/auth/sso/logout", headers={"X-CSRF-Token": csrf})
        assert out.json() == {"redirect_url": None}
        refreshed = await client.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": csrf})
        assert refreshed.status_code == 401

    async def test_csrf_is_required(self, client: httpx.AsyncClient, sso_org: SsoOrg) -> None:
        await client.post(
            "/api/v1/auth/login",
            json={"email": sso_org.admin.person.email, "password": sso_org.admin.password},
        )
        refused = await client.post("/api/v1/auth/sso/logout")
        assert refused.status_code == 403
        assert refused.json()["code"] == "csrf_failed"
