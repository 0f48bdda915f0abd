"""Reporting periods: ``2026``, ``2026-Q2`` or ``2026-04`` become a half-open UTC range."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from constel_api.errors import Unprocessable

_PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?:Q(?P<quarter>[1-4])|(?P<month>0[1-9]|1[0-2])))?$")


@dataclass(frozen=True)
class Period:
    label: str | None
    start: datetime | None
    end: datetime | None  # exclusive

    @property
    def start_date(self) -> date | None:
        return self.start.date() if self.start else None

    @property
    def end_date(self) -> date | None:
        return self.end.date() if self.end else None


ALL_TIME = Period(label=None, start=None, end=None)


def _at(year: int, month: int) -> datetime:
    if month > 12:
        year, month = year + 1, month - 12
    return datetime(year, month, 1, tzinfo=UTC)


def parse_period(value: str | None) -> Period:
    """Parse a period label; None means all time."""
    if value is None or value == "":
        return ALL_TIME
    match = _PERIOD.match(value.strip())
    if match is None:
        raise Unprocessable(
            "A period is a year (2026), a quarter (2026-Q2) or a month (2026-04).",
            code="invalid_period",
        )
    year = int(match["year"])
    if year < 1970 or year > 2999:
        raise Unprocessable("The period's year is out of range.", code="invalid_period")
    if match["quarter"]:
        first = (int(match["quarter"]) - 1) * 3 + 1
        return Period(value, _at(year, first), _at(year, first + 3))
    if match["month"]:
        month = int(match["month"])
        return Period(value, _at(year, month), _at(year, month + 1))
    return Period(value, _at(year, 1), _at(year + 1, 1))
