"""A participant's own client: the whole vault protocol on top of :class:`VaultApi`.

Keys live only in this object's memory. Everything sent to the server is ciphertext,
public keys or signatures; everything received is verified before it is trusted
(bundles against local pins, envelopes against the wrapper's pinned key, records
against the author's key, epochs against the highest one seen).

    p = Participant(api, me["id"])
    recovery_key = await p.create_identity("my vault passphrase")  # show once
    await p.create_pair_key(pair_id)             # epoch 1, once both bundles exist
    rec = await p.write_record(pair_id, "session_report", {"body": "..."})
    opened = await p.read_record(rec.record_id)
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

import httpx

from .api import PairInfo, StoredRecord, VaultApi, record_payload
from .crypto import (
    CIPHER_CHUNK_SIZE,
    MIB,
    PRODUCTION_FLOOR,
    BundleStatus,
    EncryptedRecord,
    Envelope,
    Identity,
    KdfFloor,
    KeyMaterial,
    KeyPins,
    PairKey,
    PairKeyRing,
    PublicBundle,
    Unlocked,
    VerificationError,
    bundle_fingerprint,
    change_passphrase,
    create_account,
    format_digits,
    new_pair_key,
    new_recovery_key,
    open_envelope,
    open_file,
    open_record,
    private_notes_key,
    rotate_account_identity,
    safety_number,
    seal_record,
    start_file,
    unlock_with_passphrase,
    unlock_with_recovery_key,
    verify_bundle,
    wrap_pair_key,
)
from .crypto.files import CHUNK_SIZE

PRIVATE_TYPES = frozenset({"private_note"})
BATCH_RECORDS = 100  # the server's batch maximum
BATCH_BYTES = 900 * 1024  # under the API's 1 MiB default body limit
PAGE_SIZE = 200


@dataclass(frozen=True)
class OpenedRecord:
    """A record after every check passed: metadata and plaintext per field."""

    record_id: str
    record_type: str
    pair_id: str
    record_version: int
    author_id: str
    epoch: int
    parent_id: str | None
    subject_id: str | None
    deleted: bool
    fields: dict[str, bytes]

    def text(self, field: str) -> str:
        return self.fields[field].decode("utf-8")


def _as_bytes(value: bytes | str) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


class Participant:
    """One person's client. ``floor`` is the lowest Argon2id cost it accepts (set low in
    tests and benchmarks here, never through the server); ``kdf_ops``/``kdf_mem`` are the
    costs it uses for its own new passphrase wraps."""

    def __init__(
        self,
        api: VaultApi,
        user_id: str,
        *,
        floor: KdfFloor = PRODUCTION_FLOOR,
        kdf_ops: int = 3,
        kdf_mem: int = 64 * MIB,
        pins: KeyPins | None = None,
    ) -> None:
        self.api = api
        self.user_id = str(uuid.UUID(user_id))
        self.floor = floor
        self.kdf_ops = kdf_ops
        self.kdf_mem = kdf_mem
        self.pins = pins or KeyPins()
        self.ring = PairKeyRing()
        self._identity: Identity | None = None
        self._uk: bytes | None = None
        self._material: KeyMaterial | None = None
        self._history: dict[tuple[str, int], PublicBundle] = {}
        self._pairs: dict[str, PairInfo] = {}

    # --- identity -----------------------------------------------------------------

    @property
    def identity(self) -> Identity:
        if self._identity is None:
            raise VerificationError("the vault is locked: unlock it first")
        return self._identity

    @property
    def bundle(self) -> PublicBundle:
        return self.identity.bundle()

    def _set_unlocked(
        self, identity: Identity, uk: bytes, material: KeyMaterial, bundle: PublicBundle
    ) -> None:
        """Keep the keys in memory and pin my own published bundle (with its prev_sig)."""
        self._identity, self._uk, self._material = identity, uk, material
        self._history[(self.user_id, identity.key_version)] = bundle
        self.pins.accept(bundle)
        self.pins.mark_verified(self.user_id)

    async def create_identity(self, passphrase: str) -> str:
        """First identity (key version 1). Returns the recovery key: show it once."""
        return await self._new_identity(passphrase, key_version=1)

    async def reset_identity(self, passphrase: str) -> str:
        """Both passphrase and recovery key lost: new keys, ``key_version + 1`` without
        ``prev_sig``. Partners see a changed key and re-share pair keys once they accept."""
        current = await self.api.get_bundle(self.user_id)
        return await self._new_identity(passphrase, key_version=current.key_version + 1)

    async def _new_identity(self, passphrase: str, *, key_version: int) -> str:
        account = create_account(
            self.user_id, passphrase, key_version=key_version, ops=self.kdf_ops,
            mem=self.kdf_mem, floor=self.floor,
        )
        await self.api.publish_identity(account.bundle, account.material)
        self.ring = PairKeyRing()
        self._set_unlocked(account.identity, account.uk, account.material, account.bundle)
        return account.recovery_key

    async def _load_material(self) -> tuple[KeyMaterial, PublicBundle]:
        found = await self.api.get_my_vault()
        if found is None:
            raise VerificationError("no vault yet: create an identity first")
        material, bundle = found
        if material.user_id != self.user_id or bundle.user_id != self.user_id:
            raise VerificationError("the server returned someone else's keys")
        return material, bundle

    def _check_own_bundle(self, identity: Identity, bundle: PublicBundle) -> None:
        verify_bundle(bundle)
        if (bundle.key_version, bundle.x_pk, bundle.ed_pk) != (
            identity.key_version, identity.x_pk, identity.ed_pk
        ):
            raise VerificationError("the published bundle does not match my private keys")

    async def unlock(self, passphrase: str) -> None:
        """Unlock with the vault passphrase (Argon2id parameters checked against the floor)."""
        material, bundle = await self._load_material()
        unlocked = unlock_with_passphrase(material, passphrase, self.floor)
        self._check_own_bundle(unlocked.identity, bundle)
        self._set_unlocked(unlocked.identity, unlocked.uk, material, bundle)

    async def unlock_with_recovery_key(self, recovery_key: str) -> None:
        material, bundle = await self._load_material()
        unlocked = unlock_with_recovery_key(material, recovery_key)
        self._check_own_bundle(unlocked.identity, bundle)
        self._set_unlocked(unlocked.identity, unlocked.uk, material, bundle)

    def _unlocked(self) -> tuple[Identity, bytes, KeyMaterial]:
        if self._identity is None or self._uk is None or self._material is None:
            raise VerificationError("the vault is locked: unlock it first")
        return self._identity, self._uk, self._material

    async def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the account key only; private keys and recovery wrap are untouched."""
        _, uk, material = self._unlocked()
        updated = change_passphrase(
            material, uk, new_passphrase, ops=self.kdf_ops, mem=self.kdf_mem, floor=self.floor
        )
        await self.api.put_key_material(updated)
        self._material = updated

    async def new_recovery_key(self) -> str:
        _, uk, material = self._unlocked()
        updated, display = new_recovery_key(material, uk)
        await self.api.put_key_material(updated)
        self._material = updated
        return display

    async def rotate_identity(self) -> None:
        """New key version signed by the old key; pair keys held are re-wrapped to it."""
        identity, uk, material = self._unlocked()
        held = [pk for pair_id in list(self._pairs) for pk in self._held_keys(pair_id)]
        new, bundle, updated = rotate_account_identity(material, Unlocked(uk, identity))
        await self.api.publish_identity(bundle, updated)
        self._set_unlocked(new, uk, updated, bundle)
        by_pair: dict[str, list[PairKey]] = {}
        for pk in held:
            by_pair.setdefault(pk.pair_id, []).append(pk)
        for pair_id, keys in by_pair.items():
            await self.api.add_envelopes(
                pair_id, [wrap_pair_key(new, pk, bundle) for pk in keys]
            )

    def _held_keys(self, pair_id: str) -> list[PairKey]:
        keys = []
        for epoch in range(1, self.ring.highest_epoch(pair_id) + 1):
            try:
                keys.append(self.ring.get(pair_id, epoch))
            except VerificationError:
                continue
        return keys

    # --- other people's keys --------------------------------------------------------

    async def fetch_bundle(self, person_id: str) -> BundleStatus:
        """Fetch, verify and classify a person's current bundle against the local pin."""
        bundle = await self.api.get_bundle(person_id)
        status = self.pins.observe(bundle)
        if status is not BundleStatus.CHANGED:
            self._history[(bundle.user_id, bundle.key_version)] = bundle
        return status

    async def trusted_bundle(self, person_id: str) -> PublicBundle:
        """The person's current bundle if it matches the pin (or a signed rotation of it);
        :class:`KeyChangedError` otherwise, until :meth:`accept_key`."""
        bundle = await self.api.get_bundle(person_id)
        pinned = self.pins.require(bundle)
        self._history[(pinned.user_id, pinned.key_version)] = pinned
        return pinned

    async def accept_key(self, person_id: str) -> PublicBundle:
        """The person confirmed their new key out of band: pin it (unverified)."""
        bundle = await self.api.get_bundle(person_id)
        self.pins.accept(bundle)
        self._history[(bundle.user_id, bundle.key_version)] = bundle
        return bundle

    async def safety_number(self, person_id: str) -> str:
        """60 digits in groups of five, the same on both screens."""
        other = await self.trusted_bundle(person_id)
        return format_digits(safety_number(self.bundle, other))

    def fingerprint(self) -> str:
        return format_digits(bundle_fingerprint(self.bundle))

    async def _bundle_at(self, person_id: str, key_version: int) -> PublicBundle:
        """A person's bundle at an older or current version, linked to the pin by prev_sigs."""
        known = self._history.get((person_id, key_version))
        if known is not None:
            return known
        pinned = await self.trusted_bundle(person_id)
        if key_version == pinned.key_version:
            return pinned
        if key_version > pinned.key_version:
            raise VerificationError("that key version is newer than the trusted one")
        chain = [pinned]
        for version in range(pinned.key_version - 1, key_version - 1, -1):
            older = self._history.get((person_id, version)) or await self.api.get_bundle(
                person_id, version
            )
            verify_bundle(older)
            newer = chain[-1]
            if verify_bundle(newer, older) is not BundleStatus.ROTATED:
                raise VerificationError("old key is not linked to the trusted one")
            chain.append(older)
        for item in chain:
            self._history[(item.user_id, item.key_version)] = item
        return chain[-1]

    # --- pair keys ------------------------------------------------------------------

    async def pair(self, pair_id: str) -> PairInfo:
        info = await self.api.get_pair(pair_id)
        self.ring.check_server_epoch(pair_id, info.current_epoch)
        self._pairs[pair_id] = info
        return info

    async def load_pair_keys(self, pair_id: str) -> PairInfo:
        """Open every envelope the server holds for me in this pair (all checks applied)."""
        info = await self.pair(pair_id)
        me = self.identity
        current = sorted(info.members)
        for env in await self.api.list_envelopes(pair_id):
            if env.recipient_key_version != me.key_version or env.epoch > info.current_epoch:
                continue
            # The current epoch, unless a member left since it was made, must come from a
            # current member; older epochs may have been wrapped by someone who left since.
            latest = env.epoch == info.current_epoch and not info.rotation_needed
            members = current if latest else [*current, *self._former(info, env.wrapper_id)]
            wrapper = await self._bundle_at(env.wrapper_id, env.wrapper_key_version)
            pk = open_envelope(env, me, wrapper, members, pair_id=pair_id, epoch=env.epoch)
            self.ring.add(pk)
        return info

    @staticmethod
    def _former(info: PairInfo, wrapper_id: str) -> list[str]:
        return [] if wrapper_id in info.members else [wrapper_id]

    async def _wrap_for_members(self, info: PairInfo, pk: PairKey) -> list[Envelope]:
        envelopes = []
        for person_id in sorted(info.members):
            bundle = self.bundle if person_id == self.user_id else await self.trusted_bundle(
                person_id
            )
            envelopes.append(wrap_pair_key(self.identity, pk, bundle))
        return envelopes

    async def create_pair_key(self, pair_id: str) -> PairKey:
        """Epoch 1, once both members have published their keys."""
        info = await self.pair(pair_id)
        if info.current_epoch != 0:
            raise VerificationError("the pair already has a key; rotate instead")
        return await self._new_epoch(info, 1)

    async def rotate_pair_key(self, pair_id: str) -> PairKey:
        """Epoch e+1 for the current members (after a withdrawal or a replacement)."""
        info = await self.load_pair_keys(pair_id)
        return await self._new_epoch(info, info.current_epoch + 1)

    async def _new_epoch(self, info: PairInfo, epoch: int) -> PairKey:
        pk = new_pair_key(info.pair_id, epoch)
        envelopes = await self._wrap_for_members(info, pk)
        self._pairs[info.pair_id] = await self.api.create_epoch(info.pair_id, epoch, envelopes)
        self.ring.add(pk)
        return pk

    async def share_pair_keys(self, pair_id: str, person_id: str) -> int:
        """Re-wrap every epoch I hold for a member's (accepted) new key."""
        info = await self.load_pair_keys(pair_id)
        if person_id not in info.members:
            raise VerificationError("not a current member of the pair")
        bundle = await self.trusted_bundle(person_id)
        keys = self._held_keys(pair_id)
        if keys:
            await self.api.add_envelopes(
                pair_id, [wrap_pair_key(self.identity, pk, bundle) for pk in keys]
            )
        return len(keys)

    async def _key_for(self, pair_id: str, epoch: int, record_type: str) -> PairKey:
        if record_type in PRIVATE_TYPES:
            _, uk, _ = self._unlocked()
            return private_notes_key(uk, pair_id)
        try:
            return self.ring.get(pair_id, epoch)
        except VerificationError:
            await self.load_pair_keys(pair_id)
            return self.ring.get(pair_id, epoch)

    async def _write_key(self, pair_id: str, record_type: str) -> PairKey:
        if record_type in PRIVATE_TYPES:
            return await self._key_for(pair_id, 0, record_type)
        if self.ring.highest_epoch(pair_id) == 0:
            await self.load_pair_keys(pair_id)
        return self.ring.current(pair_id)

    # --- records --------------------------------------------------------------------

    def _seal(
        self, pk: PairKey, record_type: str, record_id: str, version: int,
        fields: Mapping[str, bytes | str],
    ) -> list[EncryptedRecord]:
        return [
            seal_record(
                self.identity, pk, record_type=record_type, field=name, record_id=record_id,
                record_version=version, plaintext=_as_bytes(value),
            )
            for name, value in sorted(fields.items())
        ]

    async def write_record(
        self,
        pair_id: str,
        record_type: str,
        fields: Mapping[str, bytes | str],
        *,
        parent_id: str | None = None,
        subject_id: str | None = None,
        record_id: str | None = None,
    ) -> StoredRecord:
        """Encrypt and store a new record (version 1) under the newest epoch I know."""
        pk = await self._write_key(pair_id, record_type)
        sealed = self._seal(pk, record_type, record_id or str(uuid.uuid4()), 1, fields)
        return await self.api.create_record(
            record_payload(sealed, parent_id=parent_id, subject_id=subject_id)
        )

    async def write_records(
        self,
        pair_id: str,
        record_type: str,
        items: list[Mapping[str, bytes | str]],
        *,
        max_request_bytes: int = BATCH_BYTES,
    ) -> list[StoredRecord]:
        """Encrypt and store many new records, batched into requests under the body limit."""
        pk = await self._write_key(pair_id, record_type)
        stored: list[StoredRecord] = []
        batch: list[dict[str, Any]] = []
        size = 0
        for fields in items:
            payload = record_payload(
                self._seal(pk, record_type, str(uuid.uuid4()), 1, fields)
            )
            cost = sum(len(f["ct"]) + 256 for f in payload["fields"].values()) + 512
            if batch and (size + cost > max_request_bytes or len(batch) == BATCH_RECORDS):
                stored += await self.api.create_records(batch)
                batch, size = [], 0
            batch.append(payload)
            size += cost
        if batch:
            stored += await self.api.create_records(batch)
        return stored

    async def update_record(
        self, record_id: str, fields: Mapping[str, bytes | str], *, base_version: int | None = None
    ) -> StoredRecord:
        """Store the next version. ``base_version`` is the version the edit started from:
        if someone saved since, the server answers 409 ``stale_version``."""
        current = await self.api.get_record(record_id)
        version = (base_version if base_version is not None else current.record_version) + 1
        pk = await self._write_key(current.pair_id, current.record_type)
        sealed = self._seal(pk, current.record_type, record_id, version, fields)
        return await self.api.update_record(
            record_payload(sealed, parent_id=current.parent_id, subject_id=current.subject_id)
        )

    async def open_stored(self, stored: StoredRecord) -> OpenedRecord:
        fields: dict[str, bytes] = {}
        if not stored.deleted:
            if stored.record_type in PRIVATE_TYPES and stored.author_id != self.user_id:
                raise VerificationError("someone else's private note")
            pk = await self._key_for(stored.pair_id, stored.epoch, stored.record_type)
            author = await self._bundle_at(stored.author_id, stored.author_key_version)
            for name, rec in stored.fields.items():
                fields[name] = open_record(
                    rec, pk, author, record_id=stored.record_id,
                    record_type=stored.record_type, field=name,
                )
        return OpenedRecord(
            stored.record_id, stored.record_type, stored.pair_id, stored.record_version,
            stored.author_id, stored.epoch, stored.parent_id, stored.subject_id,
            stored.deleted, fields,
        )

    async def read_record(self, record_id: str) -> OpenedRecord:
        stored = await self.api.get_record(record_id)
        if stored.record_id != record_id:
            raise VerificationError("the server answered with another record")
        return await self.open_stored(stored)

    async def list_records(
        self, pair_id: str, record_type: str | None = None, **filters: str
    ) -> list[OpenedRecord]:
        out = []
        async for stored in self.api.iter_records(
            pair_id, page_size=PAGE_SIZE, record_type=record_type, **filters
        ):
            out.append(await self.open_stored(stored))
        return out

    async def delete_record(self, record_id: str) -> None:
        await self.api.delete_record(record_id)

    # --- files ----------------------------------------------------------------------

    async def upload_file(
        self, pair_id: str, src: BinaryIO, *, name: str, media_type: str,
        retries: int = 2,
    ) -> str:
        """Encrypt ``src`` chunk by chunk and upload it; returns the document id.

        The file's name, type and size go in a separate ``resource_meta`` record whose
        ``parent_id`` is the document. A failed chunk upload is retried (the server stores
        chunks idempotently by index)."""
        pk = await self._write_key(pair_id, "resource_file")
        doc_id = str(uuid.uuid4())
        rec, encryptor = start_file(self.identity, pk, doc_id=doc_id)
        await self.api.create_record(record_payload([rec]))
        index, size = 0, 0
        current = src.read(CHUNK_SIZE)
        while True:
            nxt = src.read(CHUNK_SIZE) if len(current) == CHUNK_SIZE else b""
            final = not nxt
            block = encryptor.push(current, final=final)
            await self._put_chunk(doc_id, index, block, retries)
            size += len(current)
            index += 1
            if final:
                break
            current = nxt
        await self.api.finalize_file(doc_id, index)
        meta = json.dumps({"name": name, "type": media_type, "size": size}).encode()
        await self.write_record(pair_id, "resource_meta", {"meta": meta}, parent_id=doc_id)
        return doc_id

    async def _put_chunk(self, doc_id: str, index: int, block: bytes, retries: int) -> None:
        for attempt in range(retries + 1):
            try:
                await self.api.put_chunk(doc_id, index, block)
                return
            except httpx.TransportError:  # the same index may simply be sent again
                if attempt == retries:
                    raise

    async def download_file(self, doc_id: str, dst: BinaryIO) -> int:
        """Verify the file's record, then decrypt the stream chunk by chunk into ``dst``."""
        stored = await self.api.get_record(doc_id)
        if stored.record_id != doc_id or stored.record_type != "resource_file":
            raise VerificationError("not the requested file")
        if stored.deleted:
            raise FileNotFoundError(f"document {doc_id} was deleted")
        pk = await self._key_for(stored.pair_id, stored.epoch, stored.record_type)
        author = await self._bundle_at(stored.author_id, stored.author_key_version)
        decryptor = open_file(stored.fields["content"], pk, author, doc_id=doc_id)
        buffer, size = bytearray(), 0
        async for block in self.api.download_file(doc_id):
            buffer += block
            while len(buffer) >= CIPHER_CHUNK_SIZE:  # every chunk but the last is full
                out = decryptor.pull(bytes(buffer[:CIPHER_CHUNK_SIZE]))
                del buffer[:CIPHER_CHUNK_SIZE]
                dst.write(out)
                size += len(out)
        if buffer:
            out = decryptor.pull(bytes(buffer))
            dst.write(out)
            size += len(out)
        decryptor.finish()
        return size

    async def file_meta(self, pair_id: str, doc_id: str) -> dict[str, object]:
        """Name, type and size of a document (from its ``resource_meta`` record)."""
        records = await self.list_records(pair_id, "resource_meta", parent_id=doc_id)
        if not records:
            raise VerificationError("no metadata for this document")
        meta: dict[str, object] = json.loads(records[-1].fields["meta"])
        return meta

    async def download_bytes(self, doc_id: str) -> bytes:
        out = io.BytesIO()
        await self.download_file(doc_id, out)
        return out.getvalue()
