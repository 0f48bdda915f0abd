"""Encrypted records: shape validation, versions, epochs, authorship, listing, deletion."""

from __future__ import annotations

import base64
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from constel_client.api import ApiError, record_payload
from constel_client.crypto import seal_record
from constel_client.participant import Participant
from tests.fixtures.actors import Factory
from tests.vault.helpers import PROBLEM, World, make_world, paired

RECORDS = "/api/v1/vault/records"


async def setup(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> tuple[World, Participant, Participant]:
    world = await make_world(client, factory, session)
    mentor, mentee = await paired(client, world)
    return world, mentor, mentee


def valid_payload(p: Participant, pair_id: str, body: bytes = b"hello",
                  record_type: str = "session_report", field: str = "body") -> dict[str, Any]:
    """A protocol 1.0 record (format 1): its links are not signed, so tests may set them."""
    pk = p.ring.current(pair_id)
    sealed = seal_record(
        p.identity, pk, record_type=record_type, field=field, record_id=str(uuid.uuid4()),
        record_version=1, plaintext=body, format=1,
    )
    return record_payload([sealed])


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def assert_problem(response: httpx.Response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    if code is not None:
        assert response.json()["code"] == code


class TestCreate:
    async def test_valid(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        payload = valid_payload(mentor, world.pair_id)
        payload["subject_id"] = str(uuid.uuid4())
        response = await client.post(RECORDS, json=payload, headers=world.mentor.headers)
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["record_version"] == 1
        assert body["author_key_version"] == 1
        assert body["epoch"] == 1
        assert body["subject_id"] == payload["subject_id"]
        assert body["fields"]["body"]["ct"] == payload["fields"]["body"]["ct"]
        again = await client.post(RECORDS, json=payload, headers=world.mentor.headers)
        assert_problem(again, 409, "record_exists")

    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert_problem(await client.post(RECORDS, json={}), 401)

    @pytest.mark.parametrize(
        ("mutate", "status", "code"),
        [
            # Base64: URL-safe alphabet, missing padding, not a string, garbage.
            (lambda p: p["fields"]["body"].update(
                ct=p["fields"]["body"]["ct"].replace("+", "-").replace("/", "_") + "-_"),
             422, "validation_error"),
            (lambda p: p["fields"]["body"].update(sig=p["fields"]["body"]["sig"].rstrip("=")),
             422, "validation_error"),
            (lambda p: p["fields"]["body"].update(wdek=12345), 422, "validation_error"),
            (lambda p: p["fields"]["body"].update(ct="not base64!"), 422, "validation_error"),
            # Exact lengths: sig 64, wdek 24+32+16.
            (lambda p: p["fields"]["body"].update(sig=b64(bytes(63))), 422, "validation_error"),
            (lambda p: p["fields"]["body"].update(wdek=b64(bytes(71))), 422, "validation_error"),
            # ct too short, and not padded to 256-byte steps.
            (lambda p: p["fields"]["body"].update(ct=b64(bytes(39))), 422, "validation_error"),
            (lambda p: p["fields"]["body"].update(ct=b64(bytes(40 + 255))), 422,
             "invalid_ciphertext"),
            (lambda p: p["fields"]["body"].update(ct=b64(bytes(40))), 422, "invalid_ciphertext"),
            # Consistency: author, epoch, version, type and field registry, ids.
            (lambda p: p.update(author_id=str(uuid.uuid4())), 422, "author_mismatch"),
            (lambda p: p.update(epoch=2), 422, "unknown_epoch"),
            (lambda p: p.update(epoch=0), 422, "unknown_epoch"),
            (lambda p: p.update(record_version=2), 422, "invalid_version"),
            (lambda p: p.update(record_type="diary"), 422, "unknown_record_type"),
            (lambda p: p.update(fields={"title": p["fields"]["body"]}), 422, "unknown_field"),
            (lambda p: p.update(pair_id=str(uuid.uuid4())), 404, "pair_not_found"),
            (lambda p: p.update(record_id="not-a-uuid"), 422, "validation_error"),
            (lambda p: p.update(parent_id=str(uuid.uuid4())), 422, "unknown_parent"),
            (lambda p: p.update(extra="x"), 422, "validation_error"),
            (lambda p: p.update(fields={}), 422, "validation_error"),
            # Another record's signature, or a flipped bit in ct: the signature fails.
            (lambda p: p["fields"]["body"].update(sig=b64(bytes(64))), 422,
             "bad_record_signature"),
            (lambda p: p["fields"]["body"].update(
                ct=b64(bytes([base64.b64decode(p["fields"]["body"]["ct"])[0] ^ 1])
                       + base64.b64decode(p["fields"]["body"]["ct"])[1:])),
             422, "bad_record_signature"),
        ],
    )
    async def test_shape_violations(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
        mutate: Any, status: int, code: str,
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        payload = valid_payload(mentor, world.pair_id)
        mutate(payload)
        response = await client.post(RECORDS, json=payload, headers=world.mentor.headers)
        assert_problem(response, status, code)

    async def test_size_cap_per_type(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        ok = valid_payload(mentor, world.pair_id, b"x" * 8000, "session_place", "place")
        too_big = await client.post(RECORDS, json=ok, headers=world.mentor.headers)
        assert_problem(too_big, 422, "record_too_large")  # session_place caps at 2 KiB
        small = valid_payload(mentor, world.pair_id, b"x" * 1000, "session_place", "place")
        assert (await client.post(RECORDS, json=small,
                                  headers=world.mentor.headers)).status_code == 201

    async def test_not_json_and_junk_never_500(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, _, _ = await setup(client, factory, session)
        h = world.mentor.headers
        assert_problem(await client.post(
            RECORDS, content=b"{", headers={**h, "Content-Type": "application/json"}
        ), 400, "invalid_json")
        for junk in ([], "x", {"fields": {"body": None}}, {"record_id": None}, {"epoch": -1},
                     {"fields": {"BAD NAME": {}}}, {"record_version": 2**40}):
            response = await client.post(RECORDS, json=junk, headers=h)
            assert response.status_code == 422, junk

    async def test_private_note_epoch_zero_only(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        payload = valid_payload(mentor, world.pair_id, record_type="private_note")
        assert_problem(
            await client.post(RECORDS, json=payload, headers=world.mentor.headers),
            422, "invalid_epoch",
        )


class TestUpdate:
    async def test_versions(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        rec = await mentor.write_record(world.pair_id, "objective", {"title": "v1"})
        v2 = await mentee.update_record(rec.record_id, {"title": "v2"})  # shared type
        assert (v2.record_version, v2.author_id) == (2, mentee.user_id)
        with pytest.raises(ApiError) as stale:
            await mentor.update_record(rec.record_id, {"title": "from v1"}, base_version=1)
        assert (stale.value.status, stale.value.code) == (409, "stale_version")
        assert stale.value.body["current_version"] == 2
        with pytest.raises(ApiError) as gap:
            await mentor.update_record(rec.record_id, {"title": "skip"}, base_version=3)
        assert gap.value.code == "version_gap"
        assert (await mentor.read_record(rec.record_id)).text("title") == "v2"

    async def test_author_only_types(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        rec = await mentor.write_record(world.pair_id, "session_report", {"body": "mine"})
        with pytest.raises(ApiError) as refused:
            await mentee.update_record(rec.record_id, {"body": "theirs"})
        assert (refused.value.status, refused.value.code) == (403, "not_author")

    async def test_path_and_body_must_agree(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        rec = await mentor.write_record(world.pair_id, "objective", {"title": "v1"})
        other = valid_payload(mentor, world.pair_id, record_type="objective", field="title")
        other["record_version"] = 2
        response = await client.put(
            f"{RECORDS}/{rec.record_id}", json=other, headers=world.mentor.headers
        )
        assert_problem(response, 422, "record_id_mismatch")


class TestReadListDelete:
    async def test_list_filters_and_pagination(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        parent = await mentor.write_record(world.pair_id, "objective", {"title": "goal"})
        subject = str(uuid.uuid4())
        for i in range(5):
            await mentor.write_record(
                world.pair_id, "action_item", {"title": f"step {i}"},
                parent_id=parent.record_id, subject_id=subject if i % 2 else None,
            )
        await mentor.write_record(world.pair_id, "private_note", {"body": "mine only"})
        page, total = await mentee.api.list_records(world.pair_id, limit=2, offset=0)
        assert total == 6  # the mentor's private note is not listed for the mentee
        assert len(page) == 2
        items = await mentee.list_records(world.pair_id, "action_item", parent_id=parent.record_id)
        assert [r.text("title") for r in items] == [f"step {i}" for i in range(5)]
        by_subject = await mentee.list_records(world.pair_id, subject_id=subject)
        assert len(by_subject) == 2
        assert len(await mentor.list_records(world.pair_id, "private_note")) == 1
        bad = await client.get(
            RECORDS, params={"pair_id": world.pair_id, "record_type": "diary"},
            headers=world.mentor.headers,
        )
        assert_problem(bad, 422, "unknown_record_type")

    async def test_delete_by_author_keeps_tombstone(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        rec = await mentor.write_record(world.pair_id, "feedback", {"body": "merci"})
        with pytest.raises(ApiError) as refused:
            await mentee.delete_record(rec.record_id)
        assert (refused.value.status, refused.value.code) == (403, "not_author")
        await mentor.delete_record(rec.record_id)
        await mentor.delete_record(rec.record_id)  # idempotent
        tomb = await mentee.api.get_record(rec.record_id)
        assert tomb.deleted
        assert tomb.fields == {}
        assert tomb.record_version == 1
        assert await mentee.list_records(world.pair_id) == []
        listed, total = await mentee.api.list_records(world.pair_id, include_deleted=True)
        assert total == 1
        assert listed[0].deleted
        with pytest.raises(ApiError) as gone:
            await mentor.update_record(rec.record_id, {"body": "again"})
        assert gone.value.code == "record_deleted"


class TestBatch:
    async def test_valid_batch(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, mentee = await setup(client, factory, session)
        stored = await mentor.write_records(
            world.pair_id, "session_report", [{"body": f"r{i}" * 2000} for i in range(120)]
        )
        assert len(stored) == 120
        opened = await mentee.list_records(world.pair_id, "session_report")
        assert [r.text("body") for r in opened] == [f"r{i}" * 2000 for i in range(120)]

    async def test_all_or_nothing(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        good = valid_payload(mentor, world.pair_id)
        bad = valid_payload(mentor, world.pair_id)
        bad["fields"]["body"]["sig"] = b64(bytes(64))
        response = await client.post(
            f"{RECORDS}/batch", json={"records": [good, bad]}, headers=world.mentor.headers
        )
        assert_problem(response, 422, "bad_record_signature")
        assert (await mentor.api.list_records(world.pair_id))[1] == 0
        twice = await client.post(
            f"{RECORDS}/batch", json={"records": [good, good]}, headers=world.mentor.headers
        )
        assert_problem(twice, 422, "duplicate_record_id")
        ok = await client.post(
            f"{RECORDS}/batch", json={"records": [good]}, headers=world.mentor.headers
        )
        assert ok.status_code == 201
        again = await client.post(
            f"{RECORDS}/batch", json={"records": [good]}, headers=world.mentor.headers
        )
        assert_problem(again, 409, "record_exists")
        too_many = await client.post(
            f"{RECORDS}/batch", json={"records": [good] * 101}, headers=world.mentor.headers
        )
        assert_problem(too_many, 422, "validation_error")


class TestNeverA500:
    async def test_out_of_range_numbers(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, _, _ = await setup(client, factory, session)
        h = world.mentor.headers
        for url, params in (
            (f"/api/v1/vault/bundles/{world.mentee.person.id}", {"key_version": 2**40}),
            (RECORDS, {"pair_id": world.pair_id, "offset": 2**70}),
            (RECORDS, {"pair_id": world.pair_id, "limit": 10_000}),
            (RECORDS, {"pair_id": "nope"}),
            (f"{RECORDS}/not-a-uuid", {}),
        ):
            response = await client.get(url, params=params, headers=h)
            assert response.status_code in {400, 404, 422}, (url, params, response.text)
            assert response.headers["content-type"] == PROBLEM
