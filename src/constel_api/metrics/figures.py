"""From SQL aggregates to suppressed cells: the catalogue of figures, rates and margins.

The SQL gives additive counts (with the number of people behind each) and medians/means.
Here they become cells, rates are formed from two counts of the same scope (a division,
not an aggregation), and the margins that tie cells together are declared so that
complementary suppression can protect every total.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from constel_api.metrics.repository import AggregateRow, UnitRow
from constel_api.metrics.suppression import Cell, Margin, Published, rate, suppress

# Figures without categories: only their "all categories" row is meaningful.
UNCATEGORISED = frozenset(
    {"days_to_match", "mentor_capacity", "mentor_load", "days_to_first_session",
     "sessions_per_pair"}
)
# (figure, statistic) published next to the figure's count.
STATISTICS: tuple[tuple[str, str], ...] = (
    ("days_to_match", "median"),
    ("days_to_first_session", "median"),
    ("sessions_per_pair", "mean"),
    ("sessions_per_pair", "median"),
    ("mentor_load", "mean"),
    ("satisfaction", "mean"),
)
# rate name -> (numerator (figure, category), denominator (figure, category))
RATES: dict[str, tuple[tuple[str, str | None], tuple[str, str | None]]] = {
    "invitation_acceptance_rate": (("invitations", "accepted"), ("invitations", None)),
    "match_rate": (("match", "matched"), ("match", None)),
    "attendance_rate": (("attendance", "held"), ("attendance", None)),
    "completion_rate": (("completion", "completed"), ("completion", None)),
    "mentor_utilisation": (("mentor_load", None), ("mentor_capacity", None)),
    "objectives_achievement_rate": (("objectives", "achieved"), ("objectives", None)),
    "action_items_done_rate": (("action_items", "done"), ("action_items", None)),
    "event_attendance_rate": (("event_attendance", "present"), ("event_attendance", None)),
}
# Cells that count the same facts under two names, in every scope without a period:
# if one is hidden, the other must be too.
IDENTITIES: tuple[tuple[tuple[str, str | None], tuple[str, str | None]], ...] = (
    (("participants", None), ("participants_by_role", None)),
    (("withdrawals", None), ("withdrawal_reasons", None)),
    (("withdrawals", None), ("completion", "withdrawn")),
    (("withdrawals", None), ("pairs", "withdrawn")),
    (("sessions", "held"), ("attendance", "held")),
    (("sessions", "missed"), ("attendance", "missed")),
    (("sessions", "missed"), ("absences", None)),
    (("match", "matched"), ("days_to_match", None)),
    (("mentor_capacity", None), ("mentors_at_capacity", None)),
)

# (kind, scope_id, bucket)
Slice = tuple[str, uuid.UUID | None, date | None]
# (slice, cell kind, figure, category)
Key = tuple[Slice, str, str, str | None]


@dataclass(frozen=True)
class OutputCell:
    figure: str
    category: str | None
    kind: str
    scope: str
    unit_id: uuid.UUID | None
    period: date | None
    value: float | int | None
    denominator: int | float | None
    suppressed: bool
    reason: str | None


def _count_key(sl: Slice, figure: str, category: str | None) -> Key:
    return (sl, "count", figure, category)


def build_cells(rows: Iterable[AggregateRow]) -> dict[Key, Cell]:
    cells: dict[Key, Cell] = {}
    stats: dict[tuple[Slice, str, str | None], AggregateRow] = {}
    for row in rows:
        if row.figure in UNCATEGORISED and row.category is not None:
            continue
        sl: Slice = (row.kind, row.scope_id, row.bucket)
        cells[_count_key(sl, row.figure, row.category)] = Cell(value=row.value, people=row.people)
        stats[(sl, row.figure, row.category)] = row
    for (sl, figure, category), row in stats.items():
        for stat_figure, stat in STATISTICS:
            if figure != stat_figure:
                continue
            value = row.median if stat == "median" else row.mean
            cells[(sl, stat, figure, category)] = Cell(
                value=None if value is None else round(value, 2),
                people=row.people,
                denominator=row.value,
                linked=(_count_key(sl, figure, category),),
            )
    slices = {key[0] for key in cells}
    for sl in slices:
        for name, ((nf, nc), (df, dc)) in RATES.items():
            den_key = _count_key(sl, df, dc)
            den = cells.get(den_key)
            if den is None:
                continue
            num_key = _count_key(sl, nf, nc)
            num = cells.get(num_key)
            numerator = int(num.value or 0) if num is not None else 0
            denominator = int(den.value or 0)
            cells[(sl, "rate", name, None)] = Cell(
                value=rate(numerator, denominator),
                people=den.people,
                denominator=denominator,
                linked=(num_key, den_key),
            )
    return cells


def build_margins(cells: dict[Key, Cell], units: list[UnitRow],
                  unit_filter: uuid.UUID | None) -> list[Margin]:
    margins: list[Margin] = []
    counts = [k for k in cells if k[1] == "count"]
    # Categories add up to the figure's total, in every slice.
    by_total: dict[Key, list[Key]] = defaultdict(list)
    for key in counts:
        sl, _, figure, category = key
        if category is not None:
            by_total[_count_key(sl, figure, None)].append(key)
    margins.extend(Margin(total, tuple(parts)) for total, parts in by_total.items())
    # Participants by role = sum of that role's states.
    by_role: dict[Key, list[Key]] = defaultdict(list)
    for key in counts:
        sl, _, figure, category = key
        if figure == "participants" and category is not None:
            role = category.split(":", 1)[0]
            by_role[_count_key(sl, "participants_by_role", role)].append(key)
    margins.extend(Margin(total, tuple(parts)) for total, parts in by_role.items())
    # Periods add up to the whole (dated figures only; only the 'all' scope is bucketed).
    by_period: dict[Key, list[Key]] = defaultdict(list)
    for key in counts:
        (kind, scope_id, bucket), _, figure, category = key
        if bucket is not None:
            by_period[_count_key((kind, scope_id, None), figure, category)].append(key)
    margins.extend(Margin(total, tuple(parts)) for total, parts in by_period.items())
    margins.extend(_unit_margins(counts, units, unit_filter))
    # The same facts under two names.
    slices = {k[0] for k in counts if k[0][2] is None}
    for sl in slices:
        for (af, ac), (bf, bc) in IDENTITIES:
            a, b = _count_key(sl, af, ac), _count_key(sl, bf, bc)
            if a in cells and b in cells:
                margins.append(Margin(a, (b,)))
    return margins


def _unit_margins(counts: list[Key], units: list[UnitRow],
                  unit_filter: uuid.UUID | None) -> list[Margin]:
    """subtree(u) = own(u) + sum(subtree(reported children)); all = top units + people
    without a unit. Cells the SQL did not report are zero, or not published at all."""
    if not any(k[0][0] == "unit" for k in counts):
        return []
    reported = {u.id for u in units}
    children: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
    for u in units:
        children[u.parent_id if u.parent_id in reported else None].append(u.id)
    figures = {(k[2], k[3]) for k in counts}
    margins: list[Margin] = []
    for figure, category in figures:
        def sub(uid: uuid.UUID, f: str = figure, c: str | None = category) -> Key:
            return _count_key(("unit", uid, None), f, c)

        def own(uid: uuid.UUID | None, f: str = figure, c: str | None = category) -> Key:
            return _count_key(("own", uid, None), f, c)

        total = _count_key(("all", None, None), figure, category)
        if unit_filter is not None:
            margins.append(Margin(total, (sub(unit_filter),)))
        else:
            margins.append(Margin(total, (*[sub(r) for r in children[None]], own(None))))
        for u in units:
            kids = children.get(u.id, [])
            margins.append(Margin(sub(u.id), (own(u.id), *[sub(k) for k in kids])))
    return margins


def publish(rows: list[AggregateRow], units: list[UnitRow], unit_filter: uuid.UUID | None,
            threshold: int) -> list[OutputCell]:
    """Cells after suppression, in a stable order (figure, category, scope, period)."""
    cells = build_cells(rows)
    margins = build_margins(cells, units, unit_filter)
    published: dict[Key, Published] = suppress(cells, margins, threshold)
    out: list[OutputCell] = []
    for key, result in published.items():
        (kind, scope_id, bucket), cell_kind, figure, category = key
        if kind == "own" and scope_id is not None and result.value == 0:
            continue
        name = figure if cell_kind in ("count", "rate") else f"{figure}_{cell_kind}"
        out.append(OutputCell(
            figure=name, category=category, kind=cell_kind, scope=kind, unit_id=scope_id,
            period=bucket, value=result.value, denominator=result.denominator,
            suppressed=result.suppressed, reason=result.reason.value if result.reason else None,
        ))
    order = {"all": 0, "unit": 1, "own": 2}
    out.sort(key=lambda c: (order[c.scope], str(c.unit_id or ""), c.period or date.min,
                            c.figure, c.category or ""))
    return out
