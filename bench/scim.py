"""SCIM provisioning figures: 10,000 users created one request at a time by 8 parallel
clients, then each user's manager set by PATCH, through a live API (uvicorn) on PostgreSQL.

Creates its own database on the local PostgreSQL server (``CONSTEL_BENCH_DATABASE_URL``, a
server URL, else ``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``), runs the
migrations, seeds one organisation with an HRIS machine client holding the ``scim`` scope,
starts ``uvicorn --factory constel_api.main:create_production_app`` on a free loopback port
and sends what an identity provider sends: ``POST /Users`` (Entra shape, enterprise
extension, a department) for everyone, then ``PATCH /Users/{id}`` setting the manager (a
tree 10 wide, so chains are ~4 deep). Prints time, requests/s, latency (p50, p99) and errors
per phase and overall, and the load average (the machine may be shared). Target: >= 200
requests/s, 0 errors.

    .venv/bin/python bench/scim.py [--users 10000] [--clients 8]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from constel_api import migrate
from constel_api.auth.tokens import hash_token, new_machine_token
from constel_api.models import ApiClient, Organisation

DEFAULT_SERVER = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
CORE = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
SCIM = "application/scim+json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def admin_sql(server: str, sql: str) -> None:
    parsed = make_url(server).set(drivername="postgresql", database="postgres")
    conn = await asyncpg.connect(parsed.render_as_string(hide_password=False))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def seed(url: str) -> str:
    """One organisation and its HRIS client; returns the bearer token."""
    engine = create_async_engine(url)
    client_id = uuid.uuid4()
    token = new_machine_token(client_id)  # the server's own token format and hashing
    async with AsyncSession(engine, expire_on_commit=False) as session:
        org = Organisation(name="Bench", slug="bench", support_email="s@bench.test")
        session.add(org)
        await session.flush()
        session.add(ApiClient(id=client_id, organisation_id=org.id, name="HRIS",
                              scopes=["scim"], secret_hash=hash_token(token)))
        await session.commit()
    await engine.dispose()
    return token


def start_server(url: str, port: int, log_path: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "CONSTEL_DATABASE_URL": url,
        "CONSTEL_ENVIRONMENT": "development",
        "CONSTEL_LOG_LEVEL": "WARNING",
        "CONSTEL_SPA_DIST_DIR": "/nonexistent",
        "CONSTEL_METRICS_ROLLUP_INTERVAL_SECONDS": "0",
    }
    log = log_path.open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "constel_api.main:create_production_app",
         "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level",
         "warning"],
        env=env, stdout=log, stderr=log,
    )


async def wait_ready(base: str, proc: subprocess.Popen[bytes]) -> None:
    async with httpx.AsyncClient(base_url=base) as http:
        for _ in range(1200):
            if proc.poll() is not None:
                raise RuntimeError("the API exited during start-up")
            try:
                if (await http.get("/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("the API did not become ready")


def user(i: int) -> dict[str, Any]:
    return {
        "schemas": [CORE, ENTERPRISE],
        "userName": f"user{i:05d}@bench.test",
        "externalId": f"E{i:05d}",
        "active": "True",
        "displayName": f"Prénom{i} Nom{i}",
        "name": {"givenName": f"Prénom{i}", "familyName": f"Nom{i}"},
        "emails": [{"value": f"user{i:05d}@bench.test", "type": "work", "primary": True}],
        "title": "Chargé de mission",
        "phoneNumbers": [{"value": f"+33 1 00 {i:05d}", "type": "work"}],
        ENTERPRISE: {"employeeNumber": f"{i:05d}", "department": f"Direction {i % 40}"},
    }


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list (milliseconds here)."""
    if not sorted_values:
        return 0.0
    rank = max(1, min(len(sorted_values), round(fraction * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def latency(values: list[float]) -> str:
    ordered = sorted(values)
    return f"p50 {percentile(ordered, 0.50):6.1f} ms  p99 {percentile(ordered, 0.99):6.1f} ms"


async def phase(name: str, count: int, clients: int,
                send: Any) -> tuple[float, Counter[int | str], list[float]]:
    """Run ``send(http, i)`` for i in range(count) over ``clients`` workers."""
    statuses: Counter[int | str] = Counter()
    durations: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(count):
        queue.put_nowait(i)

    async def worker(http: httpx.AsyncClient) -> None:
        while True:
            try:
                i = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            sent = time.perf_counter()
            try:
                statuses[(await send(http, i)).status_code] += 1
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] += 1
            durations.append((time.perf_counter() - sent) * 1000)

    started = time.perf_counter()
    https = [httpx.AsyncClient(base_url=BASE[0], headers=HEADERS[0], timeout=60)
             for _ in range(clients)]
    try:
        await asyncio.gather(*(worker(h) for h in https))
    finally:
        for h in https:
            await h.aclose()
    elapsed = time.perf_counter() - started
    errors = sum(n for s, n in statuses.items() if not (isinstance(s, int) and s < 300))
    print(f"{name:<24} {count:>6} requests  {elapsed:7.1f} s  {count / elapsed:7.1f} req/s  "
          f"{latency(durations)}  errors {errors}  {dict(statuses)}")
    return elapsed, statuses, durations


BASE: list[str] = []
HEADERS: list[dict[str, str]] = []


async def run(args: argparse.Namespace) -> int:
    ids: dict[int, str] = {}

    async def create(http: httpx.AsyncClient, i: int) -> httpx.Response:
        response = await http.post("/scim/v2/Users", json=user(i))
        if response.status_code == 201:
            ids[i] = response.json()["id"]
        return response

    async def set_manager(http: httpx.AsyncClient, i: int) -> httpx.Response:
        boss = ids.get((i - 1) // 10) if i else None
        operation: dict[str, Any] = (
            {"op": "Replace", "path": f"{ENTERPRISE}:manager", "value": boss} if boss
            else {"op": "Replace", "path": "title", "value": "Directrice générale"})
        return await http.patch(f"/scim/v2/Users/{ids.get(i, uuid.uuid4())}",
                                json={"schemas": [PATCH_OP], "Operations": [operation]})

    total_time = 0.0
    total: Counter[int | str] = Counter()
    durations: list[float] = []
    for name, send in (("POST /Users (create)", create),
                       ("PATCH /Users (manager)", set_manager)):
        elapsed, statuses, times = await phase(name, args.users, args.clients, send)
        total_time += elapsed
        total.update(statuses)
        durations += times
    requests = 2 * args.users
    errors = sum(n for s, n in total.items() if not (isinstance(s, int) and s < 300))
    rate = requests / total_time
    print(f"{'all':<24} {requests:>6} requests  {total_time:7.1f} s  {rate:7.1f} req/s  "
          f"{latency(durations)}  errors {errors}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} at the end (API, clients and "
          "PostgreSQL share them)")
    ok = rate >= 200 and errors == 0
    print(f"target >= 200 requests/s and 0 errors: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


async def main_async(args: argparse.Namespace) -> int:
    server = os.environ.get("CONSTEL_BENCH_DATABASE_URL", DEFAULT_SERVER)
    name = f"constel_bench_scim_{uuid.uuid4().hex[:8]}"
    await admin_sql(server, f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    proc = None
    try:
        await asyncio.to_thread(migrate.upgrade, url)
        token = await seed(url)
        port = free_port()
        with tempfile.TemporaryDirectory() as tmp:
            log_path = Path(tmp) / "api.log"
            proc = start_server(url, port, log_path)
            BASE.append(f"http://127.0.0.1:{port}")
            HEADERS.append({"Authorization": f"Bearer {token}", "Content-Type": SCIM})
            try:
                await wait_ready(BASE[0], proc)
            except RuntimeError:
                print(log_path.read_text(errors="replace")[-2000:])
                raise
            code = await run(args)
            errors = log_path.read_text(errors="replace").strip()
            if errors:
                print("server log (last lines):", *errors.splitlines()[-5:], sep="\n  ")
            return code
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        await admin_sql(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=8)
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
