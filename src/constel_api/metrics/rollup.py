"""The pilotage rollup: figures read from trigger-fed cells instead of the source tables.

A dashboard over a 10,000-pair program would otherwise recount ~200,000 facts on every
request after a write. Here, statement-level triggers mark the people each write concerns
(``metric_dirty``, migration 0012rollup). A refresh takes the marks, recounts only those
people's facts (the same ``facts`` CTEs as the exact report), stores them per person
(``metric_person_facts``) and applies the difference to the cells: per program (and all
programs, where a person in two programs counts once), unit
(each unit's own people, its subtree, all units), figure, category (and "all categories")
and period (month, quarter and "whole time"), the sum of the facts and the number of
distinct people behind it (``metric_cells``), and the distinct values of the figures that
have medians with their multiplicity (``metric_values``). A person counts once in a cell
whatever number of facts they bring, so the people counts are exact, as in the report
computed from the sources; a person's distinct months do not add up to a quarter, hence
quarter cells of their own. Subtree cells are kept for the whole time only (unit scopes
have no period).

Reports of one program or of all programs, by month or quarter, read the cells after
refreshing what is marked, inside the same transaction, so they are as exact as the
source query. A period (its whole-period people would need cells of their own, per unit
too) is answered from the source tables, as are organisations with a large backlog of
marks (right after the migration, a bulk import or a unit moved) while ``drain`` works
the backlog off.

Concurrency: refreshes of one organisation are serialised by an advisory lock. Marks are
taken with ``SKIP LOCKED``: a writer holds its mark's row lock until it commits (its
trigger conflict-updates the row), so a refresh never takes the mark of a write it cannot
see, and never waits on a writer. The facts are read by a later statement than the one
that takes the marks, so every write whose mark was taken is visible to it.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from constel_api.metrics.facts import (
    KNOWN_ABSENCES,
    KNOWN_STATUSES,
    PERSONS_FILTER,
    UNIT_TREE,
    base_sql,
)
from constel_api.metrics.repository import (
    STAT_FIGURES,
    UNIT_LEVELS,
    AggregateRow,
    ReportQuery,
    report_params,
    reporting_statement,
    run_report,
)

logger = logging.getLogger(__name__)

# A report refreshes inline up to this many marked people (one person ~10 ms, this many
# about half a second on two cores); beyond it, the source tables answer instead.
INLINE_LIMIT = 200
# People recounted per transaction when working off a backlog.
BATCH_SIZE = 500
# A backlog this large is cheaper to rebuild from scratch.
REBUILD_THRESHOLD = 20_000
# People counted per statement of a rebuild (progress is told after each).
REBUILD_BATCH = 10_000

Progress = Callable[[str], None]

_LOCK = text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
_BACKLOG = text(
    "SELECT count(*) FROM (SELECT 1 FROM metric_dirty WHERE organisation_id = :org "
    "LIMIT :cap) AS marks"
)
_TAKE = text("""
DELETE FROM metric_dirty d
USING (
    SELECT person_id FROM metric_dirty WHERE organisation_id = :org
    ORDER BY person_id LIMIT :limit FOR UPDATE SKIP LOCKED
) AS taken
WHERE d.organisation_id = :org AND d.person_id = taken.person_id
RETURNING d.person_id
""")
_ORGS_WITH_MARKS = text("SELECT DISTINCT organisation_id FROM metric_dirty")
_TAKE_ALL = text("""
DELETE FROM metric_dirty d
USING (
    SELECT person_id FROM metric_dirty WHERE organisation_id = :org FOR UPDATE SKIP LOCKED
) AS taken
WHERE d.organisation_id = :org AND d.person_id = taken.person_id
""")
_CLEAR = [text(f"DELETE FROM {table} WHERE organisation_id = :org")  # noqa: S608
          for table in ("metric_person_facts", "metric_cells", "metric_values")]
_EVERYONE = text("SELECT id FROM people WHERE organisation_id = :org")

# Cell keys, in the order of the unique constraints (upserts lock rows in this order).
_KEY = "program_id, gran, all_units, figure, category, gc, bucket, unit_id"

# A cell's period kind from the grouping that made it (gm: month, gq: quarter).
_GRAN = ("CAST(CASE WHEN gm = 0 THEN 'month' WHEN gq = 0 THEN 'quarter' ELSE 'all' END "
         "AS varchar)")

_APPLY = base_sql(PERSONS_FILTER) + f""",
all_facts AS (
    SELECT figure, category, unit_id, bucket, n, p1, x, program_id FROM facts
    UNION ALL
    -- The exact report counts known session statuses from wide rows, not from facts.
    SELECT 'sessions', sb.status, p.unit_id, sb.bucket, sb.n, p.mentee_id, NULL, p.program_id
    FROM session_buckets sb JOIN pairs p ON p.id = sb.mentorship_id
    WHERE sb.status IN ({KNOWN_STATUSES})
    UNION ALL
    SELECT 'attendance', sb.status, p.unit_id, sb.bucket, sb.n, p.mentee_id, NULL,
           p.program_id
    FROM session_buckets sb JOIN pairs p ON p.id = sb.mentorship_id
    WHERE sb.status IN ('held', 'missed')
    UNION ALL
    SELECT 'absences', sb.absence, p.unit_id, sb.bucket, sb.n, p.mentee_id, NULL,
           p.program_id
    FROM session_buckets sb JOIN pairs p ON p.id = sb.mentorship_id
    WHERE sb.status = 'missed' AND sb.absence IN ({KNOWN_ABSENCES})
),
old AS (
    -- = ANY keeps both columns in the index condition (a join with unnest read all the
    -- organisation's facts through the index: 3.4 million rows at 150,000 people).
    DELETE FROM metric_person_facts f
    WHERE f.organisation_id = :org AND f.person_id = ANY(CAST(:persons AS uuid[]))
    RETURNING f.person_id, f.program_id, f.unit_id, f.figure, f.category, f.month, f.x, f.n,
              f.k
),
fresh AS (
    INSERT INTO metric_person_facts (organisation_id, person_id, program_id, unit_id,
                                     figure, category, month, x, n, k)
    SELECT :org, p1, program_id, unit_id, figure, category, bucket,
           CASE WHEN figure IN ({STAT_FIGURES}) THEN x END, sum(n), count(*)
    FROM all_facts WHERE p1 IS NOT NULL AND program_id IS NOT NULL
    GROUP BY p1, program_id, unit_id, figure, category, bucket,
             CASE WHEN figure IN ({STAT_FIGURES}) THEN x END
    RETURNING person_id, program_id, unit_id, figure, category, month, x, n, k
),
delta AS (
    SELECT -1 AS sign, * FROM old
    UNION ALL
    SELECT 1, * FROM fresh
),
dated AS (
    SELECT *, CAST(date_trunc('quarter', month) AS date) AS quarter FROM delta
),
person_cells AS (
    -- One row per person and cell on each side (a person counts once in a cell): the
    -- groupings (a program or all of them; a category or all of them; a month, a quarter
    -- or the whole time) in one hashed pass rather than copies of every fact grouped again.
    SELECT sign, person_id, unit_id, program_id, GROUPING(program_id) AS gp, figure,
           category, GROUPING(category) AS gc, month, GROUPING(month) AS gm, quarter,
           GROUPING(quarter) AS gq, sum(n) AS n
    FROM dated
    GROUP BY GROUPING SETS (
        (sign, person_id, unit_id, program_id, figure, category, month),
        (sign, person_id, unit_id, program_id, figure, month),
        (sign, person_id, unit_id, program_id, figure, category, quarter),
        (sign, person_id, unit_id, program_id, figure, quarter),
        (sign, person_id, unit_id, program_id, figure, category),
        (sign, person_id, unit_id, program_id, figure),
        (sign, person_id, unit_id, figure, category, month),
        (sign, person_id, unit_id, figure, month),
        (sign, person_id, unit_id, figure, category, quarter),
        (sign, person_id, unit_id, figure, quarter),
        (sign, person_id, unit_id, figure, category),
        (sign, person_id, unit_id, figure))
),
unit_deltas AS (
    SELECT program_id, unit_id, figure, category, gc, {_GRAN} AS gran,
           COALESCE(month, quarter) AS bucket, sum(sign * n) AS n, sum(sign) AS people
    FROM person_cells
    WHERE (gm = 1 AND gq = 1) OR COALESCE(month, quarter) IS NOT NULL
    GROUP BY program_id, gp, unit_id, figure, category, gc, gm, gq, month, quarter
),
-- A person belongs to one unit on each side, so the all-units deltas (facts and distinct
-- people alike) are the sums of the per-unit ones.
cell_deltas AS (
    SELECT program_id, unit_id, false AS all_units, figure, category, gc, gran, bucket, n,
           people
    FROM unit_deltas
    UNION ALL
    SELECT program_id, NULL, true, figure, category, gc, gran, bucket, sum(n), sum(people)
    FROM unit_deltas
    GROUP BY program_id, figure, category, gc, gran, bucket
    UNION ALL
    -- Each unit's subtree, without period: what the unit scopes of a report read.
    SELECT u.program_id, c.ancestor_id, true, u.figure, u.category, u.gc, u.gran, u.bucket,
           sum(u.n), sum(u.people)
    FROM unit_deltas u JOIN closure c ON c.unit_id = u.unit_id
    WHERE u.gran = 'all'
    GROUP BY u.program_id, c.ancestor_id, u.figure, u.category, u.gc, u.gran, u.bucket
),
unit_values AS (
    SELECT program_id, unit_id, figure, category, GROUPING(category) AS gc,
           {_GRAN.replace("gm", "GROUPING(month)").replace("gq", "GROUPING(quarter)")} AS gran,
           COALESCE(month, quarter) AS bucket, x, sum(sign * k) AS k
    FROM dated WHERE x IS NOT NULL
    GROUP BY GROUPING SETS (
        (program_id, unit_id, figure, category, month, x),
        (program_id, unit_id, figure, month, x),
        (program_id, unit_id, figure, category, quarter, x),
        (program_id, unit_id, figure, quarter, x),
        (program_id, unit_id, figure, category, x),
        (program_id, unit_id, figure, x),
        (unit_id, figure, category, month, x),
        (unit_id, figure, month, x),
        (unit_id, figure, category, quarter, x),
        (unit_id, figure, quarter, x),
        (unit_id, figure, category, x),
        (unit_id, figure, x))
    HAVING (GROUPING(month) = 1 AND GROUPING(quarter) = 1)
        OR COALESCE(month, quarter) IS NOT NULL
),
value_changes AS (
    INSERT INTO metric_values AS v (organisation_id, program_id, unit_id, all_units, figure,
                                    category, gc, gran, bucket, x, k)
    SELECT :org, program_id, unit_id, all_units, figure, category, gc, gran, bucket, x, k
    FROM (
        SELECT program_id, unit_id, false AS all_units, figure, category, gc, gran, bucket,
               x, k
        FROM unit_values
        UNION ALL
        SELECT program_id, NULL, true, figure, category, gc, gran, bucket, x, sum(k)
        FROM unit_values
        GROUP BY program_id, figure, category, gc, gran, bucket, x
        UNION ALL
        SELECT u.program_id, c.ancestor_id, true, u.figure, u.category, u.gc, u.gran,
               u.bucket, u.x, sum(u.k)
        FROM unit_values u JOIN closure c ON c.unit_id = u.unit_id
        WHERE u.gran = 'all'
        GROUP BY u.program_id, c.ancestor_id, u.figure, u.category, u.gc, u.gran, u.bucket,
                 u.x
    ) AS changes
    WHERE k <> 0
    ORDER BY {_KEY}, x
    ON CONFLICT ON CONSTRAINT uq_metric_values_key DO UPDATE SET k = v.k + EXCLUDED.k
    RETURNING 1
)
INSERT INTO metric_cells AS c (organisation_id, program_id, unit_id, all_units, figure,
                               category, gc, gran, bucket, n, people)
SELECT :org, program_id, unit_id, all_units, figure, category, gc, gran, bucket, n, people
FROM cell_deltas
WHERE n <> 0 OR people <> 0
ORDER BY {_KEY}
ON CONFLICT ON CONSTRAINT uq_metric_cells_key DO UPDATE
    SET n = c.n + EXCLUDED.n, people = c.people + EXCLUDED.people
"""  # noqa: S608 -- constant fragments only; values are bound parameters
# A rebuild's batches: the rollup was emptied, these people have no old facts to take back.
_BUILD = _APPLY.replace("""old AS (
    -- = ANY keeps both columns in the index condition (a join with unnest read all the
    -- organisation's facts through the index: 3.4 million rows at 150,000 people).
    DELETE FROM metric_person_facts f
    WHERE f.organisation_id = :org AND f.person_id = ANY(CAST(:persons AS uuid[]))
    RETURNING f.person_id, f.program_id, f.unit_id, f.figure, f.category, f.month, f.x, f.n,
              f.k
),""", "").replace("""    SELECT -1 AS sign, * FROM old
    UNION ALL
    SELECT 1, * FROM fresh""", "    SELECT 1 AS sign, * FROM fresh")

_PRUNE_CELLS = text("DELETE FROM metric_cells WHERE organisation_id = :org AND people = 0")
_PRUNE_VALUES = text("DELETE FROM metric_values WHERE organisation_id = :org AND k = 0")


def read_sql(by_unit: bool, all_programs: bool = False) -> str:
    """The report, in the shape of ``repository.report_sql``'s output, from the cells.

    The whole selection reads the all-units cells (one row per cell); a unit filter adds up
    the subtree's per-unit cells instead (a person belongs to one unit). Unit scopes read
    their own cells, without period: each unit's subtree (kept by the refresh) and its own
    members. Medians are not additive: they come from the merged multiset of values,
    ``percentile_cont(0.5)`` computed on cumulative multiplicities.
    """
    program = ("organisation_id = :org AND program_id IS NULL" if all_programs
               else "organisation_id = :org AND program_id = CAST(:program AS uuid)")
    whole = (f"{program} AND gran IN (:gran, 'all') "  # noqa: S608 -- constant fragments
             "AND CASE WHEN CAST(:unit AS uuid) IS NULL "
             "THEN all_units AND unit_id IS NULL ELSE NOT all_units "
             "AND unit_id IN (SELECT unit_id FROM scope_units) END")
    subtree = (f"{program} AND gran = 'all' AND all_units "  # noqa: S608
               "AND unit_id IN (SELECT id FROM ulevel)")
    own = (f"{program} AND gran = 'all' AND NOT all_units "  # noqa: S608
           "AND (CAST(:unit AS uuid) IS NULL OR unit_id IN (SELECT unit_id FROM scope_units)) "
           "AND (unit_id IS NULL "
           "OR unit_id IN (SELECT id FROM ulevel WHERE level + 1 < :levels))")
    unit_counts = f"""
    UNION ALL
    SELECT 'unit', unit_id, figure, category, bucket, gc, 1, n, people
    FROM metric_cells WHERE {subtree}
    UNION ALL
    SELECT 'own', unit_id, figure, category, bucket, gc, 1, n, people
    FROM metric_cells WHERE {own}"""  # noqa: S608 -- constant fragments only
    unit_hist = f"""
    UNION ALL
    SELECT 'unit', unit_id, figure, category, bucket, gc, 1, x, k
    FROM metric_values WHERE {subtree}
    UNION ALL
    SELECT 'own', unit_id, figure, category, bucket, gc, 1, x, k
    FROM metric_values WHERE {own}"""  # noqa: S608 -- constant fragments only
    group = "kind, scope_id, figure, category, bucket, gc, gb"
    return f"""
WITH RECURSIVE
{UNIT_TREE}{UNIT_LEVELS if by_unit else ""},
counted AS (
    SELECT CAST('all' AS text) AS kind, CAST(NULL AS uuid) AS scope_id, figure, category,
           bucket, gc, CAST(gran = 'all' AS int) AS gb, sum(n) AS n, sum(people) AS people
    FROM metric_cells WHERE {whole}
    GROUP BY figure, category, bucket, gc, gran{unit_counts if by_unit else ""}
),
hist AS (
    SELECT CAST('all' AS text) AS kind, CAST(NULL AS uuid) AS scope_id, figure, category,
           bucket, gc, CAST(gran = 'all' AS int) AS gb, x, sum(k) AS k
    FROM metric_values WHERE {whole}
    GROUP BY figure, category, bucket, gc, gran, x{unit_hist if by_unit else ""}
),
ranked AS (
    SELECT h.*, sum(k) OVER (PARTITION BY {group} ORDER BY x) AS upto,
           sum(k) OVER (PARTITION BY {group}) AS total
    FROM hist h
),
stats AS (
    SELECT {group},
           min(x) FILTER (WHERE upto > floor((total - 1) / 2.0)) AS lo,
           min(x) FILTER (WHERE upto > ceil((total - 1) / 2.0)) AS hi,
           CAST((total - 1) / 2.0 - floor((total - 1) / 2.0) AS float8) AS frac,
           sum(x * k) / sum(k) AS mean
    FROM ranked
    GROUP BY {group}, total
)
SELECT 'count' AS part, kind, scope_id, figure, category, bucket, gc AS no_category,
       gb AS no_bucket, n AS value, people,
       CAST(NULL AS float8) AS median, CAST(NULL AS float8) AS mean
FROM counted
UNION ALL
SELECT 'stat', kind, scope_id, figure, category, bucket, gc, gb, NULL, NULL,
       lo + (hi - lo) * frac, mean
FROM stats
"""  # noqa: S608 -- constant fragments only; values are bound parameters


async def refresh(session: AsyncSession, organisation_id: uuid.UUID,
                  limit: int = BATCH_SIZE) -> int:
    """Recount up to ``limit`` marked people of the organisation; returns how many."""
    await session.execute(_LOCK, {"key": f"constel.metrics.rollup:{organisation_id}"})
    taken = await session.execute(_TAKE, {"org": organisation_id, "limit": limit})
    persons = [row[0] for row in taken]
    if not persons:
        return 0
    await reporting_statement(session)
    await _apply(session, organisation_id, persons)
    return len(persons)


async def rebuild(session: AsyncSession, organisation_id: uuid.UUID,
                  progress: Progress | None = None) -> int:
    """Recount everyone of the organisation from scratch (after the migration or a bulk
    import), in batches of ``REBUILD_BATCH`` people within one transaction, telling
    ``progress`` after each; returns how many people. Marks held by writers in flight
    stay for later."""
    started = time.perf_counter()
    await session.execute(_LOCK, {"key": f"constel.metrics.rollup:{organisation_id}"})
    await session.execute(_TAKE_ALL, {"org": organisation_id})
    for statement in _CLEAR:
        await session.execute(statement, {"org": organisation_id})
    persons = list((await session.execute(_EVERYONE, {"org": organisation_id})).scalars())
    await reporting_statement(session)
    await session.execute(text("SET LOCAL work_mem = '256MB'"))
    build = text(_BUILD)
    for first in range(0, len(persons), REBUILD_BATCH):
        batch = persons[first:first + REBUILD_BATCH]
        await session.execute(build, _params(organisation_id, batch))
        if progress is not None:
            progress(f"organisation {organisation_id}: {first + len(batch):,} of "
                     f"{len(persons):,} people counted "
                     f"({time.perf_counter() - started:.1f} s)")
    await _prune(session, organisation_id)
    return len(persons)


def _params(organisation_id: uuid.UUID, persons: list[uuid.UUID]) -> dict[str, Any]:
    return {"org": organisation_id, "persons": persons, "program": None, "unit": None,
            "start": None, "end": None, "gran": "month"}


async def _prune(session: AsyncSession, organisation_id: uuid.UUID) -> None:
    await session.execute(_PRUNE_CELLS, {"org": organisation_id})
    await session.execute(_PRUNE_VALUES, {"org": organisation_id})


async def _apply(session: AsyncSession, organisation_id: uuid.UUID,
                 persons: list[uuid.UUID]) -> None:
    await session.execute(text(_APPLY), _params(organisation_id, persons))
    await _prune(session, organisation_id)


async def aggregate(session: AsyncSession, query: ReportQuery,
                    inline_limit: int = INLINE_LIMIT) -> list[AggregateRow] | None:
    """The report from the rollup, or None when only the source tables can answer it (a
    period, or a backlog too large to refresh within a request)."""
    if query.start is not None or query.end is not None:
        return None
    backlog = await session.scalar(_BACKLOG, {"org": query.organisation_id,
                                              "cap": inline_limit + 1})
    if (backlog or 0) > inline_limit:
        return None
    if backlog:
        await refresh(session, query.organisation_id, inline_limit)
    await reporting_statement(session)
    sql = read_sql(query.by_unit, all_programs=query.program_id is None)
    return await run_report(session, sql, report_params(query))


async def drain(sessionmaker: async_sessionmaker[AsyncSession],
                organisation_id: uuid.UUID | None = None,
                progress: Progress | None = None) -> int:
    """Work off the marks (of one organisation, or all) in batches of ``BATCH_SIZE``
    people, one transaction each (a large backlog: one rebuild); returns the number of
    people recounted. ``progress`` hears a line after each batch."""
    total = 0
    async with sessionmaker() as session:
        if organisation_id is None:
            orgs = list((await session.execute(_ORGS_WITH_MARKS)).scalars())
        else:
            orgs = [organisation_id]
    for org in orgs:
        async with sessionmaker() as session:
            backlog = await session.scalar(_BACKLOG, {"org": org, "cap": REBUILD_THRESHOLD + 1})
        if (backlog or 0) > REBUILD_THRESHOLD:
            async with sessionmaker() as session, session.begin():
                total += await rebuild(session, org, progress)
        while True:
            async with sessionmaker() as session, session.begin():
                done = await refresh(session, org, BATCH_SIZE)
            total += done
            if done and progress is not None:
                progress(f"organisation {org}: {done:,} marked people recounted")
            if done < BATCH_SIZE:
                break
    if total:
        logger.info("metrics rollup refreshed",
                    extra={"people": total, "organisations": len(orgs)})
    return total
