"""`make run` path: embedded PostgreSQL from pgserver, migrated, seeded, signed into."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path

import httpx
from pydantic import SecretStr

from constel_api import migrate
from constel_api.config import Settings
from constel_api.db import create_engine, create_sessionmaker, resolve_database_url
from constel_api.demo import seed_demo
from constel_api.main import create_app


def test_embedded_database_migrate_seed_and_sign_in() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="constel-embedded-"))
    try:
        settings = Settings(
            environment="development",
            embedded_data_dir=data_dir / "pgdata",
            argon2_time_cost=1,
            argon2_memory_kib=1024,
            spa_dist_dir=Path("/nonexistent"),
            jwt_secret=SecretStr("e" * 64),
        )
        url = resolve_database_url(settings)
        assert "host=" in url  # a unix socket of the embedded server, not a configured one
        migrate.upgrade(url)

        async def scenario() -> None:
            engine = create_engine(url, settings)
            async with create_sessionmaker(engine)() as session:
                seeded = await seed_demo(session, settings, password="demo-password-123")
                await session.commit()
            assert seeded is not None
            accounts, password = seeded
            async with create_sessionmaker(engine)() as session:
                assert await seed_demo(session, settings) is None  # idempotent
            app = create_app(settings, engine)
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="https://testserver"
            ) as client:
                r = await client.post(
                    "/api/v1/auth/login", json={"email": accounts[0].email, "password": password}
                )
                assert r.status_code == 200, r.text
                me = await client.get(
                    "/api/v1/me", headers={"Authorization": f"Bearer {r.json()['access_token']}"}
                )
                assert me.json()["organisation"]["name"] == "Démo"
                assert (await client.get("/readyz")).json() == {"status": "ok"}
            await engine.dispose()

        asyncio.run(scenario())
    finally:
        from constel_api.embedded import _servers

        server = _servers.pop((data_dir / "pgdata").resolve(), None)
        if server is not None:
            server.cleanup()
        shutil.rmtree(data_dir, ignore_errors=True)
