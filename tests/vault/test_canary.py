"""The canary scan: unique strings written through the API in a scripted scenario never
appear in a ``pg_dump`` of the database, in the logs or in error output -- raw, base64,
hex or UTF-16.

It runs against its own database whose data is committed (the rest of the suite rolls
back), so ``pg_dump`` sees exactly what a backup would.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import shutil
import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.pool import NullPool

from constel_api.auth.passwords import hash_password
from constel_api.config import Settings
from constel_api.logging_config import JsonFormatter
from constel_api.main import create_app
from constel_api.models import (
    Mentorship,
    MentorshipStatus,
    Organisation,
    Person,
    Program,
    Role,
)
from constel_api.vault.service import remove_member
from constel_client.api import ApiError, VaultApi
from constel_client.crypto import MIB
from constel_client.participant import Participant
from tests.fixtures.database import create_test_database
from tests.vault.helpers import TEST_FLOOR

PASSWORD = "login password for the canary test"


def canary(tag: str) -> str:
    return f"CANARY{tag.upper()}{uuid.uuid4().hex}"


def forms(secret: str) -> list[bytes]:
    """Every encoding under which the secret would betray itself."""
    raw = secret.encode()
    out = [raw, raw.hex().encode(), raw.hex().upper().encode(),
           secret.encode("utf-16-le"), secret.encode("utf-16-be")]
    for shift in range(3):
        for encoder in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encoder(b"\0" * shift + raw)
            out.append(encoded[4:-4])  # the part that does not depend on neighbours
    return out


def leaks(haystack: bytes, secrets: list[str]) -> list[str]:
    return [s for s in secrets if any(form in haystack for form in forms(s))]


@pytest.fixture(scope="module")
def canary_url() -> Iterator[str]:
    yield from create_test_database(prefix="constel_canary")


@pytest.fixture
async def canary_engine(canary_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(canary_url, poolclass=NullPool)
    yield engine
    await engine.dispose()


def pg_dump_binary(server_major: int) -> str:
    """A pg_dump of the server's major version (the system one or the embedded one)."""
    import pgserver

    candidates = [
        "/usr/bin/pg_dump",
        shutil.which("pg_dump") or "",
        str(Path(pgserver.__file__).parent / "pginstall" / "bin" / "pg_dump"),
    ]
    for candidate in candidates:
        if candidate and os.path.exists(candidate):
            version = subprocess.run(
                [candidate, "--version"], capture_output=True, text=True, check=True
            ).stdout
            if f" {server_major}." in version:
                return candidate
    pytest.fail(f"no pg_dump for PostgreSQL {server_major}")


def pg_dump(url: str, server_major: int) -> bytes:
    parsed = make_url(url)
    host = str(parsed.query.get("host") or parsed.host or "127.0.0.1")
    args = [pg_dump_binary(server_major), "--no-owner", "-h", host, "-U",
            parsed.username or "postgres", "-d", str(parsed.database)]
    if parsed.port:
        args += ["-p", str(parsed.port)]
    env = {**os.environ, "PGPASSWORD": parsed.password or ""}
    return subprocess.run(args, capture_output=True, check=True, env=env).stdout


@dataclass
class People:
    org_id: uuid.UUID
    mentor: Person
    mentee: Person
    mentorship_id: uuid.UUID


async def seed(engine: AsyncEngine, settings: Settings) -> People:
    sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
    async with sessionmaker() as session:
        slug = f"canary-{uuid.uuid4().hex[:8]}"
        org = Organisation(name=slug, slug=slug, support_email=f"s@{slug}.test")
        session.add(org)
        await session.flush()
        pw = await hash_password(settings, PASSWORD)
        people = [
            Person(organisation_id=org.id, email=f"{role}-{slug}@example.org", given_name="G",
                   family_name=role, external_id=f"{role}-{slug}", roles=[Role.MEMBER.value],
                   languages=["fr"], password_hash=pw)
            for role in ("mentor", "mentee")
        ]
        session.add_all(people)
        program = Program(organisation_id=org.id, name="Programme")
        session.add(program)
        await session.flush()
        pairing = Mentorship(organisation_id=org.id, program_id=program.id,
                             mentor_id=people[0].id, mentee_id=people[1].id,
                             status=MentorshipStatus.ACTIVE)
        session.add(pairing)
        await session.commit()
        return People(org.id, people[0], people[1], pairing.id)


class TestCanary:
    @pytest.mark.parametrize("shift", [0, 1, 2])
    def test_the_scan_finds_every_form(self, shift: int) -> None:
        secret = canary("probe")
        raw = secret.encode()
        pad = b"x" * shift
        for leaked in (
            raw, raw.hex().encode(), raw.hex().upper().encode(), secret.encode("utf-16-le"),
            secret.encode("utf-16-be"), base64.b64encode(pad + raw),
            base64.urlsafe_b64encode(pad + raw), b"\\x" + (pad + raw).hex().encode(),
        ):
            assert leaks(b"...." + leaked + b"....", [secret]) == [secret], leaked
        assert leaks(b"nothing here", [secret]) == []

    async def test_canaries_never_reach_dump_logs_or_errors(
        self, canary_url: str, canary_engine: AsyncEngine, caplog: pytest.LogCaptureFixture,
        capfd: pytest.CaptureFixture[str],
    ) -> None:
        settings = Settings(
            environment="test", database_url=SecretStr(canary_url),
            jwt_secret=SecretStr("test-secret-that-is-long-enough-for-hs256-0123"),
            argon2_time_cost=1, argon2_memory_kib=1024, spa_dist_dir=Path("/nonexistent"),
            log_level="DEBUG",
        )
        caplog.set_level(logging.DEBUG)
        formatted = io.StringIO()
        handler = logging.StreamHandler(formatted)
        handler.setFormatter(JsonFormatter())
        handler.setLevel(logging.DEBUG)
        logging.getLogger().addHandler(handler)
        try:
            secrets, errors = await self.scenario(canary_engine, settings)
        finally:
            logging.getLogger().removeHandler(handler)

        async with canary_engine.connect() as conn:
            major = int(str(await conn.scalar(text("SHOW server_version_num")))) // 10000
            counted = await conn.scalar(text("SELECT count(*) FROM vault_records"))
        assert (counted or 0) >= 5  # the scenario really committed its writes
        dump = pg_dump(canary_url, major)
        assert b"COPY public.vault_record_fields" in dump
        assert leaks(dump, secrets) == []

        log_text = formatted.getvalue().encode()
        for record in caplog.records:
            log_text += repr(record.__dict__).encode() + record.getMessage().encode()
        assert b"request" in log_text  # the access log was captured
        assert leaks(log_text, secrets) == []
        out, err = capfd.readouterr()
        assert leaks((out + err).encode(), secrets) == []
        assert len(errors) >= 4
        assert leaks(b"\n".join(errors), secrets) == []

    async def scenario(
        self, engine: AsyncEngine, settings: Settings
    ) -> tuple[list[str], list[bytes]]:
        people = await seed(engine, settings)
        app = create_app(settings, engine)
        transport = httpx.ASGITransport(app=app)
        secrets: list[str] = []
        errors: list[bytes] = []
        async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
            parts = []
            for person in (people.mentor, people.mentee):
                api = await VaultApi.sign_in(http, person.email, PASSWORD)
                parts.append(Participant(api, str(person.id), floor=TEST_FLOOR, kdf_ops=1,
                                         kdf_mem=MIB))
            mentor, mentee = parts
            pair = str(people.mentorship_id)
            passphrases = [canary("pass"), canary("pass")]
            secrets += passphrases
            secrets.append(await mentor.create_identity(passphrases[0]))
            secrets.append(await mentee.create_identity(passphrases[1]))
            await mentor.fetch_bundle(mentee.user_id)
            await mentee.fetch_bundle(mentor.user_id)
            await mentor.create_pair_key(pair)

            def c(tag: str) -> str:
                secrets.append(canary(tag))
                return secrets[-1]

            report_body = c("report")
            report = await mentor.write_record(
                pair, "session_report", {"body": report_body, "next_steps": c("steps")}
            )
            await mentee.write_record(pair, "private_note", {"body": c("note")})
            goal = await mentee.write_record(pair, "objective", {"title": c("goal")})
            await mentor.update_record(goal.record_id, {"title": c("goal2")})
            await mentee.write_record(pair, "session_place", {"place": c("place")})
            content = c("file").encode() * 5000
            doc = await mentor.upload_file(
                pair, io.BytesIO(content), name=c("name") + ".pdf", media_type="application/pdf"
            )
            assert (await mentee.read_record(report.record_id)).text("body") == report_body
            new_pass = c("newpass")
            await mentee.change_passphrase(new_pass)

            # Error output: invalid requests carrying canaries in their values.
            for body in (
                {"record_id": c("id"), "fields": {"body": {"ct": c("ct")}}},
                {"record_id": str(uuid.uuid4()), "record_type": c("type"), "pair_id": pair,
                 "record_version": 1, "author_id": mentor.user_id, "epoch": 1,
                 "fields": {"body": {"ct": base64.b64encode(c("ct2").encode()).decode(),
                                     "wdek": base64.b64encode(bytes(72)).decode(),
                                     "sig": base64.b64encode(bytes(64)).decode()}}},
            ):
                response = await http.post("/api/v1/vault/records", json=body,
                                           headers=mentor.api.headers)
                assert response.status_code == 422
                errors.append(response.content)
            stale = None
            try:
                await mentee.update_record(goal.record_id, {"title": c("stale")}, base_version=1)
            except ApiError as exc:
                stale = exc
            assert stale is not None
            assert stale.code == "stale_version"
            errors.append(repr(stale.body).encode())
            response = await http.post(
                "/api/v1/vault/me/identity", json={"bundle": c("bundle")},
                headers=mentor.api.headers,
            )
            errors.append(response.content)

            # Withdrawal and rotation, committed like the mentorship domain would.
            sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
            async with sessionmaker() as session:
                await remove_member(session, people.mentorship_id, people.mentee.id)
                await session.commit()
            await mentor.rotate_pair_key(pair)
            await mentor.write_record(pair, "session_report", {"body": c("after")})
            assert await mentor.download_bytes(doc) == content
        return secrets, errors
