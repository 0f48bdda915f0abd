"""GET /me/data-export: complete for the person, nothing of anybody else, audited."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import AuditEvent, VaultRecordField
from constel_client.api import StoredRecord
from tests.fixtures.actors import Factory
from tests.gdpr.helpers import as_stored, build_scene, other_world

URL = "/api/v1/me/data-export"


async def export_of(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.get(URL, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert "attachment" in response.headers["content-disposition"]
    data: dict[str, Any] = json.loads(response.content)
    return data


class TestDataExport:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        response = await client.get(URL)
        assert response.status_code == 401

    async def test_machine_client_refused(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org)
        admin.person.roles = ["org_admin"]
        await factory.session.flush()
        created = await client.post("/api/v1/api-clients", headers=admin.headers,
                                    json={"name": "hris", "scopes": ["scim"]})
        assert created.status_code == 201, created.text
        token = created.json()["token"]
        response = await client.get(URL, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 403

    async def test_profile_programs_and_mentorships(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene = await build_scene(client, factory, session)
        data = await export_of(client, scene.world.mentor.headers)
        assert data["format"] == "constel-data-export/1"
        assert data["organisation"]["id"] == scene.ids["org"]
        assert data["profile"]["id"] == scene.ids["mentor"]
        assert data["profile"]["email"] == scene.world.mentor.person.email
        assert data["profile"]["roles"] == ["member"]
        [participation] = data["participations"]
        assert participation["answers"] == {"motivation": scene.answer}
        assert participation["role"] == "mentor"
        [signature] = data["charter_signatures"]
        assert signature["charter_version"] == 1
        [mentorship] = data["mentorships"]
        assert mentorship["id"] == scene.ids["pair"]
        assert mentorship["my_side"] == "mentor"
        assert mentorship["partner_id"] == scene.ids["mentee"]
        [transition] = mentorship["transitions"]
        assert transition["event"] == "activated"
        assert transition["by_me"] is False

    async def test_vault_key_material_and_envelopes(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene = await build_scene(client, factory, session)
        data = await export_of(client, scene.world.mentor.headers)
        vault = data["vault"]
        assert vault["key_material"]["key_version"] == 1
        assert base64.b64decode(vault["key_material"]["wrapped_keys"])
        [bundle] = vault["bundles"]
        assert base64.b64decode(bundle["ed_pk"]) == scene.mentor.bundle.ed_pk
        assert vault["keyring"]["keyring_version"] >= 1  # the sealed keyring, as stored
        assert {e["pair_id"] for e in vault["envelopes"]} == {scene.ids["pair"]}

    async def test_records_readable_by_me_only_and_decryptable(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene = await build_scene(client, factory, session)
        data = await export_of(client, scene.world.mentor.headers)
        records = {r["id"]: r for r in data["records"]}
        assert set(records) == {scene.report_id, scene.mentor_note_id, scene.objective_id}
        assert records[scene.report_id]["authored_by_me"] is True
        assert records[scene.objective_id]["authored_by_me"] is False
        # Ciphertext as stored, and the person's own client opens it.
        stored = (await session.scalars(
            select(VaultRecordField.ct).where(VaultRecordField.record_id == scene.report_id,
                                              VaultRecordField.field == "body")
        )).one()
        body = next(f for f in records[scene.report_id]["fields"] if f["field"] == "body")
        assert base64.b64decode(body["ct"]) == stored
        opened = await scene.mentor.open_stored(
            StoredRecord.from_json(as_stored(records[scene.report_id]))
        )
        assert opened.text("body") == "rapport"
        objective = await scene.mentor.open_stored(
            StoredRecord.from_json(as_stored(records[scene.objective_id]))
        )
        assert objective.text("title") == "t"

    async def test_nothing_of_other_people_or_organisations(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene = await build_scene(client, factory, session)
        elsewhere, foreign_record = await other_world(client, factory, session)
        foreign_ids = [str(elsewhere.org.id), str(elsewhere.mentor.id), elsewhere.pair_id]
        mentee_email = scene.world.mentee.person.email
        response = await client.get(URL, headers=scene.world.mentor.headers)
        raw = response.text
        assert scene.mentee_note_id not in raw  # the partner's private note
        assert foreign_record not in raw
        for value in foreign_ids:
            assert value not in raw
        assert mentee_email not in raw
        assert "motivation\": \"autre" not in raw  # the partner's answers

    async def test_audited_and_listed_in_the_next_export(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        scene = await build_scene(client, factory, session)
        await export_of(client, scene.world.mentee.headers)
        events = (await session.scalars(
            select(AuditEvent).where(AuditEvent.action == "gdpr.data_exported",
                                     AuditEvent.actor_person_id == scene.world.mentee.id)
        )).all()
        assert len(events) == 1
        again = await export_of(client, scene.world.mentee.headers)
        actions = [e["action"] for e in again["audit_events"] if e["relation"] == "actor"]
        assert actions.count("gdpr.data_exported") == 2
        assert all("details" in e for e in again["audit_events"])

    async def test_file_chunks_are_exported(
        self, client: httpx.AsyncClient, factory: Factory, session: AsyncSession
    ) -> None:
        import io

        scene = await build_scene(client, factory, session)
        content = b"x" * 70_000  # two chunks
        doc_id = await scene.mentee.upload_file(
            scene.ids["pair"], io.BytesIO(content), name="cv.pdf", media_type="application/pdf"
        )
        data = await export_of(client, scene.world.mentor.headers)
        [record] = [r for r in data["records"] if r["id"] == doc_id]
        assert record["file"]["chunk_count"] == 2
        chunks = [base64.b64decode(c) for c in record["file"]["chunks"]]
        assert sum(len(c) for c in chunks) == record["file"]["size_bytes"]
