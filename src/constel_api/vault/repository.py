"""Queries of the vault tables; every one is scoped by organisation or by a row already
loaded through a scoped query."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, func, or_, select
from sqlalchemy.dialects.postgresql import distinct_on, insert
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.models import (
    Mentorship,
    VaultAccount,
    VaultBundle,
    VaultEnvelope,
    VaultFile,
    VaultFileChunk,
    VaultKeyring,
    VaultPair,
    VaultRecord,
    VaultRecordField,
)


async def get_account(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID, *, lock: bool = False
) -> VaultAccount | None:
    query = scoped_select(VaultAccount, org_id).where(VaultAccount.person_id == person_id)
    if lock:
        query = query.with_for_update()
    return (await session.execute(query)).scalar_one_or_none()


async def get_keyring(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID, *, lock: bool = False
) -> VaultKeyring | None:
    query = scoped_select(VaultKeyring, org_id).where(VaultKeyring.person_id == person_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(query)).scalar_one_or_none()


async def get_bundle(
    session: AsyncSession, org_id: uuid.UUID, person_id: uuid.UUID, key_version: int | None = None
) -> VaultBundle | None:
    """A given key version, or the current (highest) one."""
    query = scoped_select(VaultBundle, org_id).where(VaultBundle.person_id == person_id)
    if key_version is not None:
        query = query.where(VaultBundle.key_version == key_version)
    query = query.order_by(VaultBundle.key_version.desc()).limit(1)
    return (await session.execute(query)).scalar_one_or_none()


async def current_bundles(
    session: AsyncSession, org_id: uuid.UUID, person_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, VaultBundle]:
    query = (
        scoped_select(VaultBundle, org_id)
        .where(VaultBundle.person_id.in_(person_ids))
        .order_by(VaultBundle.person_id, VaultBundle.key_version.desc())
        .ext(distinct_on(VaultBundle.person_id))
    )
    return {b.person_id: b for b in (await session.execute(query)).scalars()}


async def share_a_mentorship(
    session: AsyncSession, org_id: uuid.UUID, a: uuid.UUID, b: uuid.UUID
) -> bool:
    """Any status, past ones included: bundles stay readable to check old signatures."""
    query = (
        scoped_select(Mentorship, org_id)
        .where(
            or_(
                (Mentorship.mentor_id == a) & (Mentorship.mentee_id == b),
                (Mentorship.mentor_id == b) & (Mentorship.mentee_id == a),
            )
        )
        .limit(1)
    )
    return (await session.execute(query)).first() is not None


async def get_pair(
    session: AsyncSession, org_id: uuid.UUID, pair_id: uuid.UUID
) -> tuple[Mentorship, VaultPair | None] | None:
    query = (
        select(Mentorship, VaultPair)
        .outerjoin(VaultPair, VaultPair.mentorship_id == Mentorship.id)
        .where(Mentorship.organisation_id == org_id, Mentorship.id == pair_id)
    )
    row = (await session.execute(query)).first()
    return None if row is None else (row[0], row[1])


async def lock_pair_state(session: AsyncSession, mentorship: Mentorship) -> VaultPair:
    """The pair's state row, created on first use and locked for this transaction."""
    await session.execute(
        insert(VaultPair)
        .values(
            mentorship_id=mentorship.id,
            organisation_id=mentorship.organisation_id,
            current_epoch=0,
            removed_member_ids=[],
            rotation_needed=False,
        )
        .on_conflict_do_nothing(index_elements=[VaultPair.mentorship_id])
    )
    query = (
        select(VaultPair)
        .where(VaultPair.mentorship_id == mentorship.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return (await session.execute(query)).scalar_one()


async def envelopes_of(
    session: AsyncSession, pair_id: uuid.UUID, recipient_id: uuid.UUID
) -> list[VaultEnvelope]:
    query = (
        select(VaultEnvelope)
        .where(VaultEnvelope.pair_id == pair_id, VaultEnvelope.recipient_id == recipient_id)
        .order_by(VaultEnvelope.epoch, VaultEnvelope.recipient_key_version)
    )
    return list((await session.execute(query)).scalars())


async def key_id_of_epoch(session: AsyncSession, pair_id: uuid.UUID, epoch: int) -> bytes | None:
    query = (
        select(VaultEnvelope.key_id)
        .where(VaultEnvelope.pair_id == pair_id, VaultEnvelope.epoch == epoch)
        .limit(1)
    )
    return (await session.execute(query)).scalar_one_or_none()


async def delete_envelopes(session: AsyncSession, pair_id: uuid.UUID, person_id: uuid.UUID) -> int:
    result = await session.execute(
        delete(VaultEnvelope).where(
            VaultEnvelope.pair_id == pair_id, VaultEnvelope.recipient_id == person_id
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def get_record_and_pair(
    session: AsyncSession, org_id: uuid.UUID, record_id: uuid.UUID, *, lock: bool = False
) -> tuple[VaultRecord, Mentorship, VaultPair | None] | None:
    """A record with its pair in one round trip (the hot path of every record read)."""
    query = (
        select(VaultRecord, Mentorship, VaultPair)
        .join(Mentorship, Mentorship.id == VaultRecord.pair_id)
        .outerjoin(VaultPair, VaultPair.mentorship_id == VaultRecord.pair_id)
        .where(VaultRecord.organisation_id == org_id, VaultRecord.id == record_id)
    )
    if lock:
        query = query.with_for_update(of=VaultRecord)
    row = (await session.execute(query)).first()
    return None if row is None else (row[0], row[1], row[2])


async def get_record(
    session: AsyncSession, org_id: uuid.UUID, record_id: uuid.UUID, *, lock: bool = False
) -> VaultRecord | None:
    query = scoped_select(VaultRecord, org_id).where(VaultRecord.id == record_id)
    if lock:
        query = query.with_for_update()
    return (await session.execute(query)).scalar_one_or_none()


async def fields_of(
    session: AsyncSession, record_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[VaultRecordField]]:
    out: dict[uuid.UUID, list[VaultRecordField]] = {rid: [] for rid in record_ids}
    if not record_ids:
        return out
    query = select(VaultRecordField).where(VaultRecordField.record_id.in_(record_ids))
    for f in (await session.execute(query)).scalars():
        out[f.record_id].append(f)
    return out


async def delete_fields(session: AsyncSession, record_id: uuid.UUID) -> None:
    await session.execute(delete(VaultRecordField).where(VaultRecordField.record_id == record_id))


async def list_records(
    session: AsyncSession,
    org_id: uuid.UUID,
    *,
    pair_id: uuid.UUID,
    viewer_id: uuid.UUID,
    private_types: Sequence[str],
    record_type: str | None,
    parent_id: uuid.UUID | None,
    subject_id: uuid.UUID | None,
    include_deleted: bool,
    limit: int,
    offset: int,
) -> tuple[list[VaultRecord], int]:
    query = scoped_select(VaultRecord, org_id).where(
        VaultRecord.pair_id == pair_id,
        # Someone else's private notes are not even listed.
        or_(VaultRecord.record_type.not_in(private_types), VaultRecord.author_id == viewer_id),
    )
    if record_type is not None:
        query = query.where(VaultRecord.record_type == record_type)
    if parent_id is not None:
        query = query.where(VaultRecord.parent_id == parent_id)
    if subject_id is not None:
        query = query.where(VaultRecord.subject_id == subject_id)
    if not include_deleted:
        query = query.where(VaultRecord.deleted_at.is_(None))
    total = (
        await session.execute(select(func.count()).select_from(query.subquery()))
    ).scalar_one()
    page = query.order_by(VaultRecord.created_at, VaultRecord.id).limit(limit).offset(offset)
    return list((await session.execute(page)).scalars()), int(total)


async def get_file(
    session: AsyncSession, record_id: uuid.UUID, *, lock: bool = False
) -> VaultFile | None:
    query = select(VaultFile).where(VaultFile.record_id == record_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(query)).scalar_one_or_none()


async def ensure_file(session: AsyncSession, record: VaultRecord) -> VaultFile:
    await session.execute(
        insert(VaultFile)
        .values(record_id=record.id, organisation_id=record.organisation_id)
        .on_conflict_do_nothing(index_elements=[VaultFile.record_id])
    )
    file = await get_file(session, record.id, lock=True)
    assert file is not None
    return file


async def put_chunk(session: AsyncSession, record_id: uuid.UUID, index: int, data: bytes) -> None:
    stmt = insert(VaultFileChunk).values(record_id=record_id, index=index, data=data)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[VaultFileChunk.record_id, VaultFileChunk.index],
            set_={"data": stmt.excluded.data},
        )
    )


async def chunk_sizes(session: AsyncSession, record_id: uuid.UUID) -> dict[int, int]:
    query = select(VaultFileChunk.index, func.octet_length(VaultFileChunk.data)).where(
        VaultFileChunk.record_id == record_id
    )
    return {int(i): int(n) for i, n in (await session.execute(query)).all()}


async def delete_chunks_from(session: AsyncSession, record_id: uuid.UUID, first: int) -> None:
    await session.execute(
        delete(VaultFileChunk).where(
            VaultFileChunk.record_id == record_id, VaultFileChunk.index >= first
        )
    )


async def read_chunk(session: AsyncSession, record_id: uuid.UUID, index: int) -> bytes | None:
    query = select(VaultFileChunk.data).where(
        VaultFileChunk.record_id == record_id, VaultFileChunk.index == index
    )
    return (await session.execute(query)).scalar_one_or_none()


async def delete_file(session: AsyncSession, record_id: uuid.UUID) -> None:
    await session.execute(delete(VaultFile).where(VaultFile.record_id == record_id))
