"""The in-app list: mine only, unread count, mark one or all read, preferences, and the
RFC 8058 one-click unsubscribe from reminders."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.models import Role
from constel_api.notifications.mailer import unsubscribe_signature
from constel_api.notifications.service import emit
from tests.fixtures.actors import Factory


async def test_list_mark_read_and_mark_all(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession,
) -> None:
    org = await factory.organisation()
    me = await factory.actor(client, org, Role.MEMBER)
    other_org = await factory.organisation()
    stranger = await factory.actor(client, other_org, Role.ORG_ADMIN)
    for i in range(3):
        await emit(session, "export_ready", [me.person], key=f"k{i}", on=utcnow())
    await emit(session, "export_ready", [stranger.person], key="s", on=utcnow())

    r = await client.get("/api/v1/me/notifications", headers=me.headers)
    assert r.status_code == 200
    data = r.json()
    assert data["unread_count"] == 3
    assert len(data["items"]) == 3
    first = data["items"][0]["id"]

    theirs = (await client.get("/api/v1/me/notifications", headers=stranger.headers)).json()
    r = await client.post(f"/api/v1/me/notifications/{theirs['items'][0]['id']}/read",
                          headers=me.headers)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    r = await client.post(f"/api/v1/me/notifications/{uuid.uuid4()}/read", headers=me.headers)
    assert r.status_code == 404

    r = await client.post(f"/api/v1/me/notifications/{first}/read", headers=me.headers)
    assert r.status_code == 204
    assert (await client.get("/api/v1/me/notifications", headers=me.headers)
            ).json()["unread_count"] == 2
    unread = (await client.get("/api/v1/me/notifications?unread_only=true",
                               headers=me.headers)).json()
    assert first not in [n["id"] for n in unread["items"]]
    r = await client.post("/api/v1/me/notifications/read-all", headers=me.headers)
    assert r.json() == {"updated": 2}
    assert (await client.get("/api/v1/me/notifications", headers=me.headers)
            ).json()["unread_count"] == 0
    assert (await client.get("/api/v1/me/notifications", headers=stranger.headers)
            ).json()["unread_count"] == 1
    assert (await client.get("/api/v1/me/notifications")).status_code == 401


async def test_preferences_and_one_click_unsubscribe(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession, settings: Settings,
) -> None:
    org = await factory.organisation()
    me = await factory.actor(client, org, Role.MEMBER)
    r = await client.get("/api/v1/me/notification-preferences", headers=me.headers)
    assert r.json() == {"locale": "fr", "reminders_enabled": True, "digest": "immediate"}
    r = await client.patch("/api/v1/me/notification-preferences", headers=me.headers,
                           json={"locale": "en", "digest": "daily"})
    assert r.json() == {"locale": "en", "reminders_enabled": True, "digest": "daily"}
    r = await client.patch("/api/v1/me/notification-preferences", headers=me.headers,
                           json={"locale": "de"})
    assert r.status_code == 422

    good = unsubscribe_signature(settings, me.id)
    r = await client.post(f"/api/v1/notifications/unsubscribe?p={me.id}&s={good[:-2]}xx",
                          content="List-Unsubscribe=One-Click")
    assert r.status_code == 400
    r = await client.post(f"/api/v1/notifications/unsubscribe?p={me.id}&s={good}",
                          content="List-Unsubscribe=One-Click",
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200, r.text
    r = await client.get("/api/v1/me/notification-preferences", headers=me.headers)
    assert r.json()["reminders_enabled"] is False
