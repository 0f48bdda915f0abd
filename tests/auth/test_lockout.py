"""Sign-in throttling slows the attacker, not the victim (device cookies, OWASP).

Every test goes through the real app over HTTP, one httpx client per browser (its own
cookie jar and IP address), with the failures kept in PostgreSQL.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.models import AuditEvent, LoginAttempt
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory
from tests.fixtures.app import build_app

LOGIN = "/api/v1/auth/login"
Browser = Callable[[str], AbstractAsyncContextManager[httpx.AsyncClient]]


@pytest.fixture
def browser(app) -> Browser:  # type: ignore[no-untyped-def]
    """A browser at the given IP address, with its own cookie jar."""

    @asynccontextmanager
    async def open_browser(ip: str) -> AsyncIterator[httpx.AsyncClient]:
        transport = httpx.ASGITransport(app=app, client=(ip, 50000))
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
            yield c

    return open_browser


@dataclass(frozen=True)
class Account:
    """Plain values: the ORM objects expire when a refused request rolls back."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    email: str


async def _account(factory: Factory) -> Account:
    person = await factory.person(await factory.organisation())
    return Account(id=person.id, organisation_id=person.organisation_id, email=person.email)


@pytest.fixture
async def victim(factory: Factory) -> Account:
    return await _account(factory)


async def _try(client: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    return await client.post(LOGIN, json={"email": email, "password": password})


async def _fail_until_throttled(client: httpx.AsyncClient, email: str, limit: int) -> int:
    """Wrong passwords until a 429; how many 401s came first."""
    for failures in range(limit + 2):
        r = await _try(client, email, "wrong password")
        if r.status_code == 429:
            return failures
        assert r.status_code == 401, r.text
    raise AssertionError("never throttled")


async def _add_failures(
    session: AsyncSession, email: str, n: int, *, ip: str, device_id: uuid.UUID | None = None,
    ago: timedelta = timedelta(0),
) -> None:
    at = utcnow() - ago
    session.add_all(
        [LoginAttempt(email=email, ip=ip, device_id=device_id, created_at=at) for _ in range(n)]
    )
    await session.flush()


class TestVictimIsNotLockedOut:
    async def test_victim_signs_in_while_the_attacker_stays_slowed(
        self, browser: Browser, victim: Account, session: AsyncSession, settings: Settings
    ) -> None:
        async with browser("198.51.100.10") as laptop, browser("203.0.113.66") as attacker:
            # The victim signed in on this laptop before: it holds a device cookie.
            assert (await _try(laptop, victim.email, DEFAULT_PASSWORD)).status_code == 200
            # The attacker guesses from elsewhere until slowed down...
            tries = await _fail_until_throttled(
                attacker, victim.email, settings.login_free_failures_per_client
            )
            assert tries == settings.login_free_failures_per_client
            # ...and a botnet spreads far more failures over many addresses.
            for i in range(3 * settings.login_free_failures_per_account):
                await _add_failures(session, victim.email, 1, ip=f"192.0.2.{i + 1}")
            # The victim types the right password on the laptop: signed in.
            ok = await _try(laptop, victim.email, DEFAULT_PASSWORD)
            assert ok.status_code == 200, ok.text
            # The attacker is still slowed, with the right password or not.
            again = await _try(attacker, victim.email, DEFAULT_PASSWORD)
            assert again.status_code == 429
            assert int(again.headers["retry-after"]) > 0
            # So is any browser the account has never signed in from.
            async with browser("198.51.100.99") as fresh:
                assert (await _try(fresh, victim.email, DEFAULT_PASSWORD)).status_code == 429

    async def test_the_device_cookie_is_limited_on_its_own(
        self, browser: Browser, victim: Account, settings: Settings
    ) -> None:
        async with browser("198.51.100.10") as laptop, browser("198.51.100.11") as phone:
            assert (await _try(laptop, victim.email, DEFAULT_PASSWORD)).status_code == 200
            assert (await _try(phone, victim.email, DEFAULT_PASSWORD)).status_code == 200
            tries = await _fail_until_throttled(
                laptop, victim.email, settings.login_free_failures_per_client
            )
            assert tries == settings.login_free_failures_per_client
            slowed = await _try(laptop, victim.email, DEFAULT_PASSWORD)
            assert slowed.status_code == 429
            # Another device of the same person is not affected.
            assert (await _try(phone, victim.email, DEFAULT_PASSWORD)).status_code == 200

    async def test_a_forged_or_foreign_cookie_is_not_trusted(
        self, browser: Browser, factory: Factory, victim: Account, settings: Settings
    ) -> None:
        other = await _account(factory)
        async with browser("203.0.113.66") as attacker:
            # The attacker's own account gives them a device cookie — for that account only.
            assert (await _try(attacker, other.email, DEFAULT_PASSWORD)).status_code == 200
            own = next(c for c in attacker.cookies.jar if c.name.startswith("constel_device_"))
            async with browser("198.51.100.10") as laptop:
                assert (await _try(laptop, victim.email, DEFAULT_PASSWORD)).status_code == 200
                victims = next(
                    c for c in laptop.cookies.jar if c.name.startswith("constel_device_")
                )
            assert own.name != victims.name
            # Replaying their own cookie's value under the victim's name, or a tampered
            # value, gives no device treatment: still slowed down as an unknown browser.
            attacker.cookies.set(victims.name, own.value, path="/api/v1/auth/login")
            await _fail_until_throttled(
                attacker, victim.email, settings.login_free_failures_per_client
            )
            attacker.cookies.set(victims.name, victims.value[:-2] + "xx", path="/api/v1/auth/login")
            assert (await _try(attacker, victim.email, DEFAULT_PASSWORD)).status_code == 429

    async def test_cookie_is_httponly_secure_strict_and_names_no_email(
        self, browser: Browser, victim: Account
    ) -> None:
        async with browser("198.51.100.10") as laptop:
            r = await _try(laptop, victim.email, DEFAULT_PASSWORD)
        cookie = next(
            c for c in r.headers.get_list("set-cookie") if c.startswith("constel_device_")
        )
        assert "HttpOnly" in cookie
        assert "Secure" in cookie
        assert "SameSite=strict" in cookie
        assert "Path=/api/v1/auth/login" in cookie
        assert victim.email.split("@")[0] not in cookie


class TestProgressiveDelay:
    async def test_delay_doubles_after_the_free_failures_up_to_the_cap(
        self, client: httpx.AsyncClient, victim: Account, session: AsyncSession, settings: Settings
    ) -> None:
        free = settings.login_free_failures_per_client
        seen = []
        for total in (free, free + 2, free + 4, free + 40):
            await session.execute(
                LoginAttempt.__table__.delete().where(LoginAttempt.email == victim.email)
            )
            await _add_failures(session, victim.email, total, ip="203.0.113.7")
            r = await _try(client, victim.email, DEFAULT_PASSWORD)
            assert r.status_code == 429
            seen.append(int(r.headers["retry-after"]))
        base = settings.login_delay_base_seconds
        assert seen == [base, base * 4, base * 16, settings.login_delay_max_seconds]

    async def test_the_delay_runs_from_the_last_failure(
        self, client: httpx.AsyncClient, victim: Account, session: AsyncSession, settings: Settings
    ) -> None:
        free = settings.login_free_failures_per_client
        # Five failures a minute ago: their 2-second delay is long over.
        await _add_failures(session, victim.email, free, ip="203.0.113.7", ago=timedelta(minutes=1))
        assert (await _try(client, victim.email, DEFAULT_PASSWORD)).status_code == 200

    async def test_failures_outside_the_window_are_forgotten(
        self, client: httpx.AsyncClient, victim: Account, session: AsyncSession, settings: Settings
    ) -> None:
        await _add_failures(
            session, victim.email, 50, ip="203.0.113.7",
            ago=timedelta(seconds=settings.login_window_seconds + 5),
        )
        assert (await _try(client, victim.email, DEFAULT_PASSWORD)).status_code == 200


class TestEmailNormalised:
    async def test_case_and_spaces_are_one_account_for_sign_in_and_throttle(
        self, client: httpx.AsyncClient, victim: Account, session: AsyncSession, settings: Settings
    ) -> None:
        variant = f"  {victim.email.upper()} "
        assert (await _try(client, variant, DEFAULT_PASSWORD)).status_code == 200
        client.cookies.clear()
        for _ in range(settings.login_free_failures_per_client):
            assert (await _try(client, variant, "wrong")).status_code == 401
        stored = await session.scalars(
            select(LoginAttempt.email).where(func.lower(LoginAttempt.email) == victim.email)
        )
        assert set(stored) == {victim.email}
        assert (await _try(client, victim.email, DEFAULT_PASSWORD)).status_code == 429


class TestPerIpLimit:
    async def test_an_office_behind_one_address_keeps_its_known_browsers(
        self, browser: Browser, victim: Account, session: AsyncSession, settings: Settings
    ) -> None:
        office = "198.51.100.200"
        async with browser(office) as colleague:
            assert (await _try(colleague, victim.email, DEFAULT_PASSWORD)).status_code == 200
            # Someone in the office (or the NAT's attacker) fails across many accounts.
            for i in range(settings.login_free_failures_per_ip):
                await _add_failures(session, f"x{i}@example.org", 1, ip=office)
            async with browser(office) as newcomer:
                r = await _try(newcomer, "someone@example.org", "whatever")
                assert r.status_code == 429
            # A browser that signed in to this account before is not locked out.
            assert (await _try(colleague, victim.email, DEFAULT_PASSWORD)).status_code == 200


class TestAudit:
    async def test_throttling_an_account_is_audited_in_its_organisation(
        self, browser: Browser, victim: Account, session: AsyncSession, settings: Settings
    ) -> None:
        async with browser("203.0.113.66") as attacker:
            await _fail_until_throttled(
                attacker, victim.email, settings.login_free_failures_per_client
            )
        events = (
            await session.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "auth.sign_in_throttled",
                    AuditEvent.target_id == victim.id,
                )
            )
        ).all()
        assert [e.details["scope"] for e in events] == ["client"]
        assert events[0].organisation_id == victim.organisation_id
        assert events[0].details["ip"] == "203.0.113.66"
        assert events[0].details["delay_seconds"] == settings.login_delay_base_seconds


class TestForwardedFor:
    @asynccontextmanager
    async def _app_client(
        self, settings: Settings, engine: AsyncEngine, session: AsyncSession, trusted: str
    ) -> AsyncIterator[httpx.AsyncClient]:
        app = build_app(
            settings.model_copy(update={"forwarded_allow_ips": trusted}), engine, session
        )
        transport = httpx.ASGITransport(app=app, client=("10.0.0.5", 40000))
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
            yield c

    async def _recorded_ip(self, session: AsyncSession, email: str) -> set[str]:
        rows = await session.scalars(select(LoginAttempt.ip).where(LoginAttempt.email == email))
        return {str(ip) for ip in rows}

    async def test_ignored_from_an_untrusted_peer(
        self, settings: Settings, engine: AsyncEngine, session: AsyncSession
    ) -> None:
        assert settings.forwarded_allow_ips == ""
        async with self._app_client(settings, engine, session, "") as proxy:
            await proxy.post(
                LOGIN,
                json={"email": "spoof@example.org", "password": "x"},
                headers={"X-Forwarded-For": "192.0.2.44"},
            )
        assert await self._recorded_ip(session, "spoof@example.org") == {"10.0.0.5"}

    async def test_used_from_a_trusted_proxy(
        self, settings: Settings, engine: AsyncEngine, session: AsyncSession
    ) -> None:
        async with self._app_client(settings, engine, session, "10.0.0.0/8") as proxy:
            await proxy.post(
                LOGIN,
                json={"email": "behind@example.org", "password": "x"},
                headers={"X-Forwarded-For": "192.0.2.1, 192.0.2.44"},
            )
        # The rightmost address the trusted proxy saw, not one the client could forge.
        assert await self._recorded_ip(session, "behind@example.org") == {"192.0.2.44"}

    def test_setting_read_from_forwarded_allow_ips(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("FORWARDED_ALLOW_IPS", "10.0.0.1, 10.1.0.0/16")
        assert Settings(_env_file=None).trusted_proxies == ["10.0.0.1", "10.1.0.0/16"]  # type: ignore[call-arg]
        monkeypatch.delenv("FORWARDED_ALLOW_IPS")
        assert Settings(_env_file=None).trusted_proxies == []  # type: ignore[call-arg]
