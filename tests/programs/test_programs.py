"""Program configuration, role scoping and organisation isolation."""

from __future__ import annotations

from datetime import datetime

import httpx

from constel_api.models import Role
from tests.fixtures.actors import Factory
from tests.programs.helpers import PROBLEM, create_program, dates, open_program


class TestCreateProgram:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        r = await client.post("/api/v1/programs", json={"name": "x"})
        assert r.status_code == 401
        assert r.headers["content-type"] == PROBLEM

    async def test_member_forbidden(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        member = await factory.actor(client, org, Role.MEMBER)
        r = await client.post("/api/v1/programs", json={"name": "x"}, headers=member.headers)
        assert r.status_code == 403

    async def test_valid(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        body = {
            "name": "Mentorat 2027", "theme": "Leadership", "objectives": ["Grandir"],
            "support_contact": "support@example.org", "duration_months": 9,
            "expected_sessions": 8, "session_rhythm": "monthly", "session_length_minutes": 60,
            "allowed_modes": ["video", "phone"], "mentor_capacity": 2,
            "matching_mode": "mentee_choice", "exclude_same_unit": True,
            "anonymity_threshold": 7,
            "mentee_criteria": [{"kind": "seniority", "max_years": 3}],
            **dates(),
        }
        r = await client.post("/api/v1/programs", json=body, headers=admin.headers)
        assert r.status_code == 201, r.text
        data = r.json()
        assert data["status"] == "draft"
        assert data["mentor_capacity"] == 2
        assert data["allowed_modes"] == ["video", "phone"]
        assert data["mentee_criteria"] == [
            {"kind": "seniority", "min_years": None, "max_years": 3}]
        assert data["charter_version"] is None

    async def test_dates_in_wrong_order(self, client: httpx.AsyncClient,
                                        factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        r = await client.post("/api/v1/programs", json={
            "name": "x", "starts_on": "2027-06-01", "ends_on": "2027-01-01"},
            headers=admin.headers)
        assert r.status_code == 422
        assert r.headers["content-type"] == PROBLEM
        assert r.json()["code"] == "invalid_dates"
        assert r.json()["errors"][0]["loc"] == ["body", "ends_on"]

    async def test_unknown_field_and_bad_values(self, client: httpx.AsyncClient,
                                                factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        for body in ({"name": "x", "colour": "red"}, {"name": "x", "mentor_capacity": 0},
                     {"name": "x", "allowed_modes": ["telepathy"]},
                     {"name": "x", "mentor_criteria": [{"kind": "horoscope"}]},
                     {"name": "x", "mentor_criteria": [
                         {"kind": "seniority", "min_years": 5, "max_years": 2}]}):
            r = await client.post("/api/v1/programs", json=body, headers=admin.headers)
            assert r.status_code == 422, body
            assert r.json()["code"] == "validation_error"

    async def test_criteria_reference_other_org_unit(self, client: httpx.AsyncClient,
                                                     factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        foreign_unit = await factory.unit(other)
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        r = await client.post("/api/v1/programs", json={
            "name": "x", "mentor_criteria": [{"kind": "unit", "unit_ids": [str(foreign_unit.id)]}]},
            headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "unknown_reference"


class TestUpdateProgram:
    async def test_valid(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        r = await client.patch(f"/api/v1/programs/{program['id']}",
                               json={"theme": "Carrière", "mentor_capacity": 3},
                               headers=admin.headers)
        assert r.status_code == 200
        assert r.json()["theme"] == "Carrière"
        assert r.json()["name"] == program["name"]

    async def test_dates_checked_against_stored_values(self, client: httpx.AsyncClient,
                                                       factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin, **dates())
        r = await client.patch(f"/api/v1/programs/{program['id']}",
                               json={"enrolment_closes_on": "2000-01-01"},
                               headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "invalid_dates"

    async def test_null_for_required_field(self, client: httpx.AsyncClient,
                                           factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        r = await client.patch(f"/api/v1/programs/{program['id']}", json={"name": None},
                               headers=admin.headers)
        assert r.status_code == 422

    async def test_other_organisation(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        intruder = await factory.actor(client, other, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        r = await client.patch(f"/api/v1/programs/{program['id']}", json={"theme": "x"},
                               headers=intruder.headers)
        assert r.status_code == 404
        assert r.json()["code"] == "program_not_found"


class TestRoleScoping:
    async def test_org_admin_sees_all_manager_only_assigned(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        manager = await factory.actor(client, org, Role.PROGRAM_MANAGER)
        mine = await create_program(client, admin, name="Assigned")
        theirs = await create_program(client, admin, name="Not assigned")
        r = await client.put(f"/api/v1/programs/{mine['id']}/managers",
                             json={"person_ids": [str(manager.id)]}, headers=admin.headers)
        assert r.status_code == 200
        assert r.json()["person_ids"] == [str(manager.id)]

        listed = await client.get("/api/v1/programs", headers=admin.headers)
        assert {p["id"] for p in listed.json()["items"]} == {mine["id"], theirs["id"]}
        listed = await client.get("/api/v1/programs", headers=manager.headers)
        assert [p["id"] for p in listed.json()["items"]] == [mine["id"]]
        assert listed.json()["total"] == 1

        assert (await client.get(f"/api/v1/programs/{mine['id']}",
                                 headers=manager.headers)).status_code == 200
        r = await client.get(f"/api/v1/programs/{theirs['id']}", headers=manager.headers)
        assert r.status_code == 404
        r = await client.patch(f"/api/v1/programs/{theirs['id']}", json={"theme": "x"},
                               headers=manager.headers)
        assert r.status_code == 404
        # A manager cannot assign managers nor create programs.
        r = await client.put(f"/api/v1/programs/{mine['id']}/managers",
                             json={"person_ids": []}, headers=manager.headers)
        assert r.status_code == 403
        r = await client.post("/api/v1/programs", json={"name": "x"}, headers=manager.headers)
        assert r.status_code == 403

    async def test_only_program_managers_can_be_assigned(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        member = await factory.person(org, Role.MEMBER)
        foreign = await factory.person(other, Role.PROGRAM_MANAGER)
        program = await create_program(client, admin)
        r = await client.put(f"/api/v1/programs/{program['id']}/managers",
                             json={"person_ids": [str(member.id), str(foreign.id)]},
                             headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "invalid_managers"
        assert [e["type"] for e in r.json()["errors"]] == [
            "not_a_program_manager", "unknown_reference"]

    async def test_member_sees_only_programs_they_may_join(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        unit, other_unit = await factory.unit(org, "A"), await factory.unit(org, "B")
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        member = await factory.actor(client, org, Role.MEMBER, unit_id=unit.id)
        draft = await create_program(client, admin, name="Draft")
        open_ok = await open_program(client, admin, name="Open for me")
        closed_to_me = await open_program(client, admin, name="Other unit", mentor_criteria=[
            {"kind": "unit", "unit_ids": [str(other_unit.id)]}], mentee_criteria=[
            {"kind": "unit", "unit_ids": [str(other_unit.id)]}])

        r = await client.get("/api/v1/programs/mine", headers=member.headers)
        assert r.status_code == 200
        listed = {p["id"]: p for p in r.json()}
        assert set(listed) == {open_ok["id"]}
        view = listed[open_ok["id"]]
        assert sorted(view["may_apply_as"]) == ["mentee", "mentor"]
        assert view["participation"] is None
        assert "mentor_criteria" not in view
        assert "manager_ids" not in view

        for hidden in (draft, closed_to_me):
            r = await client.get(f"/api/v1/programs/{hidden['id']}/summary",
                                 headers=member.headers)
            assert r.status_code == 404
        r = await client.get(f"/api/v1/programs/{open_ok['id']}/summary", headers=member.headers)
        assert r.status_code == 200
        assert r.json()["charter_version"] == 1
        assert r.json()["signed_current_charter"] is False
        # The admin view stays closed to members.
        r = await client.get(f"/api/v1/programs/{open_ok['id']}", headers=member.headers)
        assert r.status_code == 403
        r = await client.get("/api/v1/programs", headers=member.headers)
        assert r.status_code == 403

    async def test_other_organisation_member(self, client: httpx.AsyncClient,
                                             factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        outsider = await factory.actor(client, other, Role.MEMBER)
        program = await open_program(client, admin)
        r = await client.get("/api/v1/programs/mine", headers=outsider.headers)
        assert r.json() == []
        for path in ("summary", "charter", "questionnaire", "participants/me"):
            r = await client.get(f"/api/v1/programs/{program['id']}/{path}",
                                 headers=outsider.headers)
            assert r.status_code == 404, path
        r = await client.post(f"/api/v1/programs/{program['id']}/participants/me/apply",
                              json={"role": "mentee"}, headers=outsider.headers)
        assert r.status_code == 404


class TestConcurrentConfiguration:
    async def test_stale_save_names_the_last_editor(self, client: httpx.AsyncClient,
                                                   factory: Factory) -> None:
        org = await factory.organisation()
        alice = await factory.actor(client, org, Role.ORG_ADMIN)
        bob = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, alice)
        loaded = program["updated_at"]

        first = await client.patch(f"/api/v1/programs/{program['id']}",
                                   json={"theme": "Tab A", "updated_at": loaded},
                                   headers=bob.headers)
        assert first.status_code == 200, first.text
        assert first.json()["updated_at"] != loaded

        second = await client.patch(f"/api/v1/programs/{program['id']}",
                                    json={"theme": "Tab B", "updated_at": loaded},
                                    headers=alice.headers)
        assert second.status_code == 409
        assert second.headers["content-type"] == PROBLEM
        problem = second.json()
        assert problem["code"] == "stale_version"
        assert problem["updated_by"] == f"{bob.person.given_name} {bob.person.family_name}"
        assert datetime.fromisoformat(problem["updated_at"]) == \
            datetime.fromisoformat(first.json()["updated_at"])
        assert "Tab" not in second.text  # what was typed stays with the client

        current = await client.get(f"/api/v1/programs/{program['id']}", headers=alice.headers)
        assert current.json()["theme"] == "Tab A"
        again = await client.patch(f"/api/v1/programs/{program['id']}",
                                   json={"theme": "Tab B",
                                         "updated_at": current.json()["updated_at"]},
                                   headers=alice.headers)
        assert again.status_code == 200, again.text
        assert again.json()["theme"] == "Tab B"

    async def test_without_version_saves_as_before(self, client: httpx.AsyncClient,
                                                   factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        r = await client.patch(f"/api/v1/programs/{program['id']}", json={"theme": "x"},
                               headers=admin.headers)
        assert r.status_code == 200

    async def test_create_takes_no_version(self, client: httpx.AsyncClient,
                                           factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        r = await client.post("/api/v1/programs",
                              json={"name": "x", "updated_at": "2026-01-01T00:00:00Z"},
                              headers=admin.headers)
        assert r.status_code == 422
