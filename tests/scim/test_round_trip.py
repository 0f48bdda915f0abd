"""What /Schemas declares writable is stored and read back as written; every string
attribute has a declared limit, enforced as a 400 invalidValue (a property test sends
random lengths and Unicode to each)."""

from __future__ import annotations

import asyncio
import base64
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.scim.conftest import CORE, ENTERPRISE, Scim

WRITABLE = {"readWrite", "immutable", "writeOnly"}


async def schema_attributes(scim: Scim) -> dict[str, list[dict[str, Any]]]:
    body = (await scim.request("GET", "/Schemas")).json()
    return {s["id"]: s["attributes"] for s in body["Resources"]}


def sample(attribute: dict[str, Any], tag: str) -> Any:
    """A valid value for one attribute (sub-attributes recursively)."""
    kind = attribute["type"]
    name = attribute["name"]
    if kind == "complex":
        value = {sub["name"]: sample(sub, f"{tag}-{sub['name']}")
                 for sub in attribute.get("subAttributes", [])
                 if sub["mutability"] in WRITABLE and not sub["name"].startswith("$")}
        return [value] if attribute.get("multiValued") else value
    if kind == "boolean":
        value_bool: Any = True
        return [value_bool] if attribute.get("multiValued") else value_bool
    if attribute.get("canonicalValues"):
        text = attribute["canonicalValues"][0]
    elif kind == "reference":
        text = f"https://example.com/{tag}"
    elif kind == "binary":
        text = base64.b64encode(tag.encode()).decode()
    elif name == "value" and "emails" in tag:
        text = f"{tag.lower()}@acme-corp.com"
    else:
        text = f"V{tag}é€"
    return [text] if attribute.get("multiValued") else text


def leaves(value: Any, path: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    if isinstance(value, dict):
        for key, child in value.items():
            found.update(leaves(child, f"{path}.{key}" if path else key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.update(leaves(child, f"{path}[{index}]"))
    else:
        found[path] = value
    return found


class TestRoundTrip:
    async def test_every_writable_attribute(self, scim: Scim) -> None:
        boss = await scim.create("boss@acme-corp.com")
        schemas = await schema_attributes(scim)
        body: dict[str, Any] = {"schemas": [CORE, ENTERPRISE]}
        for attribute in schemas[CORE]:
            if attribute["mutability"] in WRITABLE and attribute["name"] != "id":
                body[attribute["name"]] = sample(attribute, attribute["name"])
        body["userName"] = "Round.Trip@acme-corp.com"
        body["emails"][0]["primary"] = True
        extension: dict[str, Any] = {}
        for attribute in schemas[ENTERPRISE]:
            if attribute["mutability"] in WRITABLE:
                extension[attribute["name"]] = sample(attribute, attribute["name"])
        extension["manager"] = {"value": boss["id"]}
        body[ENTERPRISE] = extension
        assert "password" not in body  # refused, so not published as writable

        created = await scim.request("POST", "/Users", body)
        assert created.status_code == 201, created.text
        read = (await scim.request("GET", f"/Users/{created.json()['id']}")).json()
        written = leaves(body)
        assert len(written) >= 60  # every writable leaf of the core and enterprise schemas
        got = leaves(read)
        missing = {k: v for k, v in written.items() if got.get(k) != v}
        assert missing == {}, {k: (v, got.get(k)) for k, v in missing.items()}
        declared = {a["name"] for a in schemas[CORE] if a["mutability"] in WRITABLE}
        assert {"nickName", "phoneNumbers", "locale", "preferredLanguage", "roles",
                "addresses", "x509Certificates", "entitlements"} <= declared

        # PUT the same representation back (Okta): still identical.
        replaced = await scim.request("PUT", f"/Users/{read['id']}", read)
        assert replaced.status_code == 200, replaced.text
        again = leaves((await scim.request("GET", f"/Users/{read['id']}")).json())
        assert {k: again.get(k) for k in written} == written

    async def test_every_string_attribute_declares_a_limit(self, scim: Scim) -> None:
        schemas = await schema_attributes(scim)

        def walk(attributes: list[dict[str, Any]]) -> None:
            for attribute in attributes:
                if attribute["type"] in {"string", "reference", "binary"} \
                        and not attribute["name"].startswith("$"):
                    assert re.search(r"At most \d+ characters\.$",
                                     attribute.get("description", "")), attribute["name"]
                walk(attribute.get("subAttributes", []))

        for attributes in schemas.values():
            walk(attributes)


def _string_paths(attributes: list[dict[str, Any]], prefix: str = "") -> list[tuple[str, int]]:
    paths: list[tuple[str, int]] = []
    for attribute in attributes:
        if attribute["mutability"] not in WRITABLE:
            continue
        path = f"{prefix}{attribute['name']}"
        if attribute["type"] == "complex":
            paths += _string_paths(attribute.get("subAttributes", []), f"{path}.")
        elif attribute["type"] == "string" and not attribute.get("canonicalValues"):
            limit = int(re.findall(r"At most (\d+) characters", attribute["description"])[0])
            paths.append((path, limit))
    return paths


def _body_with(path: str, value: str) -> dict[str, Any]:
    body: dict[str, Any] = {"schemas": [CORE, ENTERPRISE], "userName": "prop@acme-corp.com"}
    urn, _, rest = path.rpartition(":") if path.startswith("urn:") else ("", "", path)
    target = body.setdefault(urn, {}) if urn else body
    parts = rest.split(".")
    multi = {"emails", "phoneNumbers", "ims", "photos", "addresses", "entitlements", "roles",
             "x509Certificates"}
    for part in parts[:-1]:
        if part in multi:
            target[part] = [{}]
            target = target[part][0]
        else:
            target = target.setdefault(part, {})
    target[parts[-1]] = value
    return body


class TestLimitsProperty:
    @pytest.mark.parametrize("where", ["core", "enterprise"])
    async def test_random_lengths_and_unicode(self, scim: Scim, where: str) -> None:
        schemas = await schema_attributes(scim)
        paths = (_string_paths(schemas[CORE]) if where == "core"
                 else _string_paths(schemas[ENTERPRISE], f"{ENTERPRISE}:"))
        user = await scim.create("prop@acme-corp.com")
        user_id = user["id"]
        outcomes: dict[str, set[int]] = {}

        @settings(max_examples=60, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(st.sampled_from(paths), st.integers(min_value=0, max_value=1200),
               st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8))
        def run(choice: tuple[str, int], length: int, alphabet: str) -> None:
            path, limit = choice
            value = (alphabet * (length // len(alphabet) + 1))[:length]
            body = _body_with(path, value)
            response = loop_run(scim.request("PUT", f"/Users/{user_id}", body))
            outcomes.setdefault(path, set()).add(response.status_code)
            assert response.status_code in {200, 400}, (path, length, response.text)
            assert response.headers["content-type"].startswith("application/scim+json")
            if len(value) > limit:
                assert response.status_code == 400, (path, length)
                assert response.json()["scimType"] == "invalidValue"

        loop = asyncio.get_running_loop()

        def loop_run(coro: Any) -> Any:
            return asyncio.run_coroutine_threadsafe(coro, loop).result()

        await asyncio.to_thread(run)
        assert {200, 400} <= set().union(*outcomes.values())
