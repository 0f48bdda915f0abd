"""Single sign-on: admins configure their provider; browsers go there and come back."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Cookie, Form, Header, Query, Request, Response, status
from fastapi.responses import RedirectResponse

from constel_api.auth.dependencies import OrgAdmin, SettingsDep
from constel_api.auth.router import (
    REFRESH_COOKIE,
    check_csrf,
    clear_session_cookies,
    client_ip,
    set_session_cookies,
)
from constel_api.config import Settings
from constel_api.db import SessionDep
from constel_api.errors import NotFound, problem_responses
from constel_api.sso.configuration import ConfigurationService, to_read
from constel_api.sso.errors import SsoRefused
from constel_api.sso.pages import refusal_page
from constel_api.sso.provider import ProviderCache
from constel_api.sso.repository import SsoRepository
from constel_api.sso.schemas import (
    DiscoveryRead,
    DiscoveryRequest,
    SsoConfigurationRead,
    SsoConfigurationWrite,
    SsoLogoutRead,
)
from constel_api.sso.service import SsoService, Urls

BROWSER_COOKIE = "constel_sso_browser"
CALLBACK_PATH = "/api/v1/auth/sso/callback"

router = APIRouter(prefix="/api/v1", tags=["sso"])


def provider_cache(request: Request) -> ProviderCache:
    """One cache per app: discovery documents and key sets outlive requests."""
    cache: ProviderCache | None = getattr(request.app.state, "sso_provider_cache", None)
    if cache is None:
        cache = ProviderCache()
        request.app.state.sso_provider_cache = cache
    return cache


def urls_for(request: Request, settings: Settings) -> Urls:
    base = settings.public_base_url or str(request.base_url)
    return Urls(base=base.rstrip("/"))


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def _refusal(request: Request, refused: SsoRefused) -> Response:
    """A French page for a browser, problem+json for anything else."""
    if _wants_html(request):
        return refusal_page(refused.sentence, refused.status)
    raise refused.problem()


# --- configuration, by the organisation's admins ---------------------------------------------


@router.get(
    "/organisation/sso",
    operation_id="getSsoConfiguration",
    response_model=SsoConfigurationRead,
    responses=problem_responses(401, 403, 404),
)
async def get_configuration(
    admin: OrgAdmin, request: Request, session: SessionDep, settings: SettingsDep
) -> SsoConfigurationRead:
    """The organisation's identity provider settings (the secret is never returned)."""
    config = await ConfigurationService(session, settings).get(admin)
    return to_read(config, urls_for(request, settings))


@router.put(
    "/organisation/sso",
    operation_id="putSsoConfiguration",
    response_model=SsoConfigurationRead,
    responses=problem_responses(400, 401, 403, 409, 422),
)
async def put_configuration(
    body: SsoConfigurationWrite,
    admin: OrgAdmin,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
) -> SsoConfigurationRead:
    """Set the organisation's identity provider; omit the secret to keep the stored one."""
    config = await ConfigurationService(session, settings).save(admin, body)
    return to_read(config, urls_for(request, settings))


@router.delete(
    "/organisation/sso",
    operation_id="deleteSsoConfiguration",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
)
async def delete_configuration(
    admin: OrgAdmin, session: SessionDep, settings: SettingsDep
) -> None:
    """Remove single sign-on: everyone signs in with their password again."""
    await ConfigurationService(session, settings).delete(admin)


@router.post(
    "/organisation/sso/signing-key",
    operation_id="rotateSsoSigningKey",
    response_model=SsoConfigurationRead,
    responses=problem_responses(401, 403, 404),
)
async def rotate_signing_key(
    admin: OrgAdmin, request: Request, session: SessionDep, settings: SettingsDep
) -> SsoConfigurationRead:
    """A new key pair for private_key_jwt; register its public key at the provider."""
    config = await ConfigurationService(session, settings).rotate_key(admin)
    return to_read(config, urls_for(request, settings))


# --- signing in -------------------------------------------------------------------------------


@router.post(
    "/auth/discover",
    operation_id="discoverSignIn",
    response_model=DiscoveryRead,
    responses=problem_responses(422),
)
async def discover(
    body: DiscoveryRequest, request: Request, session: SessionDep, settings: SettingsDep
) -> DiscoveryRead:
    """How this e-mail signs in: password, or its organisation's provider (decided by the
    e-mail's domain, so the answer never tells whether the e-mail exists)."""
    return await SsoService(session, settings, provider_cache(request)).discover(body.email)


@router.get(
    "/auth/sso/start",
    operation_id="startSingleSignOn",
    status_code=status.HTTP_303_SEE_OTHER,
    response_class=RedirectResponse,
    responses=problem_responses(404, 502),
)
async def start(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    organisation: Annotated[str, Query(max_length=63)],
    login_hint: Annotated[str | None, Query(max_length=320)] = None,
) -> Response:
    """Send the browser to its organisation's provider (Authorization Code with PKCE)."""
    service = SsoService(session, settings, provider_cache(request))
    try:
        started = await service.start(organisation, login_hint, urls_for(request, settings))
    except SsoRefused as refused:
        return _refusal(request, refused)
    response = RedirectResponse(started.authorize_url, status_code=status.HTTP_303_SEE_OTHER)
    # Lax, not Strict: the provider's redirect back is a cross-site navigation.
    response.set_cookie(
        BROWSER_COOKIE,
        started.browser_secret,
        max_age=600,
        path=CALLBACK_PATH,
        secure=settings.cookie_secure,
        httponly=True,
        samesite="lax",
    )
    return response


@router.get(
    "/auth/sso/callback",
    operation_id="finishSingleSignOn",
    status_code=status.HTTP_303_SEE_OTHER,
    response_class=RedirectResponse,
    responses=problem_responses(400, 403, 404, 502),
)
async def callback(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    state: Annotated[str | None, Query(max_length=512)] = None,
    code: Annotated[str | None, Query(max_length=2048)] = None,
    error: Annotated[str | None, Query(max_length=256)] = None,
    browser: Annotated[str | None, Cookie(alias=BROWSER_COOKIE)] = None,
) -> Response:
    """The provider sends the browser back here; the session starts as after a password."""
    service = SsoService(session, settings, provider_cache(request))
    try:
        signed_in = await service.finish(
            state=state,
            code=code,
            error=error,
            browser_secret=browser,
            urls=urls_for(request, settings),
            ip=client_ip(request),
        )
    except SsoRefused as refused:
        await session.commit()  # the used state and the audit entry stay
        response = _refusal(request, refused)
        response.delete_cookie(BROWSER_COOKIE, path=CALLBACK_PATH)
        return response
    response = RedirectResponse("/", status_code=status.HTTP_303_SEE_OTHER)
    set_session_cookies(response, settings, signed_in.tokens)
    response.delete_cookie(BROWSER_COOKIE, path=CALLBACK_PATH)
    response.headers["Cache-Control"] = "no-store"
    return response


# --- signing out ------------------------------------------------------------------------------


@router.post(
    "/auth/sso/logout",
    operation_id="logoutWithProvider",
    response_model=SsoLogoutRead,
    responses=problem_responses(403),
)
async def logout(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    refresh_token: Annotated[str | None, Cookie(alias=REFRESH_COOKIE)] = None,
    csrf: Annotated[str | None, Header(alias="X-CSRF-Token")] = None,
) -> SsoLogoutRead:
    """Sign out of this browser and, after single sign-on, where to end the provider's
    session too (RP-initiated logout)."""
    if refresh_token:
        check_csrf(settings, refresh_token, csrf)
    service = SsoService(session, settings, provider_cache(request))
    redirect = await service.logout(refresh_token, urls_for(request, settings))
    clear_session_cookies(response, settings)
    return SsoLogoutRead(redirect_url=redirect)


@router.post(
    "/auth/sso/backchannel-logout/{configuration_id}",
    operation_id="backchannelLogout",
    responses=problem_responses(400, 422),
)
async def backchannel_logout(
    configuration_id: uuid.UUID,
    logout_token: Annotated[str, Form(max_length=16000)],
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
) -> Response:
    """The provider ends a session: the matching Constel sign-ins are revoked at once
    (OpenID Connect Back-Channel Logout 1.0)."""
    service = SsoService(session, settings, provider_cache(request))
    try:
        await service.backchannel_logout(configuration_id, logout_token)
    except SsoRefused as refused:
        raise refused.problem() from refused
    return Response(status_code=200, headers={"Cache-Control": "no-store"})


@router.get(
    "/auth/sso/jwks/{configuration_id}",
    operation_id="getSsoClientKeys",
    responses=problem_responses(404),
)
async def client_keys(configuration_id: uuid.UUID, session: SessionDep) -> dict[str, Any]:
    """The public key Constel signs its client assertions with (private_key_jwt)."""
    config = await SsoRepository(session).configuration_by_id(configuration_id)
    if config is None or config.public_jwk is None:
        raise NotFound("No key for this configuration.", code="not_found")
    return {"keys": [config.public_jwk]}
