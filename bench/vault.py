"""Vault figures: 1,000 records of 10 KiB encrypted + uploaded, then downloaded + decrypted,
by the Python client against a live API (uvicorn) on PostgreSQL.

Creates its own database on the local PostgreSQL server (``CONSTEL_BENCH_DATABASE_URL``, a
server URL, else ``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``), runs the
migrations, seeds one organisation with a mentor and a mentee paired in a program, starts
``uvicorn --factory constel_api.main:create_production_app`` on a free loopback port and
drives it over HTTP with :class:`constel_client.participant.Participant` (real PyNaCl
crypto). Each way is measured twice: the bulk path a syncing client uses (batched creation,
paginated listing) and one request per record (N in flight, then one at a time). The
server's own access log (``duration_ms`` per request) gives the server-side time.
Target: >= 300 records/s each way (judged on the bulk path).

    .venv/bin/python bench/vault.py [--records 1000] [--size 10240] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import asyncpg
import httpx
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from constel_api import migrate
from constel_api.auth.passwords import hash_password
from constel_api.config import Settings
from constel_api.models import Mentorship, Organisation, Person, Program, Role
from constel_client.api import VaultApi
from constel_client.crypto import MIB, KdfFloor
from constel_client.participant import Participant

DEFAULT_SERVER = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
PASSWORD = "bench login password"
# Low Argon2id cost, set in the client's own floor (never through the server): the bench
# measures record throughput, not the once-per-unlock passphrase derivation (~85 ms at
# the production ops=3, mem=64 MiB).
BENCH_FLOOR = KdfFloor(ops=1, mem=1 * MIB)
T = TypeVar("T")


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


async def seed(url: str) -> tuple[Person, Person, uuid.UUID]:
    engine = create_async_engine(url)
    settings = Settings(argon2_time_cost=1, argon2_memory_kib=1024)
    async with AsyncSession(engine, expire_on_commit=False) as session:
        org = Organisation(name="Bench", slug="bench", support_email="s@bench.test")
        session.add(org)
        await session.flush()
        pw = await hash_password(settings, PASSWORD)
        people = [
            Person(organisation_id=org.id, email=f"{r}@bench.test", given_name=r,
                   family_name="Bench", external_id=r, roles=[Role.MEMBER.value],
                   languages=["fr"], password_hash=pw)
            for r in ("mentor", "mentee")
        ]
        program = Program(organisation_id=org.id, name="Bench")
        session.add_all([*people, program])
        await session.flush()
        pairing = Mentorship(organisation_id=org.id, program_id=program.id,
                             mentor_id=people[0].id, mentee_id=people[1].id, status="active")
        session.add(pairing)
        await session.commit()
    await engine.dispose()
    return people[0], people[1], pairing.id


def start_server(url: str, port: int, log_path: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "CONSTEL_DATABASE_URL": url,
        "CONSTEL_ENVIRONMENT": "development",
        "CONSTEL_LOG_LEVEL": "INFO",
        "CONSTEL_ARGON2_TIME_COST": "1",
        "CONSTEL_ARGON2_MEMORY_KIB": "1024",
        "CONSTEL_SPA_DIST_DIR": "/nonexistent",
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
        for _ in range(200):
            if proc.poll() is not None:
                raise RuntimeError("the API exited during start-up")
            try:
                if (await http.get("/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("the API did not become ready")


def server_times(lines: list[str], method: str, prefix: str) -> list[float]:
    """``duration_ms`` of the API's own access log lines (middleware, request to response)."""
    times = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if (entry.get("msg") == "request" and entry.get("method") == method
                and str(entry.get("path", "")).startswith(prefix)):
            times.append(float(entry["duration_ms"]))
    return times


def describe(times: list[float]) -> str:
    if not times:
        return "n/a"
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return (f"mean {statistics.fmean(times):.2f} ms, median {statistics.median(times):.2f} ms, "
            f"p95 {p95:.2f} ms over {len(times)} requests")


async def timed_each(items: list[T], worker: Callable[[T], Awaitable[None]],
                     concurrency: int) -> float:
    """Run ``worker`` over ``items`` with at most ``concurrency`` in flight; wall seconds."""
    queue = list(reversed(items))

    async def lane() -> None:
        while queue:
            await worker(queue.pop())

    started = time.perf_counter()
    await asyncio.gather(*(lane() for _ in range(concurrency)))
    return time.perf_counter() - started


def log_lines(log_path: Path) -> list[str]:
    return log_path.read_text(errors="replace").splitlines()


async def run(args: argparse.Namespace, base: str, log_path: Path,
              people: tuple[Person, Person, uuid.UUID]) -> int:
    records, size, concurrency = args.records, args.size, args.concurrency
    mentor_p, mentee_p, pair_uuid = people
    pair = str(pair_uuid)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        mentor = Participant(await VaultApi.sign_in(http, mentor_p.email, PASSWORD),
                             str(mentor_p.id), floor=BENCH_FLOOR, kdf_ops=1, kdf_mem=MIB)
        mentee = Participant(await VaultApi.sign_in(http, mentee_p.email, PASSWORD),
                             str(mentee_p.id), floor=BENCH_FLOOR, kdf_ops=1, kdf_mem=MIB)
        await mentor.create_identity("bench passphrase one")
        await mentee.create_identity("bench passphrase two")
        await mentor.fetch_bundle(mentee.user_id)
        await mentee.fetch_bundle(mentor.user_id)
        await mentor.create_pair_key(pair)
        await mentee.load_pair_keys(pair)
        filler = "Compte rendu de séance, objectifs et prochaines étapes. ".encode() * (
            size // 40 + 1
        )
        payloads = {str(uuid.uuid4()): (f"record {i:05d} ".encode() + filler)[:size]
                    for i in range(records + args.sequential)}
        ids = list(payloads)
        main_ids, seq_ids = ids[:records], ids[records:]
        # Warm-up (connections, caches, code paths), not counted.
        warm = await mentor.write_record(pair, "session_report", {"body": b"warm"})
        await mentee.read_record(warm.record_id)

        async def upload(record_id: str) -> None:
            await mentor.write_record(pair, "session_report", {"body": payloads[record_id]},
                                      record_id=record_id)

        async def download(record_id: str) -> None:
            opened = await mentee.read_record(record_id)
            if opened.fields["body"] != payloads[record_id]:
                raise AssertionError("round trip mismatch")

        bulk = [{"body": payloads[i]} for i in main_ids]
        marks = [len(await asyncio.to_thread(log_lines, log_path))]
        started = time.perf_counter()
        batch_ids = [r.record_id for r in await mentor.write_records(
            pair, "session_report", bulk)]
        batch_up = time.perf_counter() - started
        marks.append(len(await asyncio.to_thread(log_lines, log_path)))
        started = time.perf_counter()
        listed = await mentee.list_records(pair, "session_report")
        list_down = time.perf_counter() - started
        marks.append(len(await asyncio.to_thread(log_lines, log_path)))
        if [r.fields["body"] for r in listed[1:]] != [b["body"] for b in bulk]:
            raise AssertionError("listing round trip mismatch")
        del batch_ids
        upload_s = await timed_each(main_ids, upload, concurrency)
        marks.append(len(await asyncio.to_thread(log_lines, log_path)))
        download_s = await timed_each(main_ids, download, concurrency)
        marks.append(len(await asyncio.to_thread(log_lines, log_path)))
        seq_up = await timed_each(seq_ids, upload, 1)
        seq_down = await timed_each(seq_ids, download, 1)

    lines = await asyncio.to_thread(log_lines, log_path)
    windows = [lines[marks[i]:marks[i + 1]] for i in range(len(marks) - 1)]
    up_rate, down_rate = records / batch_up, records / list_down
    print(f"records: {records} x {size} bytes (session_report, one field), real encryption "
          "(XChaCha20-Poly1305 + Ed25519) in the client, TLS-less loopback HTTP/1.1")
    print("argon2id in the bench client: ops=1, mem=1 MiB (the floor is lowered in the client "
          "only; Argon2 runs once per unlock, not per record; production is ops=3, 64 MiB)")
    print(f"encrypt + upload (POST /records/batch, <=100 per request): {up_rate:8.1f} records/s "
          f"({batch_up:.2f} s)")
    print(f"download + decrypt (GET /records, pages of 200):          {down_rate:8.1f} records/s "
          f"({list_down:.2f} s)")
    print(f"encrypt + upload, one POST per record, {concurrency} in flight:    "
          f"{records / upload_s:8.1f} records/s ({upload_s:.2f} s)")
    print(f"download + decrypt, one GET per record, {concurrency} in flight:   "
          f"{records / download_s:8.1f} records/s ({download_s:.2f} s)")
    if seq_ids:
        n = len(seq_ids)
        print(f"one at a time ({n} records): upload {n / seq_up:.1f} records/s, "
              f"download {n / seq_down:.1f} records/s (latency-bound)")
    print("server-side time per request (the API's access log, request to response):")
    for label, window, method, prefix in (
        ("POST /vault/records/batch", windows[0], "POST", "/api/v1/vault/records/batch"),
        ("GET  /vault/records      ", windows[1], "GET", "/api/v1/vault/records"),
        ("POST /vault/records      ", windows[2], "POST", "/api/v1/vault/records"),
        ("GET  /vault/records/{id} ", windows[3], "GET", "/api/v1/vault/records/"),
    ):
        print(f"  {label}: {describe(server_times(window, method, prefix))}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} at the end (API, client and "
          "PostgreSQL share them)")
    ok = up_rate >= 300 and down_rate >= 300
    print(f"target >= 300 records/s each way: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


async def main_async(args: argparse.Namespace) -> int:
    server = os.environ.get("CONSTEL_BENCH_DATABASE_URL", DEFAULT_SERVER)
    name = f"constel_bench_vault_{uuid.uuid4().hex[:8]}"
    await admin_sql(server, f'CREATE DATABASE "{name}"')
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    proc = None
    try:
        await asyncio.to_thread(migrate.upgrade, url)
        people = await seed(url)
        port = free_port()
        with tempfile.TemporaryDirectory() as tmp:
            log_path = Path(tmp) / "api.log"
            proc = start_server(url, port, log_path)
            base = f"http://127.0.0.1:{port}"
            await wait_ready(base, proc)
            return await run(args, base, log_path, people)
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
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--size", type=int, default=10 * 1024)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--sequential", type=int, default=100,
                        help="extra records sent one at a time, to show the latency")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
