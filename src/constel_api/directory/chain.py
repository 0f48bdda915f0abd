"""Management-chain queries over the closure table ``management_chain``.

Why a closure table rather than a recursive CTE per query: matching asks "is A in B's chain,
either way, and how far" for thousands of candidate pairs at a time, many times per run,
while the chain changes only when the HRIS syncs. The closure turns every question into
primary-key lookups (one round trip for any number of pairs); triggers on ``people`` keep it
exact on every write (see migration ``0003directory``), at a cost of about depth rows per
person (50,000 people at depth 8: ~450,000 rows).

Distances are in levels: 1 = direct manager/report. Every query is scoped by organisation.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.errors import Conflict
from constel_api.models import OPEN_MENTORSHIP_STATUSES

Pair = tuple[uuid.UUID, uuid.UUID]

HIERARCHY_CONFLICT = "hierarchy_conflict"

_PAIRS_SQL = text(
    """
    SELECT p.a, p.b, c.depth, (c.ancestor_id = p.a) AS a_above
    FROM unnest(CAST(:a AS uuid[]), CAST(:b AS uuid[])) AS p(a, b)
    JOIN management_chain c
      ON c.organisation_id = :org AND c.depth > 0
     AND ((c.ancestor_id = p.a AND c.descendant_id = p.b)
       OR (c.ancestor_id = p.b AND c.descendant_id = p.a))
    """
)


async def signed_chain_links(
    session: AsyncSession, org_id: uuid.UUID, pairs: Iterable[Pair]
) -> dict[Pair, int]:
    """Linked pairs only, with a signed distance: > 0 when ``a`` is above ``b``, < 0 below."""
    unique = list(dict.fromkeys(pairs))
    if not unique:
        return {}
    result = await session.execute(
        _PAIRS_SQL,
        {"org": org_id, "a": [p[0] for p in unique], "b": [p[1] for p in unique]},
    )
    return {(a, b): depth if a_above else -depth for a, b, depth, a_above in result.all()}


async def chain_links(
    session: AsyncSession, org_id: uuid.UUID, pairs: Iterable[Pair]
) -> dict[Pair, int]:
    """For each pair in either's management chain, the distance in levels (>= 1).

    Pairs without a hierarchical link are absent from the result. One query for any number
    of pairs.
    """
    signed = await signed_chain_links(session, org_id, pairs)
    return {pair: abs(distance) for pair, distance in signed.items()}


async def is_linked(
    session: AsyncSession, org_id: uuid.UUID, a: uuid.UUID, b: uuid.UUID
) -> int | None:
    """The distance between ``a`` and ``b`` if one is in the other's chain, else ``None``."""
    return (await chain_links(session, org_id, [(a, b)])).get((a, b))


async def links_between(
    session: AsyncSession,
    org_id: uuid.UUID,
    group_a: Sequence[uuid.UUID],
    group_b: Sequence[uuid.UUID],
) -> dict[Pair, int]:
    """Every hierarchical link between a member of ``group_a`` and one of ``group_b``.

    Keys are ``(a, b)`` with ``a`` from ``group_a``; values the distance (>= 1). Meant for
    matching: pass all mentees and all mentors, get the forbidden edges without enumerating
    the full cross product.
    """
    if not group_a or not group_b:
        return {}
    result = await session.execute(
        text(
            """
            SELECT c.ancestor_id, c.descendant_id, c.depth,
                   (c.ancestor_id = ANY(CAST(:a AS uuid[]))
                    AND c.descendant_id = ANY(CAST(:b AS uuid[]))) AS a_above
            FROM management_chain c
            WHERE c.organisation_id = :org AND c.depth > 0
              AND ((c.ancestor_id = ANY(CAST(:a AS uuid[]))
                    AND c.descendant_id = ANY(CAST(:b AS uuid[])))
                OR (c.ancestor_id = ANY(CAST(:b AS uuid[]))
                    AND c.descendant_id = ANY(CAST(:a AS uuid[]))))
            """
        ),
        {"org": org_id, "a": list(group_a), "b": list(group_b)},
    )
    set_a, set_b = set(group_a), set(group_b)
    links: dict[Pair, int] = {}
    for ancestor, descendant, depth, _ in result.all():
        if ancestor in set_a and descendant in set_b:
            links[(ancestor, descendant)] = depth
        if descendant in set_a and ancestor in set_b:
            links[(descendant, ancestor)] = depth
    return links


async def within_levels(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID, n: int
) -> dict[uuid.UUID, int]:
    """Everyone within ``n`` levels of the person, up or down, with a signed distance.

    Negative: above the person (their manager is -1); positive: below (a direct report is 1).
    The person themself is not included.
    """
    if n < 1:
        return {}
    result = await session.execute(
        text(
            """
            SELECT c.ancestor_id, -c.depth FROM management_chain c
            WHERE c.organisation_id = :org AND c.descendant_id = :p
              AND c.depth BETWEEN 1 AND :n
            UNION ALL
            SELECT c.descendant_id, c.depth FROM management_chain c
            WHERE c.organisation_id = :org AND c.ancestor_id = :p
              AND c.depth BETWEEN 1 AND :n
            """
        ),
        {"org": org_id, "p": person_id, "n": n},
    )
    return {row[0]: row[1] for row in result.all()}


async def managers_of(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID
) -> list[uuid.UUID]:
    """The person's management chain, direct manager first, up to the top."""
    result = await session.execute(
        text(
            "SELECT ancestor_id FROM management_chain WHERE organisation_id = :org "
            "AND descendant_id = :p AND depth > 0 ORDER BY depth"
        ),
        {"org": org_id, "p": person_id},
    )
    return list(result.scalars())


@dataclass(frozen=True)
class CycleMember:
    id: uuid.UUID
    name: str
    external_id: str | None


class ManagementCycle(Conflict):
    """Refused: the new manager is the person themself or one of their reports."""

    default_code = "management_cycle"


def cycle_error(members: Sequence[CycleMember]) -> ManagementCycle:
    """A 409 that names everyone on the loop, in order, back to the first."""
    labels = [
        f"{m.name} ({m.external_id})" if m.external_id else m.name for m in members
    ]
    loop = " → ".join([*labels, labels[0]]) if labels else ""
    return ManagementCycle(
        f"This manager change would create a management cycle: {loop}.",
        people=[
            {"id": str(m.id), "name": m.name, "external_id": m.external_id} for m in members
        ],
    )


async def check_new_manager(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID, manager_id: uuid.UUID
) -> None:
    """Raise ``ManagementCycle`` when ``manager_id`` is the person or below them.

    The session must be flushed so the closure reflects the current managers.
    """
    result = await session.execute(
        text(
            """
            SELECT p.id, p.given_name || ' ' || p.family_name, p.external_id
            FROM management_chain up
            JOIN management_chain below
              ON below.descendant_id = up.ancestor_id AND below.ancestor_id = :person
            JOIN people p ON p.id = up.ancestor_id
            WHERE up.descendant_id = :manager AND up.organisation_id = :org
            ORDER BY below.depth
            """
        ),
        {"org": org_id, "person": person_id, "manager": manager_id},
    )
    rows = result.all()
    if rows:
        raise cycle_error([CycleMember(r[0], r[1], r[2]) for r in rows])


async def flag_hierarchy_conflicts(session: AsyncSession, org_id: uuid.UUID) -> int:
    """Mark open mentorships whose mentor and mentee are now in each other's chain.

    An already flagged pair keeps its first reason (a deactivated participant stays the
    more urgent one); the admins see the pair either way. Returns how many were flagged.
    """
    result = await session.execute(
        text(
            """
            UPDATE mentorships m
            SET needs_attention = true, attention_reason = :reason, updated_at = now()
            WHERE m.organisation_id = :org
              AND m.status = ANY(CAST(:open AS varchar[]))
              AND m.needs_attention = false
              AND EXISTS (
                SELECT 1 FROM management_chain c
                WHERE (c.ancestor_id = m.mentor_id AND c.descendant_id = m.mentee_id)
                   OR (c.ancestor_id = m.mentee_id AND c.descendant_id = m.mentor_id))
            """
        ),
        {
            "org": org_id,
            "reason": HIERARCHY_CONFLICT,
            "open": [str(s) for s in OPEN_MENTORSHIP_STATUSES],
        },
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
