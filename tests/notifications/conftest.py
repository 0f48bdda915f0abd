"""A real SMTP server on loopback (aiosmtpd), real workers on PostgreSQL, and committed
data (a worker only sees what is committed), deleted afterwards."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope
from sqlalchemy import delete, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from constel_api.config import Settings
from constel_api.jobs import worker
from constel_api.models import Organisation, Person
from tests.fixtures.actors import Factory


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Mailbox:
    """Messages accepted by the loopback SMTP server; ``fail_next`` answers 451 first."""

    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)
    fail_next: int = 0
    always_fail: bool = False

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        if self.always_fail:
            return "451 4.3.0 Try again later"
        if self.fail_next > 0:
            self.fail_next -= 1
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.content or b"", policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m, r in zip(self.messages, self.recipients, strict=True) if address in r]

    @staticmethod
    def text(message: EmailMessage) -> str:
        part = message.get_body(("plain",))
        assert part is not None
        return str(part.get_content())

    @staticmethod
    def html(message: EmailMessage) -> str:
        part = message.get_body(("html",))
        assert part is not None
        return str(part.get_content())


@pytest.fixture
def mailbox() -> Any:
    box = Mailbox(port=free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    yield box
    controller.stop()


@pytest.fixture
def mail_settings(settings: Settings, mailbox: Mailbox) -> Settings:
    return settings.model_copy(update={
        "smtp_host": "127.0.0.1", "smtp_port": mailbox.port, "job_retry_initial_seconds": 0.0,
        "public_base_url": "https://constel.test", "smtp_timeout_seconds": 5.0,
    })


@pytest.fixture
async def committed(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """A session whose commits are real; organisations named ``notify-*`` go afterwards."""
    async with AsyncSession(engine, expire_on_commit=False, autoflush=False) as s:
        yield s
        await s.rollback()
        await s.execute(delete(Organisation).where(Organisation.name.like("notify-%")))
        await s.execute(text("DELETE FROM jobs.pgqueuer"))
        await s.commit()


class CommittingFactory(Factory):
    async def person(self, *args: Any, **kwargs: Any) -> Person:
        person = await super().person(*args, **kwargs)
        await self.session.commit()
        return person


@pytest.fixture
def cfactory(committed: AsyncSession, settings: Settings) -> CommittingFactory:
    return CommittingFactory(committed, settings)


Runner = Callable[..., Awaitable[None]]


@pytest.fixture
async def run_workers(database_url: str) -> AsyncIterator[Runner]:
    """``await run_workers(settings, until, count=1)``: real workers until ``until()``."""
    started: list[tuple[asyncio.Event, asyncio.Task[None]]] = []

    async def run(settings: Settings, until: Callable[[], Awaitable[bool] | bool], *,
                  count: int = 1, limit: float = 60.0) -> None:
        stops = []
        for _ in range(count):
            stop = asyncio.Event()
            task = asyncio.create_task(worker.run(database_url, settings, stop=stop,
                                                  schedules=False))
            started.append((stop, task))
            stops.append((stop, task))
        try:
            async with asyncio.timeout(limit):
                while True:
                    done = until()
                    if not isinstance(done, bool):
                        done = await done
                    if done:
                        break
                    for _, task in stops:
                        if task.done():
                            task.result()
                    await asyncio.sleep(0.1)
        finally:
            for stop, _ in stops:
                stop.set()
            await asyncio.gather(*(t for _, t in stops), return_exceptions=True)

    yield run
    for stop, task in started:
        stop.set()
        if not task.done():
            task.cancel()


async def job_rows(sessionmaker: async_sessionmaker[AsyncSession] | AsyncEngine,
                   notification_ids: list[uuid.UUID] | None = None) -> list[dict[str, Any]]:
    engine = sessionmaker if isinstance(sessionmaker, AsyncEngine) else None
    assert engine is not None
    async with engine.connect() as conn:
        rows = await conn.execute(text(
            "SELECT id, entrypoint, status::text AS status, attempts, "
            "convert_from(payload, 'UTF8') AS payload FROM jobs.pgqueuer ORDER BY id"))
        return [dict(r._mapping) for r in rows]
