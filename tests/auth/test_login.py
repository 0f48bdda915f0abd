"""Sign-in, throttling, TOTP and disabled accounts."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pyotp
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth import passwords
from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.models import LoginAttempt, Role
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory, login

PROBLEM = "application/problem+json"


class TestLogin:
    async def test_valid(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        person = await factory.person(org, Role.MEMBER)
        response = await client.post(
            "/api/v1/auth/login", json={"email": person.email.upper(), "password": DEFAULT_PASSWORD}
        )
        assert response.status_code == 200
        body = response.json()
        assert body["token_type"] == "bearer"
        assert body["expires_in"] == 600
        cookie = response.headers.get_list("set-cookie")
        refresh = next(c for c in cookie if c.startswith("constel_refresh="))
        assert "HttpOnly" in refresh
        assert "Secure" in refresh
        assert "SameSite=strict" in refresh
        assert "Path=/api/v1/auth" in refresh
        me = await client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"}
        )
        assert me.status_code == 200
        assert me.json()["id"] == str(person.id)
        assert me.json()["organisation"]["support_email"] == org.support_email
        assert response.headers["cache-control"] == "no-store"

    async def test_wrong_password(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        person = await factory.person(org)
        response = await client.post(
            "/api/v1/auth/login", json={"email": person.email, "password": "nope"}
        )
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM
        assert response.json()["code"] == "invalid_credentials"

    async def test_unknown_email_same_answer(self, client: httpx.AsyncClient) -> None:
        response = await client.post(
            "/api/v1/auth/login", json={"email": "ghost@example.org", "password": "x"}
        )
        assert response.status_code == 401
        assert response.json()["code"] == "invalid_credentials"

    async def test_throttled_per_account_with_retry_after(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        org = await factory.organisation()
        person = await factory.person(org)
        for _ in range(5):
            r = await client.post(
                "/api/v1/auth/login", json={"email": person.email, "password": "bad"}
            )
            assert r.status_code == 401
        # The failures are in the database (shared by every process), not in memory.
        count = len(
            (
                await session.execute(
                    select(LoginAttempt).where(LoginAttempt.email == person.email)
                )
            ).all()
        )
        assert count == 5
        blocked = await client.post(
            "/api/v1/auth/login", json={"email": person.email, "password": DEFAULT_PASSWORD}
        )
        assert blocked.status_code == 429
        assert blocked.json()["code"] == "too_many_attempts"
        assert 0 < int(blocked.headers["retry-after"]) <= 900

    async def test_throttle_window_expires(
        self,
        client: httpx.AsyncClient,
        factory: Factory,
        session: AsyncSession,
        settings: Settings,
    ) -> None:
        org = await factory.organisation()
        person = await factory.person(org)
        old = utcnow() - timedelta(seconds=settings.login_window_seconds + 1)
        session.add_all(
            [LoginAttempt(email=person.email, ip="203.0.113.7", created_at=old) for _ in range(10)]
        )
        await session.flush()
        assert await login(client, person.email, DEFAULT_PASSWORD)

    async def test_throttled_per_ip(
        self, client: httpx.AsyncClient, session: AsyncSession, settings: Settings
    ) -> None:
        now = utcnow()
        session.add_all(
            [
                LoginAttempt(email=f"x{i}@example.org", ip="203.0.113.7", created_at=now)
                for i in range(settings.login_free_failures_per_ip)
            ]
        )
        await session.flush()
        r = await client.post(
            "/api/v1/auth/login", json={"email": "other@example.org", "password": "x"}
        )
        assert r.status_code == 429

    async def test_disabled_account(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        person = await factory.person(org, active=False)
        r = await client.post(
            "/api/v1/auth/login", json={"email": person.email, "password": DEFAULT_PASSWORD}
        )
        assert r.status_code == 403
        assert r.json()["code"] == "account_disabled"

    async def test_disabling_kills_existing_tokens(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        org = await factory.organisation()
        actor = await factory.actor(client, org)
        assert (await client.get("/api/v1/me", headers=actor.headers)).status_code == 200
        actor.person.active = False
        await session.flush()
        r = await client.get("/api/v1/me", headers=actor.headers)
        assert r.status_code == 401
        assert r.json()["code"] == "invalid_token"

    async def test_rehash_on_login_when_parameters_change(
        self, client: httpx.AsyncClient, factory: Factory, settings: Settings
    ) -> None:
        org = await factory.organisation()
        weaker = settings.model_copy(update={"argon2_memory_kib": 512})
        person = await factory.person(org, password=None)
        person.password_hash = await passwords.hash_password(weaker, "another long password")
        old_hash = person.password_hash
        await factory.session.flush()
        await login(client, person.email, "another long password")
        assert person.password_hash != old_hash
        assert person.password_hash.startswith("$argon2id$")
        assert "m=1024" in person.password_hash


class TestTotp:
    async def _enable(self, client: httpx.AsyncClient, headers: dict[str, str]) -> str:
        setup = await client.post("/api/v1/me/totp/setup", headers=headers)
        assert setup.status_code == 200
        secret: str = setup.json()["secret"]
        assert setup.json()["otpauth_uri"].startswith("otpauth://totp/")
        wrong = await client.post(
            "/api/v1/me/totp/enable", headers=headers, json={"code": "000000"}
        )
        assert wrong.status_code == 400
        ok = await client.post(
            "/api/v1/me/totp/enable", headers=headers, json={"code": pyotp.TOTP(secret).now()}
        )
        assert ok.status_code == 200
        assert len(ok.json()["codes"]) == 10
        return secret

    async def test_login_requires_code_and_refuses_replay(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        org = await factory.organisation()
        actor = await factory.actor(client, org)
        secret = await self._enable(client, actor.headers)
        creds = {"email": actor.person.email, "password": DEFAULT_PASSWORD}
        r = await client.post("/api/v1/auth/login", json=creds)
        assert r.status_code == 401
        assert r.json()["code"] == "totp_required"
        r = await client.post("/api/v1/auth/login", json={**creds, "totp_code": "123456"})
        assert r.status_code == 401
        assert r.json()["code"] == "totp_invalid"
        # The code used to enable TOTP cannot be replayed; the next step's code works.
        actor.person.totp_last_counter = (actor.person.totp_last_counter or 0) - 2
        await session.flush()
        code = pyotp.TOTP(secret).now()
        r = await client.post("/api/v1/auth/login", json={**creds, "totp_code": code})
        assert r.status_code == 200
        replay = await client.post("/api/v1/auth/login", json={**creds, "totp_code": code})
        assert replay.status_code == 401
        assert replay.json()["code"] == "totp_invalid"

    async def test_org_requires_totp_for_admins(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation(require_totp_for_admins=True)
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        r = await client.get("/api/v1/api-clients", headers=admin.headers)
        assert r.status_code == 403
        assert r.json()["code"] == "totp_required_for_admins"
        secret = await self._enable(client, admin.headers)
        admin.person.totp_last_counter = None
        token = await login(
            client, admin.person.email, DEFAULT_PASSWORD, totp_code=pyotp.TOTP(secret).now()
        )
        r = await client.get("/api/v1/api-clients", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200
