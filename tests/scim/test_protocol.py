"""SCIM protocol details: versions (ETag, If-Match), the Error schema everywhere under
/scim/v2, unsupported endpoints (501), search by POST, PATCH strictness, users without
email, managers."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from tests.scim.conftest import CORE, ENTERPRISE, PATCH_OP, SCIM, Scim, user_body

ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"
SEARCH = "urn:ietf:params:scim:api:messages:2.0:SearchRequest"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


def scim_error(response: httpx.Response, status: int, scim_type: str | None = None) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(SCIM), response.headers
    body = response.json()
    assert body["schemas"] == [ERROR]
    assert body["status"] == str(status)
    if scim_type is not None:
        assert body["scimType"] == scim_type


class TestVersions:
    async def test_etag_if_match_if_none_match(self, scim: Scim) -> None:
        config = (await scim.request("GET", "/ServiceProviderConfig")).json()
        assert config["etag"]["supported"] is True
        user = await scim.create("etag@acme-corp.com")
        got = await scim.request("GET", f"/Users/{user['id']}")
        etag = got.headers["etag"]
        assert etag == got.json()["meta"]["version"] == user["meta"]["version"]
        assert etag.startswith('W/"')
        unchanged = await scim.request("GET", f"/Users/{user['id']}",
                                       headers={**scim.headers, "If-None-Match": etag})
        assert unchanged.status_code == 304
        patch = {"schemas": [PATCH_OP],
                 "Operations": [{"op": "replace", "path": "title", "value": "Chef"}]}
        first = await scim.request("PATCH", f"/Users/{user['id']}", patch,
                                   headers={**scim.headers, "If-Match": etag})
        assert first.status_code == 200, first.text
        assert first.headers["etag"] != etag
        stale = await scim.request("PATCH", f"/Users/{user['id']}", patch,
                                   headers={**scim.headers, "If-Match": etag})
        scim_error(stale, 412)
        stale_delete = await scim.request("DELETE", f"/Users/{user['id']}",
                                          headers={**scim.headers, "If-Match": etag})
        scim_error(stale_delete, 412)
        assert (await scim.request("GET", f"/Users/{user['id']}")).json()["title"] == "Chef"

    async def test_group_versions(self, scim: Scim) -> None:
        ann = await scim.create("ann@acme-corp.com")
        created = await scim.request("POST", "/Groups", {"schemas": [GROUP],
                                                         "displayName": "Team"})
        etag = created.headers["etag"]
        group_id = created.json()["id"]
        add = {"schemas": [PATCH_OP], "Operations": [
            {"op": "add", "path": "members", "value": [{"value": ann["id"]}]}]}
        ok = await scim.request("PATCH", f"/Groups/{group_id}", add,
                                headers={**scim.headers, "If-Match": etag})
        assert ok.status_code == 200, ok.text
        scim_error(await scim.request("PATCH", f"/Groups/{group_id}", add,
                                      headers={**scim.headers, "If-Match": etag}), 412)


class TestErrorShape:
    async def test_unknown_paths_and_methods(self, scim: Scim) -> None:
        scim_error(await scim.request("GET", "/Nope"), 404)
        scim_error(await scim.request("GET", "/Users/x/y"), 404)
        scim_error(await scim.client.get("/scim/v2/Nope"), 404)

    async def test_not_implemented(self, scim: Scim) -> None:
        scim_error(await scim.request("POST", "/Bulk", {"schemas": [], "Operations": []}), 501)
        scim_error(await scim.request("GET", "/Me"), 501)
        scim_error(await scim.request("POST", "/.search", {"schemas": [SEARCH]}), 501)
        scim_error(await scim.client.get("/scim/v2/Me"), 401)

    async def test_payload_too_large(self, scim: Scim) -> None:
        body = user_body("big@acme-corp.com", nickName="n" * (2 * 1024 * 1024))
        scim_error(await scim.request("POST", "/Users", body), 413)

    async def test_nul_in_url(self, scim: Scim) -> None:
        response = await scim.client.get("/scim/v2/Users?filter=a%00b", headers=scim.headers)
        assert response.status_code >= 400
        assert response.headers["content-type"].startswith(SCIM)

    async def test_unhandled_error_is_scim_500(self, app: FastAPI, scim: Scim) -> None:
        async def boom() -> None:
            raise RuntimeError("a bug")

        app.router.add_api_route("/scim/v2/__boom", boom)
        app.router.routes.insert(0, app.router.routes.pop())
        response = await scim.client.get("/scim/v2/__boom", headers=scim.headers)
        scim_error(response, 500)
        assert "a bug" not in response.text
        assert response.headers["x-request-id"]


class TestSearch:
    async def test_post_search(self, scim: Scim) -> None:
        await scim.create("s1@acme-corp.com")
        response = await scim.request("POST", "/Users/.search", {
            "schemas": [SEARCH], "filter": 'userName sw "s1"', "startIndex": 1, "count": 5,
            "attributes": ["userName"]})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["totalResults"] == 1
        assert set(body["Resources"][0]) <= {"id", "userName", "schemas"}
        groups = await scim.request("POST", "/Groups/.search", {"schemas": [SEARCH]})
        assert groups.status_code == 200, groups.text
        scim_error(await scim.request("POST", "/Users/.search", {"filter": "x"}), 400,
                   "invalidValue")


class TestStrictness:
    async def test_missing_schemas(self, scim: Scim) -> None:
        body = user_body("noschema@acme-corp.com")
        del body["schemas"]
        scim_error(await scim.request("POST", "/Users", body), 400, "invalidValue")
        user = await scim.create("patchme@acme-corp.com")
        scim_error(await scim.request("PATCH", f"/Users/{user['id']}", {
            "Operations": [{"op": "replace", "path": "title", "value": "x"}]}), 400)
        scim_error(await scim.request("POST", "/Groups", {"displayName": "G"}), 400)

    async def test_unknown_patch_path(self, scim: Scim) -> None:
        user = await scim.create("path@acme-corp.com")
        for operation in ({"op": "replace", "path": "bogus", "value": "x"},
                          {"op": "replace", "value": {"bogus": "x"}}):
            response = await scim.request("PATCH", f"/Users/{user['id']}", {
                "schemas": [PATCH_OP], "Operations": [operation]})
            assert response.status_code == 400, response.text
            assert response.json()["scimType"] in {"invalidPath", "noTarget", "invalidValue"}
        response = await scim.request("PATCH", f"/Users/{user['id']}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "replace", "path": "bogus",
                                                   "value": "x"}]})
        assert response.json()["scimType"] == "invalidPath"

    async def test_removing_active_does_not_reactivate(self, scim: Scim) -> None:
        user = await scim.create("gone@acme-corp.com", active=False)
        response = await scim.request("PATCH", f"/Users/{user['id']}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "remove", "path": "active"}]})
        scim_error(response, 400, "mutability")
        assert (await scim.request("GET", f"/Users/{user['id']}")).json()["active"] is False

    async def test_password_refused(self, scim: Scim) -> None:
        body = user_body("pw@acme-corp.com", password="hunter2!")
        scim_error(await scim.request("POST", "/Users", body), 400, "mutability")


class TestWithoutEmail:
    async def test_user_without_email_then_email_arrives(self, scim: Scim) -> None:
        body = {"schemas": [CORE], "userName": "jdoe", "name": {"givenName": "Jane",
                                                                 "familyName": "Doe"}}
        response = await scim.request("POST", "/Users", body)
        assert response.status_code == 201, response.text
        created = response.json()
        assert "emails" not in created
        assert created["userName"] == "jdoe"
        other = await scim.request("POST", "/Users", {"schemas": [CORE], "userName": "jsmith"})
        assert other.status_code == 201, other.text
        assert (await scim.request("GET", "/Users", filter='emails pr')).json()[
            "totalResults"] == 1  # the admin only
        patched = await scim.request("PATCH", f"/Users/{created['id']}", {
            "schemas": [PATCH_OP], "Operations": [{"op": "add", "path": "emails", "value": [
                {"value": "jane.doe@acme-corp.com", "type": "work", "primary": True}]}]})
        assert patched.status_code == 200, patched.text
        assert patched.json()["emails"][0]["value"] == "jane.doe@acme-corp.com"


class TestManagers:
    async def test_cycle_through_pending_reference_is_refused(self, scim: Scim) -> None:
        a = await scim.create("a@acme-corp.com", external_id="A", manager={"value": "B"})
        assert a[ENTERPRISE]["manager"]["value"] == "B"  # pending
        response = await scim.request("POST", "/Users", user_body(
            "b@acme-corp.com", external_id="B", manager={"value": a["id"]}))
        scim_error(response, 400, "invalidValue")
        assert "cycle" in response.json()["detail"]
        still = (await scim.request("GET", f"/Users/{a['id']}")).json()
        assert still[ENTERPRISE]["manager"]["value"] == "B"

    async def test_manager_display_name_without_trailing_space(self, scim: Scim) -> None:
        boss = await scim.request("POST", "/Users", {
            "schemas": [CORE], "userName": "cher@acme-corp.com", "name": {"givenName": "Cher"}})
        assert boss.status_code == 201, boss.text
        report = await scim.create("fan@acme-corp.com", manager={"value": boss.json()["id"]})
        assert report[ENTERPRISE]["manager"]["displayName"] == "Cher"
