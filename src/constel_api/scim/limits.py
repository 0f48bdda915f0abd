"""Length limits of SCIM string attributes, checked before anything reaches the database.

One table per resource, keyed by the attribute's path as SCIM writes it (``name.givenName``,
``emails.value``, ``<extension URN>:department``); attributes not listed get
``DEFAULT_MAX``. A value over its limit is a 400 ``invalidValue`` naming the attribute.
"""

from __future__ import annotations

from typing import Any

from scim2_models import EnterpriseUser

from constel_api.scim.errors import ScimError

ENTERPRISE = str(EnterpriseUser.__schema__)
DEFAULT_MAX = 1024

USER_LIMITS: dict[str, int] = {
    "userName": 320,
    "externalId": 200,
    "displayName": 256,
    "title": 200,
    "name.givenName": 200,
    "name.familyName": 200,
    "emails.value": 320,
    "addresses.locality": 200,
    "x509Certificates.value": 16384,  # base64 DER
    f"{ENTERPRISE}:employeeNumber": 100,
    f"{ENTERPRISE}:department": 200,
    f"{ENTERPRISE}:division": 200,
    f"{ENTERPRISE}:organization": 200,
    f"{ENTERPRISE}:costCenter": 200,
    f"{ENTERPRISE}:manager.value": 200,
}

GROUP_LIMITS: dict[str, int] = {
    "displayName": 256,
    "externalId": 200,
}


def _leaves(value: Any) -> list[tuple[str, str]]:
    """Every string leaf with its attribute path (list items share their attribute's path)."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str, str]] = [(value, "", "")]  # (value, extension URN, dotted)
    while stack:
        item, urn, dotted = stack.pop()
        if isinstance(item, str):
            found.append((f"{urn}:{dotted}" if urn else dotted, item))
        elif isinstance(item, dict):
            for key, child in item.items():
                if not dotted and not urn and key.startswith("urn:"):
                    stack.append((child, key, ""))
                else:
                    stack.append((child, urn, f"{dotted}.{key}" if dotted else key))
        elif isinstance(item, list):
            stack.extend((child, urn, dotted) for child in item)
    return found


def check_lengths(resource: dict[str, Any], limits: dict[str, int]) -> None:
    """Refuse the first string longer than its attribute's limit."""
    for path, text in sorted(_leaves(resource)):
        if path == "schemas" or path.endswith("$ref"):
            continue
        limit = limits.get(path, DEFAULT_MAX)
        if len(text) > limit:
            raise ScimError(400, f"'{path}' is longer than {limit} characters.", "invalidValue")
