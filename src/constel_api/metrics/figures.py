"""From SQL aggregates to suppressed cells: the catalogue of figures, rates and margins.

The SQL gives additive counts (with the number of people behind each) and medians/means.
Here they become cells, rates are formed from two counts of the same scope (a division,
not an aggregation), and the margins that tie cells together are declared so that
complementary suppression can protect every total.

A report holds some ten thousand cells, so the cells are numbered once: margins and the
suppression pass then hash small ints instead of nested tuples of UUIDs and dates, and a
margin is declared only over the cells the SQL reported (a cell it did not report is
zero, or not published, and can be neither hidden nor chosen as a complement).
"""

from __future__ import annotations

import gc
import uuid
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from constel_api.metrics.repository import AggregateRow, UnitRow
from constel_api.metrics.suppression import (
    Cell,
    Margin,
    SuppressionReason,
    _complement_order,
    primary_reason,
    rate,
    suppression_reasons,
)

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

# figure -> the statistics published next to it, in STATISTICS order.
_STATISTICS_OF: dict[str, tuple[str, ...]] = {
    figure: tuple(stat for other, stat in STATISTICS if other == figure)
    for figure, _ in STATISTICS
}
_SCOPE_ORDER = {"all": 0, "unit": 1, "own": 2}

# (kind, scope_id, bucket)
Slice = tuple[str, uuid.UUID | None, date | None]
# (slice number, cell kind, figure, category)
Key = tuple[int, str, str, str | None]


@dataclass(slots=True)
class OutputCell:
    """One figure of a report, published or suppressed; never modified once published
    (cached reports are shared between requests). Not frozen: a report builds some ten
    thousand and a frozen dataclass costs five times more to create. Its fields and their
    types are MetricCell's, so the response serialises it as it is
    (schemas.MetricsReportBody)."""

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


class _Table:
    """A report's cells, numbered in creation order: counts in row order, then statistics,
    then rates. ``keys[n]`` describes cell ``n``; ``columns`` finds the count cell of a
    (figure, category) by slice number."""

    def __init__(self) -> None:
        self.slices: dict[Slice, int] = {}
        self.keys: list[Key] = []
        self.cells: list[Cell] = []
        self.columns: dict[tuple[str, str | None], dict[int, int]] = {}
        self.counts = 0  # cells 0..counts-1 are the counts
        self.has_units = False

    def add(self, key: Key, cell: Cell) -> None:
        self.keys.append(key)
        self.cells.append(cell)

    def column(self, figure: str, category: str | None) -> dict[int, int]:
        """The count cells of a figure's category, by slice number (empty if none)."""
        return self.columns.get((figure, category), {})

    def count(self, s: int, figure: str, category: str | None) -> int | None:
        """The count cell of a figure's category in slice ``s``, if the SQL reported it."""
        return self.column(figure, category).get(s)


def _build_cells(rows: Iterable[AggregateRow]) -> _Table:
    table = _Table()
    slices, columns, keys, cells = table.slices, table.columns, table.keys, table.cells
    stats: dict[tuple[int, str, str | None], AggregateRow] = {}
    for row in rows:
        figure, category = row.figure, row.category
        if category is not None and figure in UNCATEGORISED:
            continue
        sl: Slice = (row.kind, row.scope_id, row.bucket)
        s = slices.get(sl)
        if s is None:
            s = slices[sl] = len(slices)
            table.has_units = table.has_units or row.kind == "unit"
        column = columns.get((figure, category))
        if column is None:
            column = columns[(figure, category)] = {}
        at = column.get(s)
        if at is None:  # a repeated key keeps its place and takes the last row (as a dict)
            column[s] = len(cells)
            keys.append((s, "count", figure, category))
            cells.append(Cell(row.value, row.people))
        else:
            cells[at] = Cell(row.value, row.people)
        if figure in _STATISTICS_OF:
            stats[(s, figure, category)] = row
    table.counts = len(cells)
    for (s, figure, category), row in stats.items():
        linked = (columns[(figure, category)][s],)
        for stat in _STATISTICS_OF[figure]:
            value = row.median if stat == "median" else row.mean
            table.add((s, stat, figure, category), Cell(
                None if value is None else round(value, 2), row.people, row.value, linked,
            ))
    rates = [(name, table.column(*num), table.column(*den))
             for name, (num, den) in RATES.items()]
    for s in range(len(slices)):
        for name, numerators, denominators in rates:
            den_at = denominators.get(s)
            if den_at is None:
                continue
            num_at = numerators.get(s)
            den = cells[den_at]
            numerator = int(cells[num_at].value or 0) if num_at is not None else 0
            denominator = int(den.value or 0)
            table.add((s, "rate", name, None), Cell(
                rate(numerator, denominator), den.people, denominator,
                (den_at,) if num_at is None else (num_at, den_at),
            ))
    return table


def _category_margins(table: _Table) -> list[Margin]:
    """Categories add up to the figure's total, in every slice; participants by role =
    sum of that role's states; periods add up to the whole (dated figures only)."""
    slices = list(table.slices)
    whole = [None if bucket is None else table.slices.get((kind, scope_id, None))
             for kind, scope_id, bucket in slices]
    by_total: dict[tuple[int, str], list[int]] = defaultdict(list)
    by_role: dict[tuple[int, str], list[int]] = defaultdict(list)
    by_period: dict[tuple[int, str, str | None], list[int]] = defaultdict(list)
    for at in range(table.counts):
        s, _, figure, category = table.keys[at]
        if category is not None:
            by_total[(s, figure)].append(at)
            if figure == "participants":
                by_role[(s, category.split(":", 1)[0])].append(at)
        if (w := whole[s]) is not None:
            by_period[(w, figure, category)].append(at)
    margins: list[Margin] = []
    for (s, figure), parts in by_total.items():
        if (total := table.count(s, figure, None)) is not None:
            margins.append(Margin(total, tuple(parts)))
    for (s, role), parts in by_role.items():
        if (total := table.count(s, "participants_by_role", role)) is not None:
            margins.append(Margin(total, tuple(parts)))
    for (w, figure, category), parts in by_period.items():
        if (total := table.count(w, figure, category)) is not None:
            margins.append(Margin(total, tuple(parts)))
    return margins


def _unit_margins(table: _Table, units: list[UnitRow],
                  unit_filter: uuid.UUID | None) -> list[Margin]:
    """subtree(u) = own(u) + sum(subtree(reported children)); all = top units + people
    without a unit. Cells the SQL did not report are zero, or not published at all.

    Declared figure by figure: (total slice, part slices) once, then each figure's cells."""
    if not table.has_units:
        return []
    reported = {u.id for u in units}
    children: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
    for u in units:
        children[u.parent_id if u.parent_id in reported else None].append(u.id)
    slices = table.slices

    def sub(uid: uuid.UUID) -> int | None:
        return slices.get(("unit", uid, None))

    def own(uid: uuid.UUID | None) -> int | None:
        return slices.get(("own", uid, None))

    top = [sub(unit_filter)] if unit_filter is not None else [
        *[sub(r) for r in children[None]], own(None)]
    # (total slice, part slices) of each margin, leaving out the slices with no cell at all.
    shapes: list[tuple[int, list[int]]] = []
    for whole, candidates in [
        (slices.get(("all", None, None)), top),
        *[(sub(u.id), [own(u.id), *[sub(k) for k in children.get(u.id, [])]]) for u in units],
    ]:
        kept = [p for p in candidates if p is not None]
        if whole is not None and kept:
            shapes.append((whole, kept))
    margins: list[Margin] = []
    for column in table.columns.values():
        for total_slice, part_slices in shapes:
            total = column.get(total_slice)
            if total is None:
                continue
            parts = tuple(column[p] for p in part_slices if p in column)
            if parts:
                margins.append(Margin(total, parts))
    return margins


def _identity_margins(table: _Table) -> list[Margin]:
    """The same facts under two names, in every slice without a period."""
    pairs = [(table.column(*a), table.column(*b)) for a, b in IDENTITIES]
    margins: list[Margin] = []
    for (_, _, bucket), s in table.slices.items():
        if bucket is not None:
            continue
        for a_cells, b_cells in pairs:
            a, b = a_cells.get(s), b_cells.get(s)
            if a is not None and b is not None:
                margins.append(Margin(a, (b,)))
    return margins


def _output(table: _Table, reasons: dict[int, SuppressionReason]) -> list[OutputCell]:
    """Every cell but the zero 'own' cells of units, sorted by scope, unit, period, figure
    and category; ties keep the creation order. Slices are ranked once, then each slice's
    cells are sorted on their own."""
    slices = list(table.slices)
    slice_keys = [(_SCOPE_ORDER[kind], str(scope_id or ""), bucket or date.min)
                  for kind, scope_id, bucket in slices]
    rank_of = {key: rank for rank, key in enumerate(sorted(set(slice_keys)))}
    ranks = [rank_of[key] for key in slice_keys]
    by_rank: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
    keys, cells = table.keys, table.cells
    for at, (s, cell_kind, figure, category) in enumerate(keys):
        if at not in reasons and cells[at].value == 0:
            kind, scope_id, _ = slices[s]
            if kind == "own" and scope_id is not None:
                continue
        name = figure if cell_kind in ("count", "rate") else f"{figure}_{cell_kind}"
        by_rank[ranks[s]].append((name, category or "", at))
    out: list[OutputCell] = []
    for rank in sorted(by_rank):
        entries = by_rank[rank]
        entries.sort()
        for name, _, at in entries:
            s, cell_kind, _, category = keys[at]
            kind, scope_id, bucket = slices[s]
            cell = cells[at]
            reason = reasons.get(at)
            out.append(OutputCell(
                name, category, cell_kind, kind, scope_id, bucket,
                cell.value if reason is None else None, cell.denominator,
                reason is not None, None if reason is None else reason.value,
            ))
    return out


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """publish() creates some hundred thousand tuples and objects and no reference cycle:
    the cyclic collector's passes over them, one per few hundred allocations and sometimes
    over the whole heap, free nothing and took longer than the work itself. Reference
    counting still frees every temporary; the collector resumes afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# (scope, unit, period, figure, category) of an AggregateRow and of an OutputCell.
RowKey = tuple[str, uuid.UUID | None, date | None, str, str | None]
# Beyond this many changed rows, publishing again is about as cheap as checking them.
REPUBLISH_LIMIT = 2_000
# (numerator or denominator (figure, category)) -> the rates it feeds.
_RATES_OF: dict[tuple[str, str | None], tuple[str, ...]] = {
    part: tuple(name for name, (num, den) in RATES.items() if part in (num, den))
    for rate_parts in RATES.values() for part in rate_parts
}


@dataclass(frozen=True, slots=True)
class Publication:
    """A report's published cells and what ``republish`` needs to reuse them after a write.

    Complementary suppression looks at values only where a margin chose a complement: the
    smallest of its published parts. ``involved`` holds those margins' other parts, each
    with the order of the smallest choice it competed with; a change that keeps a part
    above that, and hides nothing new, leaves every suppression choice as it was."""

    cells: list[OutputCell]
    rows: dict[RowKey, AggregateRow]
    units: tuple[UnitRow, ...]
    unit_filter: uuid.UUID | None
    threshold: int
    positions: dict[RowKey, int]
    involved: dict[RowKey, tuple[int, float, int]]


def _row_key(row: AggregateRow) -> RowKey:
    return (row.kind, row.scope_id, row.bucket, row.figure, row.category)


def publish(rows: list[AggregateRow], units: list[UnitRow], unit_filter: uuid.UUID | None,
            threshold: int) -> list[OutputCell]:
    """Cells after suppression, in a stable order (scope, unit, period, figure, category).

    Margins are checked category margins first, then unit margins figure by figure, then
    identities; the choices of complementary suppression follow that order."""
    return publication(rows, units, unit_filter, threshold).cells


def publication(rows: list[AggregateRow], units: list[UnitRow],
                unit_filter: uuid.UUID | None, threshold: int) -> Publication:
    """``publish``, keeping what a later ``republish`` needs."""
    with _cycle_collector_paused():
        table = _build_cells(rows)
        margins = [*_category_margins(table), *_unit_margins(table, units, unit_filter),
                   *_identity_margins(table)]
        acted: list[tuple[Margin, Hashable]] = []
        reasons = suppression_reasons(dict(enumerate(table.cells)), margins, threshold,
                                      acted)
        cells = _output(table, reasons)
        # A complement is the smallest part of its margin: another part changes that
        # choice only if it becomes as small. Totals never compete.
        bound_at: dict[int, tuple[int, float, int]] = {}
        for margin, choice in acted:
            if not isinstance(choice, int):
                continue
            bound = _complement_order(table.cells[choice])
            for part in margin.parts:
                if isinstance(part, int) and part != choice:
                    known = bound_at.get(part)
                    bound_at[part] = bound if known is None else min(known, bound)
        slices = list(table.slices)
        involved = {(*slices[table.keys[at][0]], table.keys[at][2], table.keys[at][3]): bound
                    for at, bound in bound_at.items() if at < table.counts}
        positions = {(c.scope, c.unit_id, c.period, c.figure, c.category): at
                     for at, c in enumerate(cells)}
        by_key = {_row_key(row): row for row in rows}
        return Publication(cells, by_key, tuple(units), unit_filter, threshold, positions,
                           involved)


def republish(previous: Publication, rows: list[AggregateRow], units: list[UnitRow],
              unit_filter: uuid.UUID | None, threshold: int) -> Publication | None:
    """The publication of ``rows`` from a previous one of the same selection, when the
    rows changed only in values that hide nothing and that no suppression choice looked
    at (a write touches a few hundred cells of ten thousand); None when only ``publish``
    can tell. Same cells as ``publication(rows, ...)`` whenever it answers."""
    if (threshold != previous.threshold or unit_filter != previous.unit_filter
            or tuple(units) != previous.units):
        return None
    by_key = {_row_key(row): row for row in rows}
    old_rows = previous.rows
    if len(by_key) != len(rows) or by_key.keys() != old_rows.keys():
        return None
    changed = [key for key, row in by_key.items() if row != old_rows[key]]
    if len(changed) > REPUBLISH_LIMIT:
        return None
    for key in changed:
        bound = previous.involved.get(key)
        if bound is not None:
            row = by_key[key]
            if _complement_order(Cell(row.value, row.people)) <= bound:
                return None
    cells = list(previous.cells)
    positions = previous.positions
    for kind, scope_id, bucket, figure, category in changed:
        if category is not None and figure in UNCATEGORISED:
            continue  # not published
        row = by_key[(kind, scope_id, bucket, figure, category)]
        updates: list[tuple[str, str | None, Cell]] = [(figure, category,
                                                         Cell(row.value, row.people))]
        for stat in _STATISTICS_OF.get(figure, ()):
            value = row.median if stat == "median" else row.mean
            updates.append((f"{figure}_{stat}", category, Cell(
                None if value is None else round(value, 2), row.people, row.value)))
        for name in _RATES_OF.get((figure, category), ()):
            (num_figure, num_category), (den_figure, den_category) = RATES[name]
            den = by_key.get((kind, scope_id, bucket, den_figure, den_category))
            if den is None:
                continue  # no rate without its denominator, before as now
            num = by_key.get((kind, scope_id, bucket, num_figure, num_category))
            numerator = int(num.value or 0) if num is not None else 0
            denominator = int(den.value or 0)
            updates.append((name, None, Cell(rate(numerator, denominator), den.people,
                                             denominator)))
        omitted_if_zero = kind == "own" and scope_id is not None
        for name, cat, cell in updates:
            if primary_reason(cell, threshold) is not None:
                return None
            at = positions.get((kind, scope_id, bucket, name, cat))
            if at is None:  # a zero 'own' cell left out: it must stay zero
                if omitted_if_zero and cell.value == 0:
                    continue
                return None
            old = cells[at]
            if old.suppressed or (omitted_if_zero and cell.value == 0):
                return None
            cells[at] = OutputCell(old.figure, old.category, old.kind, old.scope, old.unit_id,
                                   old.period, cell.value, cell.denominator, False, None)
    return Publication(cells, by_key, previous.units, unit_filter, threshold, positions,
                       previous.involved)
