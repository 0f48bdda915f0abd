"""SCIM Groups mapped to organisational units."""

from __future__ import annotations

import httpx

from tests.fixtures.actors import Factory
from tests.scim.conftest import ENTERPRISE, PATCH_OP, Scim

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


class TestGroups:
    async def test_lifecycle(self, scim: Scim) -> None:
        ann = await scim.create("ann@acme-corp.com")
        bob = await scim.create("bob@acme-corp.com")
        response = await scim.request("POST", "/Groups", {
            "schemas": [GROUP], "displayName": "Finance", "externalId": "G-FIN",
            "members": [{"value": ann["id"]}]})
        assert response.status_code == 201, response.text
        group = response.json()
        assert [m["value"] for m in group["members"]] == [ann["id"]]
        user = (await scim.request("GET", f"/Users/{ann['id']}")).json()
        assert user[ENTERPRISE]["department"] == "Finance"

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
        assert "department" not in user.get(ENTERPRISE, {})

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
