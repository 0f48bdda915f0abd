"""Users are served from the columns without a pass through scim2-models (it cost more than
the database work of a request); this proves the body is the one scim2-models would serve,
for a user holding every writable attribute, a manager, a department and groups."""

from __future__ import annotations

from typing import Any

from scim2_models import Context
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.scim import users
from constel_api.scim.mapping import dump_user, to_scim_user, user_body
from tests.scim.conftest import CORE, ENTERPRISE, Scim
from tests.scim.test_round_trip import WRITABLE, sample, schema_attributes

BASE = "https://testserver/scim/v2"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


async def _rich_user(scim: Scim) -> dict[str, Any]:
    boss = await scim.create("boss@acme-corp.com", department="Direction")
    schemas = await schema_attributes(scim)
    body: dict[str, Any] = {"schemas": [CORE, ENTERPRISE]}
    for attribute in schemas[CORE]:
        if attribute["mutability"] in WRITABLE and attribute["name"] != "id":
            body[attribute["name"]] = sample(attribute, attribute["name"])
    body["userName"] = "Rich.User@acme-corp.com"
    body["emails"][0]["primary"] = True
    extension = {a["name"]: sample(a, a["name"]) for a in schemas[ENTERPRISE]
                 if a["mutability"] in WRITABLE}
    extension["manager"] = {"value": boss["id"]}
    body[ENTERPRISE] = extension
    created = await scim.request("POST", "/Users", body)
    assert created.status_code == 201, created.text
    user: dict[str, Any] = created.json()
    for name in ("Everyone", "Lyon"):
        group = await scim.request("POST", "/Groups", {
            "schemas": [GROUP], "displayName": name, "members": [{"value": user["id"]}]})
        assert group.status_code == 201, group.text
    return user


async def test_served_body_is_what_scim2_models_serves(scim: Scim,
                                                      session: AsyncSession) -> None:
    user = await _rich_user(scim)
    view = await users.get_view(session, scim.org_id, user["id"])
    served = user_body(view, BASE)
    assert sorted(g["display"] for g in served["groups"]) == ["Everyone", "Lyon"]
    assert served[ENTERPRISE]["manager"]["displayName"]
    for context in (Context.RESOURCE_QUERY_RESPONSE, Context.RESOURCE_CREATION_RESPONSE,
                    Context.RESOURCE_PATCH_RESPONSE, Context.SEARCH_RESPONSE):
        assert served == dump_user(to_scim_user(view, BASE), context), context


async def test_responses_match_the_stored_user(scim: Scim, session: AsyncSession) -> None:
    """What a create answers (built from what was written, not read back) is what a GET
    serves, ETag included."""
    body = {"schemas": [CORE, ENTERPRISE], "userName": "ada@acme-corp.com",
            "name": {"givenName": "Ada", "familyName": "Lovelace"},
            "phoneNumbers": [{"value": "+33 1 00 00 00 00", "type": "work"}],
            ENTERPRISE: {"department": "Recherche", "manager": {"value": "E-later"}}}
    created = await scim.request("POST", "/Users", body)
    assert created.status_code == 201, created.text
    read = await scim.request("GET", f"/Users/{created.json()['id']}")
    assert read.json() == created.json()
    assert read.headers["etag"] == created.headers["etag"]
    patched = await scim.request("PATCH", f"/Users/{created.json()['id']}", {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "title", "value": "Chercheuse"}]})
    assert patched.status_code == 200, patched.text
    again = await scim.request("GET", f"/Users/{created.json()['id']}")
    assert again.json() == patched.json()
    assert again.headers["etag"] == patched.headers["etag"]
