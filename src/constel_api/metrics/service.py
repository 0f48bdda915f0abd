"""Pilotage: who may see which figures, building reports, the audited per-pair follow-up.

Org admins see every program; program managers only the programs they manage; machine
clients holding ``exports:read`` see every program of their organisation. Nobody reaches
content here: every figure is an aggregate of metadata columns.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.scoping import get_scoped_or_404
from constel_api.core.time import utcnow
from constel_api.errors import Forbidden, NotFound
from constel_api.metrics import cache, rollup
from constel_api.metrics import repository as repo
from constel_api.metrics.figures import OutputCell, Publication, publication, republish
from constel_api.metrics.periods import Period
from constel_api.metrics.repository import Granularity, ReportQuery, UnitRow
from constel_api.models import ApiClient, MentorshipStatus, OrgUnit, Person, Program, Role
from constel_api.models.mentoring import Absence

EXPORT_SCOPE = "exports:read"


@dataclass(frozen=True)
class Viewer:
    """Who asks: a person (admin or program manager) or a machine client with the scope."""

    organisation_id: uuid.UUID
    actor: Person | ApiClient
    all_programs: bool
    managed: frozenset[uuid.UUID]

    def may_see(self, program_id: uuid.UUID) -> bool:
        return self.all_programs or program_id in self.managed


async def viewer_for(session: AsyncSession, actor: Person | ApiClient) -> Viewer:
    """Resolve what the actor may see; the role check itself happens in the router."""
    if isinstance(actor, ApiClient):
        if EXPORT_SCOPE not in actor.scopes:
            raise Forbidden(f"The '{EXPORT_SCOPE}' scope is required.", code="insufficient_scope")
        return Viewer(actor.organisation_id, actor, True, frozenset())
    if actor.has_role(Role.ORG_ADMIN):
        return Viewer(actor.organisation_id, actor, True, frozenset())
    if actor.has_role(Role.PROGRAM_MANAGER):
        managed = await repo.managed_program_ids(session, actor.organisation_id, actor.id)
        return Viewer(actor.organisation_id, actor, False, frozenset(managed))
    raise Forbidden("Your role does not allow this action.", code="forbidden_role")


async def program_for(session: AsyncSession, viewer: Viewer, program_id: uuid.UUID) -> Program:
    """The program if the viewer may follow it; another org's or unmanaged program is a 404."""
    program = await get_scoped_or_404(session, Program, viewer.organisation_id, program_id,
                                      code="program_not_found", detail="Program not found.")
    if not viewer.may_see(program.id):
        raise NotFound("Program not found.", code="program_not_found")
    return program


async def check_unit(session: AsyncSession, viewer: Viewer, unit_id: uuid.UUID | None) -> None:
    if unit_id is not None:
        await get_scoped_or_404(session, OrgUnit, viewer.organisation_id, unit_id,
                                code="unit_not_found", detail="Unit not found.")


@dataclass(frozen=True)
class Report:
    organisation_id: uuid.UUID
    program: Program | None
    unit_id: uuid.UUID | None
    period: Period
    granularity: Granularity
    threshold: int
    generated_at: datetime
    units: list[UnitRow]
    cells: list[OutputCell]


async def build_report(session: AsyncSession, viewer: Viewer, program: Program | None,
                       unit_id: uuid.UUID | None, period: Period, granularity: Granularity,
                       *, by_unit: bool = True, unit_levels: int = 3) -> Report:
    """Aggregate in SQL, then suppress small cells with the organisation's threshold."""
    if program is None and not viewer.all_programs:
        raise Forbidden("Program managers see the figures of their programs only: pass "
                        "a program.", code="program_required")
    version = await cache.data_version(session, viewer.organisation_id)
    key = (viewer.organisation_id, program.id if program else None, unit_id, period.start,
           period.end, granularity, by_unit, unit_levels, version)
    cached = _REPORTS.get(key) if version is not None else None
    if cached is None:
        cached = await _compute(session, viewer.organisation_id, program, unit_id, period,
                                granularity, by_unit, unit_levels)
        if version is not None:
            _REPORTS.put(key, cached)
    threshold, units, cells = cached
    return Report(viewer.organisation_id, program, unit_id, period, granularity, threshold,
                  utcnow(), units, cells)


_Computed = tuple[int, list[UnitRow], list[OutputCell]]
# Reports by parameters and data version (see metrics.cache): the dashboard and the export
# of the same selection share one computation until the data changes.
_REPORTS: cache.ReportCache[_Computed] = cache.ReportCache()


async def _compute(session: AsyncSession, organisation_id: uuid.UUID, program: Program | None,
                   unit_id: uuid.UUID | None, period: Period, granularity: Granularity,
                   by_unit: bool, unit_levels: int) -> _Computed:
    units = await repo.units(session, organisation_id)
    units = _levels(units, unit_id, unit_levels) if by_unit else []
    query = ReportQuery(
        organisation_id=organisation_id,
        program_id=program.id if program else None,
        unit_id=unit_id,
        start=period.start,
        end=period.end,
        granularity=granularity,
        by_unit=by_unit,
        unit_levels=unit_levels,
    )
    rows = await rollup.aggregate(session, query)
    if rows is None:
        rows = await repo.aggregate(session, query)
    threshold = await repo.threshold(session, organisation_id, program)
    return threshold, units, _publish(query, rows, units, threshold)


# The last publication of each selection, whatever its data version: after a write, the
# report's few changed rows usually hide nothing new, and ``republish`` then reuses it.
# A 10,000-pair program's publication keeps its rows and cell positions (~7 MB): a few
# selections per process.
_PUBLISHED: cache.ReportCache[Publication] = cache.ReportCache(capacity=8)


def _publish(query: ReportQuery, rows: list[repo.AggregateRow], units: list[UnitRow],
             threshold: int) -> list[OutputCell]:
    selection = (query.organisation_id, query.program_id, query.unit_id, query.start,
                 query.end, query.granularity, query.by_unit, query.unit_levels)
    previous = _PUBLISHED.get(selection)
    published = None if previous is None else republish(previous, rows, units,
                                                         query.unit_id, threshold)
    if published is None:
        published = publication(rows, units, query.unit_id, threshold)
    _PUBLISHED.put(selection, published)
    return published.cells


def _levels(units: list[UnitRow], root: uuid.UUID | None, levels: int) -> list[UnitRow]:
    """The reported units: ``levels`` levels of the tree from ``root`` (or from the roots);
    the top ones are shown without a parent."""
    known = {u.id for u in units}
    children: dict[uuid.UUID | None, list[UnitRow]] = defaultdict(list)
    for u in units:
        children[u.parent_id if u.parent_id in known else None].append(u)
    top = [u for u in units if u.id == root] if root is not None else children[None]
    keep: list[UnitRow] = []
    frontier = [UnitRow(u.id, u.name, None) for u in top]
    for _ in range(levels):
        keep.extend(frontier)
        frontier = [c for u in frontier for c in children.get(u.id, [])]
    return keep


async def audit_read(session: AsyncSession, viewer: Viewer, action: str,
                     program: Program | None, details: dict[str, object]) -> None:
    """Who read or exported which figures, and when (the audit row's timestamp)."""
    await record_audit(
        session, viewer.actor, action, "program" if program else "organisation",
        program.id if program else viewer.organisation_id,
        {k: (str(v) if isinstance(v, uuid.UUID) else v) for k, v in details.items()},
        organisation_id=viewer.organisation_id,
    )


# --- per-pair follow-up ---------------------------------------------------------------------


@dataclass(frozen=True)
class PairSummary:
    row: repo.PairRow
    sessions: list[repo.SessionRow]
    objectives: dict[str, int]

    @property
    def sessions_held(self) -> int:
        return sum(1 for s in self.sessions if s.status == "held")

    def absences(self, side: str) -> int:
        return sum(1 for s in self.sessions
                   if s.status == "missed" and s.absence in (side, Absence.BOTH))

    @property
    def completed(self) -> bool:
        return self.row.status == MentorshipStatus.COMPLETED


async def pair_follow_up(session: AsyncSession, viewer: Viewer, program: Program, limit: int,
                         offset: int) -> tuple[list[PairSummary], int]:
    """The charter's documented exception: per-pair metadata for the program's admins,
    recorded in the audit log on every read."""
    if isinstance(viewer.actor, ApiClient):
        raise Forbidden("The per-pair follow-up is for the program's admins only.",
                        code="person_required")
    rows, total = await repo.pairs_page(session, program, limit, offset)
    ids = [r.id for r in rows]
    sessions = await repo.sessions_of(session, viewer.organisation_id, ids)
    by_pair: dict[uuid.UUID, list[repo.SessionRow]] = defaultdict(list)
    for s in sessions:
        by_pair[s.mentorship_id].append(s)
    objectives = await repo.objective_counts(session, viewer.organisation_id, ids)
    await audit_read(session, viewer, "metrics.pairs.read", program,
                     {"limit": limit, "offset": offset, "pairs": len(rows)})
    return [PairSummary(r, by_pair.get(r.id, []), objectives.get(r.id, {})) for r in rows], total
