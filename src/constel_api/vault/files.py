"""Files: the encrypted content of file records, uploaded and streamed in fixed-size chunks.

A file belongs to a record of a file type; only its author uploads, any reader of the
record downloads. Chunks are stored until the file is finalized, then it is immutable.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Forbidden, NotFound, Unprocessable
from constel_api.models import (
    Person,
    VaultFile,
    VaultRecord,
)
from constel_api.vault import repository as repo
from constel_api.vault.records import known_record_type, readable_record
from constel_api.vault.registry import (
    FILE_CHUNK_ABYTES,
    FILE_CIPHER_CHUNK_BYTES,
    FILE_FINAL_PAD,
    FORMAT_V2,
    MAX_FILE_CHUNKS,
)
from constel_api.vault.validation import check_file_chunk


async def _file_record(
    session: AsyncSession, me: Person, record_id: uuid.UUID, *, write: bool
) -> VaultRecord:
    record, _ = await readable_record(session, me, record_id)
    if not known_record_type(record.record_type).file:
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
    last = sizes[chunk_count - 1] - FILE_CHUNK_ABYTES
    if record.format == FORMAT_V2 and (last == 0 or last % FILE_FINAL_PAD):
        raise Unprocessable(
            f"Under protocol 1.1 the last chunk is padded to {FILE_FINAL_PAD}-byte steps.",
            code="unpadded_final_chunk",
        )
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
