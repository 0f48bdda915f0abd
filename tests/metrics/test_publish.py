"""publish() on numbered cells gives the cells of the plain declaration (hypothesis).

The reference below keys every cell by its full (slice, kind, figure, category) tuple and
declares every margin, reported parts or not, as figures.publish did before it numbered
the cells; publish() must give the same cells, values, reasons and order."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from constel_api.metrics.figures import (
    IDENTITIES,
    RATES,
    STATISTICS,
    UNCATEGORISED,
    OutputCell,
    publication,
    publish,
    republish,
)
from constel_api.metrics.repository import AggregateRow, UnitRow
from constel_api.metrics.suppression import Cell, Margin, rate, suppress

Key = tuple[Any, str, str, str | None]


def _count(sl: Any, figure: str, category: str | None) -> Key:
    return (sl, "count", figure, category)


def reference_cells(rows: list[AggregateRow]) -> dict[Key, Cell]:
    cells: dict[Key, Cell] = {}
    stats: dict[Any, AggregateRow] = {}
    for row in rows:
        if row.figure in UNCATEGORISED and row.category is not None:
            continue
        sl = (row.kind, row.scope_id, row.bucket)
        cells[_count(sl, row.figure, row.category)] = Cell(row.value, row.people)
        stats[(sl, row.figure, row.category)] = row
    for (sl, figure, category), row in stats.items():
        for stat_figure, stat in STATISTICS:
            if figure == stat_figure:
                value = row.median if stat == "median" else row.mean
                cells[(sl, stat, figure, category)] = Cell(
                    None if value is None else round(value, 2), row.people, row.value,
                    (_count(sl, figure, category),))
    for sl in {key[0] for key in cells}:
        for name, ((nf, nc), (df, dc)) in RATES.items():
            den = cells.get(_count(sl, df, dc))
            if den is None:
                continue
            num = cells.get(_count(sl, nf, nc))
            numerator = int(num.value or 0) if num is not None else 0
            cells[(sl, "rate", name, None)] = Cell(
                rate(numerator, int(den.value or 0)), den.people, int(den.value or 0),
                (_count(sl, nf, nc), _count(sl, df, dc)))
    return cells


def reference_margins(cells: dict[Key, Cell], units: list[UnitRow],
                      unit_filter: uuid.UUID | None) -> list[Margin]:
    counts = [k for k in cells if k[1] == "count"]
    groups: list[dict[Key, list[Key]]] = [defaultdict(list) for _ in range(3)]
    for key in counts:
        (kind, scope_id, bucket), _, figure, category = key
        if category is not None:
            groups[0][_count(key[0], figure, None)].append(key)
            if figure == "participants":
                role = category.split(":", 1)[0]
                groups[1][_count(key[0], "participants_by_role", role)].append(key)
        if bucket is not None:
            groups[2][_count((kind, scope_id, None), figure, category)].append(key)
    margins = [Margin(t, tuple(p)) for group in groups for t, p in group.items()]
    if any(k[0][0] == "unit" for k in counts):
        reported = {u.id for u in units}
        children: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
        for u in units:
            children[u.parent_id if u.parent_id in reported else None].append(u.id)
        for figure, category in {(k[2], k[3]) for k in counts}:
            def sub(uid: uuid.UUID | None, f: str = figure, c: str | None = category) -> Key:
                return _count(("unit", uid, None), f, c)

            def own(uid: uuid.UUID | None, f: str = figure, c: str | None = category) -> Key:
                return _count(("own", uid, None), f, c)

            top = [sub(unit_filter)] if unit_filter is not None else [
                *[sub(r) for r in children[None]], own(None)]
            margins.append(Margin(_count(("all", None, None), figure, category), tuple(top)))
            for u in units:
                kids = [sub(k) for k in children.get(u.id, [])]
                margins.append(Margin(sub(u.id), (own(u.id), *kids)))
    for sl in {k[0] for k in counts if k[0][2] is None}:
        for (af, ac), (bf, bc) in IDENTITIES:
            a, b = _count(sl, af, ac), _count(sl, bf, bc)
            if a in cells and b in cells:
                margins.append(Margin(a, (b,)))
    return margins


def reference_publish(rows: list[AggregateRow], units: list[UnitRow],
                      unit_filter: uuid.UUID | None, threshold: int) -> list[OutputCell]:
    cells = reference_cells(rows)
    out = []
    for key, result in suppress(cells, reference_margins(cells, units, unit_filter),
                                threshold).items():
        (kind, scope_id, bucket), cell_kind, figure, category = key
        if kind == "own" and scope_id is not None and result.value == 0:
            continue
        name = figure if cell_kind in ("count", "rate") else f"{figure}_{cell_kind}"
        out.append(OutputCell(
            name, category, cell_kind, kind, scope_id, bucket, result.value,
            result.denominator, result.suppressed,
            result.reason.value if result.reason else None))
    order = {"all": 0, "unit": 1, "own": 2}
    out.sort(key=lambda c: (order[c.scope], str(c.unit_id or ""), c.period or date.min,
                            c.figure, c.category or ""))
    return out


FIGURES: list[tuple[str, tuple[str | None, ...]]] = [
    ("participants", ("mentor:active", "mentee:active", "mentee:declined", None)),
    ("participants_by_role", ("mentor", "mentee", None)),
    ("invitations", ("accepted", "declined", None)),
    ("match", ("matched", None)),
    ("sessions", ("held", "missed", None)),
    ("attendance", ("held", "missed", None)),
    ("absences", (None,)),
    ("withdrawals", (None,)),
    ("completion", ("completed", "withdrawn", None)),
    ("pairs", ("active", "withdrawn", None)),
    ("days_to_match", (None, "ignored")),
    ("mentor_capacity", (None,)),
    ("mentor_load", (None,)),
    ("mentors_at_capacity", (None,)),
    ("sessions_per_pair", (None,)),
    ("satisfaction", ("4", "5", None)),
]


@st.composite
def reports(draw: st.DrawFn) -> tuple[list[AggregateRow], list[UnitRow],
                                      uuid.UUID | None, int]:
    """A unit tree (some parents unreported), a unit filter or none, whole and monthly
    slices, own cells, missing cells and small counts: many complements and cascades."""
    ids = [uuid.UUID(int=n + 1) for n in range(draw(st.integers(0, 7)))]
    units = [UnitRow(u, f"u{i}", draw(st.sampled_from([None, uuid.UUID(int=99), *ids[:i]])))
             for i, u in enumerate(ids)]
    unit_filter = draw(st.sampled_from([None, *ids]))
    months = draw(st.lists(st.integers(1, 12), max_size=3, unique=True))
    slices: list[tuple[str, uuid.UUID | None, date | None]] = [("all", None, None)]
    slices += [("all", None, date(2026, m, 1)) for m in months]
    slices += [("unit", u, None) for u in ids]
    slices += [("own", u, None) for u in [None, *ids]]
    figures = draw(st.lists(st.sampled_from(FIGURES), min_size=1, max_size=6, unique=True))
    rows = []
    for kind, scope_id, bucket in slices:
        for figure, categories in figures:
            for category in categories:
                if not draw(st.booleans()):
                    continue
                people = draw(st.sampled_from([0, 1, 2, 3, 4, 5, 8, 20]))
                value = people * draw(st.sampled_from([1, 2])) if people else 0
                median = draw(st.sampled_from([None, 2.5, 7.125]))
                rows.append(AggregateRow(kind, scope_id, bucket, figure, category, value,
                                         people, median, median))
    return rows, units, unit_filter, draw(st.integers(1, 8))


def shown(cells: list[OutputCell]) -> list[str]:
    return [repr(c) for c in cells]  # 2 and 2.0 are equal, but not in the JSON


class TestPublish:
    @settings(max_examples=300, deadline=None)
    @given(reports())
    def test_same_cells_as_the_plain_declaration(
        self, report: tuple[list[AggregateRow], list[UnitRow], uuid.UUID | None, int]
    ) -> None:
        assert shown(publish(*report)) == shown(reference_publish(*report))

    def test_a_repeated_row_keeps_its_place_and_takes_the_last_values(self) -> None:
        rows = [AggregateRow("all", None, None, "sessions", None, 10, 10, None, None),
                AggregateRow("all", None, None, "match", None, 8, 8, None, None),
                AggregateRow("all", None, None, "sessions", None, 12, 12, None, None)]
        cells = publish(rows, [], None, 5)
        assert [(c.figure, c.value) for c in cells] == [
            ("match", 8), ("match_rate", 0.0), ("sessions", 12)]
        assert shown(cells) == shown(reference_publish(rows, [], None, 5))


@st.composite
def changed_reports(draw: st.DrawFn) -> tuple[list[AggregateRow], list[AggregateRow],
                                              list[UnitRow], uuid.UUID | None, int]:
    """A report, then the same rows after a write: a few values, people and medians
    changed (some to zero, some below the threshold, most well above it)."""
    rows, units, unit_filter, threshold = draw(reports())
    after = list(rows)
    if rows:
        for at in draw(st.lists(st.integers(0, len(rows) - 1), max_size=6)):
            people = draw(st.sampled_from([0, 2, 20, 21, 40]))
            median = draw(st.sampled_from([None, 3.0, 7.125]))
            after[at] = after[at]._replace(value=people * draw(st.sampled_from([1, 3])),
                                           people=people, median=median, mean=median)
    return rows, after, units, unit_filter, threshold


def _large(figure: str, category: str | None, people: int,
           kind: str = "all", scope_id: uuid.UUID | None = None) -> AggregateRow:
    return AggregateRow(kind, scope_id, None, figure, category, people * 2, people, 3.0, 3.5)


class TestRepublish:
    @settings(max_examples=400, deadline=None)
    @given(changed_reports())
    def test_same_cells_as_publishing_again_whenever_it_answers(
        self, case: tuple[list[AggregateRow], list[AggregateRow], list[UnitRow],
                          uuid.UUID | None, int]
    ) -> None:
        before, after, units, unit_filter, threshold = case
        previous = publication(before, units, unit_filter, threshold)
        again = republish(previous, after, units, unit_filter, threshold)
        if again is not None:
            assert shown(again.cells) == shown(publish(after, units, unit_filter, threshold))

    def test_a_change_far_from_any_hidden_cell_reuses_the_publication(self) -> None:
        unit = uuid.UUID(int=1)
        rows = [_large("match", None, 40), _large("match", "matched", 30),
                _large("match", "unmatched", 10), _large("sessions", None, 3),
                _large("sessions", "held", 3), _large("match", None, 40, "own", unit),
                _large("match", "matched", 40, "own", unit)]
        previous = publication(rows, [], None, 5)
        after = [*rows[:1], _large("match", "matched", 31), *rows[2:]]
        after[0] = _large("match", None, 41)
        again = republish(previous, after, [], None, 5)
        assert again is not None
        assert shown(again.cells) == shown(publish(after, [], None, 5))
        assert next(c.value for c in again.cells if c.figure == "match_rate"
                    and c.scope == "all") == round(62 / 82, 4)

    def test_a_change_that_hides_a_cell_or_touches_a_hidden_one_publishes_again(
            self) -> None:
        rows = [_large("match", None, 40), _large("match", "matched", 30),
                _large("match", "unmatched", 10), _large("sessions", None, 3),
                _large("sessions", "held", 3)]
        previous = publication(rows, [], None, 5)
        assert any(c.suppressed for c in previous.cells)
        smaller = [*rows[:2], _large("match", "unmatched", 4), *rows[3:]]
        assert republish(previous, smaller, [], None, 5) is None
        hidden = [*rows[:4], _large("sessions", "held", 2)]
        assert republish(previous, hidden, [], None, 5) is None
        assert republish(previous, rows[:-1], [], None, 5) is None  # a row less
        assert republish(previous, rows, [], None, 4) is None  # another threshold
