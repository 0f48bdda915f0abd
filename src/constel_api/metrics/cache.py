"""Reuse a computed report while the organisation's reporting data has not changed.

Every table the figures read carries statement-level triggers (migration 0009metrics)
that bump ``metrics_versions.version`` for the organisations a write touches, inside the
writing transaction. A report is keyed by its parameters and the version read *before*
computing it: the computation's snapshot is at least as recent as the version, so an
entry never holds data older than its key, and a reader who sees the same version gets
the figures it would have computed. A transaction that has written anything (its own
uncommitted changes may be in the figures) neither reads nor fills the cache.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

V = TypeVar("V")

_VERSION = text(
    "SELECT pg_current_xact_id_if_assigned() IS NULL AS clean, "
    "(SELECT version FROM metrics_versions WHERE organisation_id = :org) AS version"
)


async def data_version(session: AsyncSession, organisation_id: uuid.UUID) -> int | None:
    """The organisation's reporting-data version, or None when a cached report must not be
    used (this transaction has written)."""
    row = (await session.execute(_VERSION, {"org": organisation_id})).one()
    if not row.clean:
        return None
    return int(row.version or 0)


class ReportCache(Generic[V]):
    """A small least-recently-used map, per process (each worker keeps its own)."""

    def __init__(self, capacity: int = 32) -> None:
        self.capacity = capacity
        self._entries: OrderedDict[Hashable, V] = OrderedDict()

    def get(self, key: Hashable) -> V | None:
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, key: Hashable, value: V) -> None:
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()
