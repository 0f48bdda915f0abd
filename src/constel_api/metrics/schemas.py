"""Metrics responses: figures after small-cell suppression, and the per-pair follow-up."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from pydantic import Field

from constel_api.core.schemas import ResponseModel
from constel_api.metrics.figures import OutputCell


class MetricCell(ResponseModel):
    """One figure for one scope; ``value`` is null when suppressed (see ``reason``)."""

    figure: str = Field(description="Figure name, e.g. 'sessions', 'attendance_rate'.")
    category: str | None = Field(
        description="Category within the figure (status, side, role:state); null = all."
    )
    kind: Literal["count", "rate", "median", "mean"]
    scope: Literal["all", "unit", "own"] = Field(
        description="'all': the whole selection; 'unit': a unit and its sub-units; "
        "'own': people attached directly to the unit (unit_id null: people without a unit)."
    )
    unit_id: uuid.UUID | None
    period: date | None = Field(description="First day of the month or quarter; null = whole.")
    value: float | int | None
    denominator: int | float | None = Field(
        description="For rates: the denominator; for medians and means: the number of values."
    )
    suppressed: bool
    reason: str | None = None


class UnitRef(ResponseModel):
    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None


class ProgramRef(ResponseModel):
    id: uuid.UUID
    name: str
    status: str
    expected_sessions: int | None
    mentor_capacity: int


class MetricsReport(ResponseModel):
    """Pilotage figures: metadata aggregates only, small groups suppressed."""

    organisation_id: uuid.UUID
    program: ProgramRef | None
    unit_id: uuid.UUID | None
    period: str | None
    period_start: date | None
    period_end: date | None = Field(description="Exclusive.")
    granularity: Literal["month", "quarter"]
    anonymity_threshold: int
    generated_at: datetime
    units: list[UnitRef]
    cells: list[MetricCell]


@dataclass(frozen=True)
class MetricsReportBody:
    """MetricsReport's JSON from trusted internal data: the same fields in the same order
    with the same types, but the cells are the report's own OutputCell (MetricCell's
    fields and types), serialised without validating ten thousand of them one by one.
    MetricsReport stays the documented response model; a test keeps both JSON identical.
    """

    organisation_id: uuid.UUID
    program: ProgramRef | None
    unit_id: uuid.UUID | None
    period: str | None
    period_start: date | None
    period_end: date | None
    granularity: Literal["month", "quarter"]
    anonymity_threshold: int
    generated_at: datetime
    units: list[UnitRef]
    cells: list[OutputCell]


class SessionMeta(ResponseModel):
    starts_at: datetime
    duration_minutes: int
    status: str
    absence: str | None


class PairFollowUp(ResponseModel):
    """One pair's metadata: names, status, session dates and outcomes, objective counts."""

    id: uuid.UUID
    mentor_name: str
    mentee_name: str
    status: str
    created_at: datetime
    activated_at: datetime | None
    ended_at: datetime | None
    first_meeting_confirmed_at: datetime | None
    completed: bool
    sessions: list[SessionMeta]
    sessions_held: int
    absences_mentor: int
    absences_mentee: int
    objectives: dict[str, int] = Field(description="Objective counts by status.")
