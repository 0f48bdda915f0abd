"""Small-cell suppression: examples and properties (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from constel_api.metrics.suppression import (
    Cell,
    Margin,
    SuppressionReason,
    _complement_order,
    _complete,
    _State,
    hierarchy_margins,
    primary_reason,
    suppress,
    suppression_reasons,
)


def count(n: int) -> Cell:
    return Cell(value=n, people=n)


class TestExamples:
    def test_small_cell_is_suppressed_and_its_complement_too(self) -> None:
        cells = {"a": count(3), "b": count(10), "c": count(20), "t": count(33)}
        out = suppress(cells, [Margin("t", ("a", "b", "c"))], threshold=5)
        assert out["a"].reason == SuppressionReason.SMALL_GROUP
        assert out["a"].value is None
        assert out["b"].reason == SuppressionReason.COMPLEMENTARY  # next smallest
        assert out["c"].value == 20
        assert out["t"].value == 33

    def test_zero_cells_are_published(self) -> None:
        cells = {"a": count(0), "b": count(12), "t": count(12)}
        out = suppress(cells, [Margin("t", ("a", "b"))])
        assert [out[k].value for k in "abt"] == [0, 12, 12]

    def test_zero_is_a_last_resort_complement(self) -> None:
        cells = {"a": count(2), "z": count(0), "b": count(9), "t": count(11)}
        out = suppress(cells, [Margin("t", ("a", "z", "b"))])
        assert out["b"].suppressed
        assert not out["z"].suppressed

    def test_single_part_margin_hides_the_total(self) -> None:
        cells = {"a": count(2), "t": count(2)}
        out = suppress(cells, [Margin("t", ("a",))])
        assert out["t"].suppressed

    def test_threshold_is_the_organisations(self) -> None:
        cells = {"a": count(7)}
        assert suppress(cells, threshold=5)["a"].value == 7
        assert suppress(cells, threshold=10)["a"].suppressed

    def test_rate_with_small_denominator_is_suppressed(self) -> None:
        cells = {"r": Cell(value=0.75, people=12, denominator=4)}
        out = suppress(cells)
        assert out["r"].reason == SuppressionReason.SMALL_DENOMINATOR
        assert out["r"].denominator == 4

    def test_rate_over_few_people_is_suppressed(self) -> None:
        cells = {"r": Cell(value=0.5, people=2, denominator=40)}
        assert suppress(cells)["r"].reason == SuppressionReason.SMALL_GROUP

    def test_rate_linked_to_a_hidden_count_is_hidden(self) -> None:
        cells = {
            "held": count(3),
            "rate": Cell(value=0.1, people=30, denominator=30, linked=("held",)),
        }
        out = suppress(cells)
        assert out["rate"].reason == SuppressionReason.LINKED

    def test_hierarchy_cascades_down(self) -> None:
        # root = A + B ; A = A1 + A2 ; B has 2 people -> B hidden, A hidden as complement,
        # and then A's own margin has one unknown -> one of A1/A2 hidden too.
        cells = {
            "root": count(32), "A": count(30), "B": count(2), "A1": count(10), "A2": count(20)
        }
        margins = hierarchy_margins({"root": ["A", "B"], "A": ["A1", "A2"]})
        out = suppress(cells, margins)
        assert out["B"].suppressed
        assert out["A"].suppressed
        assert out["A1"].suppressed or out["A2"].suppressed
        assert not out["root"].suppressed

    def test_reasons_are_the_hidden_cells_in_the_order_they_were_hidden(self) -> None:
        cells = {"a": count(3), "b": count(10), "c": count(20), "t": count(33),
                 "r": Cell(value=0.3, people=30, denominator=30, linked=("b",))}
        reasons = suppression_reasons(cells, [Margin("t", ("a", "b", "c"))], threshold=5)
        assert list(reasons.items()) == [
            ("a", SuppressionReason.SMALL_GROUP),
            ("b", SuppressionReason.COMPLEMENTARY),
            ("r", SuppressionReason.LINKED),
        ]
        assert suppression_reasons(cells, threshold=2) == {}

    def test_invalid_threshold(self) -> None:
        import pytest

        with pytest.raises(ValueError, match="at least 1"):
            suppress({}, threshold=0)


# --- properties ---------------------------------------------------------------------------


@st.composite
def two_way_tables(draw: st.DrawFn) -> tuple[dict[str, Cell], list[Margin], int]:
    """A rows x columns table of counts with row, column and grand totals."""
    rows = draw(st.integers(1, 5))
    cols = draw(st.integers(1, 5))
    threshold = draw(st.integers(1, 10))
    values = [[draw(st.integers(0, 30)) for _ in range(cols)] for _ in range(rows)]
    cells: dict[str, Cell] = {}
    margins: list[Margin] = []
    for r in range(rows):
        for c in range(cols):
            cells[f"{r},{c}"] = count(values[r][c])
        cells[f"{r},T"] = count(sum(values[r]))
        margins.append(Margin(f"{r},T", tuple(f"{r},{c}" for c in range(cols))))
    for c in range(cols):
        cells[f"T,{c}"] = count(sum(values[r][c] for r in range(rows)))
        margins.append(Margin(f"T,{c}", tuple(f"{r},{c}" for r in range(rows))))
    cells["T,T"] = count(sum(map(sum, values)))
    margins.append(Margin("T,T", tuple(f"{r},T" for r in range(rows))))
    margins.append(Margin("T,T", tuple(f"T,{c}" for c in range(cols))))
    return cells, margins, threshold


@st.composite
def trees(draw: st.DrawFn) -> tuple[dict[str, Cell], list[Margin], int]:
    """A unit tree: every node has its own members plus sub-units; totals nest."""
    threshold = draw(st.integers(1, 10))
    size = draw(st.integers(1, 12))
    parents: dict[int, int | None] = {0: None}
    for node in range(1, size):
        parents[node] = draw(st.integers(0, node - 1))
    own = {node: draw(st.integers(0, 25)) for node in parents}
    children: dict[int, list[int]] = {n: [] for n in parents}
    for node, parent in parents.items():
        if parent is not None:
            children[parent].append(node)

    totals: dict[int, int] = {}

    def total(node: int) -> int:
        if node not in totals:
            totals[node] = own[node] + sum(total(k) for k in children[node])
        return totals[node]

    cells: dict[str, Cell] = {}
    for node in parents:
        cells[f"T{node}"] = count(total(node))
        cells[f"O{node}"] = count(own[node])
    margins = hierarchy_margins(
        {f"T{n}": [f"T{k}" for k in kids] for n, kids in children.items()},
        own={f"T{n}": f"O{n}" for n in parents},
    )
    return cells, margins, threshold


def assert_protected(cells: dict[str, Cell], margins: list[Margin], threshold: int) -> None:
    out = suppress(cells, margins, threshold)
    # No published cell describes 1..threshold-1 people.
    for key, published in out.items():
        if not published.suppressed:
            assert cells[key].people == 0 or cells[key].people >= threshold, key
            assert published.value == cells[key].value
    # No margin equation has exactly one unknown: no differencing through totals.
    for margin in margins:
        hidden_parts = [k for k in margin.parts if out[k].suppressed]
        if not out[margin.total].suppressed:
            assert len(hidden_parts) != 1, (margin, hidden_parts)
        else:  # a hidden total cannot be rebuilt by summing published parts either
            assert hidden_parts, margin


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(two_way_tables())
    def test_two_way_tables(self, table: tuple[dict[str, Cell], list[Margin], int]) -> None:
        assert_protected(*table)

    @settings(max_examples=300, deadline=None)
    @given(trees())
    def test_unit_trees(self, table: tuple[dict[str, Cell], list[Margin], int]) -> None:
        assert_protected(*table)

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=20),
           st.integers(1, 10))
    def test_rates(self, pairs: list[tuple[int, int]], threshold: int) -> None:
        cells = {
            i: Cell(value=(n / d if d else None), people=d, denominator=d)
            for i, (n, d) in enumerate(pairs)
        }
        out = suppress(cells, threshold=threshold)
        for key, published in out.items():
            if not published.suppressed:
                assert cells[key].denominator is not None
                assert cells[key].denominator >= threshold  # type: ignore[operator]


# --- the incremental pass makes the same choices as full rescans ---------------------------


def rescanning_suppress(cells: dict[str, Cell], margins: list[Margin],
                        threshold: int) -> dict[str, SuppressionReason]:
    """The reference: primary reasons, then full in-order passes until one changes nothing."""
    reasons: dict[str, SuppressionReason] = {}
    for key, cell in cells.items():
        reason = primary_reason(cell, threshold)
        if reason is not None:
            reasons[key] = reason
    usable = [m for m in margins if m.parts and m.total in cells]
    changed = True
    while changed:
        changed = False
        for margin in usable:
            hidden = [k for k in (margin.total, *margin.parts) if k in reasons]
            if len(hidden) != 1:
                continue
            candidates = [k for k in margin.parts if k not in reasons and k in cells]
            if candidates:
                choice = min(candidates, key=lambda k: _complement_order(cells[k]))
            elif margin.total in cells and margin.total not in reasons:
                choice = margin.total
            else:
                continue
            reasons[choice] = SuppressionReason.COMPLEMENTARY
            changed = True
    for key, cell in cells.items():
        if key not in reasons and any(k in reasons for k in cell.linked):
            reasons[key] = SuppressionReason.LINKED
    return reasons


@st.composite
def tangled_tables(draw: st.DrawFn) -> tuple[dict[str, Cell], list[Margin], int]:
    """Random cells under random, overlapping margins in a random order (some parts or
    totals unknown, repeated margins, rates linked to counts): many passes, many ties."""
    threshold = draw(st.integers(1, 8))
    size = draw(st.integers(1, 30))
    names = [f"c{i}" for i in range(size)]
    cells: dict[str, Cell] = {}
    for name in names:
        people = draw(st.integers(0, 12))
        cells[name] = Cell(value=draw(st.sampled_from([people, 0, people * 2])), people=people)
    for i in range(draw(st.integers(0, 4))):
        den = draw(st.integers(0, 12))
        cells[f"r{i}"] = Cell(value=0.5, people=den, denominator=den,
                              linked=tuple(draw(st.lists(st.sampled_from(names), max_size=2))))
    pool = [*names, "missing"]
    margins = [
        Margin(draw(st.sampled_from(pool)),
               tuple(draw(st.lists(st.sampled_from(pool), min_size=0, max_size=6))))
        for _ in range(draw(st.integers(0, 40)))
    ]
    return cells, margins, threshold


COMPLEMENTARY = SuppressionReason.COMPLEMENTARY
LINKED = SuppressionReason.LINKED


class TestIncrementalPass:
    @settings(max_examples=1500, deadline=None)
    @given(st.one_of(tangled_tables(), two_way_tables(), trees()))
    def test_same_choices_in_the_same_order(
        self, table: tuple[dict[str, Cell], list[Margin], int]
    ) -> None:
        cells, margins, threshold = table
        expected = rescanning_suppress(cells, margins, threshold)
        out = suppress(cells, margins, threshold)
        assert {k: p.reason for k, p in out.items() if p.suppressed} == expected
        reasons = suppression_reasons(cells, margins, threshold)
        assert list(reasons.items()) == list(expected.items())
        # Same choices in the same order: the complementary pass alone, step by step.
        state = _State(cells=cells, reasons={
            k: r for k, r in expected.items() if r not in (COMPLEMENTARY, LINKED)})
        _complete(state, [m for m in margins if m.parts and m.total in cells])
        assert list(state.reasons.items()) == [
            (k, r) for k, r in expected.items() if r != LINKED]
