"""Program templates: duplicating a program's configuration into a new draft."""

from __future__ import annotations

import httpx

from constel_api.models import Role
from tests.fixtures.actors import Factory
from tests.programs.helpers import MENTEE_ANSWERS, QUESTIONS, apply, open_program


class TestDuplicate:
    async def test_copies_configuration_not_participants(self, client: httpx.AsyncClient,
                                                         factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        manager = await factory.actor(client, org, Role.PROGRAM_MANAGER)
        source = await open_program(client, admin, mentor_capacity=3, objectives=["Grandir"],
                                    mentee_criteria=[{"kind": "languages",
                                                      "languages": ["fr"]}])
        await client.put(f"/api/v1/programs/{source['id']}/managers",
                         json={"person_ids": [str(manager.id)]}, headers=admin.headers)
        mentee = await factory.actor(client, org, Role.MEMBER)
        await apply(client, mentee, source["id"], "mentee", MENTEE_ANSWERS)

        r = await client.post(f"/api/v1/programs/{source['id']}/duplicate",
                              json={"name": "Mentorat 2028"}, headers=manager.headers)
        assert r.status_code == 201, r.text
        copy = r.json()
        assert copy["id"] != source["id"]
        assert copy["name"] == "Mentorat 2028"
        assert copy["status"] == "draft"
        assert copy["duplicated_from_id"] == source["id"]
        assert copy["mentor_capacity"] == 3
        assert copy["objectives"] == ["Grandir"]
        assert copy["mentee_criteria"] == source["mentee_criteria"]
        assert copy["manager_ids"] == [str(manager.id)]
        assert copy["charter_version"] is None  # a draft charter, not yet published

        cid = copy["id"]
        q = (await client.get(f"/api/v1/programs/{cid}/questionnaire",
                              headers=admin.headers)).json()
        assert [x["key"] for x in q["questions"]] == [x["key"] for x in QUESTIONS]
        charter = (await client.get(f"/api/v1/programs/{cid}/charter",
                                    headers=admin.headers)).json()
        assert charter["version"] == 1
        assert charter["published_at"] is None
        participants = (await client.get(f"/api/v1/programs/{cid}/participants",
                                         headers=admin.headers)).json()
        assert participants["total"] == 0
        # The copy is ready to open as it stands.
        r = await client.post(f"/api/v1/programs/{cid}/actions/open-enrolment",
                              headers=admin.headers)
        assert r.status_code == 200

    async def test_default_name_and_scoping(self, client: httpx.AsyncClient,
                                            factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        intruder = await factory.actor(client, other, Role.ORG_ADMIN)
        outsider_manager = await factory.actor(client, org, Role.PROGRAM_MANAGER)
        source = await open_program(client, admin, name="Mentorat")
        r = await client.post(f"/api/v1/programs/{source['id']}/duplicate",
                              headers=admin.headers)
        assert r.status_code == 201
        assert r.json()["name"] == "Mentorat (copie)"
        for actor in (intruder, outsider_manager):
            r = await client.post(f"/api/v1/programs/{source['id']}/duplicate",
                                  headers=actor.headers)
            assert r.status_code == 404
