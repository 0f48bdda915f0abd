"""Server rules of the conversation: size (413), closed pairs read-only, the 15-minute
edit window, messages only through their own routes, and 404 for everyone outside."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.time import utcnow
from constel_api.models import MentorshipStatus, Role, VaultRecord
from constel_client.messages import Conversation
from tests.fixtures.actors import Factory
from tests.vault.helpers import PROBLEM, World, make_mentorship, make_world, paired

ROUTES = [
    ("POST", ""), ("GET", ""), ("GET", "/read"), ("PUT", "/read"),
    ("PUT", "/{record_id}"), ("DELETE", "/{record_id}"),
]


async def conversation(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> tuple[World, Conversation, Conversation]:
    world = await make_world(client, factory, session)
    mentor, mentee = await paired(client, world)
    return world, Conversation(mentor, world.pair_id), Conversation(mentee, world.pair_id)


async def call_all(
    client: httpx.AsyncClient, headers: dict[str, str], pair_id: str, record_id: str,
    payload: dict[str, object],
) -> list[httpx.Response]:
    out = []
    for method, tail in ROUTES:
        url = f"/api/v1/pairs/{pair_id}/messages" + tail.replace("{record_id}", record_id)
        body = {"seq": 1} if tail == "/read" else payload
        out.append(await client.request(
            method, url, headers=headers, json=body if method in {"POST", "PUT"} else None,
        ))
    return out


class TestLimits:
    async def test_above_64_kib_is_413_problem(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ada, _ = await conversation(client, factory, session)
        # The server sees the padded length only (256-byte steps): 64 KiB + 256 bytes of
        # text is the first size it can tell apart (the client refuses from 64 KiB + 1).
        payload = await ada.me.sealed_payload(
            world.pair_id, "message", {"body": b"x" * (64 * 1024 + 256)}
        )
        response = await client.post(
            f"/api/v1/pairs/{world.pair_id}/messages", headers=world.mentor.headers,
            json=payload,
        )
        assert response.status_code == 413, response.status_code
        assert response.headers["content-type"] == PROBLEM
        assert response.json()["code"] == "message_too_large"

    async def test_messages_only_through_their_routes(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ada, _ = await conversation(client, factory, session)
        payload = await ada.me.sealed_payload(world.pair_id, "message", {"body": "hors route"})
        response = await client.post(
            "/api/v1/vault/records", headers=world.mentor.headers, json=payload
        )
        assert response.status_code == 422
        assert response.json()["code"] == "record_type_has_own_route"
        other = await ada.me.sealed_payload(world.pair_id, "feedback", {"body": "un avis"})
        response = await client.post(
            f"/api/v1/pairs/{world.pair_id}/messages", headers=world.mentor.headers, json=other
        )
        assert response.status_code == 422
        assert response.json()["code"] == "not_a_message"
        sent = await ada.send("lisible aussi par la route des enregistrements")
        listed = await client.get(
            "/api/v1/vault/records", headers=world.mentee.headers,
            params={"pair_id": world.pair_id, "record_type": "message"},
        )
        assert [r["record_id"] for r in listed.json()["items"]] == [sent.message_id]

    async def test_edit_window_and_reply_in_the_pair(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ada, _ = await conversation(client, factory, session)
        early = await ada.send("première version")
        assert (await ada.edit(early, "seconde version")).version == 2
        late = await ada.send("trop tard")
        await session.execute(
            update(VaultRecord).where(VaultRecord.id == uuid.UUID(late.message_id))
            .values(created_at=utcnow() - timedelta(minutes=16))
        )
        payload = await ada.me.sealed_payload(
            world.pair_id, "message", {"body": "modifié"}, record_id=late.message_id,
            record_version=2,
        )
        response = await client.put(
            f"/api/v1/pairs/{world.pair_id}/messages/{late.message_id}",
            headers=world.mentor.headers, json=payload,
        )
        assert response.status_code == 409
        assert response.json()["code"] == "edit_window_closed"
        # A reply names a message of this pair.
        _, other_ada, _ = await conversation(client, factory, session)
        elsewhere = await other_ada.send("ailleurs")
        payload = await ada.me.sealed_payload(
            world.pair_id, "message", {"body": "réponse"}, parent_id=elsewhere.message_id
        )
        response = await client.post(
            f"/api/v1/pairs/{world.pair_id}/messages", headers=world.mentor.headers,
            json=payload,
        )
        assert response.status_code == 422
        assert response.json()["code"] == "unknown_parent"


class TestClosedPairs:
    async def test_completed_pair_is_read_only(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ada, bob = await conversation(client, factory, session)
        kept = await ada.send("avant la fin")
        world.mentorship.status = MentorshipStatus.COMPLETED
        await session.flush()
        payload = await ada.me.sealed_payload(world.pair_id, "message", {"body": "après"})
        for method, url in (
            ("POST", f"/api/v1/pairs/{world.pair_id}/messages"),
            ("PUT", f"/api/v1/pairs/{world.pair_id}/messages/{kept.message_id}"),
            ("DELETE", f"/api/v1/pairs/{world.pair_id}/messages/{kept.message_id}"),
        ):
            response = await client.request(
                method, url, headers=world.mentor.headers,
                json=payload if method != "DELETE" else None,
            )
            assert response.status_code == 409, (method, response.text)
            assert response.json()["code"] == "conversation_closed"
        assert [m.text for m in await bob.catch_up()] == ["avant la fin"]
        assert (await bob.mark_read()).unread == 0  # reading stays possible

    async def test_withdrawn_pair(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ada, bob = await conversation(client, factory, session)
        last = await bob.send("je me retire")
        payload = await bob.me.sealed_payload(world.pair_id, "message", {"body": "encore"})
        world.mentorship.status = MentorshipStatus.WITHDRAWN
        world.mentorship.ended_by_id = world.mentee.id
        await session.flush()
        # The one who left: nothing here any more, not even their own messages.
        for response in await call_all(
            client, world.mentee.headers, world.pair_id, last.message_id, payload
        ):
            assert response.status_code == 404, response.request.url
        assert [m.text for m in await ada.catch_up()] == ["je me retire"]
        payload = await ada.me.sealed_payload(world.pair_id, "message", {"body": "et moi ?"})
        response = await client.post(
            f"/api/v1/pairs/{world.pair_id}/messages", headers=world.mentor.headers,
            json=payload,
        )
        assert response.status_code == 409
        assert response.json()["code"] == "conversation_closed"


class TestOutsiders:
    async def test_member_of_another_pair_gets_404(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ada, _ = await conversation(client, factory, session)
        sent = await ada.send("entre nous")
        other, other_ada, _ = await conversation(client, factory, session)
        # Same organisation too: a third member paired with the mentee elsewhere.
        third = await factory.actor(client, world.org, Role.MEMBER)
        await make_mentorship(session, world.org, third.id, world.mentee.id,
                              program=world.program)
        payload = await ada.me.sealed_payload(world.pair_id, "message", {"body": "x"})
        for outsider in (other.mentor, third):
            for response in await call_all(
                client, outsider.headers, world.pair_id, sent.message_id, payload
            ):
                assert response.status_code == 404, (response.request.url, response.text)
                assert response.headers["content-type"] == PROBLEM
        # and a message id of this pair under the outsider's own pair is not found either
        response = await client.delete(
            f"/api/v1/pairs/{other.pair_id}/messages/{sent.message_id}",
            headers=other.mentor.headers,
        )
        assert response.status_code == 404
        assert [m.text for m in await other_ada.catch_up()] == []

    @pytest.mark.parametrize("role", [Role.ORG_ADMIN, Role.PROGRAM_MANAGER])
    async def test_admins_get_404_even_as_a_party(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession, role: Role
    ) -> None:
        world, ada, _ = await conversation(client, factory, session)
        sent = await ada.send("confidentiel")
        admin = await factory.actor(client, world.org, role)
        own = await make_mentorship(session, world.org, admin.id, world.mentee.id,
                                    program=world.program)
        for pair_id in (world.pair_id, str(own.id)):
            for response in await call_all(
                client, admin.headers, pair_id, sent.message_id, {}
            ):
                assert response.status_code == 404, response.request.url
                assert response.json()["code"] == "not_found"

    async def test_machine_client_gets_404(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        world, ada, _ = await conversation(client, factory, session)
        sent = await ada.send("confidentiel")
        admin = await factory.actor(client, world.org, Role.ORG_ADMIN)
        created = await client.post(
            "/api/v1/api-clients", headers=admin.headers,
            json={"name": "hris", "scopes": ["scim"]},
        )
        assert created.status_code == 201, created.text
        machine = {"Authorization": f"Bearer {created.json()['token']}"}
        for response in await call_all(client, machine, world.pair_id, sent.message_id, {}):
            assert response.status_code == 404, response.request.url
