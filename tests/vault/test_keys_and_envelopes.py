"""Key material and bundles (signatures checked on the server), pair-key envelopes and
the removal of a member."""

from __future__ import annotations

import base64
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import VaultEnvelope
from constel_api.vault.service import remove_member
from constel_client.api import ApiError
from constel_client.crypto import (
    MIB,
    create_account,
    create_identity,
    new_pair_key,
    wrap_pair_key,
)
from tests.fixtures.actors import Factory
from tests.vault.helpers import TEST_FLOOR, make_world, paired, participant, person_id

IDENTITY = "/api/v1/vault/me/identity"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def account_body(user_id: str, key_version: int = 1) -> dict[str, Any]:
    acc = create_account(user_id, "pw", key_version=key_version, ops=1, mem=MIB, floor=TEST_FLOOR)
    return {"bundle": acc.bundle.to_json(), "material": acc.material.to_json()}


class TestPublishIdentity:
    async def test_valid_and_read_back(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        uid = person_id(world.mentor)
        body = account_body(uid)
        response = await client.post(IDENTITY, json=body, headers=world.mentor.headers)
        assert response.status_code == 201, response.text
        mine = (await client.get("/api/v1/vault/me", headers=world.mentor.headers)).json()
        assert mine["material"] == body["material"]
        assert {k: mine["bundle"][k] for k in body["bundle"]} == body["bundle"]
        again = await client.post(IDENTITY, json=account_body(uid), headers=world.mentor.headers)
        assert again.status_code == 409
        assert again.json()["code"] == "key_version_conflict"
        # The partner reads the bundle, never the wrapped secrets.
        other = await client.get(f"/api/v1/vault/bundles/{uid}", headers=world.mentee.headers)
        assert other.status_code == 200
        assert "wrapped_uk_pw" not in other.text

    @pytest.mark.parametrize(
        ("mutate", "code"),
        [
            (lambda b, u: b["bundle"].update(self_sig=b64(bytes(64))), "bad_self_signature"),
            (lambda b, u: b["bundle"].update(prev_sig=b64(bytes(64))), "bad_prev_signature"),
            (lambda b, u: b["bundle"].update(x_pk=b64(bytes(32))), "bad_self_signature"),
            (lambda b, u: b["bundle"].update(x_pk=b64(bytes(31))), "validation_error"),
            (lambda b, u: b["material"].update(key_version=2), "key_version_mismatch"),
            (lambda b, u: b["material"]["kdf"].update(ops=0), "validation_error"),
            (lambda b, u: b["material"]["kdf"].update(mem=2**31), "validation_error"),
            (lambda b, u: b["material"]["kdf"].update(alg="argon2i13"), "validation_error"),
            (lambda b, u: b["material"]["kdf"].update(salt=b64(bytes(8))), "validation_error"),
            (lambda b, u: b["material"].update(wrapped_uk_pw=b64(bytes(71))), "validation_error"),
            (lambda b, u: b["material"].update(wrapped_keys=b64(bytes(72))), "validation_error"),
        ],
    )
    async def test_invalid(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
        mutate: Any, code: str,
    ) -> None:
        world = await make_world(client, factory, session)
        body = account_body(person_id(world.mentor))
        mutate(body, person_id(world.mentor))
        response = await client.post(IDENTITY, json=body, headers=world.mentor.headers)
        assert response.status_code == 422, response.text
        assert response.json()["code"] == code

    async def test_only_for_yourself(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        body = account_body(person_id(world.mentee))
        response = await client.post(IDENTITY, json=body, headers=world.mentor.headers)
        assert response.status_code == 422
        assert response.json()["code"] == "user_mismatch"

    async def test_rotation_needs_next_version_and_a_valid_link(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        p = participant(client, world.mentor)
        await p.create_identity("pw one")
        await p.rotate_identity()
        assert (await p.api.get_bundle(p.user_id)).key_version == 2
        v1 = await p.api.get_bundle(p.user_id, key_version=1)
        assert v1.prev_sig is None
        # A stranger's key claiming to rotate from mine: prev_sig made by the wrong key.
        fake_old = create_identity(p.user_id, 2)
        forged = create_identity(p.user_id, 3).bundle(previous=fake_old)
        body = account_body(p.user_id, key_version=3)
        body["bundle"] = forged.to_json()
        response = await client.post(IDENTITY, json=body, headers=world.mentor.headers)
        assert response.json()["code"] == "bad_prev_signature"

    async def test_key_material_update_same_version_only(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        p = participant(client, world.mentor)
        missing = await client.put(
            "/api/v1/vault/me/key-material",
            json=account_body(p.user_id)["material"], headers=world.mentor.headers,
        )
        assert missing.status_code == 404
        await p.create_identity("pw one")
        await p.change_passphrase("pw two")
        body = account_body(p.user_id, key_version=2)["material"]
        response = await client.put(
            "/api/v1/vault/me/key-material", json=body, headers=world.mentor.headers
        )
        assert response.status_code == 409
        fresh = participant(client, world.mentor)
        await fresh.unlock("pw two")


class TestEnvelopes:
    async def test_epoch_rules(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        a, b = participant(client, world.mentor), participant(client, world.mentee)
        await a.create_identity("a")
        with pytest.raises(ApiError) as no_bundle:  # the mentee has no keys yet
            await a.create_pair_key(world.pair_id)
        assert no_bundle.value.code == "bundle_not_found"
        await b.create_identity("b")
        await a.fetch_bundle(b.user_id)
        pair = world.pair_id
        pk = new_pair_key(pair, 1)
        only_me = [wrap_pair_key(a.identity, pk, a.bundle)]
        with pytest.raises(ApiError) as cover:
            await a.api.create_epoch(pair, 1, only_me)
        assert cover.value.code == "envelopes_must_cover_members"
        both = [only_me[0], wrap_pair_key(a.identity, pk, b.bundle)]
        with pytest.raises(ApiError) as skip:
            await a.api.create_epoch(pair, 2, both)
        assert skip.value.code == "epoch_conflict"
        # Signed by someone else's key (the server can check with public keys only).
        mallory = create_identity(a.user_id, 1)
        forged = [wrap_pair_key(mallory, pk, a.bundle), wrap_pair_key(mallory, pk, b.bundle)]
        with pytest.raises(ApiError) as sig:
            await a.api.create_epoch(pair, 1, forged)
        assert sig.value.code == "bad_envelope_signature"
        # Two different pair keys in one epoch.
        other = new_pair_key(pair, 1)
        with pytest.raises(ApiError) as mixed:
            await a.api.create_epoch(pair, 1, [only_me[0], wrap_pair_key(a.identity, other,
                                                                         b.bundle)])
        assert mixed.value.code == "key_id_mismatch"
        state = await a.api.create_epoch(pair, 1, both)
        assert state.current_epoch == 1
        with pytest.raises(ApiError) as twice:
            await b.api.create_epoch(pair, 1, both)
        assert twice.value.code == "epoch_conflict"
        # Each member lists only their own envelopes.
        mine = await b.api.list_envelopes(pair)
        assert [e.recipient_id for e in mine] == [b.user_id]
        with pytest.raises(ApiError) as dup:
            await a.api.add_envelopes(pair, [both[1]])
        assert dup.value.code == "envelope_exists"

    async def test_remove_member_deletes_envelopes_and_refuses(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world = await make_world(client, factory, session)
        a, b = await paired(client, world)
        await remove_member(session, world.mentorship.id, world.mentee.id)
        await remove_member(session, world.mentorship.id, world.mentee.id)  # idempotent
        state = await a.pair(world.pair_id)
        assert list(state.members) == [a.user_id]
        assert state.rotation_needed
        with pytest.raises(ApiError) as refused:
            await b.api.list_envelopes(world.pair_id)
        assert refused.value.status == 404
        # The leaver cannot be wrapped for any more, nor write.
        pk = a.ring.get(world.pair_id, 1)
        with pytest.raises(ApiError) as not_member:
            await a.api.add_envelopes(world.pair_id, [wrap_pair_key(a.identity, pk, b.bundle)])
        assert not_member.value.code == "not_a_member"
        with pytest.raises(ApiError) as cannot_write:
            await b.write_record(world.pair_id, "feedback", {"body": "x"})
        assert cannot_write.value.status == 404
        new = await a.rotate_pair_key(world.pair_id)
        assert new.epoch == 2
        assert not (await a.pair(world.pair_id)).rotation_needed
        left = await session.scalar(
            select(func.count()).select_from(VaultEnvelope).where(
                VaultEnvelope.pair_id == uuid.UUID(world.pair_id),
                VaultEnvelope.recipient_id == uuid.UUID(b.user_id),
            )
        )
        assert left == 0
