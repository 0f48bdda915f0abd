"""Reports are reused only while the organisation's reporting data is unchanged.

The change stamp is kept by database triggers (migration 0009metrics); these tests write
through real transactions, so the data they commit is removed at the end.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.config import Settings
from constel_api.metrics import cache, service
from constel_api.metrics.periods import ALL_TIME
from constel_api.metrics.service import Report
from constel_api.models import Person, Program, Role
from tests.fixtures.actors import Factory
from tests.metrics import dataset

pytestmark = pytest.mark.asyncio


def _session(engine: AsyncEngine) -> AsyncSession:
    return AsyncSession(engine, expire_on_commit=False, autoflush=False)


async def _version(engine: AsyncEngine, org_id: uuid.UUID) -> int:
    async with _session(engine) as s:
        value = await s.scalar(text("SELECT version FROM metrics_versions "
                                    "WHERE organisation_id = :org"), {"org": org_id})
    return int(value or 0)


async def _write(engine: AsyncEngine, sql: str, org_id: uuid.UUID) -> None:
    async with _session(engine) as s:
        await s.execute(text(sql), {"org": org_id})
        await s.commit()


@dataclass
class Committed:
    org_id: uuid.UUID
    other_org_id: uuid.UUID
    program_id: uuid.UUID
    admin_id: uuid.UUID


@pytest.fixture
async def committed(engine: AsyncEngine, settings: Settings) -> AsyncIterator[Committed]:
    async with _session(engine) as s:
        factory = Factory(s, settings)
        org = await factory.organisation(anonymity_threshold=1)
        other = await factory.organisation()
        await factory.unit(other, "Ailleurs")
        data = await dataset.build(factory, org)
        admin = await factory.person(org, Role.ORG_ADMIN)
        ids = Committed(org.id, other.id, data.program.id, admin.id)
        await s.commit()
    try:
        yield ids
    finally:
        async with _session(engine) as s:
            await s.execute(text("DELETE FROM organisations WHERE id IN (:a, :b)"),
                            {"a": ids.org_id, "b": ids.other_org_id})
            await s.commit()


async def _report(engine: AsyncEngine, ids: Committed) -> Report:
    async with _session(engine) as s:
        program = await s.get(Program, ids.program_id)
        admin = await s.get(Person, ids.admin_id)
        assert program is not None
        assert admin is not None
        viewer = await service.viewer_for(s, admin)
        report = await service.build_report(s, viewer, program, None, ALL_TIME, "month")
        await s.rollback()
    return report


def _value(report: Report, figure: str) -> object:
    found = [c.value for c in report.cells if c.figure == figure and c.category is None
             and c.scope == "all" and c.period is None]
    assert len(found) == 1
    return found[0]


class TestChangeStamp:
    async def test_writes_bump_only_their_organisation(self, engine: AsyncEngine,
                                                       committed: Committed) -> None:
        before = await _version(engine, committed.org_id)
        other_before = await _version(engine, committed.other_org_id)
        await _write(engine, "UPDATE objectives SET status = 'achieved' "
                     "WHERE organisation_id = :org", committed.org_id)
        assert await _version(engine, committed.org_id) == before + 1
        assert await _version(engine, committed.other_org_id) == other_before

    async def test_unit_moves_count_profile_edits_do_not(self, engine: AsyncEngine,
                                                         committed: Committed) -> None:
        before = await _version(engine, committed.org_id)
        await _write(engine, "UPDATE people SET job_title = 'Analyste' "
                     "WHERE organisation_id = :org", committed.org_id)
        assert await _version(engine, committed.org_id) == before
        await _write(engine, "UPDATE people SET unit_id = NULL "
                     "WHERE organisation_id = :org AND unit_id IS NOT NULL", committed.org_id)
        assert await _version(engine, committed.org_id) == before + 1

    async def test_threshold_change_counts(self, engine: AsyncEngine,
                                           committed: Committed) -> None:
        before = await _version(engine, committed.org_id)
        await _write(engine, "UPDATE organisations SET anonymity_threshold = 3 "
                     "WHERE id = :org", committed.org_id)
        assert await _version(engine, committed.org_id) == before + 1


class TestReportReuse:
    async def test_reused_until_the_data_changes(self, engine: AsyncEngine,
                                                 committed: Committed) -> None:
        first = await _report(engine, committed)
        second = await _report(engine, committed)
        assert second.cells is first.cells  # the same computation, served again
        objectives = _value(first, "objectives")
        assert isinstance(objectives, int)
        assert objectives > 0
        await _write(engine, "DELETE FROM objectives WHERE id = (SELECT id FROM objectives "
                     "WHERE organisation_id = :org LIMIT 1)", committed.org_id)
        third = await _report(engine, committed)
        assert third.cells is not first.cells
        assert _value(third, "objectives") == objectives - 1

    async def test_a_writing_transaction_never_uses_it(self, session: AsyncSession,
                                                       factory: Factory) -> None:
        org = await factory.organisation()
        assert await cache.data_version(session, org.id) is None


async def test_least_recently_used_entry_goes_first() -> None:
    lru: cache.ReportCache[str] = cache.ReportCache(capacity=2)
    lru.put("a", "A")
    lru.put("b", "B")
    assert lru.get("a") == "A"
    lru.put("c", "C")
    assert (lru.get("a"), lru.get("b"), lru.get("c")) == ("A", None, "C")
