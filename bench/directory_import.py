"""Directory figures: a 50,000-person CSV import (managers 8 levels deep) and 10,000 chain checks.

Creates its own database on the local PostgreSQL server (``CONSTEL_BENCH_DATABASE_URL``, a
server URL, else ``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``), runs the
migrations, and calls the same service code as ``POST /api/v1/directory/imports``
(``run_import``) and as matching (``chain_links``). Targets: import < 20 s, checks < 1 s.

    .venv/bin/python bench/directory_import.py [--people 50000] [--checks 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
import uuid

import asyncpg
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from constel_api import migrate
from constel_api.directory.chain import chain_links, within_levels
from constel_api.directory.imports import run_import
from constel_api.models import Organisation, Person, Role

DEFAULT_SERVER = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
DEPTH = 8
HEADER = (
    "external_id,email,given_name,family_name,manager_external_id,unit,job_title,site,"
    "languages,active"
)


def level_sizes(people: int) -> list[int]:
    """1, 5, 25, ... then the rest spread over the two deepest levels (8 levels in all)."""
    sizes = [5**k for k in range(DEPTH - 2)]
    rest = people - sum(sizes)
    sizes += [rest // 3, rest - rest // 3]
    return sizes


def build_csv(people: int, rng: random.Random) -> tuple[bytes, dict[str, str | None]]:
    managers: dict[str, str | None] = {}
    previous: list[str] = []
    n = 0
    for level, size in enumerate(level_sizes(people)):
        current = []
        for _ in range(size):
            ext = f"E{n:06d}"
            managers[ext] = rng.choice(previous) if previous else None
            current.append(ext)
            n += 1
        previous = current
        del level
    sites = ["Paris", "Lyon", "Lille", "Nantes", "Toulouse"]
    units = [f"Unit {i}" for i in range(200)]
    lines = [HEADER]
    order = list(managers)
    rng.shuffle(order)  # reports often come before their managers
    for ext in order:
        lines.append(
            f"{ext},{ext.lower()}@bench.example.com,Given{ext[1:]},Family{ext[1:]},"
            f"{managers[ext] or ''},{rng.choice(units)},Job,{rng.choice(sites)},fr|en,true"
        )
    return ("\n".join(lines) + "\n").encode(), managers


async def admin_sql(server: str, sql: str) -> None:
    url = make_url(server).set(drivername="postgresql", database="postgres")
    conn = await asyncpg.connect(url.render_as_string(hide_password=False))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def run(url: str, people: int, checks: int) -> None:
    rng = random.Random(7)
    data, managers = build_csv(people, rng)
    engine = create_async_engine(url)
    async with AsyncSession(engine, expire_on_commit=False, autoflush=False) as session:
        org = Organisation(name="Bench", slug=f"bench-{uuid.uuid4().hex[:8]}")
        session.add(org)
        await session.flush()
        admin = Person(organisation_id=org.id, email="admin@bench.example.com",
                       given_name="Admin", family_name="Bench", roles=[Role.ORG_ADMIN.value],
                       languages=[])
        session.add(admin)
        await session.commit()
        org_id = org.id

        started = time.perf_counter()
        outcome = await run_import(session, org_id, admin, data, dry_run=False, full_load=False,
                                   filename="bench.csv")
        await session.commit()
        import_seconds = time.perf_counter() - started
        assert outcome.record.created == people, outcome.record
        closure = await session.scalar(
            text("SELECT count(*) FROM management_chain WHERE organisation_id = :o"), {"o": org_id}
        )

        rows = await session.execute(
            text("SELECT external_id, id FROM people WHERE organisation_id = :o "
                 "AND external_id IS NOT NULL"), {"o": org_id})
        ids = {row[0]: row[1] for row in rows.all()}
        keys = list(ids)
        pairs = []
        for i in range(checks):
            a = rng.choice(keys)
            if i % 2 == 0:  # half the pairs are a person and one of their managers
                chain = []
                node = managers[a]
                while node is not None:
                    chain.append(node)
                    node = managers[node]
                b = rng.choice(chain) if chain else rng.choice(keys)
            else:
                b = rng.choice(keys)
            pairs.append((ids[a], ids[b]))
        # The first call pays one-off costs (statement preparation, uuid[] type
        # introspection by asyncpg); matching runs on a warm connection, so both are shown.
        started = time.perf_counter()
        await chain_links(session, org_id, pairs[: checks // 2])
        cold_seconds = time.perf_counter() - started
        started = time.perf_counter()
        links = await chain_links(session, org_id, pairs)
        check_seconds = time.perf_counter() - started
        started = time.perf_counter()
        near = await within_levels(session, org_id, ids["E000001"], 3)
        within_seconds = time.perf_counter() - started

        started = time.perf_counter()
        dry = await run_import(session, org_id, admin, data, dry_run=True, full_load=True)
        await session.rollback()
        dry_seconds = time.perf_counter() - started
    await engine.dispose()

    print(f"people imported:        {people} (depth {DEPTH}, managers shuffled after reports)")
    print(f"import (apply):         {import_seconds:.2f} s  (target < 20 s)")
    print(f"closure rows:           {closure}")
    print(f"chain checks:           {checks} pairs in one call: {check_seconds * 1000:.0f} ms"
          f"  (target < 1 s), {len(links)} linked")
    print(f"  first call (cold):    {checks // 2} pairs: {cold_seconds * 1000:.0f} ms")
    print(f"within_levels(n=3):     {len(near)} people in {within_seconds * 1000:.1f} ms")
    print(f"re-import dry run:      {dry_seconds:.2f} s, {dry.record.unchanged} unchanged")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--checks", type=int, default=10_000)
    args = parser.parse_args()
    server = os.environ.get("CONSTEL_BENCH_DATABASE_URL", DEFAULT_SERVER)
    name = f"constel_bench_{uuid.uuid4().hex[:10]}"
    asyncio.run(admin_sql(server, f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        migrate.upgrade(url)
        asyncio.run(run(url, args.people, args.checks))
    finally:
        asyncio.run(admin_sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
