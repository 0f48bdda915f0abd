"""Pilotage endpoints: program and organisation figures, per-pair follow-up, KPI exports."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from fastapi.responses import StreamingResponse
from pydantic import TypeAdapter

from constel_api.auth.dependencies import (
    ClientPrincipal,
    PrincipalDep,
    accepts_scope,
    require_roles,
)
from constel_api.core.pagination import Page, PageParamsDep
from constel_api.core.time import utcnow
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.metrics import export_labels as labels
from constel_api.metrics import service
from constel_api.metrics.export import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, iter_csv, iter_xlsx
from constel_api.metrics.periods import parse_period
from constel_api.metrics.repository import Granularity
from constel_api.metrics.schemas import (
    MetricsReport,
    MetricsReportBody,
    PairFollowUp,
    ProgramRef,
    SessionMeta,
    UnitRef,
)
from constel_api.metrics.service import Report, Viewer
from constel_api.models import Role

router = APIRouter(prefix="/api/v1", tags=["metrics"])


@accepts_scope(service.EXPORT_SCOPE)
async def get_viewer(principal: PrincipalDep, session: SessionDep) -> Viewer:
    """Org admins and program managers (TOTP policy applied) or clients with exports:read."""
    if isinstance(principal, ClientPrincipal):
        return await service.viewer_for(session, principal.client)
    person = await require_roles(Role.ORG_ADMIN, Role.PROGRAM_MANAGER)(principal, session)
    return await service.viewer_for(session, person)


ViewerDep = Annotated[Viewer, Depends(get_viewer)]
UnitQuery = Annotated[uuid.UUID | None, Query(description="Restrict to a unit and its sub-units.")]
PeriodQuery = Annotated[
    str | None, Query(description="A year (2026), quarter (2026-Q2) or month (2026-04).")
]
GranularityQuery = Annotated[Granularity, Query(description="Bucket size of the period figures.")]
ByUnitQuery = Annotated[bool, Query(description="Include the breakdown by unit.")]
LevelsQuery = Annotated[int, Query(ge=1, le=12, description="Unit tree levels to break down.")]

_ERRORS = problem_responses(401, 403, 404, 422)


_REPORT_JSON = TypeAdapter(MetricsReportBody)


def _report_response(report: Report) -> Response:
    """The report as MetricsReport's JSON (the declared response model). Its cells are
    computed here, not received: they are serialised as they are rather than validated
    into ten thousand models first (see MetricsReportBody); a value of another type than
    declared is an error, never a silently different JSON."""
    program = report.program
    body = MetricsReportBody(
        organisation_id=report.organisation_id,
        program=ProgramRef.model_validate(program) if program else None,
        unit_id=report.unit_id,
        period=report.period.label,
        period_start=report.period.start_date,
        period_end=report.period.end_date,
        granularity=report.granularity,
        anonymity_threshold=report.threshold,
        generated_at=report.generated_at,
        units=[UnitRef(id=u.id, name=u.name, parent_id=u.parent_id) for u in report.units],
        cells=report.cells,
    )
    return Response(_REPORT_JSON.dump_json(body, warnings="error"), media_type="application/json")


@router.get("/programs/{program_id}/metrics", operation_id="getProgramMetrics",
            response_model=MetricsReport, responses=_ERRORS)
async def program_metrics(
    program_id: uuid.UUID, viewer: ViewerDep, session: SessionDep,
    unit: UnitQuery = None, period: PeriodQuery = None, granularity: GranularityQuery = "month",
    by_unit: ByUnitQuery = True, unit_levels: LevelsQuery = 3,
) -> Response:
    """A program's pilotage figures by unit and period; small groups are suppressed."""
    program = await service.program_for(session, viewer, program_id)
    await service.check_unit(session, viewer, unit)
    report = await service.build_report(session, viewer, program, unit, parse_period(period),
                                        granularity, by_unit=by_unit,
                                        unit_levels=unit_levels)
    await service.audit_read(session, viewer, "metrics.read", program,
                             {"unit": unit, "period": period})
    return _report_response(report)


@router.get("/metrics", operation_id="getOrganisationMetrics", response_model=MetricsReport,
            responses=_ERRORS)
async def organisation_metrics(
    viewer: ViewerDep, session: SessionDep,
    program: Annotated[uuid.UUID | None, Query(description="Restrict to one program.")] = None,
    unit: UnitQuery = None, period: PeriodQuery = None, granularity: GranularityQuery = "month",
    by_unit: ByUnitQuery = True, unit_levels: LevelsQuery = 3,
) -> Response:
    """Organisation-wide pilotage figures (all programs, or one) by unit and period."""
    chosen = await service.program_for(session, viewer, program) if program else None
    await service.check_unit(session, viewer, unit)
    report = await service.build_report(session, viewer, chosen, unit, parse_period(period),
                                        granularity, by_unit=by_unit,
                                        unit_levels=unit_levels)
    await service.audit_read(session, viewer, "metrics.read", chosen,
                             {"unit": unit, "period": period})
    return _report_response(report)


@router.get("/programs/{program_id}/pairs", operation_id="listProgramPairFollowUp",
            response_model=Page[PairFollowUp], responses=_ERRORS)
async def pair_follow_up(
    program_id: uuid.UUID, viewer: ViewerDep, session: SessionDep, page: PageParamsDep
) -> Page[PairFollowUp]:
    """Per-pair follow-up for the program's admins: metadata only, audited on every read."""
    program = await service.program_for(session, viewer, program_id)
    summaries, total = await service.pair_follow_up(session, viewer, program, page.limit,
                                                    page.offset)
    items = [
        PairFollowUp(
            id=s.row.id, mentor_name=s.row.mentor_name, mentee_name=s.row.mentee_name,
            status=s.row.status, created_at=s.row.created_at, activated_at=s.row.activated_at,
            ended_at=s.row.ended_at, first_meeting_confirmed_at=s.row.first_meeting_confirmed_at,
            completed=s.completed,
            sessions=[SessionMeta(starts_at=x.starts_at, duration_minutes=x.duration_minutes,
                                  status=x.status, absence=x.absence) for x in s.sessions],
            sessions_held=s.sessions_held, absences_mentor=s.absences("mentor"),
            absences_mentee=s.absences("mentee"), objectives=s.objectives,
        )
        for s in summaries
    ]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


# --- exports --------------------------------------------------------------------------------

EXPORT_HEADER = (
    "program_id", "program", "scope", "unit_id", "unit", "period_start", "granularity",
    "figure", "kind", "category", "value", "denominator", "status",
)


def _export_rows(reports: list[Report]) -> Iterator[tuple[Any, ...]]:
    for report in reports:
        names = {u.id: u.name for u in report.units}
        program = report.program
        for c in report.cells:
            yield (
                program.id if program else None, program.name if program else None,
                c.scope, c.unit_id, names.get(c.unit_id) if c.unit_id else None,
                c.period, report.granularity if c.period else None, c.figure, c.kind,
                c.category, c.value, c.denominator,
                f"suppressed:{c.reason}" if c.suppressed else "published",
            )


async def _export_reports(viewer: Viewer, session: SessionDep, program: uuid.UUID | None,
                          unit: uuid.UUID | None, period: str | None,
                          granularity: Granularity) -> list[Report]:
    """One report per program (each suppressed on its own), never an org-wide total beside
    them, so no program's hidden cell can be recovered by subtraction."""
    parsed = parse_period(period)
    await service.check_unit(session, viewer, unit)
    if program is not None:
        programs = [await service.program_for(session, viewer, program)]
    else:
        from constel_api.metrics import repository as repo

        ids = None if viewer.all_programs else sorted(viewer.managed)
        programs = await repo.programs(session, viewer.organisation_id, ids)
    return [
        await service.build_report(session, viewer, p, unit, parsed, granularity)
        for p in programs
    ]


def _filename(ext: str) -> str:
    return f'attachment; filename="constel-kpis-{utcnow().date().isoformat()}.{ext}"'


ExportProgram = Annotated[uuid.UUID | None, Query(description="One program (default: all).")]
ExportLanguage = Annotated[
    labels.Language | None,
    Query(description="For people: headers, figures and periods in this language, rates as "
                      "percentages, no ids, named after the program and the day. Default: "
                      "machine keys for API clients."),
]


def _readable_rows(reports: list[Report], language: labels.Language) -> Iterator[tuple[Any, ...]]:
    for report in reports:
        names = {u.id: u.name for u in report.units}
        program = report.program
        yield from labels.rows(program.name if program else None, names, report.granularity,
                               report.threshold, report.cells, language)


def _export_body(reports: list[Report], language: labels.Language | None
                 ) -> tuple[tuple[str, ...], Iterator[tuple[Any, ...]]]:
    if language is None:
        return EXPORT_HEADER, _export_rows(reports)
    return labels.header(language), _readable_rows(reports, language)


def _disposition(reports: list[Report], program: uuid.UUID | None,
                 language: labels.Language | None, ext: str) -> str:
    if language is None:
        return _filename(ext)
    name = reports[0].program.name if program and reports and reports[0].program else None
    return labels.content_disposition(name, utcnow().date(), ext, language)


@router.get("/exports/kpis.csv", operation_id="exportKpisCsv", response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {}}, "description": "KPI rows"},
                       **_ERRORS})
async def export_csv(
    viewer: ViewerDep, session: SessionDep, program: ExportProgram = None,
    unit: UnitQuery = None, period: PeriodQuery = None, granularity: GranularityQuery = "month",
    language: ExportLanguage = None,
) -> StreamingResponse:
    """KPIs as CSV for French Excel (UTF-8 BOM, ';'); audited; streamed."""
    reports = await _export_reports(viewer, session, program, unit, period, granularity)
    await _audit_export(session, viewer, "csv", reports, program, unit, period, granularity)
    head, body = _export_body(reports, language)
    return StreamingResponse(_stream(iter_csv(head, body)), media_type=CSV_MEDIA_TYPE,
                             headers={"Content-Disposition": _disposition(
                                 reports, program, language, "csv")})


@router.get("/exports/kpis.xlsx", operation_id="exportKpisXlsx",
            response_class=StreamingResponse,
            responses={200: {"content": {XLSX_MEDIA_TYPE: {}}, "description": "KPI workbook"},
                       **_ERRORS})
async def export_xlsx(
    viewer: ViewerDep, session: SessionDep, program: ExportProgram = None,
    unit: UnitQuery = None, period: PeriodQuery = None, granularity: GranularityQuery = "month",
    language: ExportLanguage = None,
) -> StreamingResponse:
    """KPIs as an Excel workbook; audited; streamed from a temporary file."""
    reports = await _export_reports(viewer, session, program, unit, period, granularity)
    await _audit_export(session, viewer, "xlsx", reports, program, unit, period, granularity)
    head, rows = _export_body(reports, language)
    sheet = "KPIs" if language is None else ("Indicateurs" if language == "fr" else "Figures")
    body = iter_xlsx([(sheet, head, rows)])
    return StreamingResponse(_stream(body), media_type=XLSX_MEDIA_TYPE,
                             headers={"Content-Disposition": _disposition(
                                 reports, program, language, "xlsx")})


def _stream(chunks: Iterable[bytes]) -> Iterator[bytes]:
    # Starlette iterates a sync generator in a worker thread: the event loop stays free.
    yield from chunks


async def _audit_export(session: SessionDep, viewer: Viewer, fmt: str, reports: list[Report],
                        program: uuid.UUID | None, unit: uuid.UUID | None, period: str | None,
                        granularity: str) -> None:
    await service.audit_read(session, viewer, "metrics.export",
                             reports[0].program if program and reports else None, {
                                 "format": fmt, "program": program, "unit": unit,
                                 "period": period, "granularity": granularity,
                                 "programs": len(reports),
                                 "rows": sum(len(r.cells) for r in reports),
                             })
