"""Pilotage figures computed from the source tables, in one statement per report.

This is the exact path for any selection (periods included); the rollup (``rollup``)
answers the common selections from trigger-fed cells instead, counting the same facts
(``facts``). Facts are first grouped per person and cell (``subj``), so that counting rows
at the next level counts distinct people with hash aggregation instead of
``count(DISTINCT)`` sorts. Counting a pair as one person (its mentee) is the conservative
choice: suppression may hide a figure over 4 pairs (8 people) at threshold 5, never show
one over fewer people. Scopes are the whole selection, each unit's subtree (recursive
closure of the unit tree, ``:levels`` levels deep), each reported unit's own members, and
each period bucket.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from constel_api.core.scoping import scoped_select
from constel_api.metrics.facts import SESSION_SLOTS, base_sql
from constel_api.models import (
    Mentorship,
    Organisation,
    OrgUnit,
    Person,
    Program,
    ProgramManager,
)
from constel_api.models.mentoring import MentoringSession, Objective

Granularity = Literal["month", "quarter"]
ScopeKind = Literal["all", "unit", "own"]

UNIT_LEVELS = """,
ulevel(id, level) AS (
    SELECT id, 0 FROM org_units
    WHERE organisation_id = :org
      AND ((CAST(:unit AS uuid) IS NULL AND parent_id IS NULL) OR id = CAST(:unit AS uuid))
    UNION ALL
    SELECT u.id, l.level + 1 FROM ulevel l JOIN org_units u ON u.parent_id = l.id
    WHERE u.organisation_id = :org AND l.level + 1 < :levels
)"""

# Subjects: one row per person (a participant, or the mentee of a pair) and cell, so that
# count(*) at the next level is the number of distinct people without a DISTINCT sort.
_SUBJECTS = """,
subj AS (
    SELECT figure, category, bucket, unit_id, p1, sum(n) AS n,
           GROUPING(category) AS gc, GROUPING(bucket) AS gb
    FROM facts
    GROUP BY GROUPING SETS ((figure, category, bucket, unit_id, p1),
                            (figure, category, unit_id, p1),
                            (figure, bucket, unit_id, p1),
                            (figure, unit_id, p1))
)"""

# Cells per unit: a person belongs to exactly one unit (a pair's facts go to its mentee's),
# so distinct people add up across units. Scopes (the whole selection, unit subtrees, a
# unit's own members) are sums of these per-unit cells, never a per-person expansion.
_COUNTS = """,
cellu AS (
    SELECT figure, category, bucket, unit_id, gc, gb, sum(n) AS n, count(*) AS people
    FROM subj
    WHERE NOT (gc = 1 AND figure IN ('sessions', 'absences'))
    GROUP BY figure, category, bucket, unit_id, gc, gb
    UNION ALL
    SELECT figure, category, bucket, unit_id, gc, gb, n, people FROM session_cells
),
counted AS (
    SELECT CAST('all' AS text) AS kind, CAST(NULL AS uuid) AS scope_id, figure, category,
           bucket, gc, gb, sum(n) AS n, sum(people) AS people
    FROM cellu
    GROUP BY figure, category, bucket, gc, gb{unit_counts}
),
stats AS (
    SELECT CAST('all' AS text) AS kind, CAST(NULL AS uuid) AS scope_id, figure, category,
           bucket, GROUPING(category) AS gc, GROUPING(bucket) AS gb,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS median, avg(x) AS mean
    FROM xf
    GROUP BY GROUPING SETS ((figure, category, bucket), (figure, category),
                            (figure, bucket), (figure)){unit_stats}
)
SELECT 'count' AS part, kind, scope_id, figure, category, bucket, gc AS no_category,
       gb AS no_bucket, n AS value, people,
       CAST(NULL AS float8) AS median, CAST(NULL AS float8) AS mean
FROM counted
UNION ALL
SELECT 'stat', kind, scope_id, figure, category, bucket, gc, gb, NULL, NULL, median, mean
FROM stats
"""

# Subtree and own-member scopes, without periods (only the whole selection is bucketed).
UNIT_COUNTS = """
    UNION ALL
    SELECT CAST('unit' AS text), c.ancestor_id, figure, category, bucket, gc, gb,
           sum(n), sum(people)
    FROM cellu s JOIN closure c ON c.unit_id = s.unit_id
    WHERE s.gb = 1 AND c.ancestor_id IN (SELECT id FROM ulevel)
    GROUP BY c.ancestor_id, figure, category, bucket, gc, gb
    UNION ALL
    SELECT CAST('own' AS text), s.unit_id, figure, category, bucket, gc, gb, n, people
    FROM cellu s
    WHERE s.gb = 1 AND (s.unit_id IS NULL
                        OR s.unit_id IN (SELECT id FROM ulevel WHERE level + 1 < :levels))"""

# Medians are not additive: the stat facts themselves are spread over the scopes.
_UNIT_STATS = """
    UNION ALL
    SELECT kind, scope_id, figure, category, CAST(NULL AS date), GROUPING(category), 1,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY x), avg(x)
    FROM (
        SELECT CAST('unit' AS text) AS kind, c.ancestor_id AS scope_id, s.*
        FROM xf s JOIN closure c ON c.unit_id = s.unit_id
        WHERE c.ancestor_id IN (SELECT id FROM ulevel)
        UNION ALL
        SELECT CAST('own' AS text), s.unit_id, s.* FROM xf s
        WHERE s.unit_id IS NULL
           OR s.unit_id IN (SELECT id FROM ulevel WHERE level + 1 < :levels)
    ) sx
    GROUP BY GROUPING SETS ((kind, scope_id, figure, category), (kind, scope_id, figure))"""

STAT_FIGURES = (
    "'days_to_match', 'days_to_first_session', 'sessions_per_pair', 'mentor_load', "
    "'satisfaction'"
)


def report_sql(by_unit: bool) -> str:
    """The whole report as one statement (figures, people counts, medians and means)."""
    xfacts = (",\nxf AS (SELECT * FROM facts "  # noqa: S608 -- constant fragments only
              f"WHERE x IS NOT NULL AND figure IN ({STAT_FIGURES}))")
    counts = _COUNTS.format(unit_counts=UNIT_COUNTS if by_unit else "",
                            unit_stats=_UNIT_STATS if by_unit else "")
    return (base_sql() + (UNIT_LEVELS if by_unit else "") + _SUBJECTS + _session_cells()
            + xfacts + counts)


def _session_cells() -> str:
    """Per-unit session cells in the shape of ``cellu``: one wide row per (mentee, period)
    and one per mentee, a column per cell; people = mentees with a non-null column."""
    cols = ",\n           ".join(
        f"sum(n) FILTER (WHERE {cond}) AS c{i}" for i, (_, _, cond) in enumerate(SESSION_SLOTS))
    sums = ", ".join(f"sum(c{i}) AS c{i}" for i in range(len(SESSION_SLOTS)))
    aggs = ", ".join(f"sum(c{i}) AS s{i}, count(c{i}) AS k{i}"
                     for i in range(len(SESSION_SLOTS)))
    values = ",\n        ".join(
        f"(CAST('{figure}' AS text), "
        f"CAST({'NULL' if category is None else repr(str(category))} AS text), "
        f"{1 if category is None else 0}, g.s{i}, g.k{i})"
        for i, (figure, category, _) in enumerate(SESSION_SLOTS))
    return f""",
sess_wide AS (
    SELECT p.mentee_id AS p1, p.unit_id, sb.bucket,
           {cols}
    FROM (SELECT mentorship_id, bucket, n, CAST(status AS text) AS status,
                 CAST(absence AS text) AS absence FROM session_buckets) sb
    JOIN pairs p ON p.id = sb.mentorship_id
    GROUP BY p.mentee_id, p.unit_id, sb.bucket
),
sess_person AS (
    SELECT p1, unit_id, {sums} FROM sess_wide GROUP BY p1, unit_id
),
session_cells AS (
    SELECT v.figure, v.category, g.bucket, g.unit_id, v.gc, g.gb, v.n, v.people
    FROM (
        SELECT unit_id, bucket, 0 AS gb, {aggs} FROM sess_wide GROUP BY unit_id, bucket
        UNION ALL
        SELECT unit_id, CAST(NULL AS date), 1, {aggs} FROM sess_person GROUP BY unit_id
    ) g
    CROSS JOIN LATERAL (VALUES
        {values}
    ) AS v(figure, category, gc, n, people)
    WHERE v.people > 0
)"""  # noqa: S608 -- constant fragments only


class AggregateRow(NamedTuple):
    """One aggregated figure for one scope, bucket and category (None = all of them).

    A named tuple: a dashboard builds ~10,000 of them per computation."""

    kind: ScopeKind
    scope_id: uuid.UUID | None
    bucket: date | None
    figure: str
    category: str | None
    value: int
    people: int
    median: float | None
    mean: float | None


@dataclass(frozen=True)
class ReportQuery:
    organisation_id: uuid.UUID
    program_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    start: datetime | None
    end: datetime | None
    granularity: Granularity
    by_unit: bool
    unit_levels: int = 3


def report_params(query: ReportQuery) -> dict[str, Any]:
    params: dict[str, Any] = {
        "org": query.organisation_id,
        "program": query.program_id,
        "unit": query.unit_id,
        "start": query.start,
        "end": query.end,
        "gran": query.granularity,
    }
    if query.by_unit:
        params["levels"] = query.unit_levels
    return params


async def reporting_statement(session: AsyncSession) -> None:
    """No JIT (compiling a reporting statement costs more than running it), room to hash
    in memory, and a plan for each execution's own parameters: a prepared statement's
    generic plan, chosen after five executions, does not know how many people or which
    program a batch holds (the rollup's sixth rebuild batch ran for over ten minutes where
    the first five took 75-110 s each). SET LOCAL ends with the request's transaction."""
    await session.execute(text("SET LOCAL jit = off"))
    await session.execute(text("SET LOCAL work_mem = '64MB'"))
    await session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))


async def aggregate(session: AsyncSession, query: ReportQuery) -> list[AggregateRow]:
    """Run the report statement; one round trip whatever the number of figures."""
    await reporting_statement(session)
    return await run_report(session, report_sql(query.by_unit), report_params(query))


_NAMED_PARAMETER = re.compile(r"(?<![:\w]):([a-z_]+)\b")


def _positional(sql: str, params: dict[str, Any]) -> tuple[str, list[Any]]:
    """``:name`` parameters (as SQLAlchemy's ``text`` takes them) to asyncpg's ``$n``."""
    names: list[str] = []

    def number(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in names:
            names.append(name)
        return f"${names.index(name) + 1}"

    return _NAMED_PARAMETER.sub(number, sql), [params[name] for name in names]


async def run_report(session: AsyncSession, sql: str,
                     params: dict[str, Any]) -> list[AggregateRow]:
    """Run a statement shaped like ``report_sql``'s output and pair counts with stats.

    Fetched through the session's own asyncpg connection (same transaction): building
    SQLAlchemy rows for ~10,000 report rows cost more than the statement itself."""
    statement, args = _positional(sql, params)
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    assert driver is not None
    records = await driver.fetch(statement, *args)
    counts: dict[tuple[Any, ...], tuple[int, int]] = {}
    stats: dict[tuple[Any, ...], tuple[float | None, float | None]] = {}
    # Positional unpacking in the statement's column order: ~10k rows per dashboard.
    for (part, kind, scope_id, figure, category, bucket, no_category, no_bucket, value,
         people, median, mean) in records:
        if not no_bucket and bucket is None:
            continue  # undated facts have no period
        key = (kind, scope_id, None if no_bucket else bucket, figure,
               None if no_category else (category or ""))
        if part == "count":
            counts[key] = (int(value or 0), int(people or 0))
        else:
            stats[key] = (median, mean)
    rows: list[AggregateRow] = []
    no_stats = (None, None)
    for (kind, scope_id, bucket, figure, category), (value, people) in counts.items():
        median, mean = stats.get((kind, scope_id, bucket, figure, category), no_stats)
        rows.append(AggregateRow(
            kind, scope_id, bucket, figure, category, value, people,
            None if median is None else float(median), None if mean is None else float(mean),
        ))
    return rows


# --- supporting reads ---------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRow:
    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None


async def units(session: AsyncSession, organisation_id: uuid.UUID) -> list[UnitRow]:
    """The organisation's unit tree (names and parents: directory structure, not content)."""
    stmt = scoped_select(OrgUnit, organisation_id).order_by(OrgUnit.name)
    result = await session.execute(stmt)
    return [UnitRow(u.id, u.name, u.parent_id) for u in result.scalars()]


async def threshold(session: AsyncSession, organisation_id: uuid.UUID,
                    program: Program | None) -> int:
    """The organisation's threshold; a program may only make it stricter."""
    org = await session.get(Organisation, organisation_id)
    base = org.anonymity_threshold if org is not None else 5
    if program is not None and program.anonymity_threshold is not None:
        return max(base, program.anonymity_threshold)
    return base


async def programs(session: AsyncSession, organisation_id: uuid.UUID,
                   ids: list[uuid.UUID] | None = None) -> list[Program]:
    stmt = scoped_select(Program, organisation_id).order_by(Program.created_at, Program.id)
    if ids is not None:
        stmt = stmt.where(Program.id.in_(ids))
    return list((await session.execute(stmt)).scalars())


async def managed_program_ids(session: AsyncSession, organisation_id: uuid.UUID,
                              person_id: uuid.UUID) -> list[uuid.UUID]:
    stmt = scoped_select(ProgramManager, organisation_id).where(
        ProgramManager.person_id == person_id
    )
    return [m.program_id for m in (await session.execute(stmt)).scalars()]


# --- per-pair follow-up (metadata only) ---------------------------------------------------


@dataclass(frozen=True)
class PairRow:
    id: uuid.UUID
    status: str
    mentor_name: str
    mentee_name: str
    created_at: datetime
    activated_at: datetime | None
    ended_at: datetime | None
    first_meeting_confirmed_at: datetime | None


@dataclass(frozen=True)
class SessionRow:
    mentorship_id: uuid.UUID
    starts_at: datetime
    duration_minutes: int
    status: str
    absence: str | None


async def pairs_page(session: AsyncSession, program: Program, limit: int,
                     offset: int) -> tuple[list[PairRow], int]:
    mentor = aliased(Person)
    mentee = aliased(Person)
    base = scoped_select(Mentorship, program.organisation_id).where(
        Mentorship.program_id == program.id
    )
    total = await session.scalar(select(func.count()).select_from(base.subquery()))
    stmt = (
        select(
            Mentorship.id, Mentorship.status, Mentorship.created_at, Mentorship.activated_at,
            Mentorship.ended_at, Mentorship.first_meeting_confirmed_at,
            mentor.given_name, mentor.family_name, mentee.given_name, mentee.family_name,
        )
        .join(mentor, mentor.id == Mentorship.mentor_id)
        .join(mentee, mentee.id == Mentorship.mentee_id)
        .where(
            Mentorship.organisation_id == program.organisation_id,
            Mentorship.program_id == program.id,
            mentor.organisation_id == program.organisation_id,
            mentee.organisation_id == program.organisation_id,
        )
        .order_by(mentee.family_name, mentee.given_name, Mentorship.created_at, Mentorship.id)
        .limit(limit)
        .offset(offset)
    )
    rows = [
        PairRow(
            id=r[0], status=r[1], created_at=r[2], activated_at=r[3], ended_at=r[4],
            first_meeting_confirmed_at=r[5], mentor_name=f"{r[6]} {r[7]}",
            mentee_name=f"{r[8]} {r[9]}",
        )
        for r in (await session.execute(stmt)).all()
    ]
    return rows, int(total or 0)


async def sessions_of(session: AsyncSession, organisation_id: uuid.UUID,
                      pair_ids: list[uuid.UUID]) -> list[SessionRow]:
    if not pair_ids:
        return []
    stmt = (
        select(
            MentoringSession.mentorship_id, MentoringSession.starts_at,
            MentoringSession.duration_minutes, MentoringSession.status, MentoringSession.absence,
        )
        .where(
            MentoringSession.organisation_id == organisation_id,
            MentoringSession.mentorship_id.in_(pair_ids),
        )
        .order_by(MentoringSession.mentorship_id, MentoringSession.starts_at)
    )
    return [SessionRow(*r) for r in (await session.execute(stmt)).all()]


async def objective_counts(session: AsyncSession, organisation_id: uuid.UUID,
                           pair_ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, int]]:
    if not pair_ids:
        return {}
    stmt = (
        select(Objective.mentorship_id, Objective.status, func.count())
        .where(Objective.organisation_id == organisation_id,
               Objective.mentorship_id.in_(pair_ids))
        .group_by(Objective.mentorship_id, Objective.status)
    )
    counts: dict[uuid.UUID, dict[str, int]] = {}
    for pair_id, status, n in (await session.execute(stmt)).all():
        counts.setdefault(pair_id, {})[status] = int(n)
    return counts
