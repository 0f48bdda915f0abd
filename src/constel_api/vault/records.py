"""Records: versioned, signed ciphertext fields written by pair members.

The server checks types, epochs, versions and the author's signature of every field,
hides private notes from everyone but their author, and keeps deleted records as
tombstones without their ciphertext.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Forbidden, NotFound, Unprocessable
from constel_api.models import (
    Person,
    VaultBundle,
    VaultRecord,
    VaultRecordField,
)
from constel_api.vault import repository as repo
from constel_api.vault.keys import current_bundle
from constel_api.vault.pairs import PairAccess, current_members, require_member
from constel_api.vault.registry import (
    FORMAT_V1,
    FORMAT_V2,
    PRIVATE_EPOCH,
    RECORD_TYPES,
    RecordType,
)
from constel_api.vault.schemas import (
    FieldCipher,
    RecordWrite,
)
from constel_api.vault.validation import check_ciphertext, enc, signature_ok

PRIVATE_TYPES = tuple(t.name for t in RECORD_TYPES.values() if t.private)


def known_record_type(name: str) -> RecordType:
    rtype = RECORD_TYPES.get(name)
    if rtype is None:
        raise Unprocessable("Unknown record type.", code="unknown_record_type")
    return rtype


def _check_route(rtype: RecordType, routed_ok: bool) -> None:
    """Some types carry rules of their own domain: only that domain's routes write them."""
    if rtype.routed and not routed_ok:
        raise Unprocessable(
            f"{rtype.name} records are written through their own routes.",
            code="record_type_has_own_route",
        )


def _check_epoch(rtype: RecordType, epoch: int, access: PairAccess) -> None:
    if rtype.private:
        if epoch != PRIVATE_EPOCH:
            raise Unprocessable("Private notes use epoch 0.", code="invalid_epoch")
    elif not 1 <= epoch <= access.current_epoch:
        raise Unprocessable("No such epoch for this pair.", code="unknown_epoch")


def _check_shape(rtype: RecordType, body: RecordWrite) -> None:
    """1.0 records may carry any of the type's v1 fields; 1.1 ones exactly a declared shape."""
    names = set(body.fields)
    if body.record_format == FORMAT_V1:
        unknown = sorted(names - rtype.v1_fields)
        if unknown:
            raise Unprocessable(
                f"fields.{unknown[0]}: not a field of {rtype.name}", code="unknown_field"
            )
    elif not rtype.shape_ok(names):
        raise Unprocessable(
            f"The fields of a {rtype.name} record are "
            f"{', '.join(sorted(rtype.required))} and optionally "
            f"{', '.join(sorted(rtype.optional)) or 'nothing else'}.",
            code="record_shape_mismatch",
        )


def _aad(rtype: RecordType, body: RecordWrite, name: str) -> bytes:
    base = (
        rtype.name, name, str(body.record_id), str(body.pair_id), body.record_version,
        str(body.author_id),
    )
    if body.record_format == FORMAT_V1:
        return enc("record", *base)
    return enc(
        "record2", *base,
        "" if body.parent_id is None else str(body.parent_id),
        "" if body.subject_id is None else str(body.subject_id),
        ",".join(sorted(body.fields, key=lambda n: n.encode())),
    )


def _check_fields(
    rtype: RecordType, body: RecordWrite, author: VaultBundle
) -> list[tuple[str, FieldCipher]]:
    _check_shape(rtype, body)
    items = sorted(body.fields.items())
    for name, cipher in items:
        check_ciphertext(rtype, name, cipher.ct, cipher.wdek, cipher.sig)
        aad = _aad(rtype, body, name)
        if not signature_ok(author.ed_pk, enc("record-sig", aad, cipher.ct), cipher.sig):
            raise Unprocessable(
                f"fields.{name}: the author's signature does not verify.",
                code="bad_record_signature",
            )
    return items


def _visible(record: VaultRecord, me: Person) -> bool:
    return record.record_type not in PRIVATE_TYPES or record.author_id == me.id


async def readable_record(
    session: AsyncSession, me: Person, record_id: uuid.UUID, *, lock: bool = False
) -> tuple[VaultRecord, PairAccess]:
    found = await repo.get_record_and_pair(session, me.organisation_id, record_id, lock=lock)
    if found is None:
        raise NotFound("No such record.", code="record_not_found")
    record, mentorship, state = found
    access = PairAccess(mentorship, state, current_members(mentorship, state))
    if not _visible(record, me) or me.id not in access.member_ids:
        raise NotFound("No such record.", code="record_not_found")
    return record, access


def _store_fields(
    session: AsyncSession, record_id: uuid.UUID, items: list[tuple[str, FieldCipher]]
) -> list[VaultRecordField]:
    fields = [
        VaultRecordField(record_id=record_id, field=name, ct=c.ct, wdek=c.wdek, sig=c.sig)
        for name, c in items
    ]
    session.add_all(fields)
    return fields


async def create_record(
    session: AsyncSession, me: Person, body: RecordWrite, *, routed_ok: bool = False
) -> tuple[VaultRecord, list[VaultRecordField]]:
    return (await create_records(session, me, [body], routed_ok=routed_ok))[0]


async def create_records(
    session: AsyncSession, me: Person, bodies: list[RecordWrite], *, routed_ok: bool = False
) -> list[tuple[VaultRecord, list[VaultRecordField]]]:
    """New records (version 1) written by ``me``, all or none, in one round trip per table."""
    if len({body.record_id for body in bodies}) != len(bodies):
        raise Unprocessable("A record id appears twice.", code="duplicate_record_id")
    author: VaultBundle | None = None
    pairs: dict[uuid.UUID, PairAccess] = {}
    out = []
    for index, body in enumerate(bodies):
        rtype = known_record_type(body.record_type)
        _check_route(rtype, routed_ok)
        if body.author_id != me.id:
            raise Unprocessable("You can only write as yourself.", code="author_mismatch")
        if body.record_version != 1:
            raise Unprocessable("A new record starts at version 1.", code="invalid_version")
        if body.pair_id not in pairs:
            pairs[body.pair_id] = await require_member(session, me, body.pair_id)
        _check_epoch(rtype, body.epoch, pairs[body.pair_id])
        author = author or await current_bundle(session, me)
        items = _check_fields(rtype, body, author)
        if body.parent_id is not None:
            parent = await repo.get_record(session, me.organisation_id, body.parent_id)
            if parent is None or parent.pair_id != body.pair_id or not _visible(parent, me):
                raise Unprocessable(
                    "The parent record is not in this pair.", code="unknown_parent"
                )
        # The clock, not the transaction start: listings are in writing order.
        now = utcnow() + timedelta(microseconds=index)
        record = VaultRecord(
            id=body.record_id, organisation_id=me.organisation_id, pair_id=body.pair_id,
            record_type=rtype.name, record_version=1, author_id=me.id,
            author_key_version=author.key_version, epoch=body.epoch,
            parent_id=body.parent_id, subject_id=body.subject_id, format=body.record_format,
            created_at=now, updated_at=now,
        )
        session.add(record)
        out.append((record, _store_fields(session, record.id, items)))
    try:
        await session.flush()  # a duplicate id fails here
    except IntegrityError as exc:
        raise Conflict("A record with this id exists.", code="record_exists") from exc
    return out


async def update_record(
    session: AsyncSession, me: Person, record_id: uuid.UUID, body: RecordWrite,
    *, routed_ok: bool = False,
) -> tuple[VaultRecord, list[VaultRecordField]]:
    """A new version: ``record_version`` must be exactly the stored one plus one."""
    record, access = await readable_record(session, me, record_id, lock=True)
    rtype = known_record_type(record.record_type)
    _check_route(rtype, routed_ok)
    if body.record_id != record.id:
        raise Unprocessable("record_id differs from the path.", code="record_id_mismatch")
    if body.pair_id != record.pair_id:
        raise Unprocessable("A record cannot move to another pair.", code="pair_mismatch")
    if body.record_type != record.record_type:
        raise Unprocessable("A record cannot change type.", code="record_type_mismatch")
    if body.author_id != me.id:
        raise Unprocessable("You can only write as yourself.", code="author_mismatch")
    if record.deleted_at is not None:
        raise Conflict("The record was deleted.", code="record_deleted")
    if rtype.file:
        raise Conflict("A file record is immutable; upload a new one.", code="immutable_record")
    if not rtype.shared_edit and record.author_id != me.id:
        raise Forbidden("Only the author can edit this record.", code="not_author")
    if record.format == FORMAT_V2 and body.record_format < FORMAT_V2:
        raise Unprocessable(
            "A record written under protocol 1.1 stays 1.1.", code="format_downgrade"
        )
    if body.record_version <= record.record_version:
        raise Conflict(
            "Someone saved a newer version first.", code="stale_version",
            current_version=record.record_version,
        )
    if body.record_version != record.record_version + 1:
        raise Unprocessable(
            "record_version must be the stored version plus one.", code="version_gap"
        )
    _check_epoch(rtype, body.epoch, access)
    author = await current_bundle(session, me)
    items = _check_fields(rtype, body, author)
    await repo.delete_fields(session, record.id)
    fields = _store_fields(session, record.id, items)
    record.record_version = body.record_version
    record.author_id = me.id
    record.author_key_version = author.key_version
    record.epoch = body.epoch
    record.parent_id = body.parent_id
    record.subject_id = body.subject_id
    record.format = body.record_format
    record.updated_at = utcnow()
    await session.flush()
    return record, fields


async def get_record(
    session: AsyncSession, me: Person, record_id: uuid.UUID
) -> tuple[VaultRecord, list[VaultRecordField]]:
    record, _ = await readable_record(session, me, record_id)
    return record, (await repo.fields_of(session, [record.id]))[record.id]


async def list_records(
    session: AsyncSession,
    me: Person,
    *,
    pair_id: uuid.UUID,
    record_type: str | None,
    parent_id: uuid.UUID | None,
    subject_id: uuid.UUID | None,
    include_deleted: bool,
    limit: int,
    offset: int,
) -> tuple[list[tuple[VaultRecord, list[VaultRecordField]]], int]:
    await require_member(session, me, pair_id)
    if record_type is not None:
        known_record_type(record_type)
    records, total = await repo.list_records(
        session, me.organisation_id, pair_id=pair_id, viewer_id=me.id,
        private_types=PRIVATE_TYPES, record_type=record_type, parent_id=parent_id,
        subject_id=subject_id, include_deleted=include_deleted, limit=limit, offset=offset,
    )
    fields = await repo.fields_of(session, [r.id for r in records])
    return [(r, fields[r.id]) for r in records], total


async def delete_record(
    session: AsyncSession, me: Person, record_id: uuid.UUID, *, routed_ok: bool = False
) -> None:
    """Author only. The ciphertext and any file go; the row stays as a tombstone."""
    record, _ = await readable_record(session, me, record_id, lock=True)
    _check_route(known_record_type(record.record_type), routed_ok)
    if record.author_id != me.id:
        raise Forbidden("Only the author can delete this record.", code="not_author")
    if record.deleted_at is not None:
        return
    await repo.delete_fields(session, record.id)
    await repo.delete_file(session, record.id)
    record.deleted_at = utcnow()
    await session.flush()
