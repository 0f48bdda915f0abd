"""Reporting bookkeeping: the change stamp of each organisation's data and the
trigger-fed rollup the pilotage dashboards read (both maintained by the database)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base


class MetricsVersion(Base):
    """Bumped in the writing transaction by statement-level triggers on every table the
    pilotage figures read, so a computed report is reused only while it is still exact.

    No foreign key: the triggers also fire while an organisation's rows cascade away.
    """

    __tablename__ = "metrics_versions"

    organisation_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    changed_at: Mapped[datetime] = mapped_column(server_default=func.now())


class MetricDirty(Base):
    """People whose pilotage facts changed since the rollup last counted them.

    Statement-level triggers on every source table mark the people a write concerns, in
    the writing transaction (migration 0012rollup); the rollup's refresh takes the marks
    and recounts those people. No foreign key: marks are also written while rows cascade
    away with their organisation.
    """

    __tablename__ = "metric_dirty"

    organisation_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    person_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    marked_at: Mapped[datetime] = mapped_column(server_default=func.now())


def _org_column() -> Column[uuid.UUID]:
    return Column("organisation_id", Uuid, ForeignKey("organisations.id", ondelete="CASCADE"),
                  nullable=False)


# Derived tables written only by the rollup's refresh (metrics.rollup); no primary key
# because their keys hold NULLs ("all programs", "no category", "no period").
metric_person_facts = Table(
    "metric_person_facts", Base.metadata,
    _org_column(),
    Column("person_id", Uuid, nullable=False),
    Column("program_id", Uuid, nullable=False),
    Column("unit_id", Uuid, nullable=True),
    Column("figure", Text, nullable=False),
    Column("category", Text, nullable=True),
    Column("month", Date, nullable=True),
    Column("x", Float(precision=53), nullable=True),
    Column("n", BigInteger, nullable=False),
    Column("k", BigInteger, nullable=False),
    Index("ix_metric_person_facts_person", "organisation_id", "person_id"),
)

_CELL_KEY = ("organisation_id", "program_id", "gran", "all_units", "figure", "category", "gc",
             "bucket", "unit_id")


def _cell_columns() -> list[Column[Any]]:
    return [
        _org_column(),
        Column("program_id", Uuid, nullable=True),
        Column("unit_id", Uuid, nullable=True),
        Column("all_units", Boolean, nullable=False),
        Column("figure", Text, nullable=False),
        Column("category", Text, nullable=True),
        Column("gc", SmallInteger, nullable=False),
        Column("gran", String(8), nullable=False),
        Column("bucket", Date, nullable=True),
    ]


metric_cells = Table(
    "metric_cells", Base.metadata,
    *_cell_columns(),
    Column("n", BigInteger, nullable=False),
    Column("people", BigInteger, nullable=False),
    UniqueConstraint(*_CELL_KEY, name="uq_metric_cells_key",
                     postgresql_nulls_not_distinct=True, postgresql_include=["n", "people"]),
    Index("ix_metric_cells_empty", "organisation_id", postgresql_where=text("people = 0")),
)

metric_values = Table(
    "metric_values", Base.metadata,
    *_cell_columns(),
    Column("x", Float(precision=53), nullable=False),
    Column("k", BigInteger, nullable=False),
    UniqueConstraint(*_CELL_KEY, "x", name="uq_metric_values_key",
                     postgresql_nulls_not_distinct=True, postgresql_include=["k"]),
    Index("ix_metric_values_empty", "organisation_id", postgresql_where=text("k = 0")),
)
