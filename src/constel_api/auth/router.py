"""Sign-in, token refresh, sign-out and the person's own account."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Cookie, Header, Request, Response, status

from constel_api.auth import device_cookies
from constel_api.auth.dependencies import CurrentPerson, CurrentPrincipal, SettingsDep
from constel_api.auth.schemas import (
    LoginRequest,
    MeRead,
    OrganisationSummary,
    PasswordChange,
    TokenResponse,
)
from constel_api.auth.second_factor import SecondFactorService
from constel_api.auth.service import AuthService, CurrentSession, IssuedTokens, LoginFailed
from constel_api.auth.throttle import normalise_email
from constel_api.auth.tokens import csrf_token_for
from constel_api.config import Settings
from constel_api.db import SessionDep
from constel_api.errors import Forbidden, NotFound, Unauthorized, problem_responses
from constel_api.models import Organisation

REFRESH_COOKIE = "constel_refresh"
CSRF_COOKIE = "constel_csrf"
REFRESH_COOKIE_PATH = "/api/v1/auth"

router = APIRouter(prefix="/api/v1", tags=["auth"])


def client_ip(request: Request) -> str | None:
    """The TCP peer, or the client a trusted proxy names (see FORWARDED_ALLOW_IPS)."""
    return request.client.host if request.client else None


def set_session_cookies(response: Response, settings: Settings, tokens: IssuedTokens) -> None:
    response.set_cookie(
        REFRESH_COOKIE,
        tokens.refresh_token,
        max_age=settings.refresh_token_ttl_seconds,
        path=REFRESH_COOKIE_PATH,
        secure=settings.cookie_secure,
        httponly=True,
        samesite="strict",
    )
    response.set_cookie(
        CSRF_COOKIE,
        tokens.csrf_token,
        max_age=settings.refresh_token_ttl_seconds,
        path="/",
        secure=settings.cookie_secure,
        httponly=False,
        samesite="strict",
    )


def clear_session_cookies(response: Response, settings: Settings) -> None:
    response.delete_cookie(
        REFRESH_COOKIE,
        path=REFRESH_COOKIE_PATH,
        secure=settings.cookie_secure,
        httponly=True,
        samesite="strict",
    )
    response.delete_cookie(CSRF_COOKIE, path="/", secure=settings.cookie_secure, samesite="strict")


def token_response(tokens: IssuedTokens) -> TokenResponse:
    return TokenResponse(
        access_token=tokens.access_token, expires_in=tokens.expires_in, csrf_token=tokens.csrf_token
    )


def check_csrf(settings: Settings, refresh_token: str, csrf_header: str | None) -> None:
    expected = csrf_token_for(settings, refresh_token)
    if not csrf_header or not hmac.compare_digest(expected, csrf_header):
        raise Forbidden("Missing or wrong CSRF token.", code="csrf_failed")


@router.post(
    "/auth/login",
    operation_id="login",
    response_model=TokenResponse,
    responses=problem_responses(400, 401, 403, 422, 429),
)
async def login(
    body: LoginRequest,
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
) -> TokenResponse:
    """Sign in with email and password (and a TOTP code when enabled)."""
    service = AuthService(session, settings)
    device_cookie = request.cookies.get(
        device_cookies.cookie_name(settings, normalise_email(body.email))
    )
    try:
        tokens = await service.login(
            email=body.email,
            password=body.password,
            totp_code=body.totp_code,
            recovery_code=body.recovery_code,
            ip=client_ip(request),
            device_cookie=device_cookie,
        )
    except LoginFailed:
        await session.commit()  # the failure must count even though the request fails
        raise
    set_session_cookies(response, settings, tokens)
    if tokens.device_cookie is not None:
        response.set_cookie(
            tokens.device_cookie.name,
            tokens.device_cookie.value,
            max_age=tokens.device_cookie.max_age,
            path=device_cookies.COOKIE_PATH,
            secure=settings.cookie_secure,
            httponly=True,
            samesite="strict",
        )
    return token_response(tokens)


@router.post(
    "/auth/refresh",
    operation_id="refreshSession",
    response_model=TokenResponse,
    responses=problem_responses(401, 403),
)
async def refresh(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    refresh_token: Annotated[str | None, Cookie(alias=REFRESH_COOKIE)] = None,
    csrf: Annotated[str | None, Header(alias="X-CSRF-Token")] = None,
) -> TokenResponse:
    """Exchange the refresh cookie for a new access token; the refresh token rotates."""
    if not refresh_token:
        raise Unauthorized("Please sign in again.", code="invalid_refresh_token")
    check_csrf(settings, refresh_token, csrf)
    service = AuthService(session, settings)
    try:
        tokens = await service.refresh(refresh_token)
    except LoginFailed:
        await session.commit()  # keep the family revocation
        raise
    set_session_cookies(response, settings, tokens)
    return token_response(tokens)


@router.post(
    "/auth/logout",
    operation_id="logout",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(403),
)
async def logout(
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    refresh_token: Annotated[str | None, Cookie(alias=REFRESH_COOKIE)] = None,
    csrf: Annotated[str | None, Header(alias="X-CSRF-Token")] = None,
) -> None:
    """Sign out of this browser: the refresh token's whole family is revoked."""
    if refresh_token:
        check_csrf(settings, refresh_token, csrf)
        await AuthService(session, settings).logout(refresh_token)
    clear_session_cookies(response, settings)


@router.post(
    "/auth/logout-all",
    operation_id="logoutEverywhere",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403),
)
async def logout_all(
    person: CurrentPerson, response: Response, session: SessionDep, settings: SettingsDep
) -> None:
    """Sign out everywhere: every access and refresh token of the person stops working."""
    await AuthService(session, settings).revoke_all_sessions(person)
    clear_session_cookies(response, settings)


@router.get("/me", operation_id="getMe", response_model=MeRead, responses=problem_responses(401))
async def me(principal: CurrentPrincipal, session: SessionDep, settings: SettingsDep) -> MeRead:
    """The signed-in person, their roles and their organisation's support contact."""
    person = principal.person
    org = await session.get(Organisation, person.organisation_id)
    if org is None:
        raise NotFound("Organisation not found")
    return MeRead(
        id=person.id,
        email=person.email,
        given_name=person.given_name,
        family_name=person.family_name,
        roles=list(person.roles),
        totp_enabled=person.totp_enabled,
        recovery_codes_left=await SecondFactorService(session, settings).codes_left(person),
        organisation=OrganisationSummary.model_validate(org),
    )


@router.post(
    "/me/password",
    operation_id="changePassword",
    response_model=TokenResponse,
    responses=problem_responses(400, 401, 422),
)
async def change_password(
    body: PasswordChange,
    principal: CurrentPrincipal,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
) -> TokenResponse:
    """Change the sign-in password; other sessions end, this one gets fresh tokens."""
    tokens = await AuthService(session, settings).change_password(
        principal.person,
        body.current_password,
        body.new_password,
        session=CurrentSession(family_id=principal.family_id, amr=principal.amr),
    )
    set_session_cookies(response, settings, tokens)
    return token_response(tokens)
