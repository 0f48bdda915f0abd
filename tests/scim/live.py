"""A live server for concurrency tests: uvicorn on a free port, data committed for real.

The usual fixtures roll everything back inside one transaction, which parallel requests on
their own connections cannot see; these tests commit an organisation of their own and
delete it afterwards.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
import uvicorn
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.config import Settings
from constel_api.main import create_app
from constel_api.models import AuditEvent, Organisation, Role
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory, login
from tests.scim.conftest import SCIM


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@asynccontextmanager
async def live_server(settings: Settings) -> AsyncIterator[str]:
    """The real app (its own engine and pool) served over TCP; yields the base URL."""
    port = free_port()
    # 50 requests queue on one row lock, each holding a connection meanwhile: a pool wide
    # enough that none times out waiting for a connection on a loaded machine.
    settings = settings.model_copy(update={"database_pool_size": 30})
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on",
                            # Kept open between bursts: on a loaded machine a gap longer than
                            # uvicorn's 5 s default let the server close a connection the
                            # client was reusing (ReadError).
                            timeout_keep_alive=600)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    for _ in range(200):
        if server.started:
            break
        await asyncio.sleep(0.05)
    assert server.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@dataclass
class LiveScim:
    client: httpx.AsyncClient
    headers: dict[str, str]
    org_id: object


@asynccontextmanager
async def live_scim(settings: Settings, engine: AsyncEngine) -> AsyncIterator[LiveScim]:
    """An organisation with an HRIS token, committed, served live; removed afterwards."""
    async with AsyncSession(engine, expire_on_commit=False) as session:
        factory = Factory(session, settings)
        org = await factory.organisation()
        admin = await factory.person(org, Role.ORG_ADMIN)
        await session.commit()
    try:
        async with live_server(settings) as base, httpx.AsyncClient(
            base_url=base, timeout=180, limits=httpx.Limits(max_connections=100)
        ) as client:
            token = await login(client, admin.email, DEFAULT_PASSWORD)
            created = await client.post("/api/v1/api-clients",
                                        headers={"Authorization": f"Bearer {token}"},
                                        json={"name": "HRIS", "scopes": ["scim"]})
            assert created.status_code == 201, created.text
            headers = {"Authorization": f"Bearer {created.json()['token']}",
                       "Content-Type": SCIM}
            yield LiveScim(client, headers, org.id)
    finally:
        async with AsyncSession(engine) as session:
            await session.execute(delete(AuditEvent).where(AuditEvent.organisation_id == org.id))
            await session.execute(delete(Organisation).where(Organisation.id == org.id))
            await session.commit()
