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

Cells, margins and outcomes are named tuples: a report builds ten thousand of each, and
a frozen dataclass costs several times more to create.
"""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

DEFAULT_THRESHOLD = 5

CellKey = Hashable
K = TypeVar("K", bound=Hashable)


class SuppressionReason(StrEnum):
    SMALL_GROUP = "small_group"
    SMALL_DENOMINATOR = "small_denominator"
    COMPLEMENTARY = "complementary"
    LINKED = "linked"


class Cell(NamedTuple):
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


class Margin(NamedTuple):
    """``total`` equals the sum of ``parts`` (all keys of additive count cells)."""

    total: CellKey
    parts: tuple[CellKey, ...]


class Published(NamedTuple):
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
    denominator = cell.denominator
    if denominator is not None:  # a rate (cell.is_rate), read once: called for every cell
        if denominator < threshold:
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


def _fix_margin(state: _State, margin: Margin,
                acted: list[tuple[Margin, Hashable]] | None = None) -> bool:
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
    if acted is not None:
        acted.append((margin, choice))
    return True


def _complete(state: _State, margins: Sequence[Margin],
              acted: list[tuple[Margin, Hashable]] | None = None) -> None:
    """Complementary suppression, as repeated in-order passes over ``margins`` until one
    changes nothing, but visiting only the margins that can act.

    A margin acts only when exactly one of its members is hidden, and its outcome depends
    only on which members are hidden; a margin with no hidden member is passed over by a
    rescan. So the first pass visits, in order, the margins holding a cell hidden before
    it starts (``ahead``), and a cell hidden at position ``i`` queues the margins it
    belongs to: those after ``i`` in this pass (``ahead``), the others for the next
    (``behind``). Between two changes the next margin to act is the first queued one at
    or after the cursor, else (a new pass) the first queued one overall. Same choices in
    the same order as full rescans, in time proportional to the margins that hold a hidden
    cell rather than to every margin once per pass.
    """
    if not state.reasons:
        return  # no margin has an unknown
    touching: dict[Hashable, list[int]] = {}
    for index, margin in enumerate(margins):
        for key in (margin.total, *margin.parts):
            found = touching.get(key)
            if found is None:
                touching[key] = [index]
            else:
                found.append(index)
    ahead = sorted({index for key in state.reasons for index in touching.get(key, ())})
    queued = set(ahead)
    behind: list[int] = []
    while ahead or behind:
        if not ahead:
            ahead, behind = behind, []
            heapq.heapify(ahead)
        at = heapq.heappop(ahead)
        queued.discard(at)
        if not _fix_margin(state, margins[at], acted):
            continue
        hidden = next(reversed(state.reasons))  # the choice just recorded
        for other in touching.get(hidden, ()):
            if other not in queued:
                queued.add(other)
                heapq.heappush(ahead if other > at else behind, other)


def suppression_reasons(
    cells: Mapping[K, Cell],
    margins: Sequence[Margin] = (),
    threshold: int = DEFAULT_THRESHOLD,
    acted: list[tuple[Margin, Hashable]] | None = None,
) -> dict[K, SuppressionReason]:
    """Primary, complementary and linked suppression: the hidden cells and why, in the
    order they were hidden (cells absent from the result are published as they are).
    ``acted`` receives each margin that chose a complement, with its choice."""
    if threshold < 1:
        raise ValueError("the anonymity threshold is at least 1")
    state = _State(cells=cells)
    reasons: dict[Any, SuppressionReason] = state.reasons
    for key, cell in cells.items():
        reason = primary_reason(cell, threshold)
        if reason is not None:
            reasons[key] = reason
    if not reasons:
        return reasons  # nothing small: no complement, nothing linked
    _complete(state, [m for m in margins if m.parts and m.total in cells], acted)
    for key, cell in cells.items():
        if cell.linked and key not in reasons and any(k in reasons for k in cell.linked):
            reasons[key] = SuppressionReason.LINKED
    return reasons


def suppress(
    cells: Mapping[K, Cell],
    margins: Sequence[Margin] = (),
    threshold: int = DEFAULT_THRESHOLD,
) -> dict[K, Published]:
    """Apply primary, complementary and linked suppression; return every cell's outcome."""
    reasons = suppression_reasons(cells, margins, threshold)
    return {
        key: Published(
            value=None if key in reasons else cell.value,
            denominator=cell.denominator,
            suppressed=key in reasons,
            reason=reasons.get(key),
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
