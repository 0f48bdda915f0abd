"""Refresh-token rotation, reuse detection, CSRF and signing out."""

from __future__ import annotations

import httpx
import pytest

from constel_api.models import Person
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory


async def _sign_in(client: httpx.AsyncClient, person: Person | str) -> dict[str, str]:
    email = person if isinstance(person, str) else person.email
    r = await client.post("/api/v1/auth/login", json={"email": email, "password": DEFAULT_PASSWORD})
    assert r.status_code == 200
    client.cookies.clear()
    return {
        "access": r.json()["access_token"],
        "csrf": r.json()["csrf_token"],
        "refresh": r.cookies["constel_refresh"],
    }


async def _refresh(client: httpx.AsyncClient, refresh: str, csrf: str) -> httpx.Response:
    """Send the cookie explicitly, as the browser would, without the client's cookie jar."""
    try:
        return await client.post(
            "/api/v1/auth/refresh",
            headers={"X-CSRF-Token": csrf, "Cookie": f"constel_refresh={refresh}"},
        )
    finally:
        client.cookies.clear()


@pytest.fixture
async def person(factory: Factory) -> Person:
    return await factory.person(await factory.organisation())


class TestRefresh:
    async def test_rotation(self, client: httpx.AsyncClient, person: Person) -> None:
        first = await _sign_in(client, person)
        r = await _refresh(client, first["refresh"], first["csrf"])
        assert r.status_code == 200
        second_refresh = r.cookies["constel_refresh"]
        assert second_refresh != first["refresh"]
        me = await client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {r.json()['access_token']}"}
        )
        assert me.status_code == 200
        again = await _refresh(client, second_refresh, r.json()["csrf_token"])
        assert again.status_code == 200, again.text

    async def test_reuse_revokes_the_family(
        self, client: httpx.AsyncClient, person: Person
    ) -> None:
        first = await _sign_in(client, person)
        rotated = await _refresh(client, first["refresh"], first["csrf"])
        assert rotated.status_code == 200
        reuse = await _refresh(client, first["refresh"], first["csrf"])
        assert reuse.status_code == 401
        assert reuse.json()["code"] == "refresh_token_reused"
        # The legitimate holder's newer token died with the family.
        newer = await _refresh(
            client, rotated.cookies["constel_refresh"], rotated.json()["csrf_token"]
        )
        assert newer.status_code == 401

    async def test_csrf_required(self, client: httpx.AsyncClient, person: Person) -> None:
        first = await _sign_in(client, person)
        r = await _refresh(client, first["refresh"], "forged")
        assert r.status_code == 403
        assert r.json()["code"] == "csrf_failed"

    async def test_missing_cookie(self, client: httpx.AsyncClient) -> None:
        r = await client.post("/api/v1/auth/refresh")
        assert r.status_code == 401
        assert r.json()["code"] == "invalid_refresh_token"

    async def test_unknown_token(self, client: httpx.AsyncClient, person: Person) -> None:
        first = await _sign_in(client, person)
        r = await _refresh(client, first["refresh"] + "x", first["csrf"])
        assert r.status_code in (401, 403)


class TestLogout:
    async def test_logout_revokes_refresh(self, client: httpx.AsyncClient, person: Person) -> None:
        first = await _sign_in(client, person)
        r = await client.post(
            "/api/v1/auth/logout",
            headers={
                "X-CSRF-Token": first["csrf"],
                "Cookie": f"constel_refresh={first['refresh']}",
            },
        )
        client.cookies.clear()
        assert r.status_code == 204
        assert any(
            c.startswith("constel_refresh=") and "Max-Age=0" in c
            for c in r.headers.get_list("set-cookie")
        )
        assert (await _refresh(client, first["refresh"], first["csrf"])).status_code == 401

    async def test_logout_everywhere(self, client: httpx.AsyncClient, person: Person) -> None:
        email = person.email  # a refused request rolls back and expires loaded objects
        laptop = await _sign_in(client, person)
        phone = await _sign_in(client, person)
        r = await client.post(
            "/api/v1/auth/logout-all", headers={"Authorization": f"Bearer {laptop['access']}"}
        )
        assert r.status_code == 204
        for device in (laptop, phone):
            me = await client.get(
                "/api/v1/me", headers={"Authorization": f"Bearer {device['access']}"}
            )
            assert me.status_code == 401
            assert (await _refresh(client, device["refresh"], device["csrf"])).status_code == 401
        # Signing in again afterwards works.
        fresh = await _sign_in(client, email)
        me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {fresh['access']}"})
        assert me.status_code == 200


class TestPasswordChange:
    async def test_change(self, client: httpx.AsyncClient, person: Person) -> None:
        email = person.email
        tokens = await _sign_in(client, person)
        headers = {"Authorization": f"Bearer {tokens['access']}"}
        wrong = await client.post(
            "/api/v1/me/password",
            headers=headers,
            json={"current_password": "nope", "new_password": "a new long passphrase"},
        )
        assert wrong.status_code == 400
        assert wrong.json()["code"] == "wrong_password"
        short = await client.post(
            "/api/v1/me/password",
            headers=headers,
            json={"current_password": DEFAULT_PASSWORD, "new_password": "short"},
        )
        assert short.status_code == 422
        ok = await client.post(
            "/api/v1/me/password",
            headers=headers,
            json={"current_password": DEFAULT_PASSWORD, "new_password": "a new long passphrase"},
        )
        assert ok.status_code == 200
        r = await client.post(
            "/api/v1/auth/login", json={"email": email, "password": "a new long passphrase"}
        )
        assert r.status_code == 200
