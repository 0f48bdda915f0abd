"""SCIM Users: CRUD, PATCH dialects (RFC, Entra ID, Okta), filters, paging, attributes."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Person, Role
from tests.directory.conftest import machine_token
from tests.fixtures.actors import Factory
from tests.scim.conftest import ENTERPRISE, PATCH_OP, SCIM, Scim, user_body


class TestAuthentication:
    async def test_anonymous(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/scim/v2/Users")
        assert response.status_code == 401
        assert response.headers["content-type"].startswith(SCIM)
        body = response.json()
        assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
        assert body["status"] == "401"

    async def test_person_token_is_refused(self, scim: Scim) -> None:
        response = await scim.request("GET", "/Users", headers=scim.admin.headers)
        assert response.status_code == 403
        assert response.headers["content-type"].startswith(SCIM)

    async def test_wrong_scope_is_refused(self, scim: Scim) -> None:
        token = await machine_token(scim.client, scim.admin, ["exports:read"])
        response = await scim.request("GET", "/Users", headers=token)
        assert response.status_code == 403

    async def test_api_errors_stay_problem_json(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/api/v1/directory/people")
        assert response.headers["content-type"].startswith("application/problem+json")


class TestDiscovery:
    async def test_service_provider_config(self, scim: Scim) -> None:
        body = (await scim.request("GET", "/ServiceProviderConfig")).json()
        assert body["patch"]["supported"] is True
        assert body["filter"] == {"supported": True, "maxResults": 200}
        assert body["bulk"]["supported"] is False

    async def test_resource_types_and_schemas(self, scim: Scim) -> None:
        types = (await scim.request("GET", "/ResourceTypes")).json()
        by_id = {t["id"]: t for t in types["Resources"]}
        assert by_id["User"]["schemaExtensions"][0]["schema"] == ENTERPRISE
        assert by_id["Group"]["endpoint"] == "/Groups"
        schemas = (await scim.request("GET", "/Schemas")).json()
        ids = {s["id"] for s in schemas["Resources"]}
        assert ENTERPRISE in ids
        one = await scim.request("GET", f"/Schemas/{ENTERPRISE}")
        assert {a["name"] for a in one.json()["attributes"]} >= {"employeeNumber", "manager"}
        assert (await scim.request("GET", "/Schemas/urn:nope")).status_code == 404


class TestCreate:
    async def test_valid(self, scim: Scim, session: AsyncSession) -> None:
        body = user_body("ada.lovelace@acme-corp.com", department="Research", title="Engineer",
                         addresses=[{"type": "work", "locality": "Lyon"}])
        response = await scim.request("POST", "/Users", body)
        assert response.status_code == 201, response.text
        assert response.headers["content-type"].startswith(SCIM)
        created = response.json()
        assert response.headers["location"].endswith(f"/scim/v2/Users/{created['id']}")
        assert created["userName"] == "ada.lovelace@acme-corp.com"
        assert created["active"] is True
        assert created[ENTERPRISE]["department"] == "Research"
        assert created["meta"]["resourceType"] == "User"
        person = await session.get(Person, uuid.UUID(created["id"]))
        assert person is not None
        assert person.organisation_id == scim.org_id
        assert (person.given_name, person.family_name, person.site) == ("Ada", "Lovelace", "Lyon")
        assert person.job_title == "Engineer"
        assert person.roles == [Role.MEMBER.value]

    async def test_duplicate_user_name_is_uniqueness(self, scim: Scim) -> None:
        await scim.create("bob@acme-corp.com")
        response = await scim.request("POST", "/Users", user_body("BOB@acme-corp.com",
                                                                  external_id="other"))
        assert response.status_code == 409
        assert response.json()["scimType"] == "uniqueness"

    async def test_invalid_body(self, scim: Scim) -> None:
        response = await scim.client.post("/scim/v2/Users", content=b"{not json",
                                          headers=scim.headers)
        assert response.status_code == 400
        assert response.json()["scimType"] == "invalidSyntax"
        response = await scim.request("POST", "/Users", {"schemas": [user_body("x")["schemas"][0]]})
        assert response.status_code == 400
        assert response.json()["scimType"] == "invalidValue"

    async def test_formula_like_name_is_refused(self, scim: Scim) -> None:
        body = user_body("eve@acme-corp.com")
        body["name"]["givenName"] = "=cmd|' /C calc'!A0"
        response = await scim.request("POST", "/Users", body)
        assert response.status_code == 400
        assert response.json()["scimType"] == "invalidValue"

    async def test_entra_string_booleans(self, scim: Scim) -> None:
        created = await scim.create("inactive@acme-corp.com", active="False")
        assert created["active"] is False


class TestReadAndList:
    async def test_get_and_other_organisation(
        self, scim: Scim, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        created = await scim.create("carol@acme-corp.com")
        assert (await scim.request("GET", f"/Users/{created['id']}")).status_code == 200
        other = await Scim(client, factory).setup()
        response = await other.request("GET", f"/Users/{created['id']}")
        assert response.status_code == 404
        assert response.json()["status"] == "404"
        listing = (await other.request("GET", "/Users")).json()
        assert created["id"] not in {r["id"] for r in listing["Resources"]}
        assert listing["totalResults"] == 1  # only their own admin
        search = await other.request("GET", "/Users", filter='userName eq "carol@acme-corp.com"')
        assert search.json()["totalResults"] == 0
        assert (await other.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "active",
                                                   "value": False}]})).status_code == 404
        assert (await other.request("DELETE", f"/Users/{created['id']}")).status_code == 404
        assert (await other.request("PUT", f"/Users/{created['id']}",
                                    user_body("carol@acme-corp.com"))).status_code == 404
        again = (await scim.request("GET", f"/Users/{created['id']}")).json()
        assert again["active"] is True

    async def test_unknown_and_malformed_ids(self, scim: Scim) -> None:
        assert (await scim.request("GET", f"/Users/{uuid.uuid4()}")).status_code == 404
        assert (await scim.request("GET", "/Users/not-a-uuid")).status_code == 404

    async def test_filters(self, scim: Scim) -> None:
        a = await scim.create("anna@acme-corp.com", external_id="E-1")
        b = await scim.create("boris@acme-corp.com", external_id="E-2")

        async def ids(expression: str) -> list[str]:
            response = await scim.request("GET", "/Users", filter=expression)
            assert response.status_code == 200, response.text
            return [r["id"] for r in response.json()["Resources"]]

        assert await ids('userName eq "ANNA@acme-corp.com"') == [a["id"]]
        assert await ids('externalId eq "E-2"') == [b["id"]]
        assert await ids('externalId eq "e-2"') == []  # externalId is case-exact
        assert await ids('emails[type eq "work"].value eq "boris@acme-corp.com"') == [b["id"]]
        assert await ids('userName eq "anna@acme-corp.com" and externalId eq "E-1"') == [a["id"]]
        assert await ids('userName eq "anna@acme-corp.com" and externalId eq "E-2"') == []
        assert await ids(f'{ENTERPRISE}:employeeNumber eq "N-bori"') == [b["id"]]
        assert sorted(await ids('userName sw "b" or userName sw "a"')) == sorted(
            [a["id"], b["id"]])

    async def test_bad_filter(self, scim: Scim) -> None:
        for expression in ('userName eq', 'nickName eq "x"', 'userName zz "x"'):
            response = await scim.request("GET", "/Users", filter=expression)
            assert response.status_code == 400, expression
            assert response.json()["scimType"] == "invalidFilter"

    async def test_paging_is_stable(self, scim: Scim) -> None:
        for i in range(5):
            await scim.create(f"p{i}@acme-corp.com")
        everyone = (await scim.request("GET", "/Users")).json()
        expected = [r["id"] for r in everyone["Resources"]][1:]
        page1 = (await scim.request("GET", "/Users", startIndex=2, count=3)).json()
        page2 = (await scim.request("GET", "/Users", startIndex=5, count=3)).json()
        assert page1["totalResults"] == 6  # the admin is a person of the directory too
        assert page1["startIndex"] == 2
        assert page1["itemsPerPage"] == 3
        seen = [r["id"] for r in page1["Resources"]] + [r["id"] for r in page2["Resources"]]
        assert seen == expected
        only_total = (await scim.request("GET", "/Users", count=0)).json()
        assert only_total["totalResults"] == 6
        assert only_total["Resources"] == []
        okta = (await scim.request("GET", "/Users", startIndex=1, count=100)).json()
        assert okta["itemsPerPage"] == 6
        bad = await scim.request("GET", "/Users", count="many")
        assert bad.status_code == 400

    async def test_attributes_and_excluded_attributes(self, scim: Scim) -> None:
        created = await scim.create("dora@acme-corp.com")
        only = (await scim.request("GET", f"/Users/{created['id']}",
                                   attributes="userName")).json()
        assert set(only) == {"schemas", "id", "userName"}
        without = (await scim.request("GET", "/Users", excludedAttributes="emails,name",
                                      filter='userName eq "dora@acme-corp.com"')).json()
        resource = without["Resources"][0]
        assert "emails" not in resource
        assert "name" not in resource
        assert resource["userName"] == "dora@acme-corp.com"


class TestReplace:
    async def test_okta_put_after_get(self, scim: Scim, session: AsyncSession) -> None:
        created = await scim.create("erin@acme-corp.com", title="Analyst")
        current = (await scim.request("GET", f"/Users/{created['id']}")).json()
        current["title"] = "Lead analyst"
        current["name"]["familyName"] = "Smith"
        response = await scim.request("PUT", f"/Users/{created['id']}", current)
        assert response.status_code == 200, response.text
        assert response.json()["title"] == "Lead analyst"
        person = await session.get(Person, uuid.UUID(created["id"]))
        assert person is not None
        await session.refresh(person)
        assert person.family_name == "Smith"

    async def test_put_clears_absent_attributes(self, scim: Scim) -> None:
        created = await scim.create("finn@acme-corp.com", title="Analyst")
        body = user_body("finn@acme-corp.com", external_id=created["externalId"])
        replaced = (await scim.request("PUT", f"/Users/{created['id']}", body)).json()
        assert "title" not in replaced


class TestPatch:
    async def test_rfc_patch(self, scim: Scim) -> None:
        created = await scim.create("gina@acme-corp.com")
        response = await scim.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [
                {"op": "replace", "path": "name.familyName", "value": "Rossi"},
                {"op": "replace", "path": 'emails[type eq "work"].value',
                 "value": "gina.rossi@acme-corp.com"},
                {"op": "add", "path": "title", "value": "Manager"},
            ],
        })
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["name"]["familyName"] == "Rossi"
        assert body["emails"][0]["value"] == "gina.rossi@acme-corp.com"
        assert body["title"] == "Manager"

    async def test_entra_patch_dialect(self, scim: Scim) -> None:
        boss = await scim.create("boss@acme-corp.com")
        created = await scim.create("hugo@acme-corp.com")
        response = await scim.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [
                {"op": "Replace", "value": {
                    "displayName": "Hugo H.",
                    "name.givenName": "Hugues",
                    f"{ENTERPRISE}:department": "Sales",
                    f"{ENTERPRISE}:manager": boss["id"],
                }},
                {"op": "Replace", "path": "active", "value": "True"},
                {"op": "Add", "path": "title", "value": "Seller"},
            ],
        })
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["name"]["givenName"] == "Hugues"
        assert body["displayName"] == "Hugo H."
        assert body[ENTERPRISE]["department"] == "Sales"
        assert body[ENTERPRISE]["manager"]["value"] == boss["id"]
        assert body["active"] is True
        # Entra also sets the manager with a path and a plain string, and removes it.
        other = await scim.create("other.boss@acme-corp.com")
        body = (await scim.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "Add", "path": f"{ENTERPRISE}:manager", "value": other["id"]}],
        })).json()
        assert body[ENTERPRISE]["manager"]["value"] == other["id"]
        body = (await scim.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "Remove", "path": f"{ENTERPRISE}:manager"}],
        })).json()
        assert "manager" not in body.get(ENTERPRISE, {})

    async def test_okta_patch_active(self, scim: Scim) -> None:
        created = await scim.create("ivan@acme-corp.com")
        off = await scim.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "replace", "value": {"active": False}}]})
        assert off.json()["active"] is False
        on = await scim.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "replace", "value": {"active": True}}]})
        assert on.json()["active"] is True

    async def test_invalid_patch(self, scim: Scim) -> None:
        created = await scim.create("jade@acme-corp.com")
        response = await scim.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "explode", "path": "title"}]})
        assert response.status_code == 400
        assert response.headers["content-type"].startswith(SCIM)


class TestDelete:
    async def test_delete_deprovisions_through_erasure(
        self, scim: Scim, session: AsyncSession
    ) -> None:
        created = await scim.create("kim@acme-corp.com", phoneNumbers=[{"value": "+33 1"}])
        response = await scim.request("DELETE", f"/Users/{created['id']}")
        assert response.status_code == 204
        assert (await scim.request("GET", f"/Users/{created['id']}")).status_code == 404
        assert (await scim.request("DELETE", f"/Users/{created['id']}")).status_code == 404
        person = (await session.execute(
            select(Person).where(Person.id == uuid.UUID(created["id"]))
            .execution_options(populate_existing=True)
        )).scalar_one()
        assert person.email.endswith("@erased.invalid")
        assert person.external_id is None
        assert person.active is False
        assert person.deactivated_at is not None
        # The same userName and externalId can be provisioned again, as someone new.
        again = await scim.create("kim@acme-corp.com", external_id=created["externalId"])
        assert again["id"] != created["id"]
        assert "phoneNumbers" not in again
