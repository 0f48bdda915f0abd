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

from constel_api.scim.limits import DEFAULT_MAX, ENTERPRISE, GROUP_LIMITS, USER_LIMITS
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
        etag=ETag(supported=True),
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


def _declare_limits(attributes: list[dict[str, Any]], limits: dict[str, int],
                    prefix: str) -> None:
    """RFC 7643 has no maxLength characteristic: each string says its limit in words."""
    for attribute in attributes:
        path = f"{prefix}{attribute['name']}"
        if attribute.get("type") in {"string", "reference", "binary"} \
                and not attribute["name"].startswith("$"):
            limit = limits.get(path, DEFAULT_MAX)
            text = (attribute.get("description") or "").rstrip()
            attribute["description"] = f"{text} At most {limit} characters.".strip()
        if attribute.get("subAttributes"):
            _declare_limits(attribute["subAttributes"], limits, f"{path}.")


def schemas(base_url: str) -> list[dict[str, Any]]:
    """What we store and serve; ``password`` is left out because it is refused."""
    result = []
    for model, limits, prefix in ((User, USER_LIMITS, ""),
                                  (EnterpriseUser, USER_LIMITS, f"{ENTERPRISE}:"),
                                  (Group, GROUP_LIMITS, "")):
        schema: Schema = model.to_schema()
        schema.meta = Meta(resource_type="Schema", location=f"{base_url}/Schemas/{schema.id}")
        dumped: dict[str, Any] = schema.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE)
        dumped["attributes"] = [a for a in dumped["attributes"] if a["name"] != "password"]
        _declare_limits(dumped["attributes"], limits, prefix)
        result.append(dumped)
    return result


def list_body(resources: list[dict[str, Any]], total: int, start_index: int) -> dict[str, Any]:
    return {
        "schemas": [LIST_RESPONSE],
        "totalResults": total,
        "startIndex": start_index,
        "itemsPerPage": len(resources),
        "Resources": resources,
    }
