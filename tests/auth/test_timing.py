"""Sign-in costs the same Argon2 work whether the e-mail exists, is unknown, or is shared
by several organisations: one computation per attempt (issue: account enumeration by
timing). ``bench/login_timing.py`` measures the times; this counts the work, robustly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth import passwords
from constel_api.config import Settings
from constel_api.models import Organisation
from tests.fixtures.actors import Factory

LOGIN = "/api/v1/auth/login"
PASSWORD = "the one true passphrase"


@pytest.fixture
def argon2_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records each Argon2 computation (a spy: the real functions still run)."""
    calls: list[str] = []

    def spy(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(PasswordHasher, "verify", spy("verify", PasswordHasher.verify))
    monkeypatch.setattr(PasswordHasher, "hash", spy("hash", PasswordHasher.hash))
    real_raw = getattr(passwords, "hash_secret_raw", None)
    if real_raw is not None:
        monkeypatch.setattr(passwords, "hash_secret_raw", spy("raw", real_raw))
    return calls


async def _sign_in(
    client: httpx.AsyncClient, calls: list[str], email: str, pw: str
) -> tuple[int, httpx.Response]:
    """The Argon2 computations one attempt made, and its answer."""
    calls.clear()
    r = await client.post(LOGIN, json={"email": email, "password": pw})
    assert r.status_code in (200, 401), r.text
    return len(calls), r


async def _attempt(client: httpx.AsyncClient, calls: list[str], email: str, pw: str) -> int:
    return (await _sign_in(client, calls, email, pw))[0]


async def _accounts(
    factory: Factory, settings: Settings, email: str, orgs: int, *, legacy: bool = False
) -> list[Organisation]:
    created = []
    for i in range(orgs):
        org = await factory.organisation()
        person = await factory.person(org, password=None, email=email)
        salted_for = None if legacy else email
        person.password_hash = await passwords.hash_password(
            settings, f"{PASSWORD} {i}", email=salted_for
        )
        created.append(org)
    await factory.session.flush()
    return created


class TestOneArgon2ComputationPerAttempt:
    async def test_existing_unknown_and_shared_emails_cost_the_same(
        self,
        client: httpx.AsyncClient,
        factory: Factory,
        settings: Settings,
        argon2_calls: list[str],
    ) -> None:
        await _accounts(factory, settings, "one@example.org", 1)
        await _accounts(factory, settings, "two@example.org", 2)
        await _accounts(factory, settings, "three@example.org", 3)
        work = {
            email: await _attempt(client, argon2_calls, email, "wrong guess")
            for email in (
                "one@example.org",
                "ghost@example.org",
                "two@example.org",
                "three@example.org",
            )
        }
        assert work == {
            "one@example.org": 1,
            "ghost@example.org": 1,
            "two@example.org": 1,
            "three@example.org": 1,
        }

    async def test_the_right_password_of_any_organisation_signs_in_with_one_computation(
        self,
        client: httpx.AsyncClient,
        factory: Factory,
        settings: Settings,
        argon2_calls: list[str],
    ) -> None:
        orgs = await _accounts(factory, settings, "shared@example.org", 3)
        for i, org in enumerate(orgs):
            work, r = await _sign_in(
                client, argon2_calls, "shared@example.org", f"{PASSWORD} {i}"
            )
            assert work == 1
            me = await client.get(
                "/api/v1/me", headers={"Authorization": f"Bearer {r.json()['access_token']}"}
            )
            assert me.json()["organisation"]["id"] == str(org.id)

    async def test_older_hashes_are_moved_to_the_shared_salt_at_sign_in(
        self,
        client: httpx.AsyncClient,
        factory: Factory,
        settings: Settings,
        session: AsyncSession,
        argon2_calls: list[str],
    ) -> None:
        await _accounts(factory, settings, "legacy@example.org", 2, legacy=True)
        # Random salts: one computation per account until each has signed in once.
        assert await _attempt(client, argon2_calls, "legacy@example.org", "wrong") == 2
        for i in range(2):
            await _attempt(client, argon2_calls, "legacy@example.org", f"{PASSWORD} {i}")
        assert await _attempt(client, argon2_calls, "legacy@example.org", "wrong") == 1

