"""Encrypted content records: fresh DEK per version, padded to 256 bytes, DEK wrapped under the
pair key of an epoch, and the author's signature over AAD and ciphertext.

``AAD`` leaves the epoch out on purpose, so a rotation re-wraps ``wdek`` only and the
author's signature stays valid.

Two formats: 1 (protocol 1.0, AAD ``record``) and 2 (protocol 1.1, AAD ``record2``, which
also binds the record's ``parent_id``, ``subject_id`` and sorted field names, so a record
moved to another parent or subject, or a field dropped or added, fails every check).
Writers use format 2; readers accept both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
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
FORMAT_V1 = 1
FORMAT_V2 = 2


def field_list(names: Iterable[str]) -> str:
    """The ``fields`` of the ``record2`` AAD: names sorted by byte value, joined by commas."""
    ordered = sorted(names, key=lambda n: n.encode("utf-8"))
    if not ordered or any("," in n or not n for n in ordered) or len(set(ordered)) != len(
        ordered
    ):
        raise EncodingError("field names must be distinct, non-empty and without commas")
    return ",".join(ordered)


@dataclass(frozen=True)
class EncryptedRecord:
    """One field of one record version. ``parent_id``, ``subject_id`` and ``field_names``
    (every field of the record) are bound by format 2 only; "" means no link."""

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
    format: int = FORMAT_V1
    parent_id: str = ""
    subject_id: str = ""
    field_names: tuple[str, ...] = ()

    @property
    def aad(self) -> bytes:
        if self.format == FORMAT_V1:
            return record_aad(
                self.record_type, self.field, self.record_id, self.pair_id,
                self.record_version, self.author_id,
            )
        if self.format != FORMAT_V2:
            raise EncodingError(f"unknown record format {self.format}")
        if self.field not in self.field_names:
            raise VerificationError("the field is not among the record's fields")
        return record2_aad(
            self.record_type, self.field, self.record_id, self.pair_id, self.record_version,
            self.author_id, self.parent_id, self.subject_id, self.field_names,
        )

    def to_json(self) -> dict[str, Any]:
        out = self._v1_json()
        if self.format != FORMAT_V1:
            out.update(
                format=self.format, parent_id=self.parent_id, subject_id=self.subject_id,
                fields=list(self.field_names),
            )
        return out

    def _v1_json(self) -> dict[str, Any]:
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
        fmt = data.get("format", FORMAT_V1)
        if fmt not in (FORMAT_V1, FORMAT_V2):
            raise EncodingError(f"unknown record format {fmt!r}")
        links: dict[str, Any] = {}
        if fmt == FORMAT_V2:
            names = data.get("fields")
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise EncodingError("fields must be a list of names")
            links = {
                "format": fmt, "parent_id": _link(data.get("parent_id")),
                "subject_id": _link(data.get("subject_id")), "field_names": tuple(names),
            }
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
            **links,
        )


def _link(value: object) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise EncodingError("a link must be an id or empty")
    return canonical_id(value)


def record_aad(
    record_type: str, field: str, record_id: str, pair_id: str, record_version: int, author_id: str
) -> bytes:
    return enc("record", record_type, field, record_id, pair_id, record_version, author_id)


def record2_aad(
    record_type: str, field: str, record_id: str, pair_id: str, record_version: int,
    author_id: str, parent_id: str, subject_id: str, field_names: Iterable[str],
) -> bytes:
    """Protocol 1.1: the v1 context plus the links and the record's whole field list."""
    return enc(
        "record2", record_type, field, record_id, pair_id, record_version, author_id,
        parent_id, subject_id, field_list(field_names),
    )


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
    format: int = FORMAT_V2,
    parent_id: str | None = None,
    subject_id: str | None = None,
    field_names: Iterable[str] | None = None,
) -> EncryptedRecord:
    """Encrypt one field of one record version under a fresh DEK (``dek`` only for files).

    Format 2 (the default) binds ``parent_id``, ``subject_id`` and ``field_names`` (every
    field the record carries; ``[field]`` when omitted); format 1 is for tests of old data.
    """
    if record_version < 1:
        raise EncodingError("record_version starts at 1")
    dek = dek if dek is not None else random_bytes(KEY_BYTES)
    names: tuple[str, ...] = ()
    if format == FORMAT_V2:
        names = tuple(sorted(field_names if field_names is not None else [field]))
        field_list(names)
    elif format != FORMAT_V1:
        raise EncodingError(f"unknown record format {format}")
    draft = EncryptedRecord(
        canonical_id(record_id), record_type, field, pair_key.pair_id, record_version,
        author.user_id, pair_key.epoch, b"", b"", b"", format,
        _link(parent_id) if format == FORMAT_V2 else "",
        _link(subject_id) if format == FORMAT_V2 else "", names,
    )
    aad = draft.aad
    ct = seal(dek, pad(plaintext), aad)
    wdek = seal(pair_key.key, dek, _dek_ad(aad, pair_key.epoch))
    sig = author.sign(_sig_message(aad, ct))
    return replace(draft, ct=ct, wdek=wdek, sig=sig)


def seal_fields(
    author: Identity,
    pair_key: PairKey,
    *,
    record_type: str,
    record_id: str,
    record_version: int,
    fields: Mapping[str, bytes],
    parent_id: str | None = None,
    subject_id: str | None = None,
) -> list[EncryptedRecord]:
    """Every field of one record version under protocol 1.1 (one DEK per field)."""
    names = list(fields)
    return [
        seal_record(
            author, pair_key, record_type=record_type, field=name, record_id=record_id,
            record_version=record_version, plaintext=fields[name], parent_id=parent_id,
            subject_id=subject_id, field_names=names,
        )
        for name in sorted(names)
    ]


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
    return replace(rec, epoch=new.epoch, wdek=wdek)
