"""The report response is serialised from the report's own cells (MetricsReportBody): it
must be the documented MetricsReport's JSON, byte for byte, as when every cell was
validated into a MetricCell first."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from asyncpg.pgproto.pgproto import UUID as PgUUID
from pydantic import TypeAdapter
from pydantic_core import PydanticSerializationError

from constel_api.metrics.figures import OutputCell
from constel_api.metrics.periods import parse_period
from constel_api.metrics.repository import UnitRow
from constel_api.metrics.router import _report_response
from constel_api.metrics.schemas import (
    MetricCell,
    MetricsReport,
    MetricsReportBody,
    ProgramRef,
    UnitRef,
)
from constel_api.metrics.service import Report

UNIT = PgUUID("ff84fb0e-0bc9-eebe-4f58-78aeb678613c")  # as the SQL returns it
CHILD = uuid.UUID("0b7c2a3e-6d1f-4c59-9a51-2f1e8d3c4b5a")
CELLS = [
    OutputCell("sessions", None, "count", "all", None, None, 1200, None, False, None),
    OutputCell("sessions", "held", "count", "all", None, date(2026, 4, 1), 0, None, False,
               None),
    OutputCell("attendance_rate", None, "rate", "unit", UNIT, None, 0.8571, 7, False, None),
    OutputCell("days_to_match_median", None, "median", "unit", UNIT, None, 3.0, 6, False,
               None),
    OutputCell("sessions_per_pair_mean", None, "mean", "unit", CHILD, None, 2.33, 12.0,
               False, None),
    OutputCell("participants", "mentee:active", "count", "own", None, None, None, None, True,
               "small_group"),
    OutputCell("match_rate", None, "rate", "own", CHILD, None, None, 3, True,
               "small_denominator"),
]
PROGRAM = SimpleNamespace(id=uuid.UUID(int=7), name="Programme « Envol »", status="running",
                          expected_sessions=None, mentor_capacity=2)


def validated_json(report: Report) -> bytes:
    """MetricsReport with every cell validated, serialised as FastAPI serialises a
    response model."""
    program = report.program
    model = MetricsReport(
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
        cells=[MetricCell.model_validate(c) for c in report.cells],
    )
    adapter = TypeAdapter(MetricsReport)
    return adapter.dump_json(adapter.validate_python(model, from_attributes=True),
                             by_alias=True)


class TestReportBody:
    def test_same_fields_in_the_same_order(self) -> None:
        assert [f.name for f in dataclasses.fields(MetricsReportBody)] == list(
            MetricsReport.model_fields)
        assert [f.name for f in dataclasses.fields(OutputCell)] == list(
            MetricCell.model_fields)

    def test_a_value_of_another_type_is_an_error_not_another_json(self) -> None:
        cell = OutputCell("satisfaction_mean", None, "mean", "all", None, None,
                          Decimal("4.5"), 10, False, None)
        report = Report(uuid.UUID(int=1), None, None, parse_period(None), "month", 5,
                        datetime(2026, 5, 4, tzinfo=UTC), [], [cell])
        with pytest.raises(PydanticSerializationError):
            _report_response(report)

    @pytest.mark.parametrize(("program", "unit_id", "period"), [
        (None, None, None),
        (PROGRAM, UNIT, "2026-Q2"),
    ])
    def test_same_json_as_the_response_model(self, program: Any, unit_id: uuid.UUID | None,
                                             period: str | None) -> None:
        report = Report(
            organisation_id=uuid.UUID(int=1), program=program, unit_id=unit_id,
            period=parse_period(period), granularity="quarter", threshold=5,
            generated_at=datetime(2026, 5, 4, 10, 30, 15, 123456, tzinfo=UTC),
            units=[UnitRow(UNIT, "Direction", None), UnitRow(CHILD, "Équipe", UNIT)],
            cells=CELLS,
        )
        response = _report_response(report)
        assert response.media_type == "application/json"
        assert response.body == validated_json(report)
