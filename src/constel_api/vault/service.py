"""Vault rules: who may read and write key material, envelopes, records and files.

The server checks shapes, signatures it can check with public keys, membership, versions
and epochs. It never holds a key that decrypts anything, and it never logs a content
field. Non-members get 404 (the pair's content is none of their business, not even its
existence).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Forbidden, NotFound, Unprocessable
from constel_api.models import (
    Mentorship,
    MentorshipStatus,
    Person,
    VaultAccount,
    VaultBundle,
    VaultEnvelope,
    VaultFile,
    VaultPair,
    VaultRecord,
    VaultRecordField,
)
from constel_api.vault import repository as repo
from constel_api.vault.registry import (
    BOX_SEAL_OVERHEAD,
    FILE_CIPHER_CHUNK_BYTES,
    MAX_FILE_CHUNKS,
    PRIVATE_EPOCH,
    PUBLIC_KEY_BYTES,
    RECORD_TYPES,
    RecordType,
)
from constel_api.vault.schemas import (
    EnvelopeWrite,
    EpochCreate,
    FieldCipher,
    IdentityPublish,
    KeyMaterialWrite,
    RecordWrite,
)
from constel_api.vault.validation import check_ciphertext, check_file_chunk, enc, signature_ok

PRIVATE_TYPES = tuple(t.name for t in RECORD_TYPES.values() if t.private)


# --- key material ---------------------------------------------------------------------


async def my_vault(session: AsyncSession, me: Person) -> tuple[VaultAccount, VaultBundle]:
    account = await repo.get_account(session, me.organisation_id, me.id)
    bundle = await repo.get_bundle(session, me.organisation_id, me.id)
    if account is None or bundle is None:
        raise NotFound("You have not set up your vault yet.", code="vault_not_set_up")
    return account, bundle


def _apply_material(account: VaultAccount, material: KeyMaterialWrite) -> None:
    account.key_version = material.key_version
    account.kdf_v = material.kdf.v
    account.kdf_alg = material.kdf.alg
    account.kdf_salt = material.kdf.salt
    account.kdf_ops = material.kdf.ops
    account.kdf_mem = material.kdf.mem
    account.wrapped_uk_pw = material.wrapped_uk_pw
    account.wrapped_uk_rk = material.wrapped_uk_rk
    account.wrapped_keys = material.wrapped_keys


async def publish_identity(
    session: AsyncSession, me: Person, body: IdentityPublish
) -> tuple[VaultAccount, VaultBundle]:
    """Publish key version ``current + 1`` (1 at first) with its wrapped private keys.

    ``self_sig`` must verify; ``prev_sig``, when present, must verify with the current key
    (without it, peers see the key as changed and unverified: a reset after a lost
    passphrase and recovery key).
    """
    bundle, material = body.bundle, body.material
    if bundle.user_id != me.id or material.user_id != me.id:
        raise Unprocessable("Keys can only be published for yourself.", code="user_mismatch")
    if material.key_version != bundle.key_version:
        raise Unprocessable("Key material and bundle versions differ.", code="key_version_mismatch")
    account = await repo.get_account(session, me.organisation_id, me.id, lock=True)
    current = await repo.get_bundle(session, me.organisation_id, me.id)
    expected = current.key_version + 1 if current else 1
    if bundle.key_version != expected:
        raise Conflict(
            f"The next key version is {expected}.", code="key_version_conflict", expected=expected
        )
    user = str(me.id)
    signed = enc("pubkeys", user, bundle.key_version, bundle.x_pk, bundle.ed_pk)
    if not signature_ok(bundle.ed_pk, signed, bundle.self_sig):
        raise Unprocessable(
            "The bundle's self-signature does not verify.", code="bad_self_signature"
        )
    if bundle.prev_sig is not None:
        rotated = enc("key-rotate", user, bundle.key_version, bundle.x_pk, bundle.ed_pk)
        if current is None or not signature_ok(current.ed_pk, rotated, bundle.prev_sig):
            raise Unprocessable(
                "prev_sig does not verify with the current key.", code="bad_prev_signature"
            )
    new_bundle = VaultBundle(
        organisation_id=me.organisation_id,
        person_id=me.id,
        key_version=bundle.key_version,
        x_pk=bundle.x_pk,
        ed_pk=bundle.ed_pk,
        self_sig=bundle.self_sig,
        prev_sig=bundle.prev_sig,
    )
    session.add(new_bundle)
    if account is None:
        account = VaultAccount(organisation_id=me.organisation_id, person_id=me.id)
        session.add(account)
    _apply_material(account, material)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent publish of the same version
        raise Conflict("The key version was just published.", code="key_version_conflict") from exc
    await record_audit(
        session, me, "vault.identity.publish", "person", me.id,
        {"key_version": bundle.key_version, "linked": bundle.prev_sig is not None},
    )
    await session.refresh(new_bundle)
    await session.refresh(account)
    return account, new_bundle


async def update_key_material(
    session: AsyncSession, me: Person, material: KeyMaterialWrite
) -> VaultAccount:
    """New passphrase wrap or recovery wrap of the same key version (UK re-wrapped only)."""
    if material.user_id != me.id:
        raise Unprocessable("Key material can only be stored for yourself.", code="user_mismatch")
    account = await repo.get_account(session, me.organisation_id, me.id, lock=True)
    if account is None:
        raise NotFound("You have not set up your vault yet.", code="vault_not_set_up")
    if material.key_version != account.key_version:
        raise Conflict(
            "Publish a new identity to change the key version.", code="key_version_conflict",
            expected=account.key_version,
        )
    _apply_material(account, material)
    await session.flush()
    return account


async def bundle_of(
    session: AsyncSession, me: Person, person_id: uuid.UUID, key_version: int | None
) -> VaultBundle:
    """Bundles of yourself and of people you share (or shared) a mentorship with; no listing."""
    if person_id != me.id and not await repo.share_a_mentorship(
        session, me.organisation_id, me.id, person_id
    ):
        raise NotFound("No such bundle.", code="bundle_not_found")
    bundle = await repo.get_bundle(session, me.organisation_id, person_id, key_version)
    if bundle is None:
        raise NotFound("No such bundle.", code="bundle_not_found")
    return bundle


async def _current_bundle(session: AsyncSession, me: Person) -> VaultBundle:
    bundle = await repo.get_bundle(session, me.organisation_id, me.id)
    if bundle is None:
        raise Unprocessable("Publish your public keys first.", code="no_identity")
    return bundle


# --- pairs ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PairAccess:
    mentorship: Mentorship
    state: VaultPair | None
    members: list[tuple[uuid.UUID, str]]

    @property
    def current_epoch(self) -> int:
        return self.state.current_epoch if self.state else 0

    @property
    def member_ids(self) -> set[uuid.UUID]:
        return {pid for pid, _ in self.members}


def current_members(
    mentorship: Mentorship, state: VaultPair | None
) -> list[tuple[uuid.UUID, str]]:
    """Mentor and mentee, unless the pairing was refused or the person has left it."""
    if mentorship.status == MentorshipStatus.REFUSED:
        return []
    removed = set(state.removed_member_ids) if state else set()
    members = []
    for person_id, role in ((mentorship.mentor_id, "mentor"), (mentorship.mentee_id, "mentee")):
        if person_id in removed:
            continue
        if mentorship.status == MentorshipStatus.WITHDRAWN and mentorship.ended_by_id == person_id:
            continue
        members.append((person_id, role))
    return members


async def require_member(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, *, lock: bool = False
) -> PairAccess:
    found = await repo.get_pair(session, me.organisation_id, pair_id)
    if found is None:
        raise NotFound("No such pair.", code="pair_not_found")
    mentorship, state = found
    if lock:
        state = await repo.lock_pair_state(session, mentorship)
    access = PairAccess(mentorship, state, current_members(mentorship, state))
    if me.id not in access.member_ids:
        raise NotFound("No such pair.", code="pair_not_found")
    return access


async def pair_view(
    session: AsyncSession, me: Person, pair_id: uuid.UUID
) -> tuple[PairAccess, dict[uuid.UUID, VaultBundle]]:
    access = await require_member(session, me, pair_id)
    bundles = await repo.current_bundles(session, me.organisation_id, list(access.member_ids))
    return access, bundles


def _sealed_length(pair_id: uuid.UUID, epoch: int, recipient_id: uuid.UUID) -> int:
    inner = enc("pairkey", str(pair_id), epoch, str(recipient_id), bytes(PUBLIC_KEY_BYTES))
    return BOX_SEAL_OVERHEAD + len(inner)


def _check_envelope(
    env: EnvelopeWrite,
    pair_id: uuid.UUID,
    wrapper: VaultBundle,
    recipient: VaultBundle | None,
) -> None:
    """Shape, context and the wrapper's signature (the server can check it with public keys)."""
    if env.pair_id != pair_id:
        raise Unprocessable("Envelope for another pair.", code="pair_mismatch")
    if env.wrapper_id != wrapper.person_id or env.wrapper_key_version != wrapper.key_version:
        raise Unprocessable(
            "Envelopes are wrapped by you with your current key.", code="wrapper_mismatch"
        )
    if recipient is None or env.recipient_key_version != recipient.key_version:
        raise Unprocessable(
            "Envelopes go to a member's current key.", code="recipient_key_mismatch"
        )
    if len(env.sealed) != _sealed_length(pair_id, env.epoch, env.recipient_id):
        raise Unprocessable("The sealed pair key has the wrong length.", code="invalid_sealed")
    message = enc(
        "pairkey-env", str(pair_id), env.epoch, str(env.recipient_id), recipient.x_pk,
        str(env.wrapper_id), env.key_id, env.sealed,
    )
    if not signature_ok(wrapper.ed_pk, message, env.sig):
        raise Unprocessable(
            "The envelope signature does not verify.", code="bad_envelope_signature"
        )


def _envelope_row(org_id: uuid.UUID, env: EnvelopeWrite) -> VaultEnvelope:
    return VaultEnvelope(
        organisation_id=org_id, pair_id=env.pair_id, epoch=env.epoch,
        recipient_id=env.recipient_id, recipient_key_version=env.recipient_key_version,
        wrapper_id=env.wrapper_id, wrapper_key_version=env.wrapper_key_version,
        key_id=env.key_id, sealed=env.sealed, sig=env.sig,
    )


async def create_epoch(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, body: EpochCreate
) -> VaultPair:
    """Epoch ``current + 1`` wrapped for every current member at their current key."""
    access = await require_member(session, me, pair_id, lock=True)
    state = access.state
    assert state is not None
    if body.epoch != state.current_epoch + 1:
        raise Conflict(
            f"The next epoch is {state.current_epoch + 1}.", code="epoch_conflict",
            current_epoch=state.current_epoch,
        )
    recipients = [env.recipient_id for env in body.envelopes]
    if sorted(recipients) != sorted(access.member_ids):
        raise Unprocessable(
            "A new epoch needs exactly one envelope per current member.",
            code="envelopes_must_cover_members",
        )
    if len({env.key_id for env in body.envelopes}) != 1:
        raise Unprocessable("Envelopes carry different pair keys.", code="key_id_mismatch")
    wrapper = await _current_bundle(session, me)
    bundles = await repo.current_bundles(session, me.organisation_id, recipients)
    for env in body.envelopes:
        if env.epoch != body.epoch:
            raise Unprocessable("Envelope for another epoch.", code="epoch_mismatch")
        _check_envelope(env, pair_id, wrapper, bundles.get(env.recipient_id))
    session.add_all(_envelope_row(me.organisation_id, env) for env in body.envelopes)
    state.current_epoch = body.epoch
    state.rotation_needed = False
    await session.flush()
    await record_audit(
        session, me, "vault.epoch.create", "mentorship", pair_id, {"epoch": body.epoch}
    )
    return state


async def add_envelopes(
    session: AsyncSession, me: Person, pair_id: uuid.UUID, envelopes: list[EnvelopeWrite]
) -> list[VaultEnvelope]:
    """Re-share existing epochs, e.g. to a member's new key after a reset or a rotation."""
    access = await require_member(session, me, pair_id, lock=True)
    wrapper = await _current_bundle(session, me)
    bundles = await repo.current_bundles(
        session, me.organisation_id, [e.recipient_id for e in envelopes]
    )
    rows = []
    for env in envelopes:
        if env.recipient_id not in access.member_ids:
            raise Unprocessable("Envelopes go to current members only.", code="not_a_member")
        if not 1 <= env.epoch <= access.current_epoch:
            raise Unprocessable("No such epoch.", code="unknown_epoch")
        _check_envelope(env, pair_id, wrapper, bundles.get(env.recipient_id))
        known = await repo.key_id_of_epoch(session, pair_id, env.epoch)
        if known is not None and known != env.key_id:
            raise Unprocessable("Not the pair key of that epoch.", code="key_id_mismatch")
        rows.append(_envelope_row(me.organisation_id, env))
    session.add_all(rows)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("That envelope already exists.", code="envelope_exists") from exc
    for row in rows:
        await session.refresh(row)
    return rows


async def my_envelopes(
    session: AsyncSession, me: Person, pair_id: uuid.UUID
) -> list[VaultEnvelope]:
    await require_member(session, me, pair_id)
    return await repo.envelopes_of(session, pair_id, me.id)


async def remove_member(
    session: AsyncSession, mentorship_id: uuid.UUID, person_id: uuid.UUID
) -> None:
    """Called by the mentorship domain when ``person_id`` leaves (withdrawal, replacement).

    Deletes the leaver's envelopes of the pair and refuses them from then on; the pair
    is flagged so a remaining member's client rotates to a new epoch.
    """
    mentorship = await session.get(Mentorship, mentorship_id)
    if mentorship is None:
        raise NotFound("No such pair.", code="pair_not_found")
    state = await repo.lock_pair_state(session, mentorship)
    if person_id not in state.removed_member_ids:
        state.removed_member_ids = [*state.removed_member_ids, person_id]
    state.rotation_needed = state.current_epoch > 0
    await repo.delete_envelopes(session, mentorship_id, person_id)
    await session.flush()


# --- records --------------------------------------------------------------------------


def _record_type(name: str) -> RecordType:
    rtype = RECORD_TYPES.get(name)
    if rtype is None:
        raise Unprocessable("Unknown record type.", code="unknown_record_type")
    return rtype


def _check_epoch(rtype: RecordType, epoch: int, access: PairAccess) -> None:
    if rtype.private:
        if epoch != PRIVATE_EPOCH:
            raise Unprocessable("Private notes use epoch 0.", code="invalid_epoch")
    elif not 1 <= epoch <= access.current_epoch:
        raise Unprocessable("No such epoch for this pair.", code="unknown_epoch")


def _check_fields(
    rtype: RecordType, body: RecordWrite, author: VaultBundle
) -> list[tuple[str, FieldCipher]]:
    items = sorted(body.fields.items())
    for name, cipher in items:
        check_ciphertext(rtype, name, cipher.ct, cipher.wdek, cipher.sig)
        aad = enc(
            "record", rtype.name, name, str(body.record_id), str(body.pair_id),
            body.record_version, str(body.author_id),
        )
        if not signature_ok(author.ed_pk, enc("record-sig", aad, cipher.ct), cipher.sig):
            raise Unprocessable(
                f"fields.{name}: the author's signature does not verify.",
                code="bad_record_signature",
            )
    return items


def _visible(record: VaultRecord, me: Person) -> bool:
    return record.record_type not in PRIVATE_TYPES or record.author_id == me.id


async def _readable_record(
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
    session: AsyncSession, me: Person, body: RecordWrite
) -> tuple[VaultRecord, list[VaultRecordField]]:
    return (await create_records(session, me, [body]))[0]


async def create_records(
    session: AsyncSession, me: Person, bodies: list[RecordWrite]
) -> list[tuple[VaultRecord, list[VaultRecordField]]]:
    """New records (version 1) written by ``me``, all or none, in one round trip per table."""
    if len({body.record_id for body in bodies}) != len(bodies):
        raise Unprocessable("A record id appears twice.", code="duplicate_record_id")
    author: VaultBundle | None = None
    pairs: dict[uuid.UUID, PairAccess] = {}
    out = []
    for index, body in enumerate(bodies):
        rtype = _record_type(body.record_type)
        if body.author_id != me.id:
            raise Unprocessable("You can only write as yourself.", code="author_mismatch")
        if body.record_version != 1:
            raise Unprocessable("A new record starts at version 1.", code="invalid_version")
        if body.pair_id not in pairs:
            pairs[body.pair_id] = await require_member(session, me, body.pair_id)
        _check_epoch(rtype, body.epoch, pairs[body.pair_id])
        author = author or await _current_bundle(session, me)
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
            parent_id=body.parent_id, subject_id=body.subject_id, created_at=now,
            updated_at=now,
        )
        session.add(record)
        out.append((record, _store_fields(session, record.id, items)))
    try:
        await session.flush()  # a duplicate id fails here
    except IntegrityError as exc:
        raise Conflict("A record with this id exists.", code="record_exists") from exc
    return out


async def update_record(
    session: AsyncSession, me: Person, record_id: uuid.UUID, body: RecordWrite
) -> tuple[VaultRecord, list[VaultRecordField]]:
    """A new version: ``record_version`` must be exactly the stored one plus one."""
    record, access = await _readable_record(session, me, record_id, lock=True)
    rtype = _record_type(record.record_type)
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
    author = await _current_bundle(session, me)
    items = _check_fields(rtype, body, author)
    await repo.delete_fields(session, record.id)
    fields = _store_fields(session, record.id, items)
    record.record_version = body.record_version
    record.author_id = me.id
    record.author_key_version = author.key_version
    record.epoch = body.epoch
    record.parent_id = body.parent_id
    record.subject_id = body.subject_id
    record.updated_at = utcnow()
    await session.flush()
    return record, fields


async def get_record(
    session: AsyncSession, me: Person, record_id: uuid.UUID
) -> tuple[VaultRecord, list[VaultRecordField]]:
    record, _ = await _readable_record(session, me, record_id)
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
        _record_type(record_type)
    records, total = await repo.list_records(
        session, me.organisation_id, pair_id=pair_id, viewer_id=me.id,
        private_types=PRIVATE_TYPES, record_type=record_type, parent_id=parent_id,
        subject_id=subject_id, include_deleted=include_deleted, limit=limit, offset=offset,
    )
    fields = await repo.fields_of(session, [r.id for r in records])
    return [(r, fields[r.id]) for r in records], total


async def delete_record(session: AsyncSession, me: Person, record_id: uuid.UUID) -> None:
    """Author only. The ciphertext and any file go; the row stays as a tombstone."""
    record, _ = await _readable_record(session, me, record_id, lock=True)
    if record.author_id != me.id:
        raise Forbidden("Only the author can delete this record.", code="not_author")
    if record.deleted_at is not None:
        return
    await repo.delete_fields(session, record.id)
    await repo.delete_file(session, record.id)
    record.deleted_at = utcnow()
    await session.flush()


# --- files ----------------------------------------------------------------------------


async def _file_record(
    session: AsyncSession, me: Person, record_id: uuid.UUID, *, write: bool
) -> VaultRecord:
    record, _ = await _readable_record(session, me, record_id)
    if not _record_type(record.record_type).file:
        raise NotFound("No file for this record.", code="file_not_found")
    if record.deleted_at is not None:
        raise NotFound("The file was deleted.", code="file_not_found")
    if write and record.author_id != me.id:
        raise Forbidden("Only the author uploads the file.", code="not_author")
    return record


async def put_chunk(
    session: AsyncSession, me: Person, record_id: uuid.UUID, index: int, data: bytes
) -> tuple[VaultFile, dict[int, int]]:
    """Store chunk ``index`` (idempotent: the same index replaces) until finalized."""
    if not 0 <= index < MAX_FILE_CHUNKS:
        raise Unprocessable("Chunk index out of range (file too large?).", code="file_too_large")
    check_file_chunk(data, FILE_CIPHER_CHUNK_BYTES)
    record = await _file_record(session, me, record_id, write=True)
    file = await repo.ensure_file(session, record)
    if file.finalized_at is not None:
        raise Conflict("The file is complete; upload a new one.", code="file_finalized")
    await repo.put_chunk(session, record.id, index, data)
    return file, await repo.chunk_sizes(session, record.id)


async def finalize_file(
    session: AsyncSession, me: Person, record_id: uuid.UUID, chunk_count: int
) -> tuple[VaultFile, dict[int, int]]:
    if chunk_count > MAX_FILE_CHUNKS:
        raise Unprocessable("The file is too large.", code="file_too_large")
    record = await _file_record(session, me, record_id, write=True)
    file = await repo.ensure_file(session, record)
    sizes = await repo.chunk_sizes(session, record.id)
    if file.finalized_at is not None:
        if file.chunk_count != chunk_count:
            raise Conflict("The file is already complete.", code="file_finalized")
        return file, sizes
    missing = [i for i in range(chunk_count) if i not in sizes]
    if missing:
        raise Conflict("Some chunks are missing.", code="missing_chunks", missing=missing[:100])
    if any(sizes[i] != FILE_CIPHER_CHUNK_BYTES for i in range(chunk_count - 1)):
        raise Unprocessable("Only the last chunk may be short.", code="invalid_chunk")
    await repo.delete_chunks_from(session, record.id, chunk_count)
    file.chunk_count = chunk_count
    file.size_bytes = sum(sizes[i] for i in range(chunk_count))
    file.finalized_at = utcnow()
    await session.flush()
    return file, {i: sizes[i] for i in range(chunk_count)}


async def file_status(
    session: AsyncSession, me: Person, record_id: uuid.UUID
) -> tuple[VaultRecord, VaultFile | None, dict[int, int]]:
    record = await _file_record(session, me, record_id, write=False)
    file = await repo.get_file(session, record.id)
    sizes = await repo.chunk_sizes(session, record.id) if file else {}
    return record, file, sizes


async def open_download(session: AsyncSession, me: Person, record_id: uuid.UUID) -> VaultFile:
    record = await _file_record(session, me, record_id, write=False)
    file = await repo.get_file(session, record.id)
    if file is None or file.finalized_at is None or file.chunk_count is None:
        raise Conflict("The file is not complete yet.", code="file_not_finalized")
    return file


async def stream_chunks(session: AsyncSession, file: VaultFile) -> AsyncIterator[bytes]:
    """One chunk in memory at a time, read from the database as the client consumes it."""
    for index in range(file.chunk_count or 0):
        data = await repo.read_chunk(session, file.record_id, index)
        if data is None:  # deleted while streaming: end the stream (the client sees truncation)
            return
        yield data
