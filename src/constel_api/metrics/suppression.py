"""Small-cell suppression: no published figure describes fewer people than the threshold.

Pure functions, no database. A *cell* is one figure for one combination of dimensions
(program, unit, period, category). Each cell says how many distinct people it was
computed over and, for a rate, its denominator. A *margin* says that one cell (the total)
is the sum of others (its parts); margins nest for hierarchical totals (unit tree,
months within a quarter within the whole period, states within a role within all).

Primary suppression hides any cell computed over 1..threshold-1 people, and any rate
whose denominator is below the threshold. Complementary suppression then makes sure no
margin equation has exactly one unknown: if a margin (total and parts together) holds
exactly one suppressed cell, the smallest published part (or the total when no part is
left) is suppressed too, until nothing changes. Rates are not additive and are never
parts of a margin; a rate linked to a suppressed count (its numerator or denominator
count) is suppressed with it, since rate x denominator would give the count back.

Zero cells (no one) are published: they describe nobody. A suppressed cell keeps its
key and carries ``value=None`` with the reason, so clients render "< threshold".
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

DEFAULT_THRESHOLD = 5

CellKey = Hashable
K = TypeVar("K", bound=Hashable)


class SuppressionReason(StrEnum):
    SMALL_GROUP = "small_group"
    SMALL_DENOMINATOR = "small_denominator"
    COMPLEMENTARY = "complementary"
    LINKED = "linked"


@dataclass(frozen=True)
class Cell:
    """One figure before suppression.

    ``people`` is the number of distinct people behind the figure; ``denominator`` is set
    for rates only (the rate is ``value`` = numerator / denominator). ``linked`` names
    the counts that a published rate would let a reader recompute.
    """

    value: float | int | None
    people: int
    denominator: int | None = None
    linked: tuple[CellKey, ...] = ()

    @property
    def is_rate(self) -> bool:
        return self.denominator is not None


@dataclass(frozen=True)
class Margin:
    """``total`` equals the sum of ``parts`` (all keys of additive count cells)."""

    total: CellKey
    parts: tuple[CellKey, ...]


@dataclass(frozen=True)
class Published:
    """A cell after suppression: the value, or None and why."""

    value: float | int | None
    denominator: int | None
    suppressed: bool
    reason: SuppressionReason | None = None


@dataclass
class _State:
    cells: Mapping[Any, Cell]
    reasons: dict[Hashable, SuppressionReason] = field(default_factory=dict)

    def suppressed(self, key: Hashable) -> bool:
        return key in self.reasons


def primary_reason(cell: Cell, threshold: int) -> SuppressionReason | None:
    """Why a cell must be hidden on its own, or None."""
    if cell.is_rate:
        assert cell.denominator is not None
        if cell.denominator < threshold:
            return SuppressionReason.SMALL_DENOMINATOR
        if cell.people < threshold:
            return SuppressionReason.SMALL_GROUP
        return None
    if 0 < cell.people < threshold:
        return SuppressionReason.SMALL_GROUP
    return None


def _complement_order(cell: Cell) -> tuple[int, float, int]:
    # Prefer a cell that hides something (non-zero), then the smallest, then fewest people.
    value = float(cell.value or 0)
    return (0 if value > 0 or cell.people > 0 else 1, value, cell.people)


def _fix_margin(state: _State, margin: Margin) -> bool:
    """Suppress one more cell if the margin's equation has exactly one unknown."""
    members = (margin.total, *margin.parts)
    hidden = [k for k in members if state.suppressed(k)]
    if len(hidden) != 1:
        return False
    candidates = [k for k in margin.parts if not state.suppressed(k) and k in state.cells]
    if candidates:
        choice = min(candidates, key=lambda k: _complement_order(state.cells[k]))
    elif margin.total in state.cells and not state.suppressed(margin.total):
        choice = margin.total
    else:
        return False
    state.reasons[choice] = SuppressionReason.COMPLEMENTARY
    return True


def _complete(state: _State, margins: Sequence[Margin]) -> None:
    """Complementary suppression, as repeated in-order passes over ``margins`` until one
    changes nothing, but after the first pass re-checking only margins that a newly hidden
    cell touches.

    A margin's outcome depends only on which of its members are hidden, so between two
    changes the next margin to act is the first one at or after the pass's cursor that
    can act, else (a new pass) the first one overall. The first pass visits every margin
    (as a full rescan would); a cell hidden at position ``i`` queues the margins it belongs
    to: those after ``i`` in this pass (``ahead``), the others for the next (``behind``).
    Same choices in the same order as full rescans, without rescanning untouched margins.
    """
    touching: dict[Hashable, list[int]] | None = None  # built on the first change only
    ahead: list[int] = []
    behind: list[int] = []
    queued: set[int] = set()

    def hide(at: int) -> None:
        nonlocal touching
        if touching is None:
            touching = {}
            for index, margin in enumerate(margins):
                for key in (margin.total, *margin.parts):
                    touching.setdefault(key, []).append(index)
        hidden = next(reversed(state.reasons))  # the choice just recorded
        for other in touching.get(hidden, ()):
            if other in queued or (first_pass and other > at):
                continue  # already queued, or visited later in the first pass anyway
            queued.add(other)
            heapq.heappush(ahead if other > at else behind, other)

    first_pass = True
    for index, margin in enumerate(margins):
        if _fix_margin(state, margin):
            hide(index)
    first_pass = False
    while ahead or behind:
        if not ahead:
            ahead, behind = behind, []
            heapq.heapify(ahead)
        index = heapq.heappop(ahead)
        queued.discard(index)
        if _fix_margin(state, margins[index]):
            hide(index)


def suppress(
    cells: Mapping[K, Cell],
    margins: Sequence[Margin] = (),
    threshold: int = DEFAULT_THRESHOLD,
) -> dict[K, Published]:
    """Apply primary, complementary and linked suppression; return every cell's outcome."""
    if threshold < 1:
        raise ValueError("the anonymity threshold is at least 1")
    state = _State(cells=cells)
    for key, cell in cells.items():
        reason = primary_reason(cell, threshold)
        if reason is not None:
            state.reasons[key] = reason
    usable = [m for m in margins if m.parts and m.total in cells]
    _complete(state, usable)
    for key, cell in cells.items():
        if not state.suppressed(key) and any(state.suppressed(k) for k in cell.linked):
            state.reasons[key] = SuppressionReason.LINKED
    return {
        key: Published(
            value=None if state.suppressed(key) else cell.value,
            denominator=cell.denominator,
            suppressed=state.suppressed(key),
            reason=state.reasons.get(key),
        )
        for key, cell in cells.items()
    }


def hierarchy_margins(
    children: Mapping[CellKey, Iterable[CellKey]], own: Mapping[CellKey, CellKey] | None = None
) -> list[Margin]:
    """Margins of a tree: each node's total = its own direct cell (if any) + its children.

    ``own`` maps a node's total key to the key of the part that counts people attached
    directly to that node (a unit's own members, beside its sub-units).
    """
    margins: list[Margin] = []
    for total, kids in children.items():
        parts = list(kids)
        if own is not None and total in own:
            parts.append(own[total])
        if parts:
            margins.append(Margin(total=total, parts=tuple(parts)))
    return margins


def rate(numerator: int, denominator: int) -> float | None:
    """A ratio rounded for publication; None when the denominator is zero."""
    if denominator <= 0:
        return None
    return round(numerator / denominator, 4)
