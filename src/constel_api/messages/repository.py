"""Queries of the conversation metadata (order, read positions); never any ciphertext."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import PairMessage, PairMessageRead, VaultRecord
from constel_api.models.messages import MESSAGE_SEQ


async def lock_pair(session: AsyncSession, pair_id: uuid.UUID) -> None:
    """Writers of one pair take their sequence numbers in commit order.

    Without it a message numbered 5 could commit after 6 was read, and a reader whose
    cursor passed 6 would never see 5.
    """
    key = int.from_bytes(pair_id.bytes[:8], "big", signed=True)
    await session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


async def next_seq(session: AsyncSession) -> int:
    return int(await session.scalar(select(MESSAGE_SEQ.next_value())) or 0)


async def get_message(session: AsyncSession, record_id: uuid.UUID) -> PairMessage | None:
    return await session.get(PairMessage, record_id)


async def changed_since(
    session: AsyncSession, pair_id: uuid.UUID, after: int, limit: int
) -> list[tuple[PairMessage, VaultRecord]]:
    rows = await session.execute(
        select(PairMessage, VaultRecord)
        .join(VaultRecord, VaultRecord.id == PairMessage.record_id)
        .where(PairMessage.pair_id == pair_id, PairMessage.changed_seq > after)
        .order_by(PairMessage.changed_seq)
        .limit(limit)
    )
    return [(m, r) for m, r in rows.all()]


async def read_position(session: AsyncSession, pair_id: uuid.UUID, person_id: uuid.UUID) -> int:
    row = await session.get(PairMessageRead, (pair_id, person_id))
    return row.last_read_seq if row else 0


async def move_read_position(
    session: AsyncSession, organisation_id: uuid.UUID, pair_id: uuid.UUID,
    person_id: uuid.UUID, seq: int,
) -> int:
    """Only forward: a stale tab never marks read messages unread again."""
    values = insert(PairMessageRead).values(
        organisation_id=organisation_id, pair_id=pair_id, person_id=person_id,
        last_read_seq=seq,
    )
    stmt = values.on_conflict_do_update(
        index_elements=[PairMessageRead.pair_id, PairMessageRead.person_id],
        set_={
            "last_read_seq": func.greatest(PairMessageRead.last_read_seq, seq),
            "updated_at": func.now(),
        },
    ).returning(PairMessageRead.last_read_seq)
    return int((await session.execute(stmt)).scalar_one())


async def last_seq(session: AsyncSession, pair_id: uuid.UUID) -> int:
    value = await session.scalar(
        select(func.max(PairMessage.seq)).where(PairMessage.pair_id == pair_id)
    )
    return int(value or 0)


async def unread_counts(
    session: AsyncSession, person_id: uuid.UUID, pair_ids: list[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """Messages of the others, not deleted, after my read position, per pair."""
    if not pair_ids:
        return {}
    read = (
        select(PairMessageRead.pair_id, PairMessageRead.last_read_seq)
        .where(PairMessageRead.person_id == person_id)
        .subquery()
    )
    rows = await session.execute(
        select(PairMessage.pair_id, func.count())
        .join(VaultRecord, VaultRecord.id == PairMessage.record_id)
        .outerjoin(read, read.c.pair_id == PairMessage.pair_id)
        .where(
            PairMessage.pair_id.in_(pair_ids),
            PairMessage.author_id != person_id,
            VaultRecord.deleted_at.is_(None),
            PairMessage.seq > func.coalesce(read.c.last_read_seq, 0),
        )
        .group_by(PairMessage.pair_id)
    )
    counts = dict.fromkeys(pair_ids, 0)
    counts.update({pid: int(n) for pid, n in rows.all()})
    return counts
