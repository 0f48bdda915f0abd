"""Conversation rules on top of the vault's record machinery.

The vault checks signatures, epochs, versions and authorship; here: only ``message``
records, a closed pair (withdrawn or completed) is read-only, 64 KiB of plaintext at
most (413), edits within 15 minutes, and a number per change so clients catch up
from a cursor.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict, NotFound, PayloadTooLarge, Unprocessable
from constel_api.messages import repository as repo
from constel_api.models import (
    MentorshipStatus,
    PairMessage,
    Person,
    VaultRecord,
    VaultRecordField,
)
from constel_api.vault import records
from constel_api.vault import repository as vault_repo
from constel_api.vault.pairs import PairAccess, require_member
from constel_api.vault.registry import RECORD_TYPES, SEAL_OVERHEAD
from constel_api.vault.schemas import RecordWrite

MESSAGE = RECORD_TYPES["message"]
EDIT_WINDOW = timedelta(minutes=15)
CLOSED = (MentorshipStatus.WITHDRAWN, MentorshipStatus.COMPLETED)


@dataclass(frozen=True)
class Message:
    meta: PairMessage
    record: VaultRecord
    fields: list[VaultRecordField]


def _check_body(pair_id: uuid.UUID, body: RecordWrite) -> None:
    if body.record_type != MESSAGE.name:
        raise Unprocessable("Only message records belong here.", code="not_a_message")
    if body.pair_id != pair_id:
        raise Unprocessable("The message is for another pair.", code="pair_mismatch")
    for cipher in body.fields.values():
        if len(cipher.ct) - SEAL_OVERHEAD > MESSAGE.max_padded:
            raise PayloadTooLarge(
                "A message holds at most 64 KiB of text.", code="message_too_large"
            )


async def _writable(session: AsyncSession, me: Person, pair_id: uuid.UUID) -> PairAccess:
    access = await require_member(session, me, pair_id)
    if access.mentorship.status in CLOSED:
        raise Conflict(
            "This mentorship has ended: its conversation is read-only.",
            code="conversation_closed",
        )
    await repo.lock_pair(session, pair_id)
    return access


async def _own_message(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, record_id: uuid.UUID
) -> PairMessage:
    meta = await repo.get_message(session, record_id)
    if meta is None or meta.pair_id != pair_id or meta.organisation_id != me.organisation_id:
        raise NotFound("No such message.", code="message_not_found")
    return meta


async def send(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, body: RecordWrite
) -> Message:
    """A new message (a reply when ``parent_id`` names a message of the pair)."""
    _check_body(pair_id, body)
    await _writable(session, me, pair_id)
    if body.parent_id is not None:
        parent = await repo.get_message(session, body.parent_id)
        if parent is None or parent.pair_id != pair_id:
            raise Unprocessable("A reply answers a message of this pair.", code="unknown_parent")
    record, fields = await records.create_record(session, me, body, routed_ok=True)
    seq = await repo.next_seq(session)
    meta = PairMessage(
        record_id=record.id, organisation_id=me.organisation_id, pair_id=pair_id,
        author_id=me.id, seq=seq, changed_seq=seq,
    )
    session.add(meta)
    await session.flush()
    return Message(meta, record, fields)


async def edit(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, record_id: uuid.UUID,
    body: RecordWrite,
) -> Message:
    """The author's next version, within 15 minutes of sending."""
    _check_body(pair_id, body)
    await _writable(session, me, pair_id)
    meta = await _own_message(session, me, pair_id, record_id)
    record, _ = await records.readable_record(session, me, record_id)
    if utcnow() - record.created_at > EDIT_WINDOW:
        raise Conflict("A message can be edited for 15 minutes.", code="edit_window_closed")
    if body.parent_id != record.parent_id:
        raise Unprocessable("A reply stays a reply to the same message.", code="parent_mismatch")
    record, fields = await records.update_record(session, me, record_id, body, routed_ok=True)
    meta.changed_seq = await repo.next_seq(session)
    await session.flush()
    return Message(meta, record, fields)


async def delete(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, record_id: uuid.UUID
) -> None:
    """The author deletes: a tombstone stays so both screens show "message supprimé"."""
    await _writable(session, me, pair_id)
    meta = await _own_message(session, me, pair_id, record_id)
    record, _ = await records.readable_record(session, me, record_id)
    if record.deleted_at is not None:
        return
    await records.delete_record(session, me, record_id, routed_ok=True)
    meta.changed_seq = await repo.next_seq(session)
    await session.flush()


@dataclass(frozen=True)
class Changes:
    items: list[Message]
    cursor: int  # pass it back as ``after``
    has_more: bool


async def since(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, after: int, limit: int
) -> Changes:
    """New messages, edits and tombstones after ``after``, in the order they happened."""
    await require_member(session, me, pair_id)
    rows = await repo.changed_since(session, pair_id, after, limit + 1)
    has_more = len(rows) > limit
    rows = rows[:limit]
    fields = await vault_repo.fields_of(session, [r.id for _, r in rows])
    items = [Message(m, r, fields[r.id]) for m, r in rows]
    cursor = rows[-1][0].changed_seq if rows else after
    return Changes(items, cursor, has_more)


@dataclass(frozen=True)
class ReadState:
    last_read_seq: int
    last_seq: int
    unread: int


async def read_state(session: AsyncSession, me: Person, pair_id: uuid.UUID) -> ReadState:
    await require_member(session, me, pair_id)
    return ReadState(
        await repo.read_position(session, pair_id, me.id),
        await repo.last_seq(session, pair_id),
        (await repo.unread_counts(session, me.id, [pair_id]))[pair_id],
    )


async def mark_read(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, seq: int
) -> ReadState:
    """Move my read position (allowed on a closed pair too: reading is not writing)."""
    await require_member(session, me, pair_id)
    last = await repo.last_seq(session, pair_id)
    await repo.move_read_position(session, me.organisation_id, pair_id, me.id, min(seq, last))
    return await read_state(session, me, pair_id)
