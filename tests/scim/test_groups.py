"""SCIM Groups: sets of people, independent of units; a person belongs to many."""

from __future__ import annotations

import httpx

from tests.fixtures.actors import Factory
from tests.scim.conftest import ENTERPRISE, PATCH_OP, Scim

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


class TestGroups:
    async def test_lifecycle(self, scim: Scim) -> None:
        ann = await scim.create("ann@acme-corp.com", department="Research")
        bob = await scim.create("bob@acme-corp.com")
        response = await scim.request("POST", "/Groups", {
            "schemas": [GROUP], "displayName": "Finance", "externalId": "G-FIN",
            "members": [{"value": ann["id"]}]})
        assert response.status_code == 201, response.text
        group = response.json()
        assert [m["value"] for m in group["members"]] == [ann["id"]]
        user = (await scim.request("GET", f"/Users/{ann['id']}")).json()
        assert user[ENTERPRISE]["department"] == "Research"  # membership never moves people
        assert [g["value"] for g in user["groups"]] == [group["id"]]

        patched = await scim.request("PATCH", f"/Groups/{group['id']}", {
            "schemas": [PATCH_OP], "Operations": [
                {"op": "Add", "path": "members", "value": [{"value": bob["id"]}]},
                {"op": "Remove", "path": f'members[value eq "{ann["id"]}"]'},
                {"op": "Replace", "path": "displayName", "value": "Finance & Audit"},
            ]})
        assert patched.status_code == 200, patched.text
        assert [m["value"] for m in patched.json()["members"]] == [bob["id"]]
        assert patched.json()["displayName"] == "Finance & Audit"

        listing = (await scim.request("GET", "/Groups", filter='displayName eq "finance & audit"',
                                      excludedAttributes="members")).json()
        assert listing["totalResults"] == 1
        assert "members" not in listing["Resources"][0]

        assert (await scim.request("DELETE", f"/Groups/{group['id']}")).status_code == 204
        assert (await scim.request("GET", f"/Groups/{group['id']}")).status_code == 404
        user = (await scim.request("GET", f"/Users/{bob['id']}")).json()
        assert "groups" not in user
        assert (await scim.request("GET", f"/Users/{ann['id']}")).json()[ENTERPRISE][
            "department"] == "Research"

    async def test_a_person_in_many_groups(self, scim: Scim) -> None:
        ann = await scim.create("ann@acme-corp.com", department="Research")
        ids = []
        for name in ("Alpha", "Beta", "Gamma"):
            created = await scim.request("POST", "/Groups", {
                "schemas": [GROUP], "displayName": name, "members": [{"value": ann["id"]}]})
            assert created.status_code == 201, created.text
            ids.append(created.json()["id"])
        user = (await scim.request("GET", f"/Users/{ann['id']}")).json()
        assert sorted(g["value"] for g in user["groups"]) == sorted(ids)
        assert user[ENTERPRISE]["department"] == "Research"
        for group_id in ids:
            members = (await scim.request("GET", f"/Groups/{group_id}")).json()["members"]
            assert [m["value"] for m in members] == [ann["id"]]
        # Entra's probe before removing a last member: members eq "<user id>".
        probe = (await scim.request(
            "GET", "/Groups", filter=f'id eq "{ids[1]}" and members eq "{ann["id"]}"')).json()
        assert [g["id"] for g in probe["Resources"]] == [ids[1]]
        member_of = (await scim.request(
            "GET", "/Groups", filter=f'members.value eq "{ann["id"]}"')).json()
        assert member_of["totalResults"] == 3

    async def test_unknown_member_and_other_organisation(
        self, scim: Scim, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        other = await Scim(client, factory).setup()
        stranger = await other.create("stranger@acme-corp.com")
        response = await scim.request("POST", "/Groups", {
            "schemas": [GROUP], "displayName": "Ops", "members": [{"value": stranger["id"]}]})
        assert response.status_code == 400
        group = (await scim.request("POST", "/Groups", {
            "schemas": [GROUP], "displayName": "Ops"})).json()
        assert (await other.request("GET", f"/Groups/{group['id']}")).status_code == 404
        assert (await other.request("DELETE", f"/Groups/{group['id']}")).status_code == 404
        assert (await other.request("GET", "/Groups")).json()["totalResults"] == 0
        probe = await other.request("GET", "/Groups", filter=f'members eq "{stranger["id"]}"')
        assert probe.json()["totalResults"] == 0
