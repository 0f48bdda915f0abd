"""A database outage under write load: 503 service_unavailable with Retry-After while
PostgreSQL is down, recovery without restarting the app, no acknowledged write lost and
none half-applied.

The database is a PRIVATE PostgreSQL (pgserver binaries on a temporary directory): the
shared server is never stopped.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api import migrate
from constel_api.config import Settings
from constel_api.db import create_engine
from constel_api.main import create_app
from constel_api.models import Role
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory, login

WRITERS = 6
PROBLEM = "application/problem+json"


class PrivatePostgres:
    """A throw-away PostgreSQL server this test may stop and start at will."""

    def __init__(self) -> None:
        import pgserver

        self.root = Path(tempfile.mkdtemp(prefix="constel-outage-"))
        self.server: Any = pgserver.get_server(  # type: ignore[attr-defined]
            str(self.root / "pgdata"), cleanup_mode="delete"
        )
        socket_dir = self.server.get_postmaster_info().socket_dir
        self.server.psql('CREATE DATABASE "constel";')
        self.url = f"postgresql+asyncpg://postgres:@/constel?host={socket_dir}"

    def stop(self) -> None:
        from pgserver._commands import pg_ctl

        # "fast": in-flight transactions are rolled back, clients disconnected.
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.server.pgdata,
               user=self.server.system_user)

    def start(self) -> None:
        with self.server._lock:
            self.server.ensure_postgres_running()

    def destroy(self) -> None:
        self.server.cleanup()
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def private_pg() -> Iterator[PrivatePostgres]:
    pg = PrivatePostgres()
    try:
        migrate.upgrade(pg.url)
        yield pg
    finally:
        pg.destroy()


@dataclass
class Outcome:
    acknowledged: list[str] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    bad_503s: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    first_success_after_restart: float | None = None


@pytest.fixture
async def outage_app(private_pg: PrivatePostgres) -> AsyncIterator[tuple[Any, Settings]]:
    settings = Settings(
        environment="test",
        database_url=SecretStr(private_pg.url),
        jwt_secret=SecretStr("o" * 64),
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        spa_dist_dir=Path("/nonexistent"),
        metrics_rollup_interval_seconds=0,
    )
    engine = create_engine(private_pg.url, settings)  # the production engine (pre-ping)
    yield create_app(settings, engine), settings
    await engine.dispose()


async def test_outage_under_write_load(
    private_pg: PrivatePostgres, outage_app: tuple[Any, Settings],
    caplog: pytest.LogCaptureFixture,
) -> None:
    app, settings = outage_app
    async with AsyncSession(app.state.engine, expire_on_commit=False) as session:
        factory = Factory(session, settings)
        org = await factory.organisation()
        admin = await factory.person(org, Role.ORG_ADMIN)
        await session.commit()
    transport = httpx.ASGITransport(app=app)
    outcome = Outcome()
    restarted_at: float | None = None
    stop_writing = asyncio.Event()
    caplog.set_level(logging.WARNING)

    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as client:
        token = await login(client, admin.email, DEFAULT_PASSWORD)
        headers = {"Authorization": f"Bearer {token}"}

        async def writer(n: int) -> None:
            i = 0
            while not stop_writing.is_set():
                i += 1
                name = f"outage-{n}-{i}-{uuid.uuid4().hex[:6]}"
                r = await client.post("/api/v1/programs", json={"name": name}, headers=headers)
                outcome.statuses[str(r.status_code)] += 1
                if r.status_code == 201:
                    outcome.acknowledged.append(r.json()["id"])
                    if restarted_at is not None and outcome.first_success_after_restart is None:
                        outcome.first_success_after_restart = time.monotonic() - restarted_at
                elif r.status_code == 503:
                    body = r.json()
                    if (r.headers.get("content-type") != PROBLEM
                            or body.get("code") != "service_unavailable"
                            or not r.headers.get("retry-after", "").isdigit()):
                        outcome.bad_503s.append(f"{r.headers} {r.text}")
                else:
                    outcome.unexpected.append(f"{r.status_code} {r.text[:200]}")
                await asyncio.sleep(0.01)

        tasks = [asyncio.create_task(writer(n)) for n in range(WRITERS)]
        await asyncio.sleep(1.5)
        before = outcome.statuses["201"]
        await asyncio.to_thread(private_pg.stop)
        await asyncio.sleep(3)
        during = outcome.statuses["503"]
        await asyncio.to_thread(private_pg.start)
        restarted_at = time.monotonic()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (  # noqa: ASYNC110 - polling counters
            outcome.first_success_after_restart is None
            or outcome.statuses["201"] < before + 20
        ):
            await asyncio.sleep(0.2)
        await asyncio.sleep(1)
        stop_writing.set()
        await asyncio.gather(*tasks)

    print(f"\noutage: {dict(outcome.statuses)}; 201 before the stop: {before}; "
          f"503 while down: {during}; first 201 {outcome.first_success_after_restart:.2f} s "
          f"after restart; {len(outcome.acknowledged)} acknowledged writes")
    assert before > 0
    assert during > 0, "requests during the outage answer 503"
    assert outcome.unexpected == [], outcome.unexpected[:5]
    assert outcome.bad_503s == [], outcome.bad_503s[:3]
    assert outcome.first_success_after_restart is not None, "no recovery without restart"

    async with app.state.engine.connect() as conn:
        programs = {str(r[0]) for r in await conn.execute(text(
            "SELECT id FROM programs WHERE organisation_id = :org"), {"org": org.id})}
        audited = {str(r[0]) for r in await conn.execute(text(
            "SELECT target_id FROM audit_events WHERE organisation_id = :org "
            "AND action = 'program.create'"), {"org": org.id})}
    lost = set(outcome.acknowledged) - programs
    assert not lost, f"{len(lost)} acknowledged writes lost"
    assert programs == audited, (
        f"half-applied writes: {len(programs - audited)} programs without their audit event, "
        f"{len(audited - programs)} audit events without their program"
    )
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [f"{r.name}: {r.getMessage()}" for r in errors[:3]]
    warnings = [r for r in caplog.records if r.getMessage() == "database unavailable"]
    assert warnings
    assert all(r.exc_info is None for r in warnings)
