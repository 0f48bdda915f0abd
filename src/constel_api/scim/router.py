"""The SCIM 2.0 endpoints (RFC 7644) under ``/scim/v2``.

Bodies are read by hand (``application/scim+json`` is not JSON to FastAPI) and every error is
a SCIM Error (see ``ScimRoute``). SCIM is self-describing through ``/Schemas`` and
``/ResourceTypes``, so these routes stay out of the OpenAPI document.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from pydantic import ValidationError
from scim2_models import Context, Group, ResponseParameters, SCIMException
from starlette.responses import Response

from constel_api.audit.service import record_audit
from constel_api.core.schemas import contains_nul
from constel_api.db import SessionDep
from constel_api.scim import discovery, groups, users
from constel_api.scim.auth import ScimClient
from constel_api.scim.errors import ScimError, ScimRoute, scim_response
from constel_api.scim.mapping import ScimUser, dump_user

router = APIRouter(prefix="/scim/v2", tags=["scim"], route_class=ScimRoute,
                   include_in_schema=False)

DEFAULT_COUNT = 100


def base_url(request: Request) -> str:
    return f"{str(request.base_url).rstrip('/')}/scim/v2"


MAX_DEPTH = 32  # SCIM resources nest 4 levels; deeper bodies are refused before any use
MAX_INDEX = 2**31 - 1


def _depth(data: Any) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > MAX_DEPTH:
                break
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


async def read_body(request: Request) -> Any:
    raw = await request.body()
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ScimError(400, "The body is not valid JSON.", "invalidSyntax") from exc
    if _depth(data) > MAX_DEPTH:
        raise ScimError(400, f"The body nests deeper than {MAX_DEPTH} levels.", "invalidSyntax")
    if contains_nul(data):
        # PostgreSQL text cannot hold U+0000; refuse it here rather than fail at the database.
        raise ScimError(400, "Values must not contain the NUL character.", "invalidValue")
    return data


def paging(request: Request) -> tuple[int, int]:
    def integer(name: str, default: int) -> int:
        raw = request.query_params.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError as exc:
            raise ScimError(400, f"'{name}' must be an integer.", "invalidValue") from exc
        if value > MAX_INDEX:
            raise ScimError(400, f"'{name}' must be at most {MAX_INDEX}.", "invalidValue")
        return value

    start_index = max(1, integer("startIndex", 1))
    count = min(max(0, integer("count", DEFAULT_COUNT)), discovery.MAX_RESULTS)
    return start_index, count


def response_parameters(request: Request, model: Any) -> Any:
    attributes = request.query_params.get("attributes")
    excluded = request.query_params.get("excludedAttributes")
    if not attributes and not excluded:
        return None
    try:
        return ResponseParameters[model](attributes=attributes, excluded_attributes=excluded)
    except (ValidationError, SCIMException, ValueError) as exc:
        raise ScimError(400, "Invalid attributes or excludedAttributes.", "invalidPath") from exc


# Discovery --------------------------------------------------------------------------------


@router.get("/ServiceProviderConfig")
async def get_service_provider_config(request: Request, client: ScimClient) -> Response:
    """What this service provider supports."""
    return scim_response(discovery.service_provider_config(base_url(request)))


@router.get("/ResourceTypes")
async def list_resource_types(request: Request, client: ScimClient) -> Response:
    """User (with the enterprise extension) and Group."""
    types = discovery.resource_types(base_url(request))
    return scim_response(discovery.list_body(types, len(types), 1))


@router.get("/ResourceTypes/{name}")
async def get_resource_type(name: str, request: Request, client: ScimClient) -> Response:
    """One resource type."""
    for item in discovery.resource_types(base_url(request)):
        if item["id"] == name:
            return scim_response(item)
    raise ScimError(404, f"Resource type {name} not found.")


@router.get("/Schemas")
async def list_schemas(request: Request, client: ScimClient) -> Response:
    """The User, EnterpriseUser and Group schemas."""
    items = discovery.schemas(base_url(request))
    return scim_response(discovery.list_body(items, len(items), 1))


@router.get("/Schemas/{schema_id}")
async def get_schema(schema_id: str, request: Request, client: ScimClient) -> Response:
    """One schema by URN."""
    for item in discovery.schemas(base_url(request)):
        if item["id"] == schema_id:
            return scim_response(item)
    raise ScimError(404, f"Schema {schema_id} not found.")


# Users ------------------------------------------------------------------------------------


async def _user_response(
    request: Request, session: SessionDep, client: ScimClient, person: Any, status: int = 200,
    context: Context = Context.RESOURCE_QUERY_RESPONSE,
) -> Response:
    base = base_url(request)
    user = users.render(await users.view(session, client.organisation_id, person), base)
    body = dump_user(user, context, response_parameters(request, ScimUser))
    headers = {"Location": f"{base}/Users/{person.id}"} if status == 201 else None
    return scim_response(body, status, headers)


@router.get("/Users")
async def list_users(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """Users of the token's organisation, filtered and paged (stable order: creation)."""
    start_index, count = paging(request)
    params = response_parameters(request, ScimUser)
    views, total = await users.list_users(
        session, client.organisation_id, request.query_params.get("filter"), start_index, count
    )
    base = base_url(request)
    resources = [
        dump_user(users.render(v, base), Context.SEARCH_RESPONSE, params) for v in views
    ]
    return scim_response(discovery.list_body(resources, total, start_index))


@router.post("/Users")
async def create_user(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """Provision a person."""
    user = users.parse_user(await read_body(request), base_url(request),
                            Context.RESOURCE_CREATION_REQUEST)
    person = await users.write_user(session, client.organisation_id, None, user)
    await record_audit(session, client.client, "scim.user_created", "person", person.id, {})
    return await _user_response(request, session, client, person, 201,
                                Context.RESOURCE_CREATION_RESPONSE)


@router.get("/Users/{user_id}")
async def get_user(
    user_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """One user (deactivated users included)."""
    person = await users.get_person(session, client.organisation_id, user_id)
    return await _user_response(request, session, client, person)


@router.put("/Users/{user_id}")
async def replace_user(
    user_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Replace a user (Okta sends back what GET returned, with its changes)."""
    person = await users.get_person(session, client.organisation_id, user_id)
    user = users.parse_user(await read_body(request), base_url(request),
                            Context.RESOURCE_REPLACEMENT_REQUEST)
    person = await users.write_user(session, client.organisation_id, person, user)
    await record_audit(session, client.client, "scim.user_replaced", "person", person.id, {})
    return await _user_response(request, session, client, person, 200,
                                Context.RESOURCE_REPLACEMENT_RESPONSE)


@router.patch("/Users/{user_id}")
async def patch_user(
    user_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Apply PATCH operations (Entra ID and Okta dialects accepted)."""
    person = await users.get_person(session, client.organisation_id, user_id)
    person = await users.patch_user(session, client.organisation_id, person,
                                    await read_body(request), base_url(request))
    await record_audit(session, client.client, "scim.user_patched", "person", person.id, {})
    return await _user_response(request, session, client, person, 200,
                                Context.RESOURCE_PATCH_RESPONSE)


@router.delete("/Users/{user_id}", status_code=204)
async def delete_user(
    user_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Deactivate the person: history is kept, access ends at once."""
    person = await users.get_person(session, client.organisation_id, user_id)
    await users.delete_user(session, client.organisation_id, person)
    await record_audit(session, client.client, "scim.user_deactivated", "person", person.id, {})
    return Response(status_code=204)


# Groups -----------------------------------------------------------------------------------


async def _group_response(
    request: Request, session: SessionDep, client: ScimClient, unit: Any, status: int = 200,
    context: Context = Context.RESOURCE_QUERY_RESPONSE,
) -> Response:
    base = base_url(request)
    members = await groups.members_of(session, client.organisation_id, [unit.id])
    group = groups.to_scim_group(unit, members[unit.id], base)
    body = group.model_dump(scim_ctx=context,
                            response_parameters=response_parameters(request, Group))
    headers = {"Location": groups.group_ref(base, unit.id)} if status == 201 else None
    return scim_response(body, status, headers)


@router.get("/Groups")
async def list_groups(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """Organisational units as groups, filtered and paged."""
    start_index, count = paging(request)
    params = response_parameters(request, Group)
    units, total = await groups.list_groups(
        session, client.organisation_id, request.query_params.get("filter"), start_index, count
    )
    members = await groups.members_of(session, client.organisation_id, [u.id for u in units])
    base = base_url(request)
    resources = [
        groups.to_scim_group(u, members[u.id], base).model_dump(
            scim_ctx=Context.SEARCH_RESPONSE, response_parameters=params)
        for u in units
    ]
    return scim_response(discovery.list_body(resources, total, start_index))


@router.post("/Groups")
async def create_group(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """Create an organisational unit, with its members."""
    group = groups.parse_group(await read_body(request), Context.RESOURCE_CREATION_REQUEST)
    unit = await groups.write_group(session, client.organisation_id, None, group)
    await record_audit(session, client.client, "scim.group_created", "org_unit", unit.id, {})
    return await _group_response(request, session, client, unit, 201,
                                 Context.RESOURCE_CREATION_RESPONSE)


@router.get("/Groups/{group_id}")
async def get_group(
    group_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """One organisational unit and its members."""
    unit = await groups.get_unit(session, client.organisation_id, group_id)
    return await _group_response(request, session, client, unit)


@router.put("/Groups/{group_id}")
async def replace_group(
    group_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Replace a unit's name, externalId and members."""
    unit = await groups.get_unit(session, client.organisation_id, group_id)
    group = groups.parse_group(await read_body(request), Context.RESOURCE_REPLACEMENT_REQUEST)
    unit = await groups.write_group(session, client.organisation_id, unit, group)
    await record_audit(session, client.client, "scim.group_replaced", "org_unit", unit.id, {})
    return await _group_response(request, session, client, unit, 200,
                                 Context.RESOURCE_REPLACEMENT_RESPONSE)


@router.patch("/Groups/{group_id}")
async def patch_group(
    group_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Rename a unit or add/remove members."""
    unit = await groups.get_unit(session, client.organisation_id, group_id)
    unit = await groups.patch_group(session, client.organisation_id, unit,
                                    await read_body(request), base_url(request))
    await record_audit(session, client.client, "scim.group_patched", "org_unit", unit.id, {})
    return await _group_response(request, session, client, unit, 200,
                                 Context.RESOURCE_PATCH_RESPONSE)


@router.delete("/Groups/{group_id}", status_code=204)
async def delete_group(
    group_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Delete a unit; its people stay, without a unit."""
    unit = await groups.get_unit(session, client.organisation_id, group_id)
    unit_id = unit.id
    await groups.delete_group(session, unit)
    await record_audit(session, client.client, "scim.group_deleted", "org_unit", unit_id, {})
    return Response(status_code=204)
