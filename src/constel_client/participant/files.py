"""Files: encrypt and upload a document chunk by chunk, then download and decrypt it.

A document is a ``resource_file`` record whose content is streamed in chunks, plus a
``resource_meta`` record with its name, type and size.
"""

from __future__ import annotations

import io
import json
import uuid
from typing import BinaryIO

import httpx

from ..api import record_payload
from ..crypto import (
    CIPHER_CHUNK_SIZE,
    VerificationError,
    open_file,
    start_file,
)
from ..crypto.files import iter_chunks, read_full
from .records import RecordsClient


class FilesClient(RecordsClient):
    """Documents encrypted and decrypted one chunk at a time."""

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
        for block, length in iter_chunks(encryptor, lambda n: read_full(src, n)):
            await self._put_chunk(doc_id, index, block, retries)
            size += length
            index += 1
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
