"""Every lifecycle transition, allowed and refused, and read-only closed programs."""

from __future__ import annotations

import httpx
import pytest

from constel_api.models import Role
from tests.fixtures.actors import Actor, Factory
from tests.programs.helpers import (
    MENTEE_ANSWERS,
    MENTOR_ANSWERS,
    PROBLEM,
    act,
    apply,
    create_program,
    open_program,
    ready_program,
)


async def running_program(client: httpx.AsyncClient, factory: Factory,
                          admin: Actor) -> dict[str, object]:
    program = await open_program(client, admin)
    org_id = admin.person.organisation_id
    from constel_api.models import Organisation

    org = await factory.session.get(Organisation, org_id)
    assert org is not None
    mentor = await factory.actor(client, org, Role.MEMBER)
    mentee = await factory.actor(client, org, Role.MEMBER)
    assert (await apply(client, mentor, str(program["id"]), "mentor",
                        MENTOR_ANSWERS)).json()["state"] == "eligible"
    assert (await apply(client, mentee, str(program["id"]), "mentee",
                        MENTEE_ANSWERS)).json()["state"] == "eligible"
    r = await act(client, admin, str(program["id"]), "start")
    assert r.status_code == 200, r.text
    return dict(r.json())


class TestOpenEnrolment:
    async def test_anonymous(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await ready_program(client, admin)
        r = await client.post(f"/api/v1/programs/{program['id']}/actions/open-enrolment")
        assert r.status_code == 401

    async def test_other_organisation(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        intruder = await factory.actor(client, other, Role.ORG_ADMIN)
        program = await ready_program(client, admin)
        r = await act(client, intruder, program["id"], "open-enrolment")
        assert r.status_code == 404

    async def test_valid_publishes_charter(self, client: httpx.AsyncClient,
                                           factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await ready_program(client, admin)
        r = await act(client, admin, program["id"], "open-enrolment")
        assert r.status_code == 200
        assert r.json()["status"] == "enrolment_open"
        assert r.json()["enrolment_opened_at"] is not None
        assert r.json()["charter_version"] == 1

    async def test_incomplete_lists_what_is_missing(self, client: httpx.AsyncClient,
                                                    factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        r = await act(client, admin, program["id"], "open-enrolment")
        assert r.status_code == 409
        assert r.headers["content-type"] == PROBLEM
        body = r.json()
        assert body["code"] == "program_incomplete"
        assert body["missing"] == ["charter", "questionnaire.mentor", "questionnaire.mentee",
                                   "starts_on", "ends_on"]
        again = await client.get(f"/api/v1/programs/{program['id']}", headers=admin.headers)
        assert again.json()["status"] == "draft"

    async def test_unknown_action(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        r = await act(client, admin, program["id"], "teleport")
        assert r.status_code == 422


class TestStart:
    async def test_without_participants(self, client: httpx.AsyncClient,
                                        factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        r = await act(client, admin, program["id"], "start")
        assert r.status_code == 409
        assert r.json()["code"] == "program_incomplete"
        assert r.json()["missing"] == ["eligible_mentors", "eligible_mentees"]

    async def test_valid(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await running_program(client, factory, admin)
        assert program["status"] == "running"
        assert program["started_at"] is not None


class TestRefusedTransitions:
    @pytest.mark.parametrize("action", ["start", "close", "archive"])
    async def test_from_draft(self, client: httpx.AsyncClient, factory: Factory,
                              action: str) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await ready_program(client, admin)
        r = await act(client, admin, program["id"], action)
        assert r.status_code == 409
        assert r.json()["code"] == "transition_not_allowed"
        assert r.json()["allowed_actions"] == ["open-enrolment"]

    @pytest.mark.parametrize("action", ["open-enrolment", "close", "archive"])
    async def test_from_enrolment_open(self, client: httpx.AsyncClient, factory: Factory,
                                       action: str) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        r = await act(client, admin, program["id"], action)
        assert r.status_code == 409
        assert r.json()["code"] == "transition_not_allowed"
        assert r.json()["allowed_actions"] == ["start"]


class TestCloseAndArchive:
    async def test_full_lifecycle_and_read_only(self, client: httpx.AsyncClient,
                                                factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await running_program(client, factory, admin)
        pid = program["id"]
        for action in ("open-enrolment", "start", "archive"):
            r = await act(client, admin, str(pid), action)
            assert r.status_code == 409, action
            assert r.json()["code"] == "transition_not_allowed"
        r = await act(client, admin, str(pid), "close")
        assert r.status_code == 200
        assert r.json()["status"] == "closed"

        # Closed: read-only everywhere.
        writes = [
            ("PATCH", f"/api/v1/programs/{pid}", {"theme": "x"}),
            ("PUT", f"/api/v1/programs/{pid}/charter", {"body_markdown": "new"}),
            ("PUT", f"/api/v1/programs/{pid}/questionnaire", {"questions": []}),
            ("PUT", f"/api/v1/programs/{pid}/managers", {"person_ids": []}),
            ("POST", f"/api/v1/programs/{pid}/participants/invitations",
             {"target": "people", "role": "mentor", "person_ids": [str(admin.id)]}),
            ("POST", f"/api/v1/programs/{pid}/events",
             {"kind": "training", "title": "t", "starts_at": "2027-01-01T10:00:00Z",
              "ends_at": "2027-01-01T11:00:00Z"}),
        ]
        for method, url, body in writes:
            r = await client.request(method, url, json=body, headers=admin.headers)
            assert r.status_code == 409, (method, url, r.text)
            assert r.json()["code"] == "program_read_only"
        assert (await client.get(f"/api/v1/programs/{pid}",
                                 headers=admin.headers)).status_code == 200

        for action in ("open-enrolment", "start", "close"):
            r = await act(client, admin, str(pid), action)
            assert r.json()["code"] == "transition_not_allowed"
        r = await act(client, admin, str(pid), "archive")
        assert r.status_code == 200
        assert r.json()["status"] == "archived"
        for action in ("open-enrolment", "start", "close", "archive"):
            r = await act(client, admin, str(pid), action)
            assert r.status_code == 409
            assert r.json()["allowed_actions"] == []
        r = await client.patch(f"/api/v1/programs/{pid}", json={"theme": "x"},
                               headers=admin.headers)
        assert r.json()["code"] == "program_read_only"

    async def test_transitions_are_audited(self, client: httpx.AsyncClient,
                                           factory: Factory) -> None:
        from sqlalchemy import select

        from constel_api.models import AuditEvent

        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        rows = (await factory.session.scalars(
            select(AuditEvent).where(AuditEvent.organisation_id == org.id,
                                     AuditEvent.action == "program.transition"))).all()
        assert [(r.details["from"], r.details["to"]) for r in rows] == [
            ("draft", "enrolment_open")]
        assert rows[0].target_id is not None
        assert str(rows[0].target_id) == program["id"]
