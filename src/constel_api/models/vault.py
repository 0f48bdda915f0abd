"""The vault: key material, pair-key envelopes, encrypted records and file streams.

Every byte column here is either public key material or ciphertext produced by a
participant's client; the server never holds a key that opens any of it. Admin-visible
metadata (status, dates, counts) belongs to the feature tables, not here.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    ARRAY,
    BigInteger,
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    UniqueConstraint,
    Uuid,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class VaultAccount(TenantOwned, Timestamps, Base):
    """A person's own wrapped secrets: only that person ever reads this row."""

    __tablename__ = "vault_accounts"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    key_version: Mapped[int]
    kdf_v: Mapped[int]
    kdf_alg: Mapped[str] = mapped_column(String(32))
    kdf_salt: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_ops: Mapped[int]
    kdf_mem: Mapped[int] = mapped_column(BigInteger)
    wrapped_uk_pw: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_uk_rk: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_keys: Mapped[bytes] = mapped_column(LargeBinary)


class VaultBundle(UUIDPrimaryKey, TenantOwned, Base):
    """Every public bundle a person published; the highest ``key_version`` is current.

    Older versions stay so readers can check signatures made before a rotation.
    """

    __tablename__ = "vault_bundles"
    __table_args__ = (UniqueConstraint("person_id", "key_version"),)

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    key_version: Mapped[int]
    x_pk: Mapped[bytes] = mapped_column(LargeBinary)
    ed_pk: Mapped[bytes] = mapped_column(LargeBinary)
    self_sig: Mapped[bytes] = mapped_column(LargeBinary)
    prev_sig: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class VaultPair(TenantOwned, Base):
    """Per mentorship: the current pair-key epoch and the members who left it."""

    __tablename__ = "vault_pairs"

    mentorship_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE"), primary_key=True
    )
    current_epoch: Mapped[int] = mapped_column(default=0)
    removed_member_ids: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(Uuid), default=list)
    rotation_needed: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())


class VaultEnvelope(UUIDPrimaryKey, TenantOwned, Base):
    """A pair key of one epoch, sealed to one recipient key and signed by its wrapper."""

    __tablename__ = "vault_envelopes"
    __table_args__ = (
        UniqueConstraint("pair_id", "epoch", "recipient_id", "recipient_key_version"),
        Index("ix_vault_envelopes_recipient_pair", "recipient_id", "pair_id"),
    )

    pair_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE"), index=True
    )
    epoch: Mapped[int]
    recipient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    recipient_key_version: Mapped[int]
    wrapper_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    wrapper_key_version: Mapped[int]
    key_id: Mapped[bytes] = mapped_column(LargeBinary)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    sig: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class VaultRecord(TenantOwned, Timestamps, Base):
    """One encrypted record (its fields live in ``vault_record_fields``).

    A deleted record keeps this row as a tombstone (``deleted_at``); its ciphertext goes.
    """

    __tablename__ = "vault_records"
    __table_args__ = (
        Index("ix_vault_records_pair_type_created", "pair_id", "record_type", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    pair_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE"), index=True
    )
    record_type: Mapped[str] = mapped_column(String(40))
    record_version: Mapped[int]
    author_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    author_key_version: Mapped[int]
    epoch: Mapped[int]
    parent_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # 1: protocol 1.0 (AAD "record"); 2: protocol 1.1 (AAD "record2", links bound).
    format: Mapped[int] = mapped_column(SmallInteger, server_default="1", default=1)
    deleted_at: Mapped[datetime | None]


class VaultRecordField(Base):
    """Ciphertext of one field of one record version."""

    __tablename__ = "vault_record_fields"

    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vault_records.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(40), primary_key=True)
    ct: Mapped[bytes] = mapped_column(LargeBinary)
    wdek: Mapped[bytes] = mapped_column(LargeBinary)
    sig: Mapped[bytes] = mapped_column(LargeBinary)


class VaultFile(TenantOwned, Base):
    """The secretstream of a ``resource_file`` record, uploaded chunk by chunk."""

    __tablename__ = "vault_files"

    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vault_records.id", ondelete="CASCADE"), primary_key=True
    )
    chunk_count: Mapped[int | None]
    size_bytes: Mapped[int | None] = mapped_column(BigInteger)
    finalized_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())


class VaultFileChunk(Base):
    __tablename__ = "vault_file_chunks"

    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vault_files.record_id", ondelete="CASCADE"), primary_key=True
    )
    index: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class VaultKeyring(TenantOwned, Base):
    """A person's keyring (pins, verification state, highest epochs), sealed by their client.

    Only that person reads it. ``version`` only ever goes up by one per write, so a client
    that remembers the last version it saw notices an older blob served in its place.
    """

    __tablename__ = "vault_keyrings"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int]
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
