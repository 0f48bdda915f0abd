"""Single sign-on: sending a person to their provider, taking them back, signing them out.

Raises ``SsoRefused`` (recorded in the audit log, never with a token) or domain errors.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.auth.repository import AuthRepository
from constel_api.auth.service import AuthService, IssuedTokens
from constel_api.auth.tokens import hash_token
from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.models import (
    Person,
    Role,
    SsoAuthorizationRequest,
    SsoConfiguration,
    SsoSession,
)
from constel_api.sso import flow, sealing
from constel_api.sso.errors import LogoutTokenInvalid, SsoRefused
from constel_api.sso.id_tokens import verify_id_token, verify_logout_token, verify_signature
from constel_api.sso.provider import ProviderCache, ProviderMetadata
from constel_api.sso.repository import SsoRepository
from constel_api.sso.schemas import DiscoveryRead

logger = logging.getLogger(__name__)

PENDING_TTL = timedelta(minutes=10)
CLOCK_SKEW_SECONDS = 60
# RFC 8176 values that mean a second factor was used, beside "mfa" itself.
POSSESSION_AMR = frozenset({"mfa", "otp", "hwk", "swk", "sc", "fido"})
EMAIL_CLAIMS = frozenset({"email", "preferred_username"})


@dataclass(frozen=True)
class Urls:
    """Addresses of this Constel, as the provider must know them."""

    base: str

    @property
    def redirect_uri(self) -> str:
        return f"{self.base}/api/v1/auth/sso/callback"

    @property
    def post_logout_redirect_uri(self) -> str:
        return f"{self.base}/sign-in"

    def backchannel_logout_uri(self, configuration_id: uuid.UUID) -> str:
        return f"{self.base}/api/v1/auth/sso/backchannel-logout/{configuration_id}"

    def jwks_uri(self, configuration_id: uuid.UUID) -> str:
        return f"{self.base}/api/v1/auth/sso/jwks/{configuration_id}"


@dataclass(frozen=True)
class Started:
    authorize_url: str
    browser_secret: str


@dataclass(frozen=True)
class SignedIn:
    tokens: IssuedTokens
    person: Person


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode()).digest()


def email_domain(value: str) -> str | None:
    local, at, domain = value.strip().lower().rpartition("@")
    return domain if at and local and domain else None


def session_amr(config: SsoConfiguration, provider_amr: Any) -> list[str]:
    """``sso``, plus ``mfa`` when the provider asserted a second factor and the
    organisation accepts it for its administrators' two-factor rule."""
    amr = ["sso"]
    values = provider_amr if isinstance(provider_amr, list) else []
    asserted = {a for a in values if isinstance(a, str)}
    if config.accept_provider_mfa and asserted & POSSESSION_AMR:
        amr.append("mfa")
    return amr


class SsoService:
    def __init__(self, session: AsyncSession, settings: Settings, cache: ProviderCache) -> None:
        self.session = session
        self.settings = settings
        self.cache = cache
        self.repo = SsoRepository(session)

    # --- home-realm discovery -------------------------------------------------------------

    async def discover(self, email: str) -> DiscoveryRead:
        """Decided by the e-mail's domain alone, so the answer says nothing of the person."""
        domain = email_domain(email)
        if domain is None:
            return DiscoveryRead(method="password")
        found = await self.repo.configurations_claiming([domain], enabled_only=True)
        if not found:
            return DiscoveryRead(method="password")
        config, org = found[0]
        query = urlencode({"organisation": org.slug, "login_hint": email.strip()})
        return DiscoveryRead(
            method="sso",
            start_url=f"/api/v1/auth/sso/start?{query}",
            password_allowed=not config.sso_only,
        )

    # --- the browser's round trip ---------------------------------------------------------

    async def start(self, slug: str, login_hint: str | None, urls: Urls) -> Started:
        found = await self.repo.enabled_configuration_for_slug(slug)
        if found is None:
            raise SsoRefused("sso_not_available", "no enabled configuration for this slug")
        config, _org = found
        metadata = await self.cache.metadata(config.issuer)
        secrets = flow.PendingSecrets.new()
        now = utcnow()
        await self.repo.forget_expired_requests(now)
        self.session.add(
            SsoAuthorizationRequest(
                organisation_id=config.organisation_id,
                state_hash=_digest(secrets.state),
                browser_hash=_digest(secrets.browser_secret),
                nonce=secrets.nonce,
                code_verifier=secrets.code_verifier,
                created_at=now,
                expires_at=now + PENDING_TTL,
            )
        )
        await self.session.flush()
        url = flow.authorization_url(
            metadata,
            client_id=config.client_id,
            redirect_uri=urls.redirect_uri,
            scopes=list(config.scopes),
            secrets=secrets,
            login_hint=login_hint or None,
        )
        return Started(authorize_url=url, browser_secret=secrets.browser_secret)

    async def finish(
        self,
        *,
        state: str | None,
        code: str | None,
        error: str | None,
        browser_secret: str | None,
        urls: Urls,
        ip: str | None,
    ) -> SignedIn:
        """Check the callback and the ID token; sign the person in. Refusals are audited."""
        try:
            pending = await self._take_pending(state, browser_secret)
            config = await self.repo.configuration(pending.organisation_id)
            try:
                if config is None or not config.enabled:
                    raise SsoRefused("sso_not_available", "configuration removed or disabled")
                if error is not None or not code:
                    raise SsoRefused("sso_provider_error", f"provider returned error {error!r}")
                return await self._sign_in(config, pending, code, urls, ip)
            except SsoRefused as refused:
                refused.organisation_id = pending.organisation_id
                raise
        except SsoRefused as refused:
            logger.info("single sign-on refused", extra={"code": refused.code})
            if refused.organisation_id is not None:
                await record_audit(
                    self.session,
                    None,
                    "auth.sso_refused",
                    "organisation",
                    refused.organisation_id,
                    {"code": refused.code, "reason": refused.reason, "ip": ip},
                    organisation_id=refused.organisation_id,
                )
            raise

    async def _take_pending(
        self, state: str | None, browser_secret: str | None
    ) -> SsoAuthorizationRequest:
        """The pending sign-in ``state`` names, marked used; refused if unknown, used,
        expired or started in another browser."""
        if not state:
            raise SsoRefused("sso_state_invalid", "no state")
        pending = await self.repo.pending_request(_digest(state))
        now = utcnow()
        if pending is None:
            raise SsoRefused("sso_state_invalid", "unknown state")
        org = pending.organisation_id
        if pending.used_at is not None:
            raise SsoRefused("sso_state_invalid", "state already used", org)
        pending.used_at = now
        await self.session.flush()
        if pending.expires_at <= now:
            raise SsoRefused("sso_state_invalid", "state expired", org)
        if not browser_secret or not hmac.compare_digest(
            pending.browser_hash, _digest(browser_secret)
        ):
            raise SsoRefused("sso_state_invalid", "state started in another browser", org)
        return pending

    def _credentials(self, config: SsoConfiguration) -> flow.ClientCredentials:
        sealed = (
            config.private_key_sealed
            if config.client_auth_method == "private_key_jwt"
            else config.client_secret_sealed
        )
        if sealed is None:
            raise SsoRefused("sso_not_available", "no client secret or key configured")
        try:
            secret = sealing.unseal(self.settings, sealed)
        except ValueError as exc:
            raise SsoRefused("sso_not_available", "client secret sealed with another key") from exc
        key_id = (config.public_jwk or {}).get("kid")
        return flow.ClientCredentials(config.client_id, config.client_auth_method, secret, key_id)

    async def _sign_in(
        self,
        config: SsoConfiguration,
        pending: SsoAuthorizationRequest,
        code: str,
        urls: Urls,
        ip: str | None,
    ) -> SignedIn:
        metadata = await self.cache.metadata(config.issuer)
        response = await flow.exchange_code(
            metadata,
            self.cache,
            credentials=self._credentials(config),
            code=code,
            code_verifier=pending.code_verifier,
            redirect_uri=urls.redirect_uri,
        )
        id_token = str(response["id_token"])
        claims = await verify_id_token(
            id_token,
            metadata=metadata,
            cache=self.cache,
            client_id=config.client_id,
            nonce=pending.nonce,
            leeway_seconds=CLOCK_SKEW_SECONDS,
        )
        claims = await self._with_userinfo(config, metadata, claims, response)
        person = await self._find_person(config, claims)
        family_id = uuid.uuid4()
        amr = session_amr(config, claims.get("amr"))
        tokens = await AuthService(self.session, self.settings).issue_session(
            person, family_id=family_id, amr=amr
        )
        sid = claims.get("sid")
        self.session.add(
            SsoSession(
                organisation_id=config.organisation_id,
                person_id=person.id,
                family_id=family_id,
                subject=str(claims["sub"])[:255],
                sid=sid[:255] if isinstance(sid, str) else None,
                id_token_sealed=sealing.seal(self.settings, id_token),
            )
        )
        await record_audit(
            self.session,
            person,
            "auth.sso_sign_in",
            "person",
            person.id,
            {"amr": amr, "ip": ip},
        )
        return SignedIn(tokens=tokens, person=person)

    async def _with_userinfo(
        self,
        config: SsoConfiguration,
        metadata: ProviderMetadata,
        claims: dict[str, Any],
        response: dict[str, Any],
    ) -> dict[str, Any]:
        """Claims the ID token lacks (ProConnect puts them in userinfo), for the same sub."""
        needed = {config.identifying_claim, "email"} if config.jit_provisioning else {
            config.identifying_claim
        }
        if needed <= claims.keys() or not isinstance(response.get("access_token"), str):
            return claims
        kind, body = await flow.fetch_userinfo(metadata, self.cache, response["access_token"])
        if isinstance(body, str):
            try:
                _header, info = await verify_signature(body, metadata, self.cache)
            except ValueError as exc:
                raise SsoRefused("sso_token_invalid", f"userinfo: {exc}") from exc
        else:
            info = body
        if info.get("sub") != claims["sub"]:
            raise SsoRefused("sso_token_invalid", f"userinfo ({kind}) is about another subject")
        return {**info, **claims}

    async def _find_person(self, config: SsoConfiguration, claims: dict[str, Any]) -> Person:
        claim = config.identifying_claim
        value = claims.get(claim)
        if not isinstance(value, str) or not value.strip():
            raise SsoRefused("sso_claim_missing", f"no {claim} claim")
        if claims.get("email_verified") is False and claim == "email":
            raise SsoRefused("sso_claim_missing", "the provider has not verified the e-mail")
        allowed = set(config.allowed_domains)
        asserted = claims.get("email") if isinstance(claims.get("email"), str) else None
        if claim in EMAIL_CLAIMS and asserted is None and "@" in value:
            asserted = value
        if asserted is not None and email_domain(asserted) not in allowed:
            raise SsoRefused("sso_domain_not_allowed", "asserted e-mail outside allowed domains")
        if claim in EMAIL_CLAIMS:
            person = await self.repo.person_by_email(config.organisation_id, value)
        else:
            person = await self.repo.person_by_external_id(config.organisation_id, value)
        if person is None:
            person = await self._provision(config, claims, asserted)
        if email_domain(person.email) not in allowed:
            raise SsoRefused("sso_domain_not_allowed", "directory e-mail outside allowed domains")
        if not person.active:
            raise SsoRefused("account_disabled", "person deactivated in the directory")
        return person

    async def _provision(
        self, config: SsoConfiguration, claims: dict[str, Any], email: str | None
    ) -> Person:
        """Just-in-time creation, only when the organisation turned it on."""
        if not config.jit_provisioning:
            raise SsoRefused("sso_person_unknown", "not in the directory")
        if email is None:
            raise SsoRefused("sso_claim_missing", "no e-mail to create the person with")
        external = claims.get(config.identifying_claim) if config.identifying_claim in (
            "oid",
            "sub",
        ) else None
        person = Person(
            organisation_id=config.organisation_id,
            email=email.strip().lower(),
            given_name=str(claims.get("given_name") or "").strip()[:200] or "—",
            family_name=str(claims.get("family_name") or "").strip()[:200] or "—",
            external_id=str(external)[:200] if external else None,
            roles=[Role.MEMBER],
            active=True,
        )
        self.session.add(person)
        await self.session.flush()
        await record_audit(
            self.session, None, "person.sso_provisioned", "person", person.id, {},
            organisation_id=config.organisation_id,
        )
        return person

    # --- signing out ----------------------------------------------------------------------

    async def logout(self, refresh_token: str | None, urls: Urls) -> str | None:
        """End this browser's sign-in; the provider's end-session URL when it offers one."""
        if not refresh_token:
            return None
        auth = AuthService(self.session, self.settings)
        stored = await AuthRepository(self.session).refresh_token_by_hash(
            hash_token(refresh_token)
        )
        await auth.logout(refresh_token)
        if stored is None:
            return None
        link = await self.repo.session_for_family(stored.family_id)
        if link is None:
            return None
        config = await self.repo.configuration(link.organisation_id)
        if config is None or not config.enabled:
            return None
        try:
            metadata = await self.cache.metadata(config.issuer)
        except SsoRefused:
            return None  # signed out of Constel all the same
        if not metadata.end_session_endpoint:
            return None
        params = {
            "client_id": config.client_id,
            "post_logout_redirect_uri": urls.post_logout_redirect_uri,
        }
        if link.id_token_sealed is not None:
            with contextlib.suppress(ValueError):
                params["id_token_hint"] = sealing.unseal(self.settings, link.id_token_sealed)
        separator = "&" if "?" in metadata.end_session_endpoint else "?"
        return f"{metadata.end_session_endpoint}{separator}{urlencode(params)}"

    async def backchannel_logout(self, configuration_id: uuid.UUID, logout_token: str) -> int:
        """Revoke the sign-ins the provider's logout token names; how many were ended."""
        config = await self.repo.configuration_by_id(configuration_id)
        if config is None or not config.enabled:
            raise LogoutTokenInvalid("unknown configuration")
        metadata = await self.cache.metadata(config.issuer)
        claims = await verify_logout_token(
            logout_token,
            metadata=metadata,
            cache=self.cache,
            client_id=config.client_id,
            leeway_seconds=CLOCK_SKEW_SECONDS,
        )
        subject = claims.get("sub") if isinstance(claims.get("sub"), str) else None
        sid = claims.get("sid") if isinstance(claims.get("sid"), str) else None
        links = await self.repo.sessions_for_logout(
            config.organisation_id, subject=subject, sid=sid
        )
        now = utcnow()
        auth_repo = AuthRepository(self.session)
        for link in links:
            await auth_repo.revoke_family(link.family_id, now)
        people = {link.person_id for link in links}
        for person_id in people:
            await record_audit(
                self.session, None, "auth.sso_backchannel_logout", "person", person_id,
                {"sessions": sum(1 for link in links if link.person_id == person_id)},
                organisation_id=config.organisation_id,
            )
        return len(links)

