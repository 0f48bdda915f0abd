"""Password reset: same answer and work for known and unknown addresses, a single-use
30-minute link by e-mail, every session ended, the vault untouched; first-password links."""

from __future__ import annotations

import re
import statistics
import time
import uuid
from datetime import timedelta

import httpx
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.config import Settings
from constel_api.main import create_app
from constel_api.models import PasswordToken, Person, RefreshToken
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory, login
from tests.notifications.conftest import CommittingFactory, Mailbox, Runner, job_rows

NEW_PASSWORD = "a brand new passphrase 42"


def _client(settings: Settings, engine: AsyncEngine) -> httpx.AsyncClient:
    app = create_app(settings, engine)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.30", 50000))
    return httpx.AsyncClient(transport=transport, base_url="https://testserver")


def _token(message: object) -> str:
    match = re.search(r"/reset-password\?token=([A-Za-z0-9_-]+)", Mailbox.text(message))  # type: ignore[arg-type]
    assert match
    return match.group(1)


async def test_reset_journey_single_use_and_sessions_ended(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    org = await cfactory.organisation(name="notify-reset")
    person = await cfactory.person(org)
    async with _client(mail_settings, engine) as http:
        signed_in = await http.post("/api/v1/auth/login", json={
            "email": person.email, "password": DEFAULT_PASSWORD})
        assert signed_in.status_code == 200
        old_access = signed_in.json()["access_token"]
        old_refresh = http.cookies.get("constel_refresh")
        old_csrf = signed_in.json()["csrf_token"]
        http.cookies.clear()

        known = await http.post("/api/v1/auth/password-reset", json={"email": person.email})
        unknown = await http.post("/api/v1/auth/password-reset",
                                  json={"email": f"nobody-{uuid.uuid4().hex[:6]}@example.org"})
        assert known.status_code == unknown.status_code == 202
        assert known.content == unknown.content == b""
        await run_workers(mail_settings, lambda: len(mailbox.messages) >= 1)
        assert mailbox.recipients == [[person.email]]
        message = mailbox.messages[0]
        assert message["Subject"] == "Réinitialiser votre mot de passe"
        assert "coffre" in Mailbox.text(message)
        token = _token(message)

        async with AsyncSession(engine) as s:
            stored = (await s.execute(select(PasswordToken).where(
                PasswordToken.person_id == person.id))).scalar_one()
            assert stored.token_hash != token.encode()  # hashed
            assert timedelta(minutes=29) < stored.expires_at - stored.created_at \
                <= timedelta(minutes=30)

        r = await http.post("/api/v1/auth/password-reset/confirm",
                            json={"token": token, "new_password": NEW_PASSWORD})
        assert r.status_code == 204, r.text
        again = await http.post("/api/v1/auth/password-reset/confirm",
                                json={"token": token, "new_password": NEW_PASSWORD + "x"})
        assert again.status_code == 400
        assert again.json()["code"] == "invalid_password_token"

        # Every earlier session is over: the access token and the refresh token.
        me = await http.get("/api/v1/me", headers={"Authorization": f"Bearer {old_access}"})
        assert me.status_code == 401
        assert old_refresh is not None
        http.cookies.set("constel_refresh", old_refresh)
        refreshed = await http.post("/api/v1/auth/refresh", headers={"X-CSRF-Token": old_csrf})
        assert refreshed.status_code == 401
        http.cookies.clear()
        async with AsyncSession(engine) as s:
            tokens = (await s.execute(select(RefreshToken).where(
                RefreshToken.person_id == person.id))).scalars().all()
            assert tokens
            assert all(t.revoked_at is not None for t in tokens)
        await login(http, person.email, NEW_PASSWORD)
        bad = await http.post("/api/v1/auth/login", json={
            "email": person.email, "password": DEFAULT_PASSWORD})
        assert bad.status_code == 401


async def test_expired_and_unknown_tokens_are_refused(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    from constel_api.auth.tokens import hash_token
    from constel_api.core.time import utcnow

    org = await factory.organisation()
    person = await factory.person(org)
    session.add(PasswordToken(organisation_id=org.id, person_id=person.id, purpose="reset",
                              token_hash=hash_token("expired-token-0123456789"),
                              created_at=utcnow() - timedelta(minutes=31),
                              expires_at=utcnow() - timedelta(minutes=1)))
    await session.flush()
    for token in ("expired-token-0123456789", "never-issued-0123456789"):
        r = await client.post("/api/v1/auth/password-reset/confirm",
                              json={"token": token, "new_password": NEW_PASSWORD})
        assert r.status_code == 400
        assert r.json()["code"] == "invalid_password_token"
    short = await client.post("/api/v1/auth/password-reset/confirm",
                              json={"token": "x" * 20, "new_password": "short"})
    assert short.status_code == 422


async def test_known_and_unknown_addresses_cost_the_same(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    """The same work (one job row each) and the same time: medians of 40 interleaved tries
    each, the order alternating, so that a loaded machine slows both alike (bench/jobs.py
    prints the figure for 20 tries)."""
    org = await factory.organisation()
    person = await factory.person(org)
    connection = await session.connection()

    async def jobs() -> int:
        return int((await connection.execute(text(
            "SELECT count(*) FROM jobs.pgqueuer WHERE entrypoint = 'password_link'"
        ))).scalar_one())

    timings: dict[str, list[float]] = {"known": [], "unknown": []}
    for i in range(42):
        pairs = [("known", person.email), ("unknown", f"nobody-{i}@example.org")]
        for label, address in pairs if i % 2 else pairs[::-1]:
            before = await jobs()
            started = time.perf_counter()
            r = await client.post("/api/v1/auth/password-reset", json={"email": address})
            elapsed = time.perf_counter() - started
            assert r.status_code == 202
            assert await jobs() == before + 1
            if i >= 2:  # two warm-up rounds
                timings[label].append(elapsed)
    known, unknown = (statistics.median(timings[k]) for k in ("known", "unknown"))
    assert abs(known - unknown) / min(known, unknown) < 0.20, (known, unknown)


async def test_new_people_get_a_set_password_link(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    from constel_api.notifications.passwords import request_set_link

    org = await cfactory.organisation(name="notify-set")
    person = await cfactory.person(org, password=None)
    async with AsyncSession(engine, expire_on_commit=False) as s:
        await request_set_link(s, await s.get(Person, person.id))  # type: ignore[arg-type]
        await request_set_link(s, await s.get(Person, person.id))  # type: ignore[arg-type]
        await s.commit()
    assert len([r for r in await job_rows(engine) if r["entrypoint"] == "password_link"]) == 1
    await run_workers(mail_settings, lambda: len(mailbox.messages) >= 1)
    message = mailbox.messages[0]
    assert message["Subject"] == "Bienvenue sur Constel"
    assert "welcome=1" in Mailbox.text(message)
    async with _client(mail_settings, engine) as http:
        r = await http.post("/api/v1/auth/password-reset/confirm",
                            json={"token": _token(message), "new_password": NEW_PASSWORD})
        assert r.status_code == 204
        await login(http, person.email, NEW_PASSWORD)
