"""Job queue and password-reset figures.

Creates its own database on the local PostgreSQL server (``CONSTEL_BENCH_DATABASE_URL``, a
server URL, else ``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``), runs the
migrations, then prints:

- the cost of enqueuing a job inside a request's transaction (a notification row and its
  e-mail job, as ``notifications.service.emit`` does), median and p95 over N transactions;
- the throughput of one and of two ``constel-api worker`` loops working off N no-op jobs;
- "Mot de passe oublié ?" for a known and an unknown address: the median time of the
  request over 20 interleaved tries each (after warm-up), and their difference.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

import asyncpg
import httpx
from pgqueuer.core.applications import PgQueuer
from pgqueuer.domain.models import Job
from pgqueuer.domain.types import Channel
from pydantic import SecretStr
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from constel_api import migrate
from constel_api.auth.passwords import hash_password
from constel_api.config import Settings
from constel_api.jobs.queue import db_settings, enqueue, queries_for
from constel_api.main import create_app
from constel_api.models import Organisation, Person

DEFAULT_SERVER = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


async def admin_sql(server: str, sql: str) -> None:
    dsn = make_url(server).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def bench_enqueue(url: str, n: int) -> None:
    engine = create_async_engine(url)
    timings: dict[bool, list[float]] = {True: [], False: []}
    async with AsyncSession(engine, expire_on_commit=False) as s:
        org = Organisation(name="bench", slug=f"bench-{uuid.uuid4().hex[:6]}")
        s.add(org)
        await s.commit()
        org_id = org.id
    for i in range(n):
        for with_job in (True, False):  # interleaved, so load hits both alike
            async with AsyncSession(engine, expire_on_commit=False) as s:
                started = time.perf_counter()
                await s.execute(
                    Organisation.__table__.update().where(Organisation.id == org_id)
                    .values(retention_days=700 + i % 7))
                if with_job:
                    await enqueue(s, "noop", {"i": i}, dedupe_key=f"bench-{i}")
                await s.commit()
                timings[with_job].append((time.perf_counter() - started) * 1000)
    for with_job, label in ((False, "a change alone"), (True, "the same with its job")):
        values = timings[with_job]
        print(f"{label} ({n} transactions): median {statistics.median(values):.2f} ms, "
              f"p95 {pct(values, 0.95):.2f} ms")
    await engine.dispose()


async def bench_workers(url: str, n: int, workers: int) -> None:
    dsn = url.replace("postgresql+asyncpg://", "postgresql://", 1)
    seed = await asyncpg.connect(dsn)
    await seed.execute("DELETE FROM jobs.pgqueuer")
    await queries_for(seed).enqueue(["noop"] * n, [b"{}"] * n, [0] * n)
    done = 0
    finished = asyncio.Event()
    connections = [await asyncpg.connect(dsn) for _ in range(workers)]
    apps = []
    for conn in connections:
        queries = queries_for(conn)
        pgq = PgQueuer(connection=queries.driver, queries=queries,
                       channel=Channel(db_settings().channel))

        @pgq.entrypoint("noop")
        async def noop(job: Job) -> None:
            nonlocal done
            done += 1
            if done >= n:
                finished.set()

        apps.append(pgq)
    started = time.perf_counter()
    tasks = [asyncio.create_task(a.run(batch_size=10, dequeue_timeout=timedelta(seconds=1)))
             for a in apps]
    await asyncio.wait_for(finished.wait(), timeout=300)
    elapsed = time.perf_counter() - started
    for a in apps:
        a.shutdown.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    for conn in connections:
        await conn.close()
    await seed.close()
    print(f"{workers} worker(s) ran {n} jobs in {elapsed:.2f} s: {n / elapsed:.0f} jobs/s")


async def bench_reset(url: str, tries: int) -> None:
    settings = Settings(environment="test", database_url=SecretStr(url),
                        jwt_secret=SecretStr("b" * 64), spa_dist_dir=Path("/nonexistent"))
    engine = create_async_engine(url)
    async with AsyncSession(engine, expire_on_commit=False) as s:
        org = Organisation(name="bench", slug=f"bench-{uuid.uuid4().hex[:6]}")
        s.add(org)
        await s.flush()
        person = Person(organisation_id=org.id, email=f"known-{uuid.uuid4().hex[:6]}@example.org",
                        given_name="K", family_name="Nown", roles=["member"], languages=[],
                        password_hash=await hash_password(settings, "x" * 16))
        s.add(person)
        await s.commit()
        known = person.email
    app = create_app(settings, engine)
    transport = httpx.ASGITransport(app=app, client=("198.51.100.1", 1))
    timings: dict[str, list[float]] = {"known": [], "unknown": []}
    async with httpx.AsyncClient(transport=transport, base_url="https://bench") as http:
        for i in range(tries + 3):
            pairs = [("known", known), ("unknown", f"nobody-{i}@example.org")]
            for label, address in pairs if i % 2 else pairs[::-1]:  # alternate the order
                started = time.perf_counter()
                r = await http.post("/api/v1/auth/password-reset", json={"email": address})
                elapsed = (time.perf_counter() - started) * 1000
                assert r.status_code == 202, r.text
                if i >= 3:
                    timings[label].append(elapsed)
    k, u = statistics.median(timings["known"]), statistics.median(timings["unknown"])
    print(f"password reset request, {tries} tries each: known {k:.2f} ms, unknown {u:.2f} ms "
          f"(median), difference {abs(k - u) / min(k, u) * 100:.1f} %")
    await engine.dispose()


async def run(url: str, args: argparse.Namespace) -> None:
    await bench_enqueue(url, args.transactions)
    for workers in (1, 2):
        await bench_workers(url, args.jobs, workers)
    await bench_reset(url, 20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--transactions", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2000)
    args = parser.parse_args()
    server = os.environ.get("CONSTEL_BENCH_DATABASE_URL", DEFAULT_SERVER)
    name = f"constel_bench_jobs_{uuid.uuid4().hex[:8]}"
    asyncio.run(admin_sql(server, f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        migrate.upgrade(url)
        asyncio.run(run(url, args))
    finally:
        asyncio.run(admin_sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return 0


if __name__ == "__main__":
    sys.exit(main())
