"""Erasure: the person asks, an org admin executes; afterwards nothing names them."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import (
    AuditEvent,
    Mentorship,
    Person,
    ProgramManager,
    ProgramParticipant,
    RefreshToken,
    Role,
    VaultAccount,
    VaultBundle,
    VaultEnvelope,
    VaultRecord,
    VaultRecordField,
)
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory
from tests.gdpr.helpers import PROBLEM, Scene, build_scene, tables_containing

REQUEST = "/api/v1/me/erasure-request"
LIST = "/api/v1/gdpr/erasure-requests"


def execute_url(request_id: str) -> str:
    return f"{LIST}/{request_id}/execute"


async def unique_scene(
    client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> tuple[Scene, dict[str, str]]:
    """A scene whose mentor carries names found nowhere else in the database."""
    scene = await build_scene(client, factory, session)
    tag = uuid.uuid4().hex[:10]
    mentor = scene.world.mentor.person
    identity = {
        "email": mentor.email, "given_name": f"Aurélienne{tag}",
        "family_name": f"Quintaval{tag}", "external_id": f"hris-{tag}",
        "job_title": f"Cheffe{tag}",
    }
    mentor.given_name = identity["given_name"]
    mentor.family_name = identity["family_name"]
    mentor.external_id = identity["external_id"]
    mentor.job_title = identity["job_title"]
    mentor.totp_secret = "JBSWY3DPEHPK3PXP"
    mentor.totp_enabled = True
    session.add(ProgramManager(organisation_id=scene.world.org.id,
                               program_id=scene.world.program.id, person_id=mentor.id))
    await session.flush()
    return scene, identity


class TestRequest:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert (await client.post(REQUEST)).status_code == 401

    async def test_valid_once(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        org = await factory.organisation()
        member = await factory.actor(client, org)
        member_id = str(member.id)
        response = await client.post(REQUEST, headers=member.headers)
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["status"] == "pending"
        assert body["person_id"] == member_id
        again = await client.post(REQUEST, headers=member.headers)
        assert again.status_code == 409
        assert again.headers["content-type"] == PROBLEM
        assert again.json()["code"] == "erasure_already_requested"
        audited = await session.scalar(
            select(func.count()).select_from(AuditEvent).where(
                AuditEvent.action == "gdpr.erasure_requested",
                AuditEvent.actor_person_id == uuid.UUID(member_id),
            )
        )
        assert audited == 1


class TestList:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert (await client.get(LIST)).status_code == 401

    async def test_member_forbidden(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        member = await factory.actor(client, org)
        assert (await client.get(LIST, headers=member.headers)).status_code == 403

    async def test_other_organisation_sees_nothing(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org, other = await factory.organisation(), await factory.organisation()
        member = await factory.actor(client, org)
        foreign_admin = await factory.actor(client, other, Role.ORG_ADMIN)
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        created = (await client.post(REQUEST, headers=member.headers)).json()
        mine = await client.get(LIST, headers=admin.headers)
        assert [r["id"] for r in mine.json()["items"]] == [created["id"]]
        theirs = await client.get(LIST, headers=foreign_admin.headers)
        assert theirs.json() == {"items": [], "total": 0, "limit": 50, "offset": 0}
        executed = await client.post(execute_url(created["id"]), headers=foreign_admin.headers)
        assert executed.status_code == 404
        pending = await client.get(LIST, params={"status": "pending"}, headers=admin.headers)
        assert pending.json()["total"] == 1


class TestExecute:
    async def test_member_forbidden(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        member = await factory.actor(client, org)
        created = (await client.post(REQUEST, headers=member.headers)).json()
        response = await client.post(execute_url(created["id"]), headers=member.headers)
        assert response.status_code == 403

    async def test_end_to_end(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene, identity = await unique_scene(client, factory, session)
        mentor_id, mentee_id = uuid.UUID(scene.ids["mentor"]), uuid.UUID(scene.ids["mentee"])
        mentor_headers = scene.world.mentor.headers
        assert await tables_containing(session, identity["family_name"])  # the scan finds
        assert await session.scalar(select(func.count()).select_from(RefreshToken).where(
            RefreshToken.person_id == mentor_id))
        created = (await client.post(REQUEST, headers=mentor_headers)).json()

        response = await client.post(execute_url(created["id"]), headers=scene.admin.headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["status"] == "executed"
        assert body["executed_by_id"] == scene.ids["admin"]
        assert body["counts"]["mentorships_ended"] == 1
        assert body["counts"]["records_deleted"] == 2  # report and private note

        # Signed out for good: the old token and the password are refused.
        me = await client.get("/api/v1/me", headers=mentor_headers)
        assert me.status_code == 401
        # Nothing names them any more, in any table.
        for value in identity.values():
            assert await tables_containing(session, value) == [], value
        assert await tables_containing(session, scene.answer) == []
        # (A failed sign-in records the email typed, for throttling: check it last.)
        login = await client.post("/api/v1/auth/login",
                                  json={"email": identity["email"], "password": DEFAULT_PASSWORD})
        assert login.status_code == 401

        person = await session.get(Person, mentor_id, populate_existing=True)
        assert person is not None
        assert person.active is False
        assert person.password_hash is None
        assert person.totp_secret is None
        assert person.totp_enabled is False
        assert person.email.endswith("@erased.invalid")
        assert (await session.scalar(select(func.count()).select_from(RefreshToken).where(
            RefreshToken.person_id == mentor_id))) == 0
        assert (await session.scalar(select(func.count()).select_from(ProgramManager).where(
            ProgramManager.person_id == mentor_id))) == 0
        # Vault: key material and their envelopes gone, their records tombstoned.
        assert await session.get(VaultAccount, mentor_id) is None
        for model, column in ((VaultBundle, VaultBundle.person_id),
                              (VaultEnvelope, VaultEnvelope.recipient_id)):
            assert (await session.scalar(
                select(func.count()).select_from(model).where(column == mentor_id))) == 0
        for record_id in (scene.report_id, scene.mentor_note_id):
            record = await session.get(VaultRecord, uuid.UUID(record_id),
                                       populate_existing=True)
            assert record is not None
            assert record.deleted_at is not None
            assert (await session.scalar(select(func.count()).select_from(VaultRecordField)
                    .where(VaultRecordField.record_id == record.id))) == 0
        # The partner's own records stay.
        kept = await session.get(VaultRecord, uuid.UUID(scene.objective_id))
        assert kept is not None
        assert kept.deleted_at is None
        # The mentorship was withdrawn through the lifecycle; the mentee waits for a mentor.
        mentorship = await session.get(Mentorship, uuid.UUID(scene.ids["pair"]),
                                       populate_existing=True)
        assert mentorship is not None
        assert mentorship.status == "withdrawn"
        assert mentorship.replacement_status == "pending"
        mentee_part = await session.scalar(select(ProgramParticipant).where(
            ProgramParticipant.person_id == mentee_id))
        assert mentee_part is not None
        assert mentee_part.rematch_priority is True
        # Audit kept: the request by the (now pseudonymous) person and the execution.
        actions = set(await session.scalars(select(AuditEvent.action).where(
            AuditEvent.organisation_id == uuid.UUID(scene.ids["org"]))))
        assert {"gdpr.erasure_requested", "gdpr.erasure_executed"} <= actions

        again = await client.post(execute_url(created["id"]), headers=scene.admin.headers)
        assert again.status_code == 409
        assert again.json()["code"] == "erasure_executed"

    async def test_partner_still_reads_the_pair(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene, _ = await unique_scene(client, factory, session)
        created = (await client.post(REQUEST, headers=scene.world.mentor.headers)).json()
        await client.post(execute_url(created["id"]), headers=scene.admin.headers)
        records = await client.get("/api/v1/vault/records",
                                   params={"pair_id": scene.ids["pair"]},
                                   headers=scene.world.mentee.headers)
        assert records.status_code == 200, records.text
        ids = {r["record_id"] for r in records.json()["items"]}
        assert scene.objective_id in ids
        assert scene.report_id not in ids
