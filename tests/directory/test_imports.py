"""CSV import: dry run diff, all-or-nothing apply, file and line errors, full load."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import (
    DirectoryImport,
    Mentorship,
    MentorshipStatus,
    OrgUnit,
    Person,
    Program,
    Role,
)
from tests.directory.conftest import Directory, machine_token
from tests.fixtures.actors import Factory

HEADER = (
    "external_id,email,given_name,family_name,manager_external_id,unit,job_title,site,"
    "languages,active\n"
)
TEAM = HEADER + (
    "e2,bob@acme.test,Bob,Martin,e1,Finance,Analyst,Lyon,fr|en,true\n"
    "e1,alice@acme.test,Alice,Durand,,Finance,Director,Paris,fr,true\n"
    "e3,carol@acme.test,Carol,Petit,e2,Finance/Audit,Auditor,Lyon,en,true\n"
)


async def people_of(session: AsyncSession, org_id: uuid.UUID) -> dict[str, Person]:
    rows = await session.execute(select(Person).where(Person.organisation_id == org_id))
    return {p.external_id: p for p in rows.scalars() if p.external_id}


async def count_people(session: AsyncSession, org_id: uuid.UUID) -> int:
    return int(await session.scalar(
        select(func.count()).select_from(Person).where(Person.organisation_id == org_id)
    ) or 0)


class TestImportCsv:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        response = await client.post("/api/v1/directory/imports", content=TEAM,
                                     headers={"Content-Type": "text/csv"})
        assert response.status_code == 401

    async def test_member_is_forbidden(
        self, client: httpx.AsyncClient, factory: Factory, directory: Directory
    ) -> None:
        member = await factory.actor(client, directory.org, Role.MEMBER)
        response = await directory.upload(TEAM, headers=member.headers)
        assert response.status_code == 403

    async def test_client_without_import_scope_is_forbidden(self, directory: Directory) -> None:
        for scopes in (["exports:read"], ["scim"]):
            token = await machine_token(directory.client, directory.admin, scopes)
            response = await directory.upload(TEAM, headers=token, full_load=True)
            assert response.status_code == 403, scopes
            assert response.json()["code"] == "insufficient_scope"

    async def test_dry_run_reports_diff_and_writes_nothing(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        before = await count_people(session, directory.org_id)
        response = await directory.upload(TEAM, dry_run=True)
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["import"]["status"] == "dry_run"
        assert [line["external_id"] for line in body["to_create"]] == ["e2", "e1", "e3"]
        assert body["rejected"] == []
        assert sorted(body["new_units"]) == ["Finance", "Finance/Audit"]
        assert await count_people(session, directory.org_id) == before

    async def test_apply_creates_people_with_late_managers(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        response = await directory.upload(TEAM)
        assert response.status_code == 201, response.text
        assert response.json()["import"]["created"] == 3
        people = await people_of(session, directory.org_id)
        assert people["e2"].manager_id == people["e1"].id  # manager came on a later line
        assert people["e3"].manager_id == people["e2"].id
        assert people["e2"].languages == ["fr", "en"]
        assert people["e1"].site == "Paris"
        unit = await session.get(OrgUnit, people["e3"].unit_id)
        assert unit is not None
        assert unit.name == "Finance/Audit"

    async def test_second_import_updates_and_reports_unchanged(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        assert (await directory.upload(TEAM)).status_code == 201
        changed = TEAM.replace("Carol,Petit,e2", "Carol,Petit,e1")
        body = (await directory.upload(changed)).json()
        assert body["import"]["unchanged"] == 2
        assert body["to_update"] == [
            {"line": 4, "external_id": "e3", "email": "carol@acme.test", "name": "Carol Petit",
             "changes": ["manager"]}
        ]
        people = await people_of(session, directory.org_id)
        assert people["e3"].manager_id == people["e1"].id

    async def test_multipart_semicolon_and_bom(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        data = "\ufeff" + TEAM.replace(",", ";").replace("fr|en", "fr en")
        response = await directory.upload(data.encode("utf-8"), multipart=True)
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["delimiter"] == ";"
        assert body["import"]["filename"] == "people.csv"
        people = await people_of(session, directory.org_id)
        assert people["e2"].languages == ["fr", "en"]
        assert people["e1"].email == "alice@acme.test"

    async def test_windows_1252_semicolon_from_french_excel(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        data = (HEADER.replace(",", ";")
                + "e1;zoe@acme.test;Zoé;Lefèvre-Cœur;;R&D €;Ingénieure;Besançon;fr;vrai\n")
        response = await directory.upload(data.encode("cp1252"))
        assert response.status_code == 201, response.text
        assert response.json()["delimiter"] == ";"
        zoe = (await people_of(session, directory.org_id))["e1"]
        assert (zoe.given_name, zoe.family_name, zoe.job_title, zoe.site) == (
            "Zoé", "Lefèvre-Cœur", "Ingénieure", "Besançon")

    async def test_machine_client_may_import(self, directory: Directory) -> None:
        token = await machine_token(directory.client, directory.admin, ["directory:import"])
        response = await directory.upload(TEAM, headers=token)
        assert response.status_code == 201, response.text
        assert response.json()["import"]["actor_client_id"] is not None
        # The import scope does not provision through SCIM.
        scim = await directory.client.get("/scim/v2/Users", headers=token)
        assert scim.status_code == 403


class TestImportErrors:
    async def _assert_nothing_applied(
        self, directory: Directory, session: AsyncSession, response: httpx.Response, code: str
    ) -> dict[str, object]:
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
        body: dict[str, object] = response.json()
        assert body["code"] == code
        assert await count_people(session, directory.org_id) == 1  # the admin only
        units = await session.scalar(
            select(func.count()).select_from(OrgUnit)
            .where(OrgUnit.organisation_id == directory.org_id)
        )
        assert units == 0
        return body

    async def test_bad_encoding(self, directory: Directory, session: AsyncSession) -> None:
        # 0x81 is in neither UTF-8 (as a lead byte) nor Windows-1252.
        data = TEAM.encode().replace(b"Petit", b"P\x81tit")
        response = await directory.upload(data)
        body = await self._assert_nothing_applied(directory, session, response, "csv_bad_encoding")
        assert body["line"] == 4

    async def test_manager_on_a_rejected_line_is_named_so(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        data = HEADER + ("e1,not-an-email,Alice,Durand,,,,,,\n"
                         "e2,bob@acme.test,Bob,Martin,e1,,,,,\n")
        response = await directory.upload(data)
        body = await self._assert_nothing_applied(
            directory, session, response, "csv_rejected_lines")
        assert body["rejected"][1] == {
            "line": 3, "external_id": "e2", "code": "manager_rejected",
            "reason": "The manager 'e1' is on line 2, which was rejected; fix that line first.",
        }

    async def test_missing_columns(self, directory: Directory, session: AsyncSession) -> None:
        data = "external_id,given_name,family_name\ne1,A,B\n"
        response = await directory.upload(data)
        body = await self._assert_nothing_applied(
            directory, session, response, "csv_missing_columns")
        assert body["missing_columns"] == ["email"]

    async def test_unknown_manager_blocks_everything(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        data = TEAM + "e4,dan@acme.test,Dan,Roux,nobody,,,,,\n"
        response = await directory.upload(data)
        body = await self._assert_nothing_applied(
            directory, session, response, "csv_rejected_lines")
        assert body["rejected"] == [{
            "line": 5, "external_id": "e4", "code": "unknown_manager",
            "reason": "The manager 'nobody' is neither in the file nor in the directory.",
        }]

    async def test_duplicate_ids_rejects_both_lines(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        data = TEAM + "e1,other@acme.test,Other,One,,,,,,\n"
        dry = (await directory.upload(data, dry_run=True)).json()
        assert {(r["line"], r["code"]) for r in dry["rejected"]} >= {
            (3, "duplicate_external_id"), (5, "duplicate_external_id")}
        response = await directory.upload(data)
        await self._assert_nothing_applied(directory, session, response, "csv_rejected_lines")

    async def test_injection_looking_cells_are_rejected(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        data = TEAM + 'e4,dan@acme.test,"=HYPERLINK(""http://x"")",Roux,,,,,,\n'
        data += "e5,eve@acme.test,Eve,@SUM(A1),,,,,,\n"
        data += "e6,fay@acme.test,Fay,Li,,,+33 evil,,,\n"
        dry = (await directory.upload(data, dry_run=True)).json()
        assert [(r["line"], r["code"]) for r in dry["rejected"]] == [
            (5, "formula_like_value"), (6, "formula_like_value"), (7, "formula_like_value")]
        response = await directory.upload(data)
        await self._assert_nothing_applied(directory, session, response, "csv_rejected_lines")

    async def test_cycle_names_the_people(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        data = TEAM.replace("Alice,Durand,,", "Alice,Durand,e3,")
        response = await directory.upload(data)
        body = await self._assert_nothing_applied(
            directory, session, response, "csv_rejected_lines")
        rejected = body["rejected"]
        assert isinstance(rejected, list)
        assert {r["code"] for r in rejected} == {"management_cycle"}
        assert len(rejected) == 3
        reason = rejected[0]["reason"]
        for name in ("Alice Durand (e1)", "Bob Martin (e2)", "Carol Petit (e3)"):
            assert name in reason

    async def test_cycle_with_existing_people(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        assert (await directory.upload(TEAM)).status_code == 201
        response = await directory.upload(HEADER + "e1,alice@acme.test,Alice,Durand,e3,,,,,\n")
        assert response.status_code == 422
        assert response.json()["rejected"][0]["code"] == "management_cycle"
        people = await people_of(session, directory.org_id)
        assert people["e1"].manager_id is None

    async def test_email_of_another_person(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        data = TEAM + "e9,alice@acme.test,Al,Ice,,,,,,\n"
        dry = (await directory.upload(data, dry_run=True)).json()
        codes = {(r["line"], r["code"]) for r in dry["rejected"]}
        assert (5, "duplicate_email") in codes
        assert (3, "duplicate_email") in codes

    async def test_bad_values(self, directory: Directory) -> None:
        data = HEADER + (
            "e1,not-an-email,A,B,,,,,,\n"
            "e2,b@acme.test,,B,,,,,,\n"
            "e3,c@acme.test,C,D,,,,,xx yy zz!,\n"
            "e4,d@acme.test,D,E,,,,,,maybe\n"
            "e5,e@acme.test,E,F,e5,,,,,\n"
        )
        dry = (await directory.upload(data, dry_run=True)).json()
        assert [r["code"] for r in dry["rejected"]] == [
            "invalid_email", "missing_value", "invalid_languages", "invalid_active",
            "self_manager"]


class TestFullLoad:
    async def test_full_load_deactivates_missing_people(
        self, directory: Directory, session: AsyncSession, factory: Factory
    ) -> None:
        assert (await directory.upload(TEAM)).status_code == 201
        people = await people_of(session, directory.org_id)
        program = Program(organisation_id=directory.org_id, name="P")
        session.add(program)
        await session.flush()
        pair = Mentorship(organisation_id=directory.org_id, program_id=program.id,
                          mentor_id=people["e1"].id, mentee_id=people["e3"].id,
                          status=MentorshipStatus.ACTIVE)
        session.add(pair)
        await session.flush()
        without_carol = "\n".join(TEAM.splitlines()[:3]) + "\n"
        dry = (await directory.upload(without_carol, dry_run=True, full_load=True)).json()
        assert [(d["external_id"], d["reason"]) for d in dry["to_deactivate"]] == [
            ("e3", "missing_from_file")]
        response = await directory.upload(without_carol, full_load=True)
        assert response.status_code == 201
        await session.refresh(people["e3"])
        await session.refresh(pair)
        assert people["e3"].active is False
        assert people["e3"].deactivated_at is not None
        assert pair.needs_attention
        assert pair.attention_reason == "participant_deactivated"
        # The admin running the import is never deactivated by it (no self lock-out).
        await session.refresh(directory.admin.person)
        assert directory.admin.person.active

    async def test_full_load_leaves_scim_people_alone(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        token = await machine_token(directory.client, directory.admin, ["scim"])
        provisioned = await directory.client.post("/scim/v2/Users", headers=token, json={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": "sso@acme.test", "externalId": "entra-1"})
        assert provisioned.status_code == 201, provisioned.text
        dry = await directory.upload(TEAM, dry_run=True, full_load=True)
        assert dry.status_code == 201, dry.text
        assert dry.json()["to_deactivate"] == []
        assert (await directory.upload(TEAM, full_load=True)).status_code == 201
        person = await session.get(Person, uuid.UUID(provisioned.json()["id"]),
                                   populate_existing=True)
        assert person is not None
        assert person.active

    async def test_without_full_load_missing_people_stay(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        assert (await directory.upload(TEAM)).status_code == 201
        response = await directory.upload(HEADER + "e1,alice@acme.test,Alice,Durand,,,,,,\n")
        assert response.status_code == 201, response.text
        assert response.json()["to_deactivate"] == []
        people = await people_of(session, directory.org_id)
        assert people["e3"].active


class TestListImports:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/api/v1/directory/imports")).status_code == 401

    async def test_other_organisation(
        self, client: httpx.AsyncClient, factory: Factory, directory: Directory
    ) -> None:
        assert (await directory.upload(TEAM)).status_code == 201
        other_org = await factory.organisation()
        other = await factory.actor(client, other_org, Role.ORG_ADMIN)
        body = (await client.get("/api/v1/directory/imports", headers=other.headers)).json()
        assert body["total"] == 0

    async def test_valid(self, directory: Directory, session: AsyncSession) -> None:
        await directory.upload(TEAM, dry_run=True)
        await directory.upload(TEAM)
        response = await directory.client.get("/api/v1/directory/imports",
                                              headers=directory.admin.headers)
        body = response.json()
        assert body["total"] == 2
        assert [i["status"] for i in body["items"]] == ["applied", "dry_run"] or \
            sorted(i["status"] for i in body["items"]) == ["applied", "dry_run"]
        assert body["items"][0]["actor_person_id"] == str(directory.admin.id)
        count = await session.scalar(select(func.count()).select_from(DirectoryImport))
        assert count is not None
        assert count >= 2


class TestChainEffects:
    async def test_manager_change_flags_crossing_pairs(
        self, directory: Directory, session: AsyncSession
    ) -> None:
        assert (await directory.upload(TEAM)).status_code == 201
        people = await people_of(session, directory.org_id)
        program = Program(organisation_id=directory.org_id, name="P")
        session.add(program)
        await session.flush()
        # Carol (reporting to Bob) mentors Bob: the pair is recorded before any sync.
        crossing = Mentorship(organisation_id=directory.org_id, program_id=program.id,
                              mentor_id=people["e3"].id, mentee_id=people["e2"].id,
                              status=MentorshipStatus.ACCEPTED)
        session.add(crossing)
        await session.flush()
        # Bob (e2) loses his link to Carol when Carol moves under Alice ...
        moved = TEAM.replace("Carol,Petit,e2", "Carol,Petit,e1")
        assert (await directory.upload(moved)).status_code == 201
        await session.refresh(crossing)
        assert crossing.needs_attention is False
        # ... and regains one when Bob moves under Carol.
        under_carol = moved.replace("Bob,Martin,e1", "Bob,Martin,e3")
        assert (await directory.upload(under_carol)).status_code == 201
        await session.refresh(crossing)
        assert crossing.needs_attention is True
        assert crossing.attention_reason == "hierarchy_conflict"

    async def test_full_load_ignores_people_outside_the_hris(
        self, directory: Directory, session: AsyncSession, factory: Factory
    ) -> None:
        local = await factory.person(directory.org, external_id=None)
        assert (await directory.upload(TEAM, full_load=True)).status_code == 201
        await session.refresh(local)
        assert local.active
