"""The rollup gives the figures the source tables give, after every kind of write.

Each check computes the same report twice in the test's transaction: from the source
tables (``repository.aggregate``) and from the trigger-fed cells (``rollup.aggregate``,
which first recounts the people the writes marked), and compares every row.
"""

from __future__ import annotations

import asyncio
import math
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from constel_api.config import Settings
from constel_api.metrics import repository, rollup
from constel_api.metrics.repository import AggregateRow, ReportQuery
from constel_api.metrics.worker import rollup_worker
from tests.fixtures.actors import Factory
from tests.metrics import dataset

pytestmark = pytest.mark.asyncio

Key = tuple[object, ...]


def _by_key(rows: list[AggregateRow]) -> dict[Key, AggregateRow]:
    return {(r.kind, r.scope_id, r.bucket, r.figure, r.category): r for r in rows}


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _queries(data: dataset.Dataset) -> list[ReportQuery]:
    org, program = data.org.id, data.program.id
    return [
        ReportQuery(org, program, None, None, None, "month", True),
        ReportQuery(org, program, None, None, None, "month", True, unit_levels=2),
        ReportQuery(org, program, data.nord.id, None, None, "month", True),
        ReportQuery(org, program, data.root.id, None, None, "month", False),
        ReportQuery(org, program, None, None, None, "quarter", True),
        ReportQuery(org, program, data.nord.id, None, None, "quarter", True),
        ReportQuery(org, program, None, None, None, "quarter", False),
        ReportQuery(org, None, None, None, None, "month", True),
        ReportQuery(org, None, data.nord.id, None, None, "quarter", True),
    ]


async def _assert_same(session: AsyncSession, data: dataset.Dataset) -> None:
    for query in _queries(data):
        from_rollup = await rollup.aggregate(session, query)
        assert from_rollup is not None, "the rollup should answer a selection without period"
        expected = _by_key(await repository.aggregate(session, query))
        got = _by_key(from_rollup)
        assert got.keys() == expected.keys(), (query, got.keys() ^ expected.keys())
        for key, want in expected.items():
            have = got[key]
            assert (have.value, have.people) == (want.value, want.people), (query, key)
            assert _close(have.median, want.median), (query, key, have.median, want.median)
            assert _close(have.mean, want.mean), (query, key, have.mean, want.mean)
    marks = await session.scalar(text("SELECT count(*) FROM metric_dirty "
                                      "WHERE organisation_id = :org"), {"org": data.org.id})
    assert marks == 0


async def _write(session: AsyncSession, sql: str, **params: object) -> None:
    await session.execute(text(sql), params)


@pytest.fixture
async def data(factory: Factory) -> dataset.Dataset:
    org = await factory.organisation(anonymity_threshold=1)
    built = await dataset.build(factory, org)
    # Another organisation's data is never counted in this one's cells.
    await dataset.build(factory)
    return built


class TestSameFiguresAsTheSourceTables:
    async def test_after_the_first_refresh(self, session: AsyncSession,
                                           data: dataset.Dataset) -> None:
        await _assert_same(session, data)
        figures = await rollup.aggregate(session, _queries(data)[0])
        assert figures is not None
        sessions = _by_key(figures)[("all", None, None, "sessions", None)]
        assert (sessions.value, sessions.people) == (26, 6)

    async def test_after_session_objective_and_pair_writes(self, session: AsyncSession,
                                                           data: dataset.Dataset) -> None:
        await _assert_same(session, data)
        pair = data.pairs[0]
        await _write(session, "UPDATE mentoring_sessions SET status = 'held' "
                     "WHERE mentorship_id = :p AND status = 'scheduled'", p=pair.id)
        await _write(session, "INSERT INTO mentoring_sessions (id, organisation_id, "
                     "mentorship_id, starts_at, duration_minutes, mode, status, absence) "
                     "VALUES (:id, :org, :p, :at, 60, 'video', 'missed', 'both')",
                     id=uuid.uuid4(), org=data.org.id, p=data.pairs[3].id,
                     at=datetime(2026, 5, 2, 9, tzinfo=UTC))
        await _write(session, "DELETE FROM objectives WHERE id = (SELECT id FROM objectives "
                     "WHERE mentorship_id = :p LIMIT 1)", p=data.pairs[1].id)
        await _write(session, "UPDATE mentorships SET status = 'withdrawn', ended_at = :at, "
                     "ended_by_id = mentor_id, end_reason = 'workload' WHERE id = :p",
                     p=data.pairs[2].id, at=datetime(2026, 4, 1, tzinfo=UTC))
        await _write(session, "UPDATE mentorship_feedback SET satisfaction_score = 1 "
                     "WHERE mentorship_id = :p", p=data.pairs[0].id)
        await _assert_same(session, data)

    async def test_after_unit_moves_capacity_and_event_changes(
            self, session: AsyncSession, data: dataset.Dataset) -> None:
        await _assert_same(session, data)
        await _write(session, "UPDATE people SET unit_id = :u WHERE id = :m",
                     u=data.sud.id, m=data.mentees[0].id)
        await _write(session, "UPDATE people SET unit_id = NULL WHERE id = :m",
                     m=data.mentors[1].id)
        await _write(session, "UPDATE programs SET mentor_capacity = 1 WHERE id = :p",
                     p=data.program.id)
        await _write(session, "UPDATE program_events SET starts_at = starts_at + "
                     "interval '95 days', ends_at = ends_at + interval '95 days' "
                     "WHERE program_id = :p", p=data.program.id)
        await _assert_same(session, data)

    async def test_with_people_in_two_programs(self, session: AsyncSession,
                                               data: dataset.Dataset) -> None:
        await _assert_same(session, data)
        # A second program where two of the first program's people meet again: across
        # programs, each of them counts once.
        other = uuid.uuid4()
        mentee, mentor = data.mentees[0].id, data.mentors[1].id
        await _write(session, "INSERT INTO programs (id, organisation_id, name, status, "
                     "mentor_capacity, expected_sessions) VALUES (:p, :org, 'Second', "
                     "'running', 2, 4)", p=other, org=data.org.id)
        for person, role in ((mentee, "mentee"), (mentor, "mentor")):
            await _write(session, "INSERT INTO program_participants (id, organisation_id, "
                         "program_id, person_id, role, state, created_at, invited_at, "
                         "applied_at) VALUES (:id, :org, :p, :person, :role, 'active', :at, "
                         ":at, :at)", id=uuid.uuid4(), org=data.org.id, p=other,
                         person=person, role=role, at=datetime(2026, 1, 7, tzinfo=UTC))
        pair = uuid.uuid4()
        await _write(session, "INSERT INTO mentorships (id, organisation_id, program_id, "
                     "mentor_id, mentee_id, status, origin, needs_attention, created_at, "
                     "activated_at) VALUES (:id, :org, :p, :mentor, :mentee, 'active', "
                     "'matching', false, :at, :at)", id=pair, org=data.org.id, p=other,
                     mentor=mentor, mentee=mentee, at=datetime(2026, 1, 8, tzinfo=UTC))
        await _write(session, "INSERT INTO mentoring_sessions (id, organisation_id, "
                     "mentorship_id, starts_at, duration_minutes, mode, status) VALUES "
                     "(:id, :org, :p, :at, 60, 'video', 'held')", id=uuid.uuid4(),
                     org=data.org.id, p=pair, at=datetime(2026, 1, 20, 9, tzinfo=UTC))
        await _assert_same(session, data)
        everything = await rollup.aggregate(session, ReportQuery(
            data.org.id, None, None, None, None, "month", False))
        assert everything is not None
        sessions = _by_key(everything)[("all", None, None, "sessions", None)]
        assert (sessions.value, sessions.people) == (27, 6)

    async def test_after_a_rebuild_in_batches(self, session: AsyncSession, data: dataset.Dataset,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
        await _assert_same(session, data)  # the rebuild replaces cells that exist
        monkeypatch.setattr(rollup, "REBUILD_BATCH", 4)
        lines: list[str] = []
        people = await rollup.rebuild(session, data.org.id, progress=lines.append)
        assert len(lines) == -(-people // 4)
        assert lines[-1].startswith(f"organisation {data.org.id}: {people} of {people} people")
        await _assert_same(session, data)

    async def test_after_a_unit_moves_under_another_parent(
            self, session: AsyncSession, data: dataset.Dataset) -> None:
        await _assert_same(session, data)
        # Sud moves under Nord: Nord's subtree now holds Sud's people.
        await _write(session, "UPDATE org_units SET parent_id = :n WHERE id = :s",
                     n=data.nord.id, s=data.sud.id)
        marks = await session.scalar(text("SELECT count(*) FROM metric_dirty "
                                          "WHERE organisation_id = :org"), {"org": data.org.id})
        assert (marks or 0) > 0
        await _assert_same(session, data)
        # A deleted unit's people have no unit any more; its parent's subtree loses them.
        await _write(session, "DELETE FROM org_units WHERE id = :s", s=data.sud.id)
        await _assert_same(session, data)

    async def test_after_deletions(self, session: AsyncSession,
                                   data: dataset.Dataset) -> None:
        await _assert_same(session, data)
        await _write(session, "DELETE FROM mentorships WHERE id = :p", p=data.pairs[4].id)
        await _write(session, "DELETE FROM program_participants WHERE person_id = :m",
                     m=data.mentees[7].id)
        await _write(session, "DELETE FROM program_event_attendances WHERE person_id = :m",
                     m=data.mentees[1].id)
        await _assert_same(session, data)
        empty = await session.scalar(text(
            "SELECT count(*) FROM metric_cells WHERE organisation_id = :org AND people <= 0"),
            {"org": data.org.id})
        assert empty == 0


class TestWhenTheSourceTablesAnswer:
    async def test_periods_come_from_the_source_tables(
            self, session: AsyncSession, data: dataset.Dataset) -> None:
        org, program = data.org.id, data.program.id
        for query in (
            ReportQuery(org, program, None, datetime(2026, 1, 1, tzinfo=UTC),
                        datetime(2026, 2, 1, tzinfo=UTC), "month", True),
        ):
            assert await rollup.aggregate(session, query) is None

    async def test_a_large_backlog_is_left_to_the_drain(self, session: AsyncSession,
                                                        data: dataset.Dataset) -> None:
        query = _queries(data)[0]
        assert await rollup.aggregate(session, query, inline_limit=3) is None
        assert await rollup.aggregate(session, query, inline_limit=100) is not None


@pytest.fixture
async def committed(engine: AsyncEngine,
                    settings: Settings) -> AsyncIterator[dataset.Dataset]:
    async with AsyncSession(engine, expire_on_commit=False, autoflush=False) as s:
        org = await Factory(s, settings).organisation(anonymity_threshold=1)
        data = await dataset.build(Factory(s, settings), org)
        await s.commit()
    try:
        yield data
    finally:
        async with AsyncSession(engine) as s:
            await s.execute(text("DELETE FROM organisations WHERE id = :o"), {"o": org.id})
            await s.execute(text("DELETE FROM metric_dirty WHERE organisation_id = :o"),
                            {"o": org.id})
            await s.commit()


async def _marks(engine: AsyncEngine, org_id: uuid.UUID) -> int:
    async with AsyncSession(engine) as s:
        return int(await s.scalar(text("SELECT count(*) FROM metric_dirty "
                                       "WHERE organisation_id = :o"), {"o": org_id}) or 0)


class TestConcurrentWriters:
    async def test_drain_works_the_backlog_off(self, engine: AsyncEngine,
                                               committed: dataset.Dataset) -> None:
        assert await _marks(engine, committed.org.id) > 0
        done = await rollup.drain(async_sessionmaker(engine), committed.org.id)
        assert done > 0
        assert await _marks(engine, committed.org.id) == 0

    async def test_a_refresh_skips_an_uncommitted_write_and_never_waits(
            self, engine: AsyncEngine, committed: dataset.Dataset) -> None:
        await rollup.drain(async_sessionmaker(engine), committed.org.id)
        async with AsyncSession(engine) as writer:
            await writer.execute(text("UPDATE objectives SET status = 'achieved' "
                                      "WHERE mentorship_id = :p"),
                                 {"p": committed.pairs[0].id})
            # The writer holds its mark: a refresh meanwhile takes nothing, at once.
            async with AsyncSession(engine) as reader, reader.begin():
                await reader.execute(text("SET LOCAL lock_timeout = '2s'"))
                assert await rollup.refresh(reader, committed.org.id) == 0
            await writer.commit()
        async with AsyncSession(engine) as reader, reader.begin():
            assert await rollup.refresh(reader, committed.org.id) == 1

    async def test_the_worker_drains_in_the_background(self, engine: AsyncEngine,
                                                       committed: dataset.Dataset) -> None:
        assert await _marks(engine, committed.org.id) > 0
        async with rollup_worker(async_sessionmaker(engine), interval=0.05):
            for _ in range(200):
                if await _marks(engine, committed.org.id) == 0:
                    break
                await asyncio.sleep(0.05)
        assert await _marks(engine, committed.org.id) == 0
