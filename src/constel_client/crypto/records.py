"""Encrypted content records: fresh DEK per version, padded to 256 bytes, DEK wrapped under the
pair key of an epoch, and the author's signature over AAD and ciphertext.

``AAD`` leaves the epoch out on purpose, so a rotation re-wraps ``wdek`` only and the
author's signature stays valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .encoding import b64d, b64e, canonical_id, enc
from .errors import EncodingError, VerificationError
from .identity import Identity, PublicBundle, _int, _str, check_wire_version
from .pairkeys import PairKey
from .primitives import (
    KEY_BYTES,
    SIG_BYTES,
    kdf,
    open_sealed,
    pad,
    random_bytes,
    seal,
    unpad,
    verify,
)

PRIVATE_EPOCH = 0


@dataclass(frozen=True)
class EncryptedRecord:
    record_id: str
    record_type: str
    field: str
    pair_id: str
    record_version: int
    author_id: str
    epoch: int
    ct: bytes
    wdek: bytes
    sig: bytes

    @property
    def aad(self) -> bytes:
        return record_aad(
            self.record_type,
            self.field,
            self.record_id,
            self.pair_id,
            self.record_version,
            self.author_id,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "record_type": self.record_type,
            "field": self.field,
            "pair_id": self.pair_id,
            "record_version": self.record_version,
            "author_id": self.author_id,
            "epoch": self.epoch,
            "ct": b64e(self.ct),
            "wdek": b64e(self.wdek),
            "sig": b64e(self.sig),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EncryptedRecord:
        check_wire_version(data)
        return cls(
            record_id=canonical_id(_str(data, "record_id")),
            record_type=_str(data, "record_type"),
            field=_str(data, "field"),
            pair_id=canonical_id(_str(data, "pair_id")),
            record_version=_int(data, "record_version", 1),
            author_id=canonical_id(_str(data, "author_id")),
            epoch=_int(data, "epoch", 0),
            ct=b64d(_str(data, "ct")),
            wdek=b64d(_str(data, "wdek")),
            sig=b64d(_str(data, "sig"), SIG_BYTES),
        )


def record_aad(
    record_type: str, field: str, record_id: str, pair_id: str, record_version: int, author_id: str
) -> bytes:
    return enc("record", record_type, field, record_id, pair_id, record_version, author_id)


def _dek_ad(aad: bytes, epoch: int) -> bytes:
    return enc("dek", aad, epoch)


def _sig_message(aad: bytes, ct: bytes) -> bytes:
    return enc("record-sig", aad, ct)


def private_notes_key(uk: bytes, pair_id: str) -> PairKey:
    """Author-only key ``kdf(UK, 3, "cnstlprv")`` at epoch 0; ``pair_id`` scopes the AAD."""
    return PairKey(canonical_id(pair_id), PRIVATE_EPOCH, kdf(uk, 3, "cnstlprv"))


def seal_record(
    author: Identity,
    pair_key: PairKey,
    *,
    record_type: str,
    field: str,
    record_id: str,
    record_version: int,
    plaintext: bytes,
    dek: bytes | None = None,
) -> EncryptedRecord:
    """Encrypt one field of one record version under a fresh DEK (``dek`` only for files)."""
    if record_version < 1:
        raise EncodingError("record_version starts at 1")
    dek = dek if dek is not None else random_bytes(KEY_BYTES)
    record_id = canonical_id(record_id)
    aad = record_aad(
        record_type, field, record_id, pair_key.pair_id, record_version, author.user_id
    )
    ct = seal(dek, pad(plaintext), aad)
    wdek = seal(pair_key.key, dek, _dek_ad(aad, pair_key.epoch))
    sig = author.sign(_sig_message(aad, ct))
    return EncryptedRecord(
        record_id,
        record_type,
        field,
        pair_key.pair_id,
        record_version,
        author.user_id,
        pair_key.epoch,
        ct,
        wdek,
        sig,
    )


def _check_context(
    rec: EncryptedRecord,
    pair_key: PairKey,
    author: PublicBundle,
    record_id: str | None,
    record_type: str | None,
    field: str | None,
) -> None:
    if rec.pair_id != pair_key.pair_id or rec.epoch != pair_key.epoch:
        raise VerificationError("record is not under this pair key")
    if rec.author_id != author.user_id:
        raise VerificationError("record author does not match the given bundle")
    for name, want, got in (
        ("record_id", record_id, rec.record_id),
        ("record_type", record_type, rec.record_type),
        ("field", field, rec.field),
    ):
        if want is not None and want != got:
            raise VerificationError(f"record {name} is not the one requested")


def unwrap_dek(
    rec: EncryptedRecord,
    pair_key: PairKey,
    author: PublicBundle,
    *,
    record_id: str | None = None,
    record_type: str | None = None,
    field: str | None = None,
) -> bytes:
    """Verify the author's signature, then unwrap the record's DEK."""
    _check_context(rec, pair_key, author, record_id, record_type, field)
    aad = rec.aad
    verify(author.ed_pk, _sig_message(aad, rec.ct), rec.sig)
    dek = open_sealed(pair_key.key, rec.wdek, _dek_ad(aad, rec.epoch))
    if len(dek) != KEY_BYTES:
        raise VerificationError("DEK has the wrong length")
    return dek


def open_record(
    rec: EncryptedRecord,
    pair_key: PairKey,
    author: PublicBundle,
    *,
    record_id: str | None = None,
    record_type: str | None = None,
    field: str | None = None,
) -> bytes:
    """Plaintext of a record after checking signature, wrap, tag and padding.

    ``author`` is the author's pinned bundle; the optional expectations guard against the
    server answering with a different (validly signed) record than the one requested.
    """
    return open_record_and_dek(
        rec, pair_key, author, record_id=record_id, record_type=record_type, field=field
    )[0]


def open_record_and_dek(
    rec: EncryptedRecord,
    pair_key: PairKey,
    author: PublicBundle,
    *,
    record_id: str | None = None,
    record_type: str | None = None,
    field: str | None = None,
) -> tuple[bytes, bytes]:
    """Like :func:`open_record` but also returns the DEK (files are streamed under it)."""
    dek = unwrap_dek(
        rec, pair_key, author, record_id=record_id, record_type=record_type, field=field
    )
    return unpad(open_sealed(dek, rec.ct, rec.aad)), dek


def rewrap_record(rec: EncryptedRecord, old: PairKey, new: PairKey) -> EncryptedRecord:
    """Move a record to a new epoch: re-wrap the DEK only; ``ct`` and ``sig`` are unchanged."""
    if rec.pair_id != old.pair_id or rec.epoch != old.epoch or new.pair_id != old.pair_id:
        raise VerificationError("record is not under the old pair key")
    aad = rec.aad
    dek = open_sealed(old.key, rec.wdek, _dek_ad(aad, rec.epoch))
    wdek = seal(new.key, dek, _dek_ad(aad, new.epoch))
    return EncryptedRecord(
        rec.record_id,
        rec.record_type,
        rec.field,
        rec.pair_id,
        rec.record_version,
        rec.author_id,
        new.epoch,
        rec.ct,
        wdek,
        rec.sig,
    )
