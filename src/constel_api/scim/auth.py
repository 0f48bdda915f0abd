"""SCIM authentication: a machine client's bearer token holding the ``scim`` scope."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from constel_api.auth.dependencies import (
    ClientPrincipal,
    SettingsDep,
    get_principal,
)
from constel_api.db import SessionDep
from constel_api.scim.errors import ScimError


async def scim_client(
    request: Request, session: SessionDep, settings: SettingsDep
) -> ClientPrincipal:
    """The organisation is the token's; people tokens and other scopes are refused."""
    principal = await get_principal(request, session, settings)
    if not isinstance(principal, ClientPrincipal) or not principal.has_scope("scim"):
        raise ScimError(403, "A machine client with the 'scim' scope is required.")
    return principal


ScimClient = Annotated[ClientPrincipal, Depends(scim_client)]
