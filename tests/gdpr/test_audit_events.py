"""GET /audit-events: org admins only, their organisation only, filters, no content."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.models import Role
from tests.fixtures.actors import Factory

URL = "/api/v1/audit-events"


class TestListAuditEvents:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        response = await client.get(URL)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"

    async def test_member_and_program_manager_forbidden(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        for role in (Role.MEMBER, Role.PROGRAM_MANAGER):
            actor = await factory.actor(client, org, role)
            response = await client.get(URL, headers=actor.headers)
            assert response.status_code == 403, role

    async def test_other_organisation_never_seen(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        foreign = await factory.person(other, Role.ORG_ADMIN)
        event = await record_audit(session, foreign, "program.created", "program",
                                   uuid.uuid4(), {"name": "Secret"})
        event_id = str(event.id)
        response = await client.get(URL, params={"limit": 500}, headers=admin.headers)
        assert response.status_code == 200
        assert event_id not in {e["id"] for e in response.json()["items"]}
        by_target = await client.get(URL, params={"target_id": str(event.target_id)},
                                     headers=admin.headers)
        assert by_target.json()["total"] == 0

    async def test_filters_pagination_and_no_details(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        alice = await factory.person(org)
        target = uuid.uuid4()
        old = await record_audit(session, alice, "vault.record_read", "record", target,
                                 {"field": "body"})
        old.created_at = utcnow() - timedelta(days=10)
        for _ in range(3):
            await record_audit(session, alice, "program.updated", "program", uuid.uuid4(), {})
        await session.flush()
        alice_id, old_id = str(alice.id), str(old.id)

        by_actor = await client.get(URL, params={"actor_id": alice_id, "limit": 2},
                                    headers=admin.headers)
        body = by_actor.json()
        assert body["total"] == 4
        assert len(body["items"]) == 2
        assert all(set(e) == {"id", "action", "actor_person_id", "actor_client_id",
                              "target_type", "target_id", "request_id", "created_at"}
                   for e in body["items"])
        page2 = await client.get(URL, params={"actor_id": alice_id, "limit": 2, "offset": 2},
                                 headers=admin.headers)
        assert {e["id"] for e in page2.json()["items"]}.isdisjoint(
            {e["id"] for e in body["items"]})
        assert page2.json()["items"][-1]["id"] == old_id  # newest first

        by_action = await client.get(URL, params={"action": "vault.record_read"},
                                     headers=admin.headers)
        assert [e["id"] for e in by_action.json()["items"]] == [old_id]
        by_target = await client.get(URL, params={"target_id": str(target)},
                                     headers=admin.headers)
        assert [e["id"] for e in by_target.json()["items"]] == [old_id]
        since = (utcnow() - timedelta(days=1)).isoformat()
        recent = await client.get(URL, params={"actor_id": alice_id, "since": since},
                                  headers=admin.headers)
        assert recent.json()["total"] == 3
        until = (utcnow() - timedelta(days=5)).isoformat()
        older = await client.get(URL, params={"actor_id": alice_id, "until": until},
                                 headers=admin.headers)
        assert [e["id"] for e in older.json()["items"]] == [old_id]

    async def test_reversed_range_is_422(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        now = utcnow()
        response = await client.get(URL, headers=admin.headers, params={
            "since": now.isoformat(), "until": (now - timedelta(days=1)).isoformat()})
        assert response.status_code == 422
        assert response.json()["code"] == "invalid_date_range"

    async def test_reading_the_log_is_audited(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        await client.get(URL, headers=admin.headers)
        response = await client.get(URL, params={"action": "audit.events_listed"},
                                    headers=admin.headers)
        assert response.json()["total"] == 1
