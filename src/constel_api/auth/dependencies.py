"""Default-deny authentication and authorization dependencies.

The organisation always comes from the verified token, never from the path or body.
"""

from __future__ import annotations

import hmac
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request

from constel_api.auth.repository import AuthRepository
from constel_api.auth.tokens import (
    MACHINE_TOKEN_PREFIX,
    InvalidToken,
    decode_access_token,
    hash_token,
    parse_machine_token,
)
from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.db import SessionDep
from constel_api.errors import Forbidden, Unauthorized
from constel_api.models import ApiClient, Organisation, Person, Role

logger = logging.getLogger(__name__)
LAST_USED_RESOLUTION = timedelta(minutes=1)
# "mfa" is set only by single sign-on, when the organisation accepts its provider's MFA.
SECOND_FACTOR_AMR = frozenset({"otp", "mfa"})



SCOPE_MARK = "constel_machine_scope"
MACHINE_ONLY_MARK = "constel_machine_only"
_F = TypeVar("_F", bound=Callable[..., Any])


def accepts_scope(scope: str, *, people_too: bool = True) -> Callable[[_F], _F]:
    """Mark a dependency that lets in machine clients holding ``scope`` (and people too,
    unless ``people_too`` is false): the OpenAPI document reads the marks to declare each
    operation's security."""

    def mark(dependency: _F) -> _F:
        setattr(dependency, SCOPE_MARK, scope)
        setattr(dependency, MACHINE_ONLY_MARK, not people_too)
        return dependency

    return mark


PEOPLE_ONLY_MARK = "constel_people_only"


def for_people_only(dependency: _F) -> _F:
    """Mark a dependency that refuses machine clients (read by the OpenAPI document)."""
    setattr(dependency, PEOPLE_ONLY_MARK, True)
    return dependency


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


@dataclass(frozen=True)
class PersonPrincipal:
    person: Person
    amr: tuple[str, ...]
    family_id: uuid.UUID  # the sign-in (refresh family) this access token belongs to

    @property
    def organisation_id(self) -> uuid.UUID:
        return self.person.organisation_id


@dataclass(frozen=True)
class ClientPrincipal:
    client: ApiClient

    @property
    def organisation_id(self) -> uuid.UUID:
        return self.client.organisation_id

    def has_scope(self, scope: str) -> bool:
        return scope in self.client.scopes


Principal = PersonPrincipal | ClientPrincipal


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("A bearer token is required.", code="not_authenticated")
    return token.strip()


async def _machine_principal(session: SessionDep, token: str) -> ClientPrincipal:
    client_id = parse_machine_token(token)
    client = await session.get(ApiClient, client_id)
    if client is None or client.revoked_at is not None:
        raise InvalidToken("unknown or revoked client")
    if not hmac.compare_digest(client.secret_hash, hash_token(token)):
        raise InvalidToken("wrong client secret")
    now = utcnow()
    if client.expires_at is not None and client.expires_at <= now:
        raise InvalidToken("expired client")
    # Once a minute at most: writing the client's row on every request would hold its lock
    # until each transaction commits, serialising every parallel request of that client
    # (an identity provider sends dozens at once).
    if client.last_used_at is None or now - client.last_used_at > LAST_USED_RESOLUTION:
        client.last_used_at = now
    return ClientPrincipal(client=client)


async def _person_principal(session: SessionDep, settings: Settings, token: str) -> PersonPrincipal:
    claims = decode_access_token(settings, token)
    person, family_alive = await AuthRepository(session).person_with_live_family(
        claims.person_id, claims.family_id
    )
    if person is None or person.organisation_id != claims.organisation_id:
        raise InvalidToken("unknown subject")
    if not person.active:
        raise InvalidToken("account disabled")
    if claims.issued_at < person.sessions_valid_after.timestamp():
        raise InvalidToken("token issued before the sessions were revoked")
    if not family_alive:
        raise InvalidToken("the sign-in was revoked")
    return PersonPrincipal(person=person, amr=claims.amr, family_id=claims.family_id)


async def get_principal(request: Request, session: SessionDep, settings: SettingsDep) -> Principal:
    token = bearer_token(request)
    try:
        if token.startswith(MACHINE_TOKEN_PREFIX):
            return await _machine_principal(session, token)
        return await _person_principal(session, settings, token)
    except InvalidToken as exc:
        logger.info("bearer token refused", extra={"reason": str(exc)})
        raise Unauthorized("The token is invalid or expired.", code="invalid_token") from exc


PrincipalDep = Annotated[Principal, Depends(get_principal)]


@for_people_only
async def get_current_person(principal: PrincipalDep) -> PersonPrincipal:
    if not isinstance(principal, PersonPrincipal):
        raise Forbidden("This endpoint is for people, not machine clients.", code="person_required")
    return principal


CurrentPrincipal = Annotated[PersonPrincipal, Depends(get_current_person)]


async def get_current_person_model(principal: CurrentPrincipal) -> Person:
    return principal.person


CurrentPerson = Annotated[Person, Depends(get_current_person_model)]


def enforce_admin_second_factor(principal: PersonPrincipal, organisation_requires: bool) -> None:
    """Admins of an organisation that requires TOTP act only with a TOTP-backed session, or
    one their organisation's identity provider asserted as multi-factor (``mfa``)."""
    if organisation_requires and not SECOND_FACTOR_AMR.intersection(principal.amr):
        raise Forbidden(
            "Your organisation requires two-factor authentication for administrators. "
            "Enable TOTP in your account, then sign in again.",
            code="totp_required_for_admins",
        )


def require_roles(*roles: Role) -> Callable[..., Awaitable[Person]]:
    """Dependency factory: the person holds one of ``roles`` (and TOTP when required)."""

    async def dependency(principal: CurrentPrincipal, session: SessionDep) -> Person:
        person = principal.person
        if not person.has_role(*roles):
            raise Forbidden("Your role does not allow this action.", code="forbidden_role")
        org = await session.get(Organisation, person.organisation_id)
        enforce_admin_second_factor(principal, bool(org and org.require_totp_for_admins))
        return person

    return dependency


OrgAdmin = Annotated[Person, Depends(require_roles(Role.ORG_ADMIN))]
ProgramStaff = Annotated[Person, Depends(require_roles(Role.ORG_ADMIN, Role.PROGRAM_MANAGER))]
PlatformOperator = Annotated[Person, Depends(require_roles(Role.PLATFORM_OPERATOR))]


def require_scope(scope: str) -> Callable[..., Awaitable[ClientPrincipal]]:
    @accepts_scope(scope, people_too=False)
    async def dependency(principal: PrincipalDep) -> ClientPrincipal:
        if not isinstance(principal, ClientPrincipal) or not principal.has_scope(scope):
            raise Forbidden(
                f"A machine client with the '{scope}' scope is required.", code="insufficient_scope"
            )
        return principal

    return dependency


def require_admin_or_scope(scope: str) -> Callable[..., Awaitable[Principal]]:
    """An org admin (TOTP policy applied) or a machine client holding ``scope``."""

    @accepts_scope(scope)
    async def dependency(principal: PrincipalDep, session: SessionDep) -> Principal:
        if isinstance(principal, ClientPrincipal):
            if principal.has_scope(scope):
                return principal
            raise Forbidden(f"The '{scope}' scope is required.", code="insufficient_scope")
        await require_roles(Role.ORG_ADMIN)(principal, session)
        return principal

    return dependency
