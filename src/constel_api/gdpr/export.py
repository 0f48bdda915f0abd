"""The data export (GDPR art. 15 and 20) as one JSON document, streamed.

The person-sized sections come first; encrypted records (with file chunks) and audit
events follow in keyset batches, so memory stays bounded whatever the history's size.
Ciphertext comes out as stored: only the person's client can open it.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.scoping import scoped_select
from constel_api.core.time import utcnow
from constel_api.gdpr import export_sections as sections
from constel_api.gdpr import schemas as s
from constel_api.models import (
    AuditEvent,
    Mentorship,
    Person,
    VaultFile,
    VaultPair,
    VaultRecord,
)
from constel_api.vault import repository as vault_repo
from constel_api.vault.service import PRIVATE_TYPES, current_members

BATCH = 100


async def record_export(session: AsyncSession, me: Person) -> None:
    """Audited before the first byte leaves, in its own committed transaction."""
    await record_audit(session, me, "gdpr.data_exported", "person", me.id, {})


def _dump(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _scalar(value: Any) -> Any:
    """Values outside a model, as the schema declares them (``str()`` of a datetime puts a
    space where RFC 3339 wants a ``T``)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _json(value: Any) -> bytes:
    return json.dumps(_dump(value), ensure_ascii=False, default=_scalar).encode()


async def readable_pair_ids(session: AsyncSession, me: Person) -> list[uuid.UUID]:
    """Pairs whose shared records the person can read today (the vault's member rule)."""
    rows = await session.execute(
        select(Mentorship, VaultPair)
        .outerjoin(VaultPair, VaultPair.mentorship_id == Mentorship.id)
        .where(Mentorship.organisation_id == me.organisation_id,
               or_(Mentorship.mentor_id == me.id, Mentorship.mentee_id == me.id))
    )
    return [m.id for m, state in rows if me.id in {pid for pid, _ in current_members(m, state)}]


async def _records(session: AsyncSession, me: Person) -> AsyncIterator[s.ExportRecord]:
    pair_ids = await readable_pair_ids(session, me)
    visible = or_(
        VaultRecord.author_id == me.id,
        and_(VaultRecord.pair_id.in_(pair_ids), VaultRecord.record_type.not_in(PRIVATE_TYPES)),
    )
    last: uuid.UUID | None = None
    while True:
        query = scoped_select(VaultRecord, me.organisation_id).where(visible)
        if last is not None:
            query = query.where(VaultRecord.id > last)
        batch = list(await session.scalars(query.order_by(VaultRecord.id).limit(BATCH)))
        if not batch:
            return
        fields = await vault_repo.fields_of(session, [r.id for r in batch])
        for record in batch:
            yield s.ExportRecord(
                id=record.id, pair_id=record.pair_id, record_type=record.record_type,
                record_version=record.record_version, author_id=record.author_id,
                authored_by_me=record.author_id == me.id,
                author_key_version=record.author_key_version, epoch=record.epoch,
                parent_id=record.parent_id, subject_id=record.subject_id,
                format=record.format,
                created_at=record.created_at, updated_at=record.updated_at,
                deleted_at=record.deleted_at,
                fields=[s.ExportRecordField.model_validate(f) for f in fields[record.id]],
            )
        last = batch[-1].id


async def _file_json(session: AsyncSession, record_id: uuid.UUID) -> AsyncIterator[bytes]:
    """A record's file, one chunk in memory at a time; nothing when it has none."""
    file = await session.get(VaultFile, record_id)
    if file is None:
        return
    head = {"chunk_count": file.chunk_count, "size_bytes": file.size_bytes,
            "finalized_at": file.finalized_at}
    yield b',"file":' + _json(head)[:-1] + b',"chunks":['
    for index in range(file.chunk_count or 0):
        data = await vault_repo.read_chunk(session, record_id, index)
        if data is None:
            break
        yield (b"," if index else b"") + b'"' + base64.b64encode(data) + b'"'
    yield b"]}"


async def _audit_events(session: AsyncSession, me: Person) -> AsyncIterator[s.ExportAuditEvent]:
    mine = or_(
        AuditEvent.actor_person_id == me.id,
        and_(AuditEvent.target_type == "person", AuditEvent.target_id == me.id),
    )
    last: uuid.UUID | None = None
    while True:
        query = scoped_select(AuditEvent, me.organisation_id).where(mine)
        if last is not None:
            query = query.where(AuditEvent.id > last)
        batch = list(await session.scalars(query.order_by(AuditEvent.id).limit(BATCH)))
        if not batch:
            return
        for event in batch:
            yield s.ExportAuditEvent(
                id=event.id,
                relation="actor" if event.actor_person_id == me.id else "subject",
                action=event.action, target_type=event.target_type,
                target_id=event.target_id, details=event.details,
                created_at=event.created_at,
            )
        last = batch[-1].id


async def stream_export(session: AsyncSession, person_id: uuid.UUID) -> AsyncIterator[bytes]:
    """Yield the export document of ``person_id`` piece by piece."""
    me = await session.get(Person, person_id)
    assert me is not None
    head: dict[str, Any] = {"format": s.EXPORT_FORMAT, "generated_at": utcnow()}
    head |= await sections.profile(session, me)
    head |= await sections.programs(session, me)
    head["mentorships"] = await sections.mentorships(session, me)
    head |= await sections.account(session, me)
    head["vault"] = await sections.vault(session, me)
    yield _json(head)[:-1] + b',"records":['
    first = True
    async for record in _records(session, me):
        # The file, if any, is appended chunk by chunk after the record's own keys.
        body = _json(record.model_dump(mode="json", exclude={"file"}))[:-1]
        yield (b"" if first else b",") + body
        async for piece in _file_json(session, record.id):
            yield piece
        yield b"}"
        first = False
    yield b'],"audit_events":['
    first = True
    async for event in _audit_events(session, me):
        yield (b"" if first else b",") + _json(event)
        first = False
    yield b"]}"
