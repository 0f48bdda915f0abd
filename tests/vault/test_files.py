"""Files: chunked, restartable upload of secretstream data and streamed download."""

from __future__ import annotations

import io
import os
import uuid

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import VaultFile, VaultFileChunk
from constel_api.vault import service
from constel_api.vault.registry import FILE_CIPHER_CHUNK_BYTES
from constel_client.api import ApiError, record_payload
from constel_client.crypto import CHUNK_SIZE, VerificationError, start_file
from constel_client.participant import Participant
from tests.fixtures.actors import Factory
from tests.vault.helpers import World, make_world, paired


async def setup(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> tuple[World, Participant, Participant]:
    world = await make_world(client, factory, session)
    mentor, mentee = await paired(client, world)
    return world, mentor, mentee


async def started_file(p: Participant, pair_id: str, data: bytes) -> tuple[str, list[bytes]]:
    """Create the file's record and encrypt ``data`` into chunks (not uploaded yet)."""
    doc_id = str(uuid.uuid4())
    rec, encryptor = start_file(p.identity, p.ring.current(pair_id), doc_id=doc_id)
    await p.api.create_record(record_payload([rec]))
    pieces = [data[i : i + CHUNK_SIZE] for i in range(0, len(data), CHUNK_SIZE)] or [b""]
    chunks = [encryptor.push(c, final=i == len(pieces) - 1) for i, c in enumerate(pieces)]
    return doc_id, chunks


class TestRoundTrip:
    @pytest.mark.parametrize("size", [0, 100, 2 * CHUNK_SIZE, 2 * CHUNK_SIZE + 100])
    async def test_upload_download(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession, size: int
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        data = os.urandom(size)
        doc_id = await mentor.upload_file(
            world.pair_id, io.BytesIO(data), name="plan.pdf", media_type="application/pdf"
        )
        assert await mentee.download_bytes(doc_id) == data
        assert await mentee.file_meta(world.pair_id, doc_id) == {
            "name": "plan.pdf", "type": "application/pdf", "size": size
        }
        status = await mentee.api.file_status(doc_id)
        assert status["finalized"]
        # 1.1: the final chunk holds under 64 KiB, padded to 4 KiB steps, so the stored
        # size tells the size only to 4 KiB (an exact multiple ends with an empty chunk).
        full, last = divmod(size, CHUNK_SIZE)
        assert status["chunk_count"] == full + 1
        assert status["size_bytes"] == (
            full * FILE_CIPHER_CHUNK_BYTES + (last // 4096 + 1) * 4096 + 17
        )

    async def test_tampered_stream_is_refused(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        doc_id = await mentor.upload_file(
            world.pair_id, io.BytesIO(b"x" * 1000), name="a", media_type="text/plain"
        )
        await session.execute(
            update(VaultFileChunk)
            .where(VaultFileChunk.record_id == uuid.UUID(doc_id))
            .values(data=b"\0" * 1017)
        )
        with pytest.raises(VerificationError):
            await mentee.download_bytes(doc_id)

    async def test_stream_reads_one_chunk_at_a_time(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        doc_id = await mentor.upload_file(
            world.pair_id, io.BytesIO(b"y" * (3 * CHUNK_SIZE)), name="a", media_type="x/y"
        )
        file = await session.get(VaultFile, uuid.UUID(doc_id))
        assert file is not None
        sizes = [len(block) async for block in service.stream_chunks(session, file)]
        assert sizes == [FILE_CIPHER_CHUNK_BYTES] * 3 + [4096 + 17]  # the empty padded end


class TestUploadRules:
    async def test_restartable_idempotent_chunks(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        data = os.urandom(2 * CHUNK_SIZE + 5)
        doc_id, chunks = await started_file(mentor, world.pair_id, data)
        await mentor.api.put_chunk(doc_id, 2, chunks[2])
        await mentor.api.put_chunk(doc_id, 0, b"\1" * 100)  # an interrupted attempt
        with pytest.raises(ApiError) as early:
            await mentee.api.download_file(doc_id).__anext__()
        assert early.value.code == "file_not_finalized"
        with pytest.raises(ApiError) as missing:
            await mentor.api.finalize_file(doc_id, 3)
        assert missing.value.code == "missing_chunks"
        assert missing.value.body["missing"] == [1]
        assert (await mentor.api.file_status(doc_id))["uploaded_chunks"] == [0, 2]
        await mentor.api.put_chunk(doc_id, 1, chunks[1])
        with pytest.raises(ApiError) as short:
            await mentor.api.finalize_file(doc_id, 3)
        assert short.value.code == "invalid_chunk"  # chunk 0 is short but not last
        await mentor.api.put_chunk(doc_id, 0, chunks[0])  # the same index replaces
        await mentor.api.put_chunk(doc_id, 0, chunks[0])
        await mentor.api.put_chunk(doc_id, 7, chunks[2])  # a stray chunk past the end
        done = await mentor.api.finalize_file(doc_id, 3)
        assert done["uploaded_chunks"] == [0, 1, 2]
        assert done["size_bytes"] == sum(len(c) for c in chunks)
        assert (await mentor.api.finalize_file(doc_id, 3))["finalized"]  # idempotent
        with pytest.raises(ApiError) as closed:
            await mentor.api.put_chunk(doc_id, 0, chunks[0])
        assert closed.value.code == "file_finalized"
        assert await mentee.download_bytes(doc_id) == data

    async def test_limits_and_permissions(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        doc_id, chunks = await started_file(mentor, world.pair_id, b"abc")
        with pytest.raises(ApiError) as not_author:
            await mentee.api.put_chunk(doc_id, 0, chunks[0])
        assert (not_author.value.status, not_author.value.code) == (403, "not_author")
        with pytest.raises(ApiError) as big:
            await mentor.api.put_chunk(doc_id, 0, b"\0" * (FILE_CIPHER_CHUNK_BYTES + 1))
        assert big.value.code == "invalid_chunk"
        with pytest.raises(ApiError) as tiny:
            await mentor.api.put_chunk(doc_id, 0, b"\0" * 16)
        assert tiny.value.code == "invalid_chunk"
        with pytest.raises(ApiError) as body:
            await mentor.api.put_chunk(doc_id, 0, b"\0" * (2 * 1024 * 1024 + 1))
        assert body.value.status == 413
        with pytest.raises(ApiError) as index:
            await mentor.api.put_chunk(doc_id, 10_000, chunks[0])
        assert index.value.status == 422
        report = await mentor.write_record(world.pair_id, "session_report", {"body": "x"})
        with pytest.raises(ApiError) as not_file:
            await mentor.api.put_chunk(report.record_id, 0, chunks[0])
        assert not_file.value.code == "file_not_found"
        with pytest.raises(ApiError) as immutable:
            await mentor.update_record(doc_id, {"content": b"\0" * 24})
        assert immutable.value.code == "immutable_record"

    async def test_deleting_the_record_deletes_the_file(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        doc_id = await mentor.upload_file(
            world.pair_id, io.BytesIO(b"z" * 10), name="a", media_type="text/plain"
        )
        await mentor.delete_record(doc_id)
        with pytest.raises(FileNotFoundError):
            await mentee.download_bytes(doc_id)
        with pytest.raises(ApiError) as gone:
            await mentee.api.download_file(doc_id).__anext__()
        assert gone.value.status == 404
        assert await session.get(VaultFile, uuid.UUID(doc_id)) is None
