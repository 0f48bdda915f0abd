"""Client input that reached the database or the parser as a 500 is a SCIM 400."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Person
from tests.scim.conftest import ENTERPRISE, PATCH_OP, SCIM, Scim, user_body


def assert_scim_400(response: object, scim_type: str = "invalidValue") -> None:
    assert response.status_code == 400, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"].startswith(SCIM)  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    assert body["scimType"] == scim_type


class TestOverLongValues:
    @pytest.mark.parametrize(("field", "value"), [
        ("externalId", "e" * 500),
        ("title", "t" * 5000),
        ("userName", "u" * 400 + "@acme-corp.com"),
    ], ids=["externalId", "title", "userName"])
    async def test_create_is_400_and_nothing_written(
        self, scim: Scim, session: AsyncSession, field: str, value: str
    ) -> None:
        body = user_body("long@acme-corp.com")
        body[field] = value
        if field == "userName":
            body["emails"] = [{"value": "long@acme-corp.com", "type": "work", "primary": True}]
        assert_scim_400(await scim.request("POST", "/Users", body))
        people = await session.scalar(
            select(func.count()).select_from(Person).where(Person.organisation_id == scim.org_id)
        )
        assert people == 1  # the admin only
        # The connection is still usable: the next request succeeds.
        assert (await scim.request("GET", "/Users")).status_code == 200

    async def test_patch_is_400(self, scim: Scim) -> None:
        user = await scim.create("patched@acme-corp.com")
        response = await scim.request("PATCH", f"/Users/{user['id']}", {
            "schemas": [PATCH_OP],
            "Operations": [{"op": "replace", "path": f"{ENTERPRISE}:department",
                            "value": "d" * 500}]})
        assert_scim_400(response)

    async def test_long_group_name_is_400_not_cut(self, scim: Scim) -> None:
        response = await scim.request("POST", "/Groups", {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "displayName": "g" * 300})
        assert_scim_400(response)


class TestDeepJson:
    @pytest.mark.parametrize("depth", [400, 100_000])
    async def test_nested_body(self, scim: Scim, depth: int) -> None:
        body = "[" * depth + "]" * depth
        raw = ('{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],'
               f'"userName":"deep@acme-corp.com","nickName":{body}}}')
        response = await scim.client.post("/scim/v2/Users", content=raw.encode(),
                                          headers=scim.headers)
        assert_scim_400(response, "invalidSyntax")

    async def test_nested_patch_value(self, scim: Scim) -> None:
        user = await scim.create("deeppatch@acme-corp.com")
        nested = "{\"a\":" * 500 + "1" + "}" * 500
        raw = (f'{{"schemas":["{PATCH_OP}"],"Operations":[{{"op":"add",'
               f'"path":"nickName","value":{nested}}}]}}')
        response = await scim.client.patch(f"/scim/v2/Users/{user['id']}", content=raw.encode(),
                                           headers=scim.headers)
        assert_scim_400(response, "invalidSyntax")


class TestHugePaging:
    @pytest.mark.parametrize("params", [
        {"startIndex": "99999999999999999999"},
        {"startIndex": "9223372036854775808"},
    ], ids=["20 digits", "2**63"])
    async def test_users_and_groups(self, scim: Scim, params: dict[str, str]) -> None:
        for resource in ("/Users", "/Groups"):
            assert_scim_400(await scim.request("GET", resource, **params))

    async def test_large_but_valid_start_index_is_empty(self, scim: Scim) -> None:
        response = await scim.request("GET", "/Users", startIndex="2000000000")
        assert response.status_code == 200, response.text
        assert response.json()["Resources"] == []
