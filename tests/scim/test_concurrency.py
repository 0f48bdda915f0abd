"""Parallel SCIM writes through a live server: every change is applied, none is lost.

Entra ID sends group member additions in parallel; before row locks only one or two of
eight survived. Each test fires 50 requests at once at the same resource.
"""

from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import AsyncEngine

from constel_api.config import Settings
from tests.scim.conftest import CORE, PATCH_OP, user_body
from tests.scim.live import LiveScim, live_scim

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
PARALLEL = 50


async def create_users(live: LiveScim, count: int) -> list[str]:
    responses = await asyncio.gather(*(
        live.client.post("/scim/v2/Users", headers=live.headers,
                         json=user_body(f"user{i}@acme-corp.com"))
        for i in range(count)
    ))
    assert [r.status_code for r in responses] == [201] * count, [r.text for r in responses]
    return [r.json()["id"] for r in responses]


async def test_parallel_member_additions_and_user_patches(
    settings: Settings, engine: AsyncEngine
) -> None:
    async with live_scim(settings, engine) as live:
        people = await create_users(live, PARALLEL)
        group = await live.client.post("/scim/v2/Groups", headers=live.headers,
                                       json={"schemas": [GROUP], "displayName": "Everyone"})
        assert group.status_code == 201, group.text
        group_id = group.json()["id"]

        additions = await asyncio.gather(*(
            live.client.patch(f"/scim/v2/Groups/{group_id}", headers=live.headers, json={
                "schemas": [PATCH_OP],
                "Operations": [{"op": "Add", "path": "members", "value": [{"value": p}]}]})
            for p in people
        ))
        assert [r.status_code for r in additions] == [200] * PARALLEL
        members = (await live.client.get(f"/scim/v2/Groups/{group_id}",
                                         headers=live.headers)).json()["members"]
        assert sorted(m["value"] for m in members) == sorted(people)

        target = people[0]
        patches = await asyncio.gather(*(
            live.client.patch(f"/scim/v2/Users/{target}", headers=live.headers, json={
                "schemas": [PATCH_OP],
                "Operations": [{"op": "add", "path": "phoneNumbers",
                                "value": [{"value": f"+33 1 00 00 {i:04d}", "type": "work"}]}]})
            for i in range(PARALLEL)
        ))
        assert [r.status_code for r in patches] == [200] * PARALLEL
        user = (await live.client.get(f"/scim/v2/Users/{target}", headers=live.headers)).json()
        assert sorted(p["value"] for p in user["phoneNumbers"]) == sorted(
            f"+33 1 00 00 {i:04d}" for i in range(PARALLEL))
        # Membership never touched the person's own attributes.
        assert [g["value"] for g in user["groups"]] == [group_id]


async def test_parallel_patches_with_the_same_if_match(
    settings: Settings, engine: AsyncEngine
) -> None:
    """Clients that send If-Match get exactly one winner; the others are told (412)."""
    async with live_scim(settings, engine) as live:
        created = await live.client.post("/scim/v2/Users", headers=live.headers, json={
            "schemas": [CORE], "userName": "etag@acme-corp.com"})
        assert created.status_code == 201, created.text
        user_id, etag = created.json()["id"], created.headers["etag"]
        answers = await asyncio.gather(*(
            live.client.patch(f"/scim/v2/Users/{user_id}",
                              headers={**live.headers, "If-Match": etag}, json={
                "schemas": [PATCH_OP],
                "Operations": [{"op": "replace", "path": "title", "value": f"T{i}"}]})
            for i in range(PARALLEL)
        ))
        statuses = sorted(r.status_code for r in answers)
        assert statuses == [200] + [412] * (PARALLEL - 1)
        winner = next(r for r in answers if r.status_code == 200).json()["title"]
        user = (await live.client.get(f"/scim/v2/Users/{user_id}", headers=live.headers)).json()
        assert user["title"] == winner
