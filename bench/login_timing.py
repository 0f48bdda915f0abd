"""Sign-in timing: a wrong password for an existing e-mail, an unknown e-mail and an
e-mail shared by two organisations, 20 tries each (interleaved), through the real app
over HTTP with the production Argon2 parameters (t=3, 64 MiB). Target: every case within
10 % of the existing-e-mail median (the issue measured 400 / 200 / 580 ms before).

Creates its own database on the local PostgreSQL server (``CONSTEL_BENCH_DATABASE_URL``,
a server URL, else ``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``).

    .venv/bin/python bench/login_timing.py [--tries 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
import uuid
from pathlib import Path

import asyncpg
import httpx
from pydantic import SecretStr
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from constel_api import migrate
from constel_api.auth.passwords import hash_password
from constel_api.config import Settings
from constel_api.main import create_app
from constel_api.models import Organisation, Person

DEFAULT_SERVER = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
PASSWORD = "bench passphrase that is right"


async def admin_sql(server: str, sql: str) -> None:
    url = make_url(server).set(drivername="postgresql", database="postgres")
    conn = await asyncpg.connect(url.render_as_string(hide_password=False))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def seed(settings: Settings, url: str) -> None:
    engine = create_async_engine(url)
    async with AsyncSession(engine) as session:
        for i, email in enumerate(["single@bench.test", "shared@bench.test", "shared@bench.test"]):
            org = Organisation(name=f"Bench {i}", slug=f"bench-{i}")
            session.add(org)
            await session.flush()
            session.add(
                Person(
                    organisation_id=org.id,
                    email=email,
                    given_name="Bench",
                    family_name=str(i),
                    password_hash=await hash_password(settings, PASSWORD, email=email),
                )
            )
        await session.commit()
    await engine.dispose()


async def run(url: str, tries: int) -> None:
    # Generous throttle limits: this measures the password check, not the 429s.
    settings = Settings(
        environment="test",
        database_url=SecretStr(url),
        jwt_secret=SecretStr("b" * 64),
        spa_dist_dir=Path("/nonexistent"),
        login_free_failures_per_client=10_000,
        login_free_failures_per_account=10_000,
        login_free_failures_per_ip=10_000,
    )
    await seed(settings, url)
    app = create_app(settings)
    cases = {
        "existing e-mail, wrong password": "single@bench.test",
        "unknown e-mail": f"nobody-{uuid.uuid4().hex[:6]}@bench.test",
        "e-mail in two organisations": "shared@bench.test",
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("192.0.2.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="https://bench") as client:
            for email in cases.values():  # warm-up: connections, caches
                await client.post("/api/v1/auth/login", json={"email": email, "password": "x"})
            for _ in range(tries):
                for name, email in cases.items():
                    start = time.perf_counter()
                    r = await client.post(
                        "/api/v1/auth/login", json={"email": email, "password": "wrong guess"}
                    )
                    times[name].append(time.perf_counter() - start)
                    assert r.status_code == 401, r.text
    reference = statistics.median(times["existing e-mail, wrong password"])
    print(f"{tries} tries each, interleaved; load average {os.getloadavg()[0]:.2f}")
    worst = 0.0
    for name, values in times.items():
        median = statistics.median(values)
        diff = (median - reference) / reference * 100
        worst = max(worst, abs(diff))
        print(
            f"  {name:34s} median {median * 1000:7.1f} ms  mean "
            f"{statistics.mean(values) * 1000:7.1f} ms  vs existing {diff:+5.1f} %"
        )
    print(f"largest difference: {worst:.1f} % (target < 10 %)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tries", type=int, default=20)
    args = parser.parse_args()
    server = os.environ.get("CONSTEL_BENCH_DATABASE_URL", DEFAULT_SERVER)
    name = f"constel_bench_{uuid.uuid4().hex[:10]}"
    asyncio.run(admin_sql(server, f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        migrate.upgrade(url)
        asyncio.run(run(url, args.tries))
    finally:
        asyncio.run(admin_sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
