"""ServiceProviderConfig, ResourceTypes and Schemas, built from the scim2-models models."""

from __future__ import annotations

from typing import Any

from scim2_models import (
    AuthenticationScheme,
    Bulk,
    ChangePassword,
    Context,
    EnterpriseUser,
    ETag,
    Filter,
    Group,
    Meta,
    Patch,
    ResourceType,
    Schema,
    ServiceProviderConfig,
    Sort,
    User,
)

from constel_api.scim.mapping import ScimUser

MAX_RESULTS = 200
LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse"


def service_provider_config(base_url: str) -> dict[str, Any]:
    config = ServiceProviderConfig(
        documentation_uri=None,
        patch=Patch(supported=True),
        bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=MAX_RESULTS),
        change_password=ChangePassword(supported=False),
        sort=Sort(supported=False),
        etag=ETag(supported=False),
        authentication_schemes=[
            AuthenticationScheme(
                type="oauthbearertoken",
                name="Machine client token",
                description="A Constel machine-client token holding the 'scim' scope.",
                primary=True,
            )
        ],
        meta=Meta(resource_type="ServiceProviderConfig",
                  location=f"{base_url}/ServiceProviderConfig"),
    )
    dumped: dict[str, Any] = config.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
    return dumped


def resource_types(base_url: str) -> list[dict[str, Any]]:
    types = []
    for model in (ScimUser, Group):
        resource_type = ResourceType.from_resource(model)
        resource_type.meta = Meta(resource_type="ResourceType",
                                  location=f"{base_url}/ResourceTypes/{resource_type.id}")
        types.append(resource_type.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))
    return types


def schemas(base_url: str) -> list[dict[str, Any]]:
    result = []
    for model in (User, EnterpriseUser, Group):
        schema: Schema = model.to_schema()
        schema.meta = Meta(resource_type="Schema", location=f"{base_url}/Schemas/{schema.id}")
        result.append(schema.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE))
    return result


def list_body(resources: list[dict[str, Any]], total: int, start_index: int) -> dict[str, Any]:
    return {
        "schemas": [LIST_RESPONSE],
        "totalResults": total,
        "startIndex": start_index,
        "itemsPerPage": len(resources),
        "Resources": resources,
    }
