"""``/api/v1/vault``: key material, public bundles, pair-key envelopes, records and files.

Only people with the member role reach the vault: admins (of any kind) and machine
clients get 404 on every route, whatever else they send.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from fastapi.responses import StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.dependencies import PersonPrincipal, PrincipalDep, for_people_only
from constel_api.core.pagination import Page, PageParamsDep
from constel_api.db import SessionDep, get_session
from constel_api.errors import NotFound, Unprocessable, problem_responses
from constel_api.models import (
    Person,
    Role,
    VaultAccount,
    VaultBundle,
    VaultEnvelope,
    VaultFile,
    VaultKeyring,
    VaultRecord,
    VaultRecordField,
)
from constel_api.vault import files, keyring, keys, pairs, records
from constel_api.vault.registry import FILE_CIPHER_CHUNK_BYTES, MAX_FILE_CHUNKS
from constel_api.vault.schemas import (
    BundleRead,
    EnvelopeRead,
    EnvelopesAdd,
    EpochCreate,
    FieldCipherRead,
    FileFinalize,
    FileRead,
    IdentityPublish,
    KdfParamsRead,
    KeyMaterialRead,
    KeyMaterialWrite,
    KeyringRead,
    KeyringWrite,
    MyVault,
    PairMember,
    PairRead,
    RecordBatch,
    RecordRead,
    RecordWrite,
)

router = APIRouter(prefix="/api/v1/vault", tags=["vault"])


@for_people_only
async def vault_person(principal: PrincipalDep) -> Person:
    """Members only; everyone else is told there is nothing here."""
    if not isinstance(principal, PersonPrincipal) or not principal.person.has_role(Role.MEMBER):
        raise NotFound()
    return principal.person


Member = Annotated[Person, Depends(vault_person)]
# The download streams after the endpoint returns: its session lives until the response ends.
StreamSession = Annotated[AsyncSession, Depends(get_session, scope="request")]
ERRORS = problem_responses(401, 404, 422)
MAX_OFFSET = 2**31 - 1
WRITE_ERRORS = problem_responses(401, 403, 404, 409, 422)


def _material(account: VaultAccount) -> KeyMaterialRead:
    return KeyMaterialRead(
        user_id=account.person_id,
        key_version=account.key_version,
        kdf=KdfParamsRead(
            v=account.kdf_v, alg=account.kdf_alg, salt=account.kdf_salt,
            ops=account.kdf_ops, mem=account.kdf_mem,
        ),
        wrapped_uk_pw=account.wrapped_uk_pw,
        wrapped_uk_rk=account.wrapped_uk_rk,
        wrapped_keys=account.wrapped_keys,
    )


def _bundle(bundle: VaultBundle) -> BundleRead:
    return BundleRead(
        user_id=bundle.person_id, key_version=bundle.key_version, x_pk=bundle.x_pk,
        ed_pk=bundle.ed_pk, self_sig=bundle.self_sig, prev_sig=bundle.prev_sig,
        created_at=bundle.created_at,
    )


def _record(record: VaultRecord, fields: list[VaultRecordField]) -> RecordRead:
    return RecordRead(
        record_id=record.id, record_type=record.record_type, pair_id=record.pair_id,
        record_version=record.record_version, author_id=record.author_id,
        author_key_version=record.author_key_version, epoch=record.epoch,
        parent_id=record.parent_id, subject_id=record.subject_id, format=record.format,
        created_at=record.created_at, updated_at=record.updated_at,
        deleted_at=record.deleted_at,
        fields={f.field: FieldCipherRead(ct=f.ct, wdek=f.wdek, sig=f.sig) for f in fields},
    )


def _file(record_id: uuid.UUID, file: VaultFile | None, sizes: dict[int, int]) -> FileRead:
    return FileRead(
        record_id=record_id, uploaded_chunks=sorted(sizes),
        chunk_count=file.chunk_count if file else None,
        size_bytes=file.size_bytes if file else None,
        finalized=bool(file and file.finalized_at),
    )


# --- key material ---------------------------------------------------------------------


@router.get("/me", operation_id="getMyVault", response_model=MyVault, responses=ERRORS)
async def get_my_vault(me: Member, session: SessionDep) -> MyVault:
    """Your wrapped keys, Argon2 parameters and current public bundle (only you read them)."""
    account, bundle = await keys.my_vault(session, me)
    return MyVault(material=_material(account), bundle=_bundle(bundle))


@router.post(
    "/me/identity", operation_id="publishVaultIdentity", response_model=MyVault,
    status_code=status.HTTP_201_CREATED, responses=WRITE_ERRORS,
)
async def publish_identity(body: IdentityPublish, me: Member, session: SessionDep) -> MyVault:
    """Publish your next key version (first identity, rotation or reset) with its wraps."""
    account, bundle = await keys.publish_identity(session, me, body)
    return MyVault(material=_material(account), bundle=_bundle(bundle))


@router.put(
    "/me/key-material", operation_id="updateVaultKeyMaterial", response_model=KeyMaterialRead,
    responses=WRITE_ERRORS,
)
async def update_key_material(
    body: KeyMaterialWrite, me: Member, session: SessionDep
) -> KeyMaterialRead:
    """Store a new passphrase or recovery wrap of your account key (same key version)."""
    return _material(await keys.update_key_material(session, me, body))


def _keyring(row: VaultKeyring) -> KeyringRead:
    return KeyringRead(keyring_version=row.version, blob=row.blob)


@router.get(
    "/me/keyring", operation_id="getMyVaultKeyring", response_model=KeyringRead,
    responses=ERRORS,
)
async def get_my_keyring(me: Member, session: SessionDep) -> KeyringRead:
    """Your sealed keyring (pins, verification, highest epochs); 404 ``keyring_not_found``."""
    return _keyring(await keyring.my_keyring(session, me))


@router.put(
    "/me/keyring", operation_id="putMyVaultKeyring", response_model=KeyringRead,
    responses=problem_responses(401, 404, 409, 413, 422),
)
async def put_my_keyring(body: KeyringWrite, me: Member, session: SessionDep) -> KeyringRead:
    """Store your keyring's next version; 409 ``stale_keyring`` unless it is stored + 1."""
    return _keyring(await keyring.put_keyring(session, me, body))


@router.get(
    "/bundles/{person_id}", operation_id="getVaultBundle", response_model=BundleRead,
    responses=ERRORS,
)
async def get_bundle(
    person_id: uuid.UUID,
    me: Member,
    session: SessionDep,
    key_version: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> BundleRead:
    """A public bundle of yourself or of someone you share or shared a mentorship with."""
    return _bundle(await keys.bundle_of(session, me, person_id, key_version))


# --- pairs ----------------------------------------------------------------------------


async def _pair_read(session: AsyncSession, me: Person, pair_id: uuid.UUID) -> PairRead:
    access, bundles = await pairs.pair_view(session, me, pair_id)
    return PairRead(
        pair_id=pair_id, current_epoch=access.current_epoch,
        rotation_needed=bool(access.state and access.state.rotation_needed),
        members=[
            PairMember(
                person_id=pid, role=role,
                key_version=bundles[pid].key_version if pid in bundles else None,
            )
            for pid, role in access.members
        ],
    )


def _envelope(env: VaultEnvelope) -> EnvelopeRead:
    return EnvelopeRead.model_validate(env)


@router.get("/pairs/{pair_id}", operation_id="getVaultPair", response_model=PairRead,
            responses=ERRORS)
async def get_pair(pair_id: uuid.UUID, me: Member, session: SessionDep) -> PairRead:
    """The pair's current epoch and current members with their key versions."""
    return await _pair_read(session, me, pair_id)


@router.post(
    "/pairs/{pair_id}/epochs", operation_id="createVaultEpoch", response_model=PairRead,
    status_code=status.HTTP_201_CREATED, responses=WRITE_ERRORS,
)
async def create_epoch(
    pair_id: uuid.UUID, body: EpochCreate, me: Member, session: SessionDep
) -> PairRead:
    """Start epoch 1, or rotate to the next epoch, with an envelope per current member."""
    await pairs.create_epoch(session, me, pair_id, body)
    return await _pair_read(session, me, pair_id)


@router.post(
    "/pairs/{pair_id}/envelopes", operation_id="addVaultEnvelopes",
    response_model=list[EnvelopeRead], status_code=status.HTTP_201_CREATED,
    responses=WRITE_ERRORS,
)
async def add_envelopes(
    pair_id: uuid.UUID, body: EnvelopesAdd, me: Member, session: SessionDep
) -> list[EnvelopeRead]:
    """Wrap existing epochs for a member's new key."""
    rows = await pairs.add_envelopes(session, me, pair_id, body.envelopes)
    return [_envelope(r) for r in rows]


@router.get(
    "/pairs/{pair_id}/envelopes", operation_id="listMyVaultEnvelopes",
    response_model=list[EnvelopeRead], responses=ERRORS,
)
async def list_my_envelopes(
    pair_id: uuid.UUID, me: Member, session: SessionDep
) -> list[EnvelopeRead]:
    """Your envelopes of this pair, every epoch and key version."""
    return [_envelope(e) for e in await pairs.my_envelopes(session, me, pair_id)]


# --- records --------------------------------------------------------------------------


@router.post(
    "/records", operation_id="createVaultRecord", response_model=RecordRead,
    status_code=status.HTTP_201_CREATED, responses=WRITE_ERRORS,
)
async def create_record(body: RecordWrite, me: Member, session: SessionDep) -> RecordRead:
    """Store a new encrypted record (version 1) written by you."""
    return _record(*await records.create_record(session, me, body))


@router.post(
    "/records/batch", operation_id="createVaultRecords", response_model=list[RecordRead],
    status_code=status.HTTP_201_CREATED, responses=problem_responses(401, 403, 404, 409, 413, 422),
)
async def create_records(
    body: RecordBatch, me: Member, session: SessionDep
) -> list[RecordRead]:
    """Store several new records in one transaction (all or none), e.g. an offline backlog."""
    return [_record(r, f) for r, f in await records.create_records(session, me, body.records)]


@router.get(
    "/records", operation_id="listVaultRecords", response_model=Page[RecordRead],
    responses=ERRORS,
)
async def list_records(
    me: Member,
    session: SessionDep,
    page: PageParamsDep,
    pair_id: uuid.UUID,
    record_type: Annotated[str | None, Query(max_length=40)] = None,
    parent_id: uuid.UUID | None = None,
    subject_id: uuid.UUID | None = None,
    include_deleted: bool = False,
) -> Page[RecordRead]:
    """Records of a pair you belong to, oldest first, filtered by type, parent or subject."""
    if page.offset > MAX_OFFSET:  # beyond any real listing, and beyond PostgreSQL's bigint
        raise Unprocessable("offset is too large.", code="validation_error")
    items, total = await records.list_records(
        session, me, pair_id=pair_id, record_type=record_type, parent_id=parent_id,
        subject_id=subject_id, include_deleted=include_deleted,
        limit=page.limit, offset=page.offset,
    )
    return Page[RecordRead](
        items=[_record(r, f) for r, f in items], total=total, limit=page.limit,
        offset=page.offset,
    )


@router.get(
    "/records/{record_id}", operation_id="getVaultRecord", response_model=RecordRead,
    responses=ERRORS,
)
async def get_record(record_id: uuid.UUID, me: Member, session: SessionDep) -> RecordRead:
    """One record (a tombstone has no fields)."""
    return _record(*await records.get_record(session, me, record_id))


@router.put(
    "/records/{record_id}", operation_id="updateVaultRecord", response_model=RecordRead,
    responses=WRITE_ERRORS,
)
async def update_record(
    record_id: uuid.UUID, body: RecordWrite, me: Member, session: SessionDep
) -> RecordRead:
    """Store the next version; 409 ``stale_version`` if someone saved first."""
    return _record(*await records.update_record(session, me, record_id, body))


@router.delete(
    "/records/{record_id}", operation_id="deleteVaultRecord",
    status_code=status.HTTP_204_NO_CONTENT, responses=WRITE_ERRORS,
)
async def delete_record(record_id: uuid.UUID, me: Member, session: SessionDep) -> Response:
    """Delete your record: its ciphertext goes, a tombstone stays."""
    await records.delete_record(session, me, record_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- files ----------------------------------------------------------------------------

ChunkIndex = Annotated[int, Path(ge=0, lt=MAX_FILE_CHUNKS)]


@router.put(
    "/files/{record_id}/chunks/{index}", operation_id="putVaultFileChunk",
    response_model=FileRead, responses=problem_responses(401, 403, 404, 409, 413, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {
                "type": "string", "format": "binary", "maxLength": FILE_CIPHER_CHUNK_BYTES,
            }}},
        }
    },
)
async def put_chunk(
    record_id: uuid.UUID, index: ChunkIndex, request: Request, me: Member, session: SessionDep
) -> FileRead:
    """Upload secretstream chunk ``index`` of a ``resource_file`` record (same index replaces)."""
    data = await request.body()
    file, sizes = await files.put_chunk(session, me, record_id, index, data)
    return _file(record_id, file, sizes)


@router.post(
    "/files/{record_id}/finalize", operation_id="finalizeVaultFile", response_model=FileRead,
    responses=WRITE_ERRORS,
)
async def finalize_file(
    record_id: uuid.UUID, body: FileFinalize, me: Member, session: SessionDep
) -> FileRead:
    """Close the upload: chunks ``0..chunk_count-1`` present, only the last one short."""
    file, sizes = await files.finalize_file(session, me, record_id, body.chunk_count)
    return _file(record_id, file, sizes)


@router.get(
    "/files/{record_id}", operation_id="getVaultFile", response_model=FileRead,
    responses=ERRORS,
)
async def get_file(record_id: uuid.UUID, me: Member, session: SessionDep) -> FileRead:
    """Upload progress: which chunks the server holds (to resume), and whether it is complete."""
    _, file, sizes = await files.file_status(session, me, record_id)
    return _file(record_id, file, sizes)


@router.get(
    "/files/{record_id}/content", operation_id="downloadVaultFile",
    response_class=StreamingResponse, responses={
        200: {"content": {"application/octet-stream": {"schema": {
            "type": "string", "format": "binary"}}}},
        **problem_responses(401, 404, 409),
    },
)
async def download_file(
    record_id: uuid.UUID, me: Member, session: StreamSession
) -> StreamingResponse:
    """The encrypted stream, chunk after chunk, straight from the database."""
    file = await files.open_download(session, me, record_id)
    return StreamingResponse(
        files.stream_chunks(session, file),
        media_type="application/octet-stream",
        headers={
            "Content-Length": str(file.size_bytes),
            "X-Chunk-Count": str(file.chunk_count),
        },
    )
