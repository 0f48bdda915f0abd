"""Wire shapes of the vault; field names follow the protocol spec (``crypto.md``)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from constel_api.core.schemas import RequestModel, ResponseModel
from constel_api.vault.registry import (
    KEY_ID_BYTES,
    KEYRING_MAX_BYTES,
    PUBLIC_KEY_BYTES,
    SALT_BYTES,
    SEAL_OVERHEAD,
    SIG_BYTES,
    WDEK_BYTES,
)
from constel_api.vault.validation import B64, exact, min_length

MIB = 1024 * 1024
MAX_BATCH = 100  # the 1 MiB body limit binds first for large records
WRAPPED_KEYS_BYTES = SEAL_OVERHEAD + 64  # x_sk || ed_seed

PublicKey = Annotated[B64, exact(PUBLIC_KEY_BYTES)]
Signature = Annotated[B64, exact(SIG_BYTES)]
Salt = Annotated[B64, exact(SALT_BYTES)]
WrappedUk = Annotated[B64, exact(WDEK_BYTES)]
WrappedKeys = Annotated[B64, exact(WRAPPED_KEYS_BYTES)]
KeyId = Annotated[B64, exact(KEY_ID_BYTES)]
Ciphertext = Annotated[B64, min_length(SEAL_OVERHEAD)]
Wdek = Annotated[B64, exact(WDEK_BYTES)]
Version = Annotated[int, Field(ge=1, le=2**31 - 1)]
Epoch = Annotated[int, Field(ge=0, le=2**31 - 1)]
FieldName = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[a-z][a-z0-9_]*$")]


# --- key material -------------------------------------------------------------------


class KdfParams(RequestModel):
    """Argon2id parameters; the server checks ranges, the client enforces its own floor."""

    v: Literal[1] = 1
    alg: Literal["argon2id13"] = "argon2id13"
    salt: Salt
    ops: int = Field(ge=1, le=10)
    mem: int = Field(ge=8 * 1024, le=1024 * MIB, description="bytes")


class KdfParamsRead(ResponseModel):
    v: int
    alg: str
    salt: B64
    ops: int
    mem: int


class KeyMaterialWrite(RequestModel):
    user_id: uuid.UUID
    key_version: Version
    kdf: KdfParams
    wrapped_uk_pw: WrappedUk
    wrapped_uk_rk: WrappedUk
    wrapped_keys: WrappedKeys


class KeyMaterialRead(ResponseModel):
    user_id: uuid.UUID
    key_version: int
    kdf: KdfParamsRead
    wrapped_uk_pw: B64
    wrapped_uk_rk: B64
    wrapped_keys: B64


class BundleWrite(RequestModel):
    user_id: uuid.UUID
    key_version: Version
    x_pk: PublicKey
    ed_pk: PublicKey
    self_sig: Signature
    prev_sig: Signature | None = None


class BundleRead(ResponseModel):
    user_id: uuid.UUID
    key_version: int
    x_pk: B64
    ed_pk: B64
    self_sig: B64
    prev_sig: B64 | None
    created_at: datetime


class IdentityPublish(RequestModel):
    """A new key version: its public bundle and the matching wrapped private keys."""

    bundle: BundleWrite
    material: KeyMaterialWrite


class MyVault(ResponseModel):
    material: KeyMaterialRead
    bundle: BundleRead


# --- pairs and envelopes -------------------------------------------------------------


class EnvelopeWrite(RequestModel):
    pair_id: uuid.UUID
    epoch: Version
    recipient_id: uuid.UUID
    recipient_key_version: Version
    wrapper_id: uuid.UUID
    wrapper_key_version: Version
    key_id: KeyId
    sealed: B64
    sig: Signature


class EnvelopeRead(ResponseModel):
    pair_id: uuid.UUID
    epoch: int
    recipient_id: uuid.UUID
    recipient_key_version: int
    wrapper_id: uuid.UUID
    wrapper_key_version: int
    key_id: B64
    sealed: B64
    sig: B64
    created_at: datetime


class EpochCreate(RequestModel):
    """Epoch ``current + 1`` with one envelope per current member (at their current key)."""

    epoch: Version
    envelopes: list[EnvelopeWrite] = Field(min_length=1, max_length=16)


class EnvelopesAdd(RequestModel):
    """Extra envelopes for an existing epoch, e.g. after a member's new identity."""

    envelopes: list[EnvelopeWrite] = Field(min_length=1, max_length=64)


class PairMember(ResponseModel):
    person_id: uuid.UUID
    role: Literal["mentor", "mentee"]
    key_version: int | None = Field(description="current public key version, null if none")


class PairRead(ResponseModel):
    pair_id: uuid.UUID
    current_epoch: int
    rotation_needed: bool
    members: list[PairMember]


# --- records --------------------------------------------------------------------------


class FieldCipher(RequestModel):
    ct: Ciphertext
    wdek: Wdek
    sig: Signature


class FieldCipherRead(ResponseModel):
    ct: B64
    wdek: B64
    sig: B64


class RecordWrite(RequestModel):
    record_id: uuid.UUID
    record_type: str = Field(max_length=40)
    pair_id: uuid.UUID
    record_version: Version
    author_id: uuid.UUID
    epoch: Epoch
    parent_id: uuid.UUID | None = None
    subject_id: uuid.UUID | None = None
    format: Literal[1, 2] | None = Field(
        default=None,
        description="1 (or absent): protocol 1.0 (AAD `record`); 2: protocol 1.1 (AAD "
        "`record2`, binding parent, subject and the sorted field names; fields must match "
        "the type's declared shape, else 422 `record_shape_mismatch`)",
    )

    @property
    def record_format(self) -> int:
        return self.format or 1
    fields: dict[FieldName, FieldCipher] = Field(min_length=1, max_length=8)


class RecordBatch(RequestModel):
    """Several new records at once (an import, an offline backlog): all or none."""

    records: list[RecordWrite] = Field(min_length=1, max_length=MAX_BATCH)


class RecordRead(ResponseModel):
    record_id: uuid.UUID
    record_type: str
    pair_id: uuid.UUID
    record_version: int
    author_id: uuid.UUID
    author_key_version: int
    epoch: int
    parent_id: uuid.UUID | None
    subject_id: uuid.UUID | None
    format: int = Field(description="1: protocol 1.0; 2: protocol 1.1")
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    fields: dict[str, FieldCipherRead] = Field(description="empty on a deleted record")


# --- keyring ------------------------------------------------------------------------


class KeyringWrite(RequestModel):
    """The next keyring: ``keyring_version`` is the stored one plus one (1 for the first)."""

    keyring_version: Version
    blob: Annotated[B64, min_length(SEAL_OVERHEAD)] = Field(
        description=f"seal(KRK, utf8(json), enc(\"keyring\", user_id, keyring_version)); "
        f"at most {KEYRING_MAX_BYTES} bytes once decoded",
    )


class KeyringRead(ResponseModel):
    keyring_version: int
    blob: B64


# --- files ----------------------------------------------------------------------------


class FileFinalize(RequestModel):
    chunk_count: int = Field(ge=1)


class FileRead(ResponseModel):
    record_id: uuid.UUID
    uploaded_chunks: list[int]
    chunk_count: int | None
    size_bytes: int | None
    finalized: bool
