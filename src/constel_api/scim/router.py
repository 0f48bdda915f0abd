"""The SCIM 2.0 endpoints (RFC 7644) under ``/scim/v2``.

Bodies are read by hand (``application/scim+json`` is not JSON to FastAPI) and every error is
a SCIM Error (see ``ScimRoute``; ``ScimErrorMiddleware`` covers what is answered before a
route runs). SCIM is self-describing through ``/Schemas`` and ``/ResourceTypes``, so these
routes stay out of the OpenAPI document.

Versions: ``meta.version`` (and the ``ETag`` header) is a hash of the representation;
``If-Match`` on PUT, PATCH and DELETE is checked under the resource's row lock, so a client
that sends it never overwrites a change it has not seen (412 otherwise).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from scim2_models import Context, Group
from starlette.responses import Response

from constel_api.db import SessionDep
from constel_api.gdpr.erasure import erase_person
from constel_api.models import Person
from constel_api.scim import discovery, groups, trail, users
from constel_api.scim.auth import ScimClient
from constel_api.scim.errors import ScimError, ScimRoute, scim_response
from constel_api.scim.mapping import ScimUser, UserView, dump_user, to_scim_user, user_body
from constel_api.scim.protocol import (
    base_url,
    check_if_match,
    not_modified,
    paging,
    read_body,
    read_search,
    response_parameters,
)

router = APIRouter(prefix="/scim/v2", tags=["scim"], route_class=ScimRoute,
                   include_in_schema=False)

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
    request: Request, view: UserView, status: int = 200,
    context: Context = Context.RESOURCE_QUERY_RESPONSE,
) -> Response:
    """The representation as built from the columns; scim2-models filters it only when
    ``attributes``/``excludedAttributes`` ask (it would serve the same body otherwise)."""
    base = base_url(request)
    body = user_body(view, base)
    etag = str(body["meta"]["version"])
    params = response_parameters(request, ScimUser)
    if params is not None:
        body = dump_user(to_scim_user(view, base), context, params)
    headers = {"ETag": etag}
    if status == 201:
        headers["Location"] = f"{base}/Users/{view.person.id}"
    elif request.method == "GET" and (unchanged := not_modified(request, etag)) is not None:
        return unchanged
    return scim_response(body, status, headers)


async def _locked_user(request: Request, session: SessionDep, client: ScimClient,
                       user_id: str) -> UserView:
    """The user's row locked for this transaction, after the If-Match check."""
    view = await users.get_view(session, client.organisation_id, user_id, lock=True)
    if request.headers.get("if-match"):
        check_if_match(request, users.current_version(view, base_url(request)))
    return view


async def _search_users(request: Request, session: SessionDep, client: ScimClient,
                        filter_expr: str | None, start_index: int, count: int,
                        params: Any) -> Response:
    views, total = await users.list_users(
        session, client.organisation_id, filter_expr, start_index, count
    )
    base = base_url(request)
    resources = [
        dump_user(users.render(v, base), Context.SEARCH_RESPONSE, params) if params is not None
        else user_body(v, base)
        for v in views
    ]
    return scim_response(discovery.list_body(resources, total, start_index))


@router.get("/Users")
async def list_users(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """Users of the token's organisation, filtered and paged (stable order: creation)."""
    start_index, count = paging(request)
    return await _search_users(request, session, client, request.query_params.get("filter"),
                               start_index, count, response_parameters(request, ScimUser))


@router.post("/Users/.search")
async def search_users(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """The same search as GET /Users, its parameters in a SearchRequest body."""
    search = read_search(await read_body(request))
    return await _search_users(request, session, client, search.filter, search.start_index,
                               search.count, search.params(ScimUser))


@router.post("/Users")
async def create_user(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """Provision a person."""
    user = users.parse_user(await read_body(request), base_url(request),
                            Context.RESOURCE_CREATION_REQUEST)
    view = await users.create_user(session, client, user)
    return await _user_response(request, view, 201, Context.RESOURCE_CREATION_RESPONSE)


@router.get("/Users/{user_id}")
async def get_user(
    user_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """One user (deactivated users included; de-provisioned and erased ones are gone)."""
    view = await users.get_view(session, client.organisation_id, user_id)
    return await _user_response(request, view)


@router.put("/Users/{user_id}")
async def replace_user(
    user_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Replace a user (Okta sends back what GET returned, with its changes)."""
    view = await _locked_user(request, session, client, user_id)
    user = users.parse_user(await read_body(request), base_url(request),
                            Context.RESOURCE_REPLACEMENT_REQUEST)
    view = await users.replace_user(session, client, view, user, "scim.user_replaced")
    return await _user_response(request, view, 200, Context.RESOURCE_REPLACEMENT_RESPONSE)


@router.patch("/Users/{user_id}")
async def patch_user(
    user_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Apply PATCH operations (Entra ID and Okta dialects accepted)."""
    view = await _locked_user(request, session, client, user_id)
    user = users.apply_patch(view, await read_body(request), base_url(request))
    view = await users.replace_user(session, client, view, user, "scim.user_patched")
    return await _user_response(request, view, 200, Context.RESOURCE_PATCH_RESPONSE)


@router.delete("/Users/{user_id}", status_code=204)
async def delete_user(
    user_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """De-provision: the person is erased (pseudonymised); their userName can come back."""
    view = await _locked_user(request, session, client, user_id)
    person = await session.get(Person, view.person.id)
    if person is None:
        raise ScimError(404, f"User {user_id} not found.")
    counts = await erase_person(session, person)
    await trail.record(session, client, "scim.user_deleted", "person", person.id, counts)
    return Response(status_code=204)


# Groups -----------------------------------------------------------------------------------


async def _group_response(
    request: Request, session: SessionDep, client: ScimClient, group: Any, status: int = 200,
    context: Context = Context.RESOURCE_QUERY_RESPONSE,
) -> Response:
    base = base_url(request)
    members = await groups.members_of(session, client.organisation_id, [group.id])
    scim_group = groups.to_scim_group(group, members[group.id], base)
    etag = str(scim_group.meta.version) if scim_group.meta else ""
    body = scim_group.model_dump(scim_ctx=context,
                                 response_parameters=response_parameters(request, Group))
    headers = {"ETag": etag}
    if status == 201:
        headers["Location"] = groups.group_ref(base, group.id)
    elif request.method == "GET" and (unchanged := not_modified(request, etag)) is not None:
        return unchanged
    return scim_response(body, status, headers)


async def _locked_group(request: Request, session: SessionDep, client: ScimClient,
                        group_id: str) -> Any:
    group = await groups.get_group(session, client.organisation_id, group_id, lock=True)
    if request.headers.get("if-match"):
        members = await groups.members_of(session, client.organisation_id, [group.id])
        body = groups.group_body(group, members[group.id], base_url(request))
        check_if_match(request, str(body["meta"]["version"]))
    return group


async def _search_groups(request: Request, session: SessionDep, client: ScimClient,
                         filter_expr: str | None, start_index: int, count: int,
                         params: Any) -> Response:
    found, total = await groups.list_groups(
        session, client.organisation_id, filter_expr, start_index, count
    )
    members = await groups.members_of(session, client.organisation_id, [g.id for g in found])
    base = base_url(request)
    resources = [
        groups.to_scim_group(g, members[g.id], base).model_dump(
            scim_ctx=Context.SEARCH_RESPONSE, response_parameters=params)
        for g in found
    ]
    return scim_response(discovery.list_body(resources, total, start_index))


@router.get("/Groups")
async def list_groups(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """Groups, filtered (``members eq "<id>"`` included) and paged."""
    start_index, count = paging(request)
    return await _search_groups(request, session, client, request.query_params.get("filter"),
                                start_index, count, response_parameters(request, Group))


@router.post("/Groups/.search")
async def search_groups(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """The same search as GET /Groups, its parameters in a SearchRequest body."""
    search = read_search(await read_body(request))
    return await _search_groups(request, session, client, search.filter, search.start_index,
                                search.count, search.params(Group))


@router.post("/Groups")
async def create_group(request: Request, session: SessionDep, client: ScimClient) -> Response:
    """Create a group, with its members."""
    group = groups.parse_group(await read_body(request), Context.RESOURCE_CREATION_REQUEST)
    stored = await groups.write_group(session, client.organisation_id, None, group)
    await trail.record(session, client, "scim.group_created", "scim_group", stored.id)
    return await _group_response(request, session, client, stored, 201,
                                 Context.RESOURCE_CREATION_RESPONSE)


@router.get("/Groups/{group_id}")
async def get_group(
    group_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """One group and its members."""
    group = await groups.get_group(session, client.organisation_id, group_id)
    return await _group_response(request, session, client, group)


@router.put("/Groups/{group_id}")
async def replace_group(
    group_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Replace a group's name, externalId and members."""
    stored = await _locked_group(request, session, client, group_id)
    group = groups.parse_group(await read_body(request), Context.RESOURCE_REPLACEMENT_REQUEST)
    stored = await groups.write_group(session, client.organisation_id, stored, group)
    await trail.record(session, client, "scim.group_replaced", "scim_group", stored.id)
    return await _group_response(request, session, client, stored, 200,
                                 Context.RESOURCE_REPLACEMENT_RESPONSE)


@router.patch("/Groups/{group_id}")
async def patch_group(
    group_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Rename a group or add/remove members."""
    stored = await _locked_group(request, session, client, group_id)
    stored = await groups.patch_group(session, client.organisation_id, stored,
                                      await read_body(request), base_url(request))
    await trail.record(session, client, "scim.group_patched", "scim_group", stored.id)
    return await _group_response(request, session, client, stored, 200,
                                 Context.RESOURCE_PATCH_RESPONSE)


@router.delete("/Groups/{group_id}", status_code=204)
async def delete_group(
    group_id: str, request: Request, session: SessionDep, client: ScimClient
) -> Response:
    """Delete a group; its people are untouched."""
    stored = await _locked_group(request, session, client, group_id)
    group_uuid = stored.id
    await groups.delete_group(session, stored)
    await trail.record(session, client, "scim.group_deleted", "scim_group", group_uuid)
    return Response(status_code=204)


# What this service provider does not offer ------------------------------------------------


@router.api_route("/Bulk", methods=["POST"])
async def bulk(client: ScimClient) -> Response:
    """Bulk is not supported (ServiceProviderConfig says so): 501, RFC 7644 §3.7."""
    raise ScimError(501, "Bulk operations are not supported; send one request per resource.")


@router.api_route("/Me", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def me(client: ScimClient) -> Response:
    """A machine client is no user: /Me is not implemented (RFC 7644 §3.11)."""
    raise ScimError(501, "/Me is not supported: this token belongs to a machine client.")


@router.post("/.search")
async def root_search(client: ScimClient) -> Response:
    """Searching across resource types is not implemented; /Users/.search and
    /Groups/.search are."""
    raise ScimError(501, "Search across resource types is not supported; use /Users/.search "
                    "or /Groups/.search.")


@router.api_route("/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
async def unknown(path: str) -> Response:
    """Anything else under /scim/v2 is a SCIM 404, not an HTML or problem+json one."""
    raise ScimError(404, f"No SCIM endpoint at /{path}.")
