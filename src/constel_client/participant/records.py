"""Records: seal, write, update, open and list a pair's records.

Everything written is sealed and signed by me; everything read is checked against its
author's key before its plaintext is returned.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..api import StoredRecord, record_payload
from ..crypto import (
    EncryptedRecord,
    PairKey,
    VerificationError,
    open_record,
    seal_fields,
)
from .pairs import PRIVATE_TYPES, PairKeysClient
from .payloads import session_fields

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
    format: int = 1  # 2: links and field list were signed by the author (protocol 1.1)

    def text(self, field: str) -> str:
        return self.fields[field].decode("utf-8")


def _as_bytes(value: bytes | str) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


class RecordsClient(PairKeysClient):
    """Records as plaintext fields for me, ciphertext for the server."""

    def _seal(
        self, pk: PairKey, record_type: str, record_id: str, version: int,
        fields: Mapping[str, bytes | str], *, parent_id: str | None = None,
        subject_id: str | None = None,
    ) -> list[EncryptedRecord]:
        """Protocol 1.1: every field bound to the record's links and whole field list."""
        return seal_fields(
            self.identity, pk, record_type=record_type, record_id=record_id,
            record_version=version, fields={k: _as_bytes(v) for k, v in fields.items()},
            parent_id=parent_id, subject_id=subject_id,
        )

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
        sealed = self._seal(
            pk, record_type, record_id or str(uuid.uuid4()), 1, fields, parent_id=parent_id,
            subject_id=subject_id,
        )
        return await self.api.create_record(record_payload(sealed))

    async def sealed_payload(
        self,
        pair_id: str,
        record_type: str,
        fields: Mapping[str, bytes | str],
        *,
        record_id: str | None = None,
        record_version: int = 1,
        parent_id: str | None = None,
    ) -> dict[str, Any]:
        """A record version sealed under the newest epoch I know, as a request body, for
        types written through routes of their own (messages)."""
        pk = await self._write_key(pair_id, record_type)
        return record_payload(self._seal(
            pk, record_type, record_id or str(uuid.uuid4()), record_version, fields,
            parent_id=parent_id,
        ))

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
        sealed = self._seal(
            pk, current.record_type, record_id, version, fields,
            parent_id=current.parent_id, subject_id=current.subject_id,
        )
        return await self.api.update_record(record_payload(sealed))

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
            stored.deleted, fields, stored.format,
        )

    async def write_session_report(
        self, pair_id: str, session: Mapping[str, Any], body: str, next_steps: str = ""
    ) -> StoredRecord:
        """A report of ``session`` (as the API returns it): its id and start are written
        into the payload too, and its id is the record's subject."""
        return await self.write_record(
            pair_id, "session_report",
            session_fields(str(session["id"]), str(session["starts_at"]), body, next_steps),
            subject_id=str(session["id"]),
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
