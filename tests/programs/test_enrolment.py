"""Invitations (one, by unit, by CSV), applications, declines, withdrawals, role conflicts."""

from __future__ import annotations

import httpx

from constel_api.models import Role
from tests.fixtures.actors import Factory
from tests.programs.helpers import (
    MENTEE_ANSWERS,
    MENTOR_ANSWERS,
    PROBLEM,
    apply,
    create_program,
    invite,
    open_program,
)


def me_url(program_id: str, action: str = "") -> str:
    return f"/api/v1/programs/{program_id}/participants/me{action}"


class TestInvitations:
    async def test_anonymous(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        r = await client.post(f"/api/v1/programs/{program['id']}/participants/invitations",
                              json={"target": "people", "role": "mentor", "person_ids": []})
        assert r.status_code == 401

    async def test_other_organisation(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        intruder = await factory.actor(client, other, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        person = await factory.person(org)
        foreign = await factory.person(other)
        person_id, foreign_id = person.id, foreign.id
        r = await invite(client, intruder, program["id"], "mentor", person_id)
        assert r.status_code == 404
        # An admin cannot invite someone of another organisation either.
        r = await invite(client, admin, program["id"], "mentor", foreign_id)
        assert r.status_code == 200
        assert r.json()["invited"] == []
        assert r.json()["skipped"][0]["code"] == "unknown_person"

    async def test_not_before_enrolment_opens(self, client: httpx.AsyncClient,
                                              factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        person = await factory.person(org)
        r = await invite(client, admin, program["id"], "mentor", person.id)
        assert r.status_code == 409
        assert r.json()["code"] == "enrolment_not_open"

    async def test_invite_accept_and_decline(self, client: httpx.AsyncClient,
                                             factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        pid = program["id"]
        accepting = await factory.actor(client, org, Role.MEMBER)
        declining = await factory.actor(client, org, Role.MEMBER)
        declining_id, declining_email = declining.id, declining.person.email
        r = await invite(client, admin, pid, "mentor", accepting.id, declining.id)
        assert r.status_code == 200, r.text
        assert sorted(p["person"]["id"] for p in r.json()["invited"]) == sorted(
            [str(accepting.id), str(declining.id)])
        assert {p["state"] for p in r.json()["invited"]} == {"invited"}

        r = await client.post(me_url(pid, "/accept"), json={"answers": MENTOR_ANSWERS},
                              headers=accepting.headers)
        assert r.status_code == 200
        assert r.json()["state"] == "eligible"

        # Declining needs no reason; the invitation is never re-sent.
        r = await client.post(me_url(pid, "/decline"), headers=declining.headers)
        assert r.status_code == 200
        assert r.json()["state"] == "declined"
        assert r.json()["declined_at"] is not None
        r = await invite(client, admin, pid, "mentor", declining_id)
        assert r.json()["invited"] == []
        assert r.json()["skipped"] == [{"person_id": str(declining_id),
                                        "email": declining_email,
                                        "code": "declined_invitation", "reasons": []}]
        r = await client.post(me_url(pid, "/decline"), headers=declining.headers)
        assert r.status_code == 409
        assert r.json()["code"] == "no_pending_invitation"
        # ...but the person may still change their mind and apply.
        r = await apply(client, declining, pid, "mentor", MENTOR_ANSWERS)
        assert r.status_code == 200
        assert r.json()["state"] == "eligible"

    async def test_invitation_skips_ineligible_and_participants(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin,
                                     mentor_criteria=[{"kind": "site", "sites": ["Paris"]}])
        pid = program["id"]
        lyon = await factory.person(org, site="Lyon")
        paris = await factory.person(org, site="Paris")
        inactive = await factory.person(org, site="Paris", active=False)
        mentee = await factory.actor(client, org, Role.MEMBER, site="Paris")
        await apply(client, mentee, pid, "mentee", MENTEE_ANSWERS)
        r = await invite(client, admin, pid, "mentor", lyon.id, paris.id, inactive.id, mentee.id)
        assert [p["person"]["id"] for p in r.json()["invited"]] == [str(paris.id)]
        skipped = {s["person_id"]: s for s in r.json()["skipped"]}
        assert skipped[str(lyon.id)]["code"] == "ineligible"
        assert skipped[str(lyon.id)]["reasons"][0]["code"] == "site_not_allowed"
        assert skipped[str(inactive.id)]["code"] == "inactive"
        assert skipped[str(mentee.id)]["code"] == "role_conflict"
        r = await invite(client, admin, pid, "mentor", paris.id)
        assert r.json()["skipped"][0]["code"] == "already_participant"

    async def test_invite_by_unit_includes_sub_units(self, client: httpx.AsyncClient,
                                                     factory: Factory) -> None:
        org = await factory.organisation()
        root = await factory.unit(org, "Direction")
        child = await factory.unit(org, "Équipe", parent=root)
        other = await factory.unit(org, "Autre")
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        a = await factory.person(org, unit_id=root.id)
        b = await factory.person(org, unit_id=child.id)
        await factory.person(org, unit_id=other.id)
        url = f"/api/v1/programs/{program['id']}/participants/invitations"
        r = await client.post(url, json={"target": "unit", "role": "mentee",
                                         "unit_id": str(root.id)}, headers=admin.headers)
        assert r.status_code == 200
        assert sorted(p["person"]["id"] for p in r.json()["invited"]) == sorted(
            [str(a.id), str(b.id)])
        r = await client.post(url, json={"target": "unit", "role": "mentee",
                                         "unit_id": str(root.id), "include_sub_units": False},
                              headers=admin.headers)
        assert r.json()["invited"] == []
        assert [s["code"] for s in r.json()["skipped"]] == ["already_participant"]
        foreign = await factory.unit(await factory.organisation())
        r = await client.post(url, json={"target": "unit", "role": "mentee",
                                         "unit_id": str(foreign.id)}, headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "unknown_unit"

    async def test_invite_by_csv(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        a = await factory.person(org)
        b = await factory.person(org)
        url = f"/api/v1/programs/{program['id']}/participants/invitations/csv?role=mentor"
        csv_text = f"name,email\nA,{a.email.upper()}\nB,{b.email}\nC,ghost@example.org\n"
        r = await client.post(url, content=csv_text.encode(),
                              headers={**admin.headers, "Content-Type": "text/csv"})
        assert r.status_code == 200, r.text
        assert sorted(p["person"]["id"] for p in r.json()["invited"]) == sorted(
            [str(a.id), str(b.id)])
        assert r.json()["skipped"] == [{"person_id": None, "email": "ghost@example.org",
                                        "code": "unknown_person", "reasons": []}]
        r = await client.post(url, content=b"name,phone\nA,123\n",
                              headers={**admin.headers, "Content-Type": "text/csv"})
        assert r.status_code == 422
        assert r.json()["code"] == "csv_missing_email"
        r = await client.post(url, content=b"\xff\xfe\x00bad",
                              headers={**admin.headers, "Content-Type": "text/csv"})
        assert r.status_code == 422
        assert r.headers["content-type"] == PROBLEM


class TestApplyAndWithdraw:
    async def test_one_role_per_program(self, client: httpx.AsyncClient,
                                        factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        first = await open_program(client, admin, name="Un")
        second = await open_program(client, admin, name="Deux")
        person = await factory.actor(client, org, Role.MEMBER)
        assert (await apply(client, person, first["id"], "mentor")).status_code == 200
        r = await apply(client, person, first["id"], "mentee")
        assert r.status_code == 409
        assert r.json()["code"] == "role_conflict"
        r = await apply(client, person, first["id"], "mentor")
        assert r.json()["code"] == "already_participant"
        # Mentor in one program, mentee in another: fine.
        assert (await apply(client, person, second["id"], "mentee")).status_code == 200

    async def test_apply_only_while_open(self, client: httpx.AsyncClient,
                                         factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        draft = await create_program(client, admin)
        person = await factory.actor(client, org, Role.MEMBER)
        r = await apply(client, person, draft["id"], "mentee")
        assert r.status_code == 404
        program = await open_program(client, admin, enrolment_opens_on="2000-01-01",
                                     enrolment_closes_on="2000-02-01")
        r = await apply(client, person, program["id"], "mentee")
        assert r.status_code == 409
        assert r.json()["code"] == "enrolment_closed"

    async def test_withdraw_before_matching(self, client: httpx.AsyncClient,
                                            factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        pid = program["id"]
        person = await factory.actor(client, org, Role.MEMBER)
        person_id = person.id  # objects expire when a refused request rolls back
        r = await client.post(me_url(pid, "/withdraw"), headers=person.headers)
        assert r.status_code == 409
        assert r.json()["code"] == "not_participating"
        await apply(client, person, pid, "mentee", MENTEE_ANSWERS)
        r = await client.post(me_url(pid, "/withdraw"), headers=person.headers)
        assert r.status_code == 200
        assert r.json()["state"] == "withdrawn"
        # Withdrawn people are not re-invited; they can apply again, even in the other role.
        r = await invite(client, admin, pid, "mentee", person_id)
        assert r.json()["skipped"][0]["code"] == "withdrawn"
        r = await apply(client, person, pid, "mentor", MENTOR_ANSWERS)
        assert r.json()["role"] == "mentor"
        assert r.json()["state"] == "eligible"

    async def test_matched_participant_cannot_withdraw(self, client: httpx.AsyncClient,
                                                       factory: Factory) -> None:
        import uuid

        from constel_api.programs.api import mark_matched

        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        person = await factory.actor(client, org, Role.MEMBER)
        await apply(client, person, program["id"], "mentee", MENTEE_ANSWERS)
        await mark_matched(factory.session, uuid.UUID(program["id"]), person.id)
        r = await client.post(me_url(program["id"], "/withdraw"), headers=person.headers)
        assert r.status_code == 409
        assert r.json()["code"] == "already_matched"


class TestAdminParticipantChanges:
    async def test_capacity_and_priority(self, client: httpx.AsyncClient,
                                         factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin, mentor_capacity=2)
        mentor = await factory.actor(client, org, Role.MEMBER)
        mentee = await factory.actor(client, org, Role.MEMBER)
        m = (await apply(client, mentor, program["id"], "mentor", MENTOR_ANSWERS)).json()
        e = (await apply(client, mentee, program["id"], "mentee", MENTEE_ANSWERS)).json()
        base = f"/api/v1/programs/{program['id']}/participants"
        got = (await client.get(f"{base}/{m['id']}", headers=admin.headers)).json()
        assert got["effective_capacity"] == 2
        r = await client.patch(f"{base}/{m['id']}", json={"capacity_override": 4},
                               headers=admin.headers)
        assert r.status_code == 200
        assert r.json()["effective_capacity"] == 4
        r = await client.patch(f"{base}/{e['id']}", json={"capacity_override": 4},
                               headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "capacity_for_mentors_only"
        r = await client.patch(f"{base}/{e['id']}", json={"rematch_priority": True},
                               headers=admin.headers)
        assert r.json()["rematch_priority"] is True
        r = await client.patch(f"{base}/{m['id']}", json={"capacity_override": 99},
                               headers=admin.headers)
        assert r.status_code == 422
        listed = await client.get(f"{base}?role=mentor", headers=admin.headers)
        assert [p["id"] for p in listed.json()["items"]] == [m["id"]]
        listed = await client.get(f"{base}?state=eligible", headers=admin.headers)
        assert listed.json()["total"] == 2

    async def test_participants_hidden_from_members_and_other_programs(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        other_program = await open_program(client, admin, name="Autre")
        member = await factory.actor(client, org, Role.MEMBER)
        mine = (await apply(client, member, program["id"], "mentee")).json()
        r = await client.get(f"/api/v1/programs/{program['id']}/participants",
                             headers=member.headers)
        assert r.status_code == 403
        r = await client.get(f"/api/v1/programs/{other_program['id']}/participants/{mine['id']}",
                             headers=admin.headers)
        assert r.status_code == 404
        assert r.json()["code"] == "participant_not_found"
