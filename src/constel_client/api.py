"""A small async httpx client of the Constel API (sign-in and the vault routes).

It moves bytes and JSON only: everything it sends is already encrypted and signed by
:mod:`constel_client.crypto` (see :class:`constel_client.participant.Participant`, which
puts the two together as a participant's own client would).

    async with httpx.AsyncClient(base_url="https://constel.example") as http:
        api = await VaultApi.sign_in(http, "ada@example.org", "login password")
        me = await api.me()
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .crypto import EncryptedRecord, Envelope, KeyMaterial, PublicBundle
from .crypto.encoding import b64d, b64e

VAULT = "/api/v1/vault"


class ApiError(Exception):
    """A problem+json answer: ``status``, stable ``code`` and ``detail``."""

    def __init__(self, status: int, code: str, detail: str, body: dict[str, Any]) -> None:
        super().__init__(f"{status} {code}: {detail}")
        self.status = status
        self.code = code
        self.detail = detail
        self.body = body


@dataclass(frozen=True)
class PairInfo:
    pair_id: str
    current_epoch: int
    rotation_needed: bool
    members: dict[str, int | None]  # person id -> current key version (None: no keys yet)
    roles: dict[str, str]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairInfo:
        members = data["members"]
        return cls(
            pair_id=data["pair_id"],
            current_epoch=data["current_epoch"],
            rotation_needed=data["rotation_needed"],
            members={m["person_id"]: m["key_version"] for m in members},
            roles={m["person_id"]: m["role"] for m in members},
        )


@dataclass(frozen=True)
class StoredRecord:
    """A record as the server returns it: clear metadata plus one ciphertext per field."""

    record_id: str
    record_type: str
    pair_id: str
    record_version: int
    author_id: str
    author_key_version: int
    epoch: int
    parent_id: str | None
    subject_id: str | None
    deleted: bool
    fields: dict[str, EncryptedRecord] = field(default_factory=dict)
    format: int = 1

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredRecord:
        """Each field carries the record's links and the names of the fields received, so
        a format-2 field checks against exactly what the server sent."""
        fmt = int(data.get("format", 1))
        names = tuple(data["fields"])
        fields = {
            name: EncryptedRecord(
                record_id=data["record_id"], record_type=data["record_type"], field=name,
                pair_id=data["pair_id"], record_version=data["record_version"],
                author_id=data["author_id"], epoch=data["epoch"], ct=b64d(c["ct"]),
                wdek=b64d(c["wdek"]), sig=b64d(c["sig"]), format=fmt,
                parent_id=data.get("parent_id") or "", subject_id=data.get("subject_id") or "",
                field_names=names,
            )
            for name, c in data["fields"].items()
        }
        return cls(
            record_id=data["record_id"], record_type=data["record_type"],
            pair_id=data["pair_id"], record_version=data["record_version"],
            author_id=data["author_id"], author_key_version=data["author_key_version"],
            epoch=data["epoch"], parent_id=data.get("parent_id"),
            subject_id=data.get("subject_id"), deleted=data.get("deleted_at") is not None,
            fields=fields, format=fmt,
        )


def record_payload(
    sealed: Iterable[EncryptedRecord],
    *,
    parent_id: str | None = None,
    subject_id: str | None = None,
) -> dict[str, Any]:
    """The request body for one record version from its sealed fields (same metadata each).

    A format-2 record's links are the ones its fields were sealed with."""
    items = list(sealed)
    first = items[0]
    if first.format != 1:
        parent_id, subject_id = first.parent_id or None, first.subject_id or None
    return {
        "format": first.format,
        "record_id": first.record_id,
        "record_type": first.record_type,
        "pair_id": first.pair_id,
        "record_version": first.record_version,
        "author_id": first.author_id,
        "epoch": first.epoch,
        "parent_id": parent_id,
        "subject_id": subject_id,
        "fields": {
            r.field: {"ct": b64e(r.ct), "wdek": b64e(r.wdek), "sig": b64e(r.sig)} for r in items
        },
    }


class VaultApi:
    """Typed calls of one signed-in person; raises :class:`ApiError` on any problem."""

    def __init__(self, http: httpx.AsyncClient, token: str) -> None:
        self.http = http
        self.headers = {"Authorization": f"Bearer {token}"}

    @classmethod
    async def sign_in(
        cls, http: httpx.AsyncClient, email: str, password: str, totp_code: str | None = None
    ) -> VaultApi:
        body: dict[str, Any] = {"email": email, "password": password}
        if totp_code is not None:
            body["totp_code"] = totp_code
        response = await http.post("/api/v1/auth/login", json=body)
        _raise_for_problem(response)
        return cls(http, response.json()["access_token"])

    async def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        response = await self.http.request(method, path, headers=headers, **kwargs)
        _raise_for_problem(response)
        return response

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return (await self._call(method, path, **kwargs)).json()

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Any route as this person (problems raise :class:`ApiError`), for domain modules."""
        return await self._call(method, path, **kwargs)

    async def me(self) -> dict[str, Any]:
        data: dict[str, Any] = await self._json("GET", "/api/v1/me")
        return data

    # --- key material ---------------------------------------------------------------

    async def get_my_vault(self) -> tuple[KeyMaterial, PublicBundle] | None:
        try:
            data = await self._json("GET", f"{VAULT}/me")
        except ApiError as exc:
            if exc.code == "vault_not_set_up":
                return None
            raise
        return KeyMaterial.from_json(data["material"]), PublicBundle.from_json(data["bundle"])

    async def publish_identity(self, bundle: PublicBundle, material: KeyMaterial) -> None:
        await self._call(
            "POST", f"{VAULT}/me/identity",
            json={"bundle": bundle.to_json(), "material": material.to_json()},
        )

    async def put_key_material(self, material: KeyMaterial) -> None:
        await self._call("PUT", f"{VAULT}/me/key-material", json=material.to_json())

    async def get_bundle(self, person_id: str, key_version: int | None = None) -> PublicBundle:
        params = {"key_version": key_version} if key_version is not None else None
        data = await self._json("GET", f"{VAULT}/bundles/{person_id}", params=params)
        return PublicBundle.from_json(data)

    # --- keyring --------------------------------------------------------------------

    async def get_keyring(self) -> tuple[int, bytes] | None:
        """``(keyring_version, blob)``, or None when I never stored one."""
        try:
            data = await self._json("GET", f"{VAULT}/me/keyring")
        except ApiError as exc:
            if exc.code == "keyring_not_found":
                return None
            raise
        return int(data["keyring_version"]), b64d(data["blob"])

    async def put_keyring(self, version: int, blob: bytes) -> None:
        """Store version ``stored + 1``; :class:`ApiError` ``stale_keyring`` (409) otherwise."""
        await self._call(
            "PUT", f"{VAULT}/me/keyring", json={"keyring_version": version, "blob": b64e(blob)}
        )

    # --- pairs ----------------------------------------------------------------------

    async def get_pair(self, pair_id: str) -> PairInfo:
        return PairInfo.from_json(await self._json("GET", f"{VAULT}/pairs/{pair_id}"))

    async def create_epoch(self, pair_id: str, epoch: int, envelopes: list[Envelope]) -> PairInfo:
        data = await self._json(
            "POST", f"{VAULT}/pairs/{pair_id}/epochs",
            json={"epoch": epoch, "envelopes": [e.to_json() for e in envelopes]},
        )
        return PairInfo.from_json(data)

    async def add_envelopes(self, pair_id: str, envelopes: list[Envelope]) -> None:
        await self._call(
            "POST", f"{VAULT}/pairs/{pair_id}/envelopes",
            json={"envelopes": [e.to_json() for e in envelopes]},
        )

    async def list_envelopes(self, pair_id: str) -> list[Envelope]:
        data = await self._json("GET", f"{VAULT}/pairs/{pair_id}/envelopes")
        return [Envelope.from_json(item) for item in data]

    # --- records --------------------------------------------------------------------

    async def create_record(self, payload: dict[str, Any]) -> StoredRecord:
        return StoredRecord.from_json(await self._json("POST", f"{VAULT}/records", json=payload))

    async def create_records(self, payloads: list[dict[str, Any]]) -> list[StoredRecord]:
        """Several new records in one request (all or none)."""
        data = await self._json("POST", f"{VAULT}/records/batch", json={"records": payloads})
        return [StoredRecord.from_json(item) for item in data]

    async def update_record(self, payload: dict[str, Any]) -> StoredRecord:
        path = f"{VAULT}/records/{payload['record_id']}"
        return StoredRecord.from_json(await self._json("PUT", path, json=payload))

    async def get_record(self, record_id: str) -> StoredRecord:
        return StoredRecord.from_json(await self._json("GET", f"{VAULT}/records/{record_id}"))

    async def list_records(
        self,
        pair_id: str,
        *,
        record_type: str | None = None,
        parent_id: str | None = None,
        subject_id: str | None = None,
        include_deleted: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[StoredRecord], int]:
        params: dict[str, Any] = {"pair_id": pair_id, "limit": limit, "offset": offset}
        for name, value in (
            ("record_type", record_type), ("parent_id", parent_id), ("subject_id", subject_id)
        ):
            if value is not None:
                params[name] = value
        if include_deleted:
            params["include_deleted"] = "true"
        data = await self._json("GET", f"{VAULT}/records", params=params)
        return [StoredRecord.from_json(item) for item in data["items"]], int(data["total"])

    async def iter_records(
        self, pair_id: str, *, page_size: int = 200, **filters: Any
    ) -> AsyncIterator[StoredRecord]:
        offset = 0
        while True:
            items, total = await self.list_records(
                pair_id, limit=page_size, offset=offset, **filters
            )
            for item in items:
                yield item
            offset += len(items)
            if not items or offset >= total:
                return

    async def delete_record(self, record_id: str) -> None:
        await self._call("DELETE", f"{VAULT}/records/{record_id}")

    # --- files ----------------------------------------------------------------------

    async def put_chunk(self, record_id: str, index: int, data: bytes) -> dict[str, Any]:
        result: dict[str, Any] = await self._json(
            "PUT", f"{VAULT}/files/{record_id}/chunks/{index}", content=data,
            headers={"Content-Type": "application/octet-stream"},
        )
        return result

    async def finalize_file(self, record_id: str, chunk_count: int) -> dict[str, Any]:
        result: dict[str, Any] = await self._json(
            "POST", f"{VAULT}/files/{record_id}/finalize", json={"chunk_count": chunk_count}
        )
        return result

    async def file_status(self, record_id: str) -> dict[str, Any]:
        result: dict[str, Any] = await self._json("GET", f"{VAULT}/files/{record_id}")
        return result

    async def download_file(self, record_id: str) -> AsyncIterator[bytes]:
        """The encrypted stream, as the server sends it (arbitrary block boundaries)."""
        path = f"{VAULT}/files/{record_id}/content"
        async with self.http.stream("GET", path, headers=self.headers) as response:
            if response.status_code >= 400:
                await response.aread()
                _raise_for_problem(response)
            async for block in response.aiter_bytes():
                yield block


def _raise_for_problem(response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    raise ApiError(
        response.status_code, str(body.get("code", "http_error")),
        str(body.get("detail", response.reason_phrase)), body,
    )


def new_id() -> str:
    return str(uuid.uuid4())
