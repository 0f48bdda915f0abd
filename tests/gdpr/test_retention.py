"""Retention purge: a closed program past the organisation's retention loses its
mentorship content and answers; one within retention keeps everything."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.cli import build_parser, cmd_purge_expired
from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.gdpr.retention import purge_expired
from constel_api.models import (
    AuditEvent,
    Mentorship,
    ProgramParticipant,
    ProgramPurge,
    ProgramStatus,
    VaultEnvelope,
    VaultRecord,
)
from tests.fixtures.actors import Factory
from tests.gdpr.helpers import Scene, build_scene


async def close(session: AsyncSession, scene: Scene, days_ago: int, retention: int) -> None:
    scene.world.org.retention_days = retention
    scene.world.program.status = ProgramStatus.CLOSED
    scene.world.program.closed_at = utcnow() - timedelta(days=days_ago)
    await session.flush()


async def count(session: AsyncSession, model: type, pair_id: str) -> int:
    column = model.pair_id  # type: ignore[attr-defined]
    return int(await session.scalar(
        select(func.count()).select_from(model).where(column == uuid.UUID(pair_id))) or 0)


async def answers(session: AsyncSession, program_id: str) -> list[dict[str, object]]:
    rows = await session.scalars(
        select(ProgramParticipant.answers)
        .where(ProgramParticipant.program_id == uuid.UUID(program_id))
        .execution_options(populate_existing=True)
    )
    return list(rows)


def ours(results: list, *program_ids: str) -> dict[str, dict[str, int]]:  # type: ignore[type-arg]
    """Results for this test's programs (the database may hold other closed programs)."""
    return {str(r.program_id): r.counts for r in results if str(r.program_id) in program_ids}


class TestPurgeExpired:
    async def test_past_retention_purged_within_kept(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        old = await build_scene(client, factory, session)
        recent = await build_scene(client, factory, session)
        await close(session, old, days_ago=40, retention=30)
        await close(session, recent, days_ago=10, retention=30)
        old_pair, recent_pair = old.ids["pair"], recent.ids["pair"]
        old_program, recent_program = old.ids["program"], recent.ids["program"]

        results = ours(await purge_expired(session, utcnow()), old_program, recent_program)
        assert list(results) == [old_program]
        assert results[old_program]["records"] == 4
        assert results[old_program]["answers_cleared"] == 2

        assert await count(session, VaultRecord, old_pair) == 0
        assert await count(session, VaultEnvelope, old_pair) == 0
        assert await answers(session, old_program) == [{}, {}]
        assert await session.get(Mentorship, uuid.UUID(old_pair)) is not None  # metadata
        assert await count(session, VaultRecord, recent_pair) == 4
        assert await count(session, VaultEnvelope, recent_pair) > 0
        assert {} not in await answers(session, recent_program)
        audited = await session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "gdpr.retention_purged",
            AuditEvent.target_id == uuid.UUID(old_program)))
        assert audited == 1
        # Purged once: the next run finds nothing to do for it.
        again = ours(await purge_expired(session, utcnow()), old_program, recent_program)
        assert again == {}
        assert await session.get(ProgramPurge, uuid.UUID(old_program)) is not None

    async def test_dry_run_changes_nothing(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene = await build_scene(client, factory, session)
        await close(session, scene, days_ago=800, retention=730)
        results = ours(await purge_expired(session, utcnow(), dry_run=True),
                       scene.ids["program"])
        assert results[scene.ids["program"]]["records"] == 4
        assert await count(session, VaultRecord, scene.ids["pair"]) == 4
        assert {} not in await answers(session, scene.ids["program"])
        assert await session.get(ProgramPurge, uuid.UUID(scene.ids["program"])) is None

    async def test_running_program_never_purged(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene = await build_scene(client, factory, session)
        scene.world.org.retention_days = 1
        scene.world.program.status = ProgramStatus.RUNNING
        scene.world.program.closed_at = utcnow() - timedelta(days=100)  # inconsistent on purpose
        await session.flush()
        assert ours(await purge_expired(session, utcnow()), scene.ids["program"]) == {}


def test_cli_dry_run_against_the_database(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command runs for real (nothing committed is expired in the test database)."""
    args = build_parser().parse_args(["purge-expired", "--dry-run"])
    assert args.func is cmd_purge_expired
    assert cmd_purge_expired(settings, args) == 0
    assert capsys.readouterr().out.strip().endswith("program(s) to purge (dry run)")
