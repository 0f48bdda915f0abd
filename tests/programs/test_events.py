"""Program events: planning, invitations and attendance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from constel_api.models import Role
from tests.fixtures.actors import Factory
from tests.programs.helpers import MENTEE_ANSWERS, MENTOR_ANSWERS, PROBLEM, apply, open_program


def event_body(days: int = -1, **fields: object) -> dict[str, object]:
    start = datetime.now(UTC) + timedelta(days=days)
    return {"kind": "training", "title": "Formation des mentors",
            "starts_at": start.isoformat(), "ends_at": (start + timedelta(hours=2)).isoformat(),
            "location": "Salle 3", "mode": "in_person", **fields}


class TestEvents:
    async def test_anonymous_and_other_organisation(self, client: httpx.AsyncClient,
                                                    factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        intruder = await factory.actor(client, other, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        url = f"/api/v1/programs/{program['id']}/events"
        assert (await client.post(url, json=event_body())).status_code == 401
        r = await client.post(url, json=event_body(), headers=intruder.headers)
        assert r.status_code == 404
        event = (await client.post(url, json=event_body(), headers=admin.headers)).json()
        r = await client.get(f"{url}/{event['id']}", headers=intruder.headers)
        assert r.status_code == 404

    async def test_bad_dates(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        url = f"/api/v1/programs/{program['id']}/events"
        body = event_body()
        body["ends_at"], body["starts_at"] = body["starts_at"], body["ends_at"]
        r = await client.post(url, json=body, headers=admin.headers)
        assert r.status_code == 422
        assert r.headers["content-type"] == PROBLEM
        assert r.json()["code"] == "invalid_dates"
        r = await client.post(url, json=event_body(kind="party"), headers=admin.headers)
        assert r.status_code == 422
        event = (await client.post(url, json=event_body(), headers=admin.headers)).json()
        r = await client.patch(f"{url}/{event['id']}", json={"ends_at": "2000-01-01T00:00:00Z"},
                               headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "invalid_dates"

    async def test_invitations_and_attendance(self, client: httpx.AsyncClient,
                                              factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        pid = program["id"]
        mentor = await factory.actor(client, org, Role.MEMBER)
        mentee = await factory.actor(client, org, Role.MEMBER)
        bystander = await factory.person(org)
        mentor_id, mentee_id, bystander_id = mentor.id, mentee.id, bystander.id
        await apply(client, mentor, pid, "mentor", MENTOR_ANSWERS)
        await apply(client, mentee, pid, "mentee", MENTEE_ANSWERS)
        url = f"/api/v1/programs/{pid}/events"
        event = (await client.post(url, json=event_body(), headers=admin.headers)).json()
        future = (await client.post(url, json=event_body(days=10, kind="kickoff"),
                                    headers=admin.headers)).json()
        eurl = f"{url}/{event['id']}"

        r = await client.post(f"{eurl}/invitations", json={"roles": ["mentor"]},
                              headers=admin.headers)
        assert r.json() == {"invited": 1, "already_invited": 0}
        r = await client.post(f"{eurl}/invitations",
                              json={"person_ids": [str(mentor_id), str(mentee_id)]},
                              headers=admin.headers)
        assert r.json() == {"invited": 1, "already_invited": 1}
        r = await client.post(f"{eurl}/invitations", json={"person_ids": [str(bystander_id)]},
                              headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "not_a_participant"
        r = await client.post(f"{eurl}/invitations", json={}, headers=admin.headers)
        assert r.status_code == 422

        r = await client.put(f"{eurl}/attendance", json={"entries": [
            {"person_id": str(mentor_id), "status": "present"},
            {"person_id": str(mentee_id), "status": "excused"}]}, headers=admin.headers)
        assert r.status_code == 200, r.text
        assert {a["person_id"]: a["status"] for a in r.json()} == {
            str(mentor_id): "present", str(mentee_id): "excused"}
        r = await client.put(f"{eurl}/attendance", json={"entries": [
            {"person_id": str(bystander_id), "status": "absent"}]}, headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "not_invited"
        r = await client.put(f"{eurl}/attendance", json={"entries": [
            {"person_id": str(mentor_id), "status": "asleep"}]}, headers=admin.headers)
        assert r.status_code == 422

        await client.post(f"{url}/{future['id']}/invitations", json={"roles": ["mentor"]},
                          headers=admin.headers)
        r = await client.put(f"{url}/{future['id']}/attendance", json={"entries": [
            {"person_id": str(mentor_id), "status": "present"}]}, headers=admin.headers)
        assert r.status_code == 409
        assert r.json()["code"] == "event_not_started"

        # The mentor sees their events and attendance; not the admin list.
        mine = (await client.get(f"{url}/mine", headers=mentor.headers)).json()
        assert [(e["id"], e["my_attendance"]) for e in mine] == [
            (event["id"], "present"), (future["id"], None)]
        mine = (await client.get(f"{url}/mine", headers=mentee.headers)).json()
        assert [e["id"] for e in mine] == [event["id"]]
        assert (await client.get(url, headers=mentor.headers)).status_code == 403
        assert (await client.get(f"{eurl}/attendance",
                                 headers=mentor.headers)).status_code == 403

    async def test_update_and_delete(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        url = f"/api/v1/programs/{program['id']}/events"
        event = (await client.post(url, json=event_body(), headers=admin.headers)).json()
        r = await client.patch(f"{url}/{event['id']}", json={"title": "Kick-off"},
                               headers=admin.headers)
        assert r.status_code == 200
        assert r.json()["title"] == "Kick-off"
        r = await client.patch(f"{url}/{event['id']}", json={"title": None},
                               headers=admin.headers)
        assert r.status_code == 422
        assert (await client.delete(f"{url}/{event['id']}",
                                    headers=admin.headers)).status_code == 204
        assert (await client.get(f"{url}/{event['id']}",
                                 headers=admin.headers)).status_code == 404
        assert (await client.get(url, headers=admin.headers)).json() == []
