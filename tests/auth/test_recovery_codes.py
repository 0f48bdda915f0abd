"""TOTP recovery codes (ten, single use, stored hashed, regenerated) and turning TOTP off
with a fresh code (issue: no recovery codes, no way to turn TOTP off)."""

from __future__ import annotations

import hashlib

import httpx
import pyotp
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth import recovery_codes
from constel_api.models import AuditEvent, Person, TotpRecoveryCode
from tests.fixtures.actors import DEFAULT_PASSWORD, Actor, Factory

LOGIN = "/api/v1/auth/login"


async def _enable(client: httpx.AsyncClient, actor: Actor) -> tuple[str, list[str]]:
    setup = await client.post("/api/v1/me/totp/setup", headers=actor.headers)
    secret: str = setup.json()["secret"]
    r = await client.post(
        "/api/v1/me/totp/enable", headers=actor.headers, json={"code": pyotp.TOTP(secret).now()}
    )
    assert r.status_code == 200, r.text
    codes: list[str] = r.json()["codes"]
    return secret, codes


def _step_back(person: Person) -> None:
    """Let the current time step's code be used once more (tests run within 30 s)."""
    person.totp_last_counter = (person.totp_last_counter or 0) - 2


@pytest.fixture
async def actor(client: httpx.AsyncClient, factory: Factory) -> Actor:
    return await factory.actor(client, await factory.organisation())


class TestRecoveryCodes:
    async def test_ten_codes_stored_hashed_each_signs_in_once(
        self, client: httpx.AsyncClient, actor: Actor, session: AsyncSession
    ) -> None:
        person_id, email = actor.person.id, actor.person.email
        _, codes = await _enable(client, actor)
        assert len(codes) == 10
        assert len(set(codes)) == 10
        stored = (
            await session.scalars(
                select(TotpRecoveryCode.code_hash).where(TotpRecoveryCode.person_id == person_id)
            )
        ).all()
        assert len(stored) == 10
        canonical = codes[0].replace("-", "")
        assert hashlib.sha256(canonical.encode()).digest() in stored
        assert all(canonical.encode() not in h for h in stored)

        creds = {"email": email, "password": DEFAULT_PASSWORD}
        # Typed loosely: upper case, spaces instead of dashes.
        loose = codes[0].upper().replace("-", " ")
        r = await client.post(LOGIN, json={**creds, "recovery_code": loose})
        assert r.status_code == 200, r.text
        me = await client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {r.json()['access_token']}"}
        )
        assert me.json()["recovery_codes_left"] == 9
        again = await client.post(LOGIN, json={**creds, "recovery_code": codes[0]})
        assert again.status_code == 401
        assert again.json()["code"] == "recovery_code_invalid"
        wrong = await client.post(LOGIN, json={**creds, "recovery_code": "not-a-code"})
        assert wrong.json()["code"] == "recovery_code_invalid"
        used = await session.scalar(
            select(AuditEvent).where(
                AuditEvent.target_id == person_id,
                AuditEvent.action == "account.recovery_code_used",
            )
        )
        assert used is not None
        assert used.details == {"codes_left": 9}

    async def test_regenerate_needs_a_fresh_code_and_retires_the_old_ones(
        self, client: httpx.AsyncClient, actor: Actor
    ) -> None:
        email = actor.person.email
        secret, old_codes = await _enable(client, actor)
        refused = await client.post(
            "/api/v1/me/totp/recovery-codes", headers=actor.headers, json={"code": "000000"}
        )
        assert refused.status_code == 400
        assert refused.json()["code"] == "totp_invalid"
        # A recovery code cannot make new recovery codes.
        refused = await client.post(
            "/api/v1/me/totp/recovery-codes", headers=actor.headers, json={"code": old_codes[1]}
        )
        assert refused.status_code == 400
        _step_back(actor.person)
        r = await client.post(
            "/api/v1/me/totp/recovery-codes",
            headers=actor.headers,
            json={"code": pyotp.TOTP(secret).now()},
        )
        assert r.status_code == 200, r.text
        new_codes = r.json()["codes"]
        assert len(new_codes) == 10
        assert not set(new_codes) & set(old_codes)
        creds = {"email": email, "password": DEFAULT_PASSWORD}
        old = await client.post(LOGIN, json={**creds, "recovery_code": old_codes[2]})
        assert old.status_code == 401
        new = await client.post(LOGIN, json={**creds, "recovery_code": new_codes[2]})
        assert new.status_code == 200

    def test_codes_carry_80_bits_and_normalise(self) -> None:
        codes = recovery_codes.generate()
        assert all(len(c) == 19 and c.count("-") == 3 for c in codes)
        code = codes[0]
        assert recovery_codes.digest(code.upper().replace("-", "  ")) == recovery_codes.digest(code)
        assert recovery_codes.digest("short") is None


class TestDisableTotp:
    async def test_with_a_fresh_totp_code(
        self, client: httpx.AsyncClient, actor: Actor, session: AsyncSession
    ) -> None:
        person_id, email = actor.person.id, actor.person.email
        secret, _ = await _enable(client, actor)
        # The code that turned TOTP on cannot turn it off (replay).
        replay = await client.post(
            "/api/v1/me/totp/disable",
            headers=actor.headers,
            json={"code": pyotp.TOTP(secret).now()},
        )
        assert replay.status_code == 400
        _step_back(actor.person)
        r = await client.post(
            "/api/v1/me/totp/disable",
            headers=actor.headers,
            json={"code": pyotp.TOTP(secret).now()},
        )
        assert r.status_code == 204, r.text
        signed_in = await client.post(LOGIN, json={"email": email, "password": DEFAULT_PASSWORD})
        assert signed_in.status_code == 200
        me = await client.get("/api/v1/me", headers=actor.headers)
        assert me.json()["totp_enabled"] is False
        assert me.json()["recovery_codes_left"] == 0
        left = await session.scalars(
            select(TotpRecoveryCode).where(TotpRecoveryCode.person_id == person_id)
        )
        assert left.all() == []
        assert await session.scalar(
            select(AuditEvent).where(
                AuditEvent.target_id == person_id, AuditEvent.action == "account.totp_disabled"
            )
        )

    async def test_with_a_recovery_code_when_the_phone_is_lost(
        self, client: httpx.AsyncClient, actor: Actor
    ) -> None:
        _, codes = await _enable(client, actor)
        r = await client.post(
            "/api/v1/me/totp/disable", headers=actor.headers, json={"code": codes[5]}
        )
        assert r.status_code == 204
        me = await client.get("/api/v1/me", headers=actor.headers)
        assert me.json()["totp_enabled"] is False

    async def test_not_enabled(self, client: httpx.AsyncClient, actor: Actor) -> None:
        r = await client.post(
            "/api/v1/me/totp/disable", headers=actor.headers, json={"code": "123456"}
        )
        assert r.status_code == 400
        assert r.json()["code"] == "totp_not_enabled"

    async def test_guessing_codes_is_slowed_down(
        self, client: httpx.AsyncClient, actor: Actor
    ) -> None:
        await _enable(client, actor)
        answers = []
        for guess in range(8):
            r = await client.post(
                "/api/v1/me/totp/disable",
                headers=actor.headers,
                json={"code": f"{guess:06d}"},
            )
            answers.append(r.status_code)
        assert answers[:5] == [400] * 5
        assert 429 in answers[5:]
