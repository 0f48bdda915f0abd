"""Protocol 1.1 on the server: record formats and shapes, and the versioned keyring."""

from __future__ import annotations

import base64
import os
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Role
from constel_api.vault.registry import KEYRING_MAX_BYTES
from constel_client.api import record_payload
from constel_client.crypto import seal_fields, seal_record
from constel_client.participant import Participant
from tests.fixtures.actors import Factory
from tests.vault.helpers import PROBLEM, World, make_world, paired

RECORDS = "/api/v1/vault/records"
KEYRING = "/api/v1/vault/me/keyring"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def assert_problem(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["code"] == code


async def setup(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> tuple[World, Participant, Participant]:
    world = await make_world(client, factory, session)
    mentor, mentee = await paired(client, world)
    return world, mentor, mentee


def v2_payload(
    p: Participant, pair_id: str, record_type: str, fields: dict[str, bytes], **links: str
) -> dict[str, Any]:
    sealed = seal_fields(
        p.identity, p.ring.current(pair_id), record_type=record_type,
        record_id=str(uuid.uuid4()), record_version=1, fields=fields, **links,
    )
    return record_payload(sealed)


class TestRecordFormats:
    async def test_both_formats_stored_and_served(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        subject = str(uuid.uuid4())
        v2 = v2_payload(mentor, world.pair_id, "objective",
                        {"title": b"t", "status": b"defined"}, subject_id=subject)
        assert v2["format"] == 2
        created = await client.post(RECORDS, json=v2, headers=world.mentor.headers)
        assert created.status_code == 201, created.text
        assert created.json()["format"] == 2
        v1 = record_payload([seal_record(
            mentor.identity, mentor.ring.current(world.pair_id), record_type="objective",
            field="title", record_id=str(uuid.uuid4()), record_version=1, plaintext=b"t",
            format=1,
        )])
        del v1["format"]  # a 1.0 client does not send it: format 1 is the default
        old = await client.post(RECORDS, json=v1, headers=world.mentor.headers)
        assert old.status_code == 201, old.text
        listed = await client.get(RECORDS, params={"pair_id": world.pair_id},
                                  headers=world.mentee.headers)
        formats = {r["record_id"]: r["format"] for r in listed.json()["items"]}
        assert formats == {v2["record_id"]: 2, v1["record_id"]: 1}

    @pytest.mark.parametrize(
        ("record_type", "fields"),
        [
            ("objective", {"description": b"no title"}),  # a required field missing
            ("objective", {"title": b"t", "body": b"x"}),  # a field outside the shape
            ("session_report", {"body": b"b", "status": b"done"}),
            ("resource_meta", {"meta": b"{}", "content": b"x"}),
        ],
    )
    async def test_shape_mismatch_refused(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
        record_type: str, fields: dict[str, bytes],
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        payload = v2_payload(mentor, world.pair_id, record_type, fields)
        response = await client.post(RECORDS, json=payload, headers=world.mentor.headers)
        assert_problem(response, 422, "record_shape_mismatch")

    async def test_declared_shapes_accepted(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        report = v2_payload(
            mentor, world.pair_id, "session_report",
            {"body": b"b", "next_steps": b"n",
             "session": b'{"session_id":"x","starts_at":"2026-12-03T14:00:00+00:00"}'},
            subject_id=str(uuid.uuid4()),
        )
        response = await client.post(RECORDS, json=report, headers=world.mentor.headers)
        assert response.status_code == 201, response.text
        assert sorted(response.json()["fields"]) == ["body", "next_steps", "session"]

    @pytest.mark.parametrize(
        "mutate",
        [
            lambda p: p.update(subject_id=str(uuid.uuid4())),  # moved to another subject
            lambda p: p.update(subject_id=None),
            lambda p: p["fields"].pop("status"),  # a field dropped
        ],
    )
    async def test_links_and_field_list_are_signed(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession, mutate: Any
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        payload = v2_payload(mentor, world.pair_id, "objective",
                             {"title": b"t", "status": b"defined"}, subject_id=str(uuid.uuid4()))
        mutate(payload)
        response = await client.post(RECORDS, json=payload, headers=world.mentor.headers)
        assert_problem(response, 422, "bad_record_signature")

    async def test_edit_keeps_1_1(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        rec = await mentor.write_record(world.pair_id, "objective", {"title": "v1"})
        assert rec.format == 2
        old = record_payload([seal_record(
            mentor.identity, mentor.ring.current(world.pair_id), record_type="objective",
            field="title", record_id=rec.record_id, record_version=2, plaintext=b"v2", format=1,
        )])
        response = await client.put(f"{RECORDS}/{rec.record_id}", json=old,
                                     headers=world.mentor.headers)
        assert_problem(response, 422, "format_downgrade")

    async def test_unknown_format_refused(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, mentor, _ = await setup(client, factory, session)
        payload = v2_payload(mentor, world.pair_id, "objective", {"title": b"t"})
        payload["format"] = 3
        response = await client.post(RECORDS, json=payload, headers=world.mentor.headers)
        assert_problem(response, 422, "validation_error")


class TestKeyring:
    async def test_versions_go_up_by_one(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        h = world.mentor.headers
        assert_problem(await client.get(KEYRING, headers=h), 404, "keyring_not_found")
        first, second = os.urandom(300), os.urandom(500)
        stale = await client.put(KEYRING, json={"keyring_version": 2, "blob": b64(first)},
                                 headers=h)
        assert_problem(stale, 409, "stale_keyring")
        assert stale.json()["current_version"] == 0
        ok = await client.put(KEYRING, json={"keyring_version": 1, "blob": b64(first)}, headers=h)
        assert ok.status_code == 200, ok.text
        assert ok.json() == {"keyring_version": 1, "blob": b64(first)}
        for version in (1, 3):
            again = await client.put(
                KEYRING, json={"keyring_version": version, "blob": b64(second)}, headers=h
            )
            assert_problem(again, 409, "stale_keyring")
            assert again.json()["current_version"] == 1
        assert (await client.get(KEYRING, headers=h)).json() == {
            "keyring_version": 1, "blob": b64(first)
        }
        ok = await client.put(KEYRING, json={"keyring_version": 2, "blob": b64(second)},
                              headers=h)
        assert ok.status_code == 200
        assert (await client.get(KEYRING, headers=h)).json() == {
            "keyring_version": 2, "blob": b64(second)
        }

    async def test_shapes_and_size_cap(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        h = world.mentor.headers
        big = {"keyring_version": 1, "blob": b64(bytes(KEYRING_MAX_BYTES + 1))}
        assert_problem(await client.put(KEYRING, json=big, headers=h), 413, "keyring_too_large")
        for body in (
            {"keyring_version": 1, "blob": "not base64!"},
            {"keyring_version": 1, "blob": b64(bytes(39))},  # shorter than a seal
            {"keyring_version": 0, "blob": b64(bytes(64))},
            {"keyring_version": 2**31, "blob": b64(bytes(64))},
            {"blob": b64(bytes(64))},
            {"keyring_version": 1, "blob": b64(bytes(64)), "extra": 1},
        ):
            assert_problem(await client.put(KEYRING, json=body, headers=h), 422,
                           "validation_error")
        exact = {"keyring_version": 1, "blob": b64(bytes(KEYRING_MAX_BYTES))}
        assert (await client.put(KEYRING, json=exact, headers=h)).status_code == 200

    async def test_only_the_person_themself(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        admin = await factory.actor(client, world.org, Role.ORG_ADMIN)
        other_org = await factory.organisation()
        stranger = await factory.actor(client, other_org, Role.MEMBER)
        mine = {"keyring_version": 1, "blob": b64(b"mentor" * 10)}
        assert (await client.put(KEYRING, json=mine, headers=world.mentor.headers)).status_code \
            == 200
        # The partner, a member of another organisation: their own (absent) keyring only.
        for actor in (world.mentee, stranger):
            assert_problem(await client.get(KEYRING, headers=actor.headers), 404,
                           "keyring_not_found")
        # Their own first write is version 1, independent of anyone else's.
        theirs = {"keyring_version": 1, "blob": b64(b"mentee" * 10)}
        assert (await client.put(KEYRING, json=theirs, headers=world.mentee.headers)) \
            .status_code == 200
        assert (await client.get(KEYRING, headers=world.mentor.headers)).json() == mine
        # An org admin (of the same organisation) is told there is nothing here.
        for method, body in (("GET", None), ("PUT", {"keyring_version": 2, "blob": mine["blob"]})):
            response = await client.request(method, KEYRING, json=body, headers=admin.headers)
            assert_problem(response, 404, "not_found")
        assert (await client.get(KEYRING, headers=world.mentor.headers)).json() == mine
