"""SCIM authentication: a machine client's bearer token holding the ``scim`` scope.

An identity provider sends one request per person, so the token check is on every request
of a first sync: one primary-key read of the client and a SHA-256 of the token (the token
carries 256 random bits, so a fast hash is as strong as a slow one; see
``constel_api.auth.tokens.hash_token``). ``last_used_at`` is written at most once a minute.
"""

from __future__ import annotations

import hmac
import logging
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import or_, select, update

from constel_api.auth.dependencies import (
    LAST_USED_RESOLUTION,
    SettingsDep,
    accepts_scope,
    bearer_token,
    get_principal,
)
from constel_api.auth.tokens import (
    MACHINE_TOKEN_PREFIX,
    InvalidToken,
    hash_token,
    parse_machine_token,
)
from constel_api.core.time import utcnow
from constel_api.db import SessionDep
from constel_api.errors import Unauthorized
from constel_api.models import ApiClient
from constel_api.scim.errors import ScimError
from constel_api.scim.principal import ScimPrincipal

logger = logging.getLogger(__name__)
SCOPE = "scim"


_CLIENT = select(
    ApiClient.organisation_id, ApiClient.scopes, ApiClient.secret_hash, ApiClient.expires_at,
    ApiClient.revoked_at, ApiClient.last_used_at,
)


async def _machine_client(session: SessionDep, token: str) -> ScimPrincipal:
    client_id = parse_machine_token(token)
    row = (await session.execute(_CLIENT.where(ApiClient.id == client_id))).first()
    if row is None or row.revoked_at is not None:
        raise InvalidToken("unknown or revoked client")
    if not hmac.compare_digest(row.secret_hash, hash_token(token)):
        raise InvalidToken("wrong client secret")
    now = utcnow()
    if row.expires_at is not None and row.expires_at <= now:
        raise InvalidToken("expired client")
    if SCOPE not in row.scopes:
        raise ScimError(403, "A machine client with the 'scim' scope is required.")
    if row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION:
        # Conditional, so parallel requests of the same minute do not queue on the row.
        await session.execute(
            update(ApiClient)
            .where(ApiClient.id == client_id,
                   or_(ApiClient.last_used_at.is_(None),
                       ApiClient.last_used_at < now - LAST_USED_RESOLUTION))
            .values(last_used_at=now)
            .execution_options(synchronize_session=False)
        )
    return ScimPrincipal(client_id=client_id, organisation_id=row.organisation_id)


@accepts_scope("scim", people_too=False)
async def scim_client(
    request: Request, session: SessionDep, settings: SettingsDep
) -> ScimPrincipal:
    """The organisation is the token's; people tokens and other scopes are refused."""
    token = bearer_token(request)
    if not token.startswith(MACHINE_TOKEN_PREFIX):
        await get_principal(request, session, settings)  # 401 when invalid, else a person
        raise ScimError(403, "A machine client with the 'scim' scope is required.")
    try:
        return await _machine_client(session, token)
    except InvalidToken as exc:
        logger.info("bearer token refused", extra={"reason": str(exc)})
        raise Unauthorized("The token is invalid or expired.", code="invalid_token") from exc


ScimClient = Annotated[ScimPrincipal, Depends(scim_client)]
