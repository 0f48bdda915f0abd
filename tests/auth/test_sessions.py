"""A password change ends the other sessions; a revoked sign-in stops its access tokens."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import AuditEvent, Person
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory

NEW_PASSWORD = "a brand new long passphrase"


async def _sign_in(client: httpx.AsyncClient, email: str, password: str) -> dict[str, str]:
    r = await client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert r.status_code == 200, r.text
    return {
        "access": r.json()["access_token"],
        "csrf": r.json()["csrf_token"],
        "refresh": r.cookies["constel_refresh"],
    }


async def _refresh(client: httpx.AsyncClient, refresh: str, csrf: str) -> httpx.Response:
    return await client.post(
        "/api/v1/auth/refresh",
        headers={"X-CSRF-Token": csrf, "Cookie": f"constel_refresh={refresh}"},
    )


async def _me(client: httpx.AsyncClient, access: str) -> int:
    r = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {access}"})
    return r.status_code


@pytest.fixture
async def person(factory: Factory) -> Person:
    return await factory.person(await factory.organisation())


@pytest.fixture
async def other_browser(app) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app, client=("198.51.100.20", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
        yield c


class TestPasswordChange:
    async def test_other_sessions_end_and_this_one_continues(
        self,
        client: httpx.AsyncClient,
        other_browser: httpx.AsyncClient,
        person: Person,
        session: AsyncSession,
    ) -> None:
        laptop = await _sign_in(other_browser, person.email, DEFAULT_PASSWORD)
        phone = await _sign_in(client, person.email, DEFAULT_PASSWORD)
        assert await _me(other_browser, laptop["access"]) == 200

        r = await client.post(
            "/api/v1/me/password",
            headers={"Authorization": f"Bearer {phone['access']}"},
            json={"current_password": DEFAULT_PASSWORD, "new_password": NEW_PASSWORD},
        )
        assert r.status_code == 200, r.text
        fresh = r.json()
        new_refresh = r.cookies["constel_refresh"]

        # The other browser is signed out at once: access token and refresh token.
        assert await _me(other_browser, laptop["access"]) == 401
        assert (await _refresh(other_browser, laptop["refresh"], laptop["csrf"])).status_code == 401
        # This browser continues with the fresh tokens, and can keep refreshing.
        assert await _me(client, fresh["access_token"]) == 200
        renewed = await _refresh(client, new_refresh, fresh["csrf_token"])
        assert renewed.status_code == 200, renewed.text
        assert await _me(client, renewed.json()["access_token"]) == 200
        # The old password no longer signs in; the new one does.
        wrong = await client.post(
            "/api/v1/auth/login", json={"email": person.email, "password": DEFAULT_PASSWORD}
        )
        assert wrong.status_code == 401
        await _sign_in(other_browser, person.email, NEW_PASSWORD)
        audit = await session.scalar(
            select(AuditEvent).where(
                AuditEvent.target_id == person.id, AuditEvent.action == "account.password_change"
            )
        )
        assert audit is not None

    async def test_the_replaced_refresh_token_counts_as_reuse(
        self, client: httpx.AsyncClient, person: Person
    ) -> None:
        before = await _sign_in(client, person.email, DEFAULT_PASSWORD)
        r = await client.post(
            "/api/v1/me/password",
            headers={"Authorization": f"Bearer {before['access']}"},
            json={"current_password": DEFAULT_PASSWORD, "new_password": NEW_PASSWORD},
        )
        assert r.status_code == 200
        replay = await _refresh(client, before["refresh"], before["csrf"])
        assert replay.status_code == 401
        # A copy of the old cookie came back: the sign-in itself ends.
        assert await _me(client, r.json()["access_token"]) == 401

    async def test_wrong_current_password_changes_nothing(
        self, client: httpx.AsyncClient, other_browser: httpx.AsyncClient, person: Person
    ) -> None:
        laptop = await _sign_in(other_browser, person.email, DEFAULT_PASSWORD)
        phone = await _sign_in(client, person.email, DEFAULT_PASSWORD)
        r = await client.post(
            "/api/v1/me/password",
            headers={"Authorization": f"Bearer {phone['access']}"},
            json={"current_password": "not it", "new_password": NEW_PASSWORD},
        )
        assert r.status_code == 400
        assert r.json()["code"] == "wrong_password"
        assert await _me(other_browser, laptop["access"]) == 200
        assert await _me(client, phone["access"]) == 200


class TestRevokedFamily:
    async def test_reuse_stops_the_family_access_tokens_at_once(
        self, client: httpx.AsyncClient, person: Person
    ) -> None:
        first = await _sign_in(client, person.email, DEFAULT_PASSWORD)
        rotated = await _refresh(client, first["refresh"], first["csrf"])
        assert rotated.status_code == 200
        current_access = rotated.json()["access_token"]
        assert await _me(client, current_access) == 200
        reuse = await _refresh(client, first["refresh"], first["csrf"])
        assert reuse.json()["code"] == "refresh_token_reused"
        assert await _me(client, current_access) == 401
        assert await _me(client, first["access"]) == 401

    async def test_logout_stops_that_sign_in_only(
        self, client: httpx.AsyncClient, other_browser: httpx.AsyncClient, person: Person
    ) -> None:
        laptop = await _sign_in(other_browser, person.email, DEFAULT_PASSWORD)
        phone = await _sign_in(client, person.email, DEFAULT_PASSWORD)
        out = await client.post(
            "/api/v1/auth/logout",
            headers={
                "X-CSRF-Token": phone["csrf"],
                "Cookie": f"constel_refresh={phone['refresh']}",
            },
        )
        assert out.status_code == 204
        assert await _me(client, phone["access"]) == 401
        assert await _me(other_browser, laptop["access"]) == 200
