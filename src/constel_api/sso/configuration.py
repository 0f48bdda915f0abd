"""An organisation's provider settings, as its admins manage them."""

from __future__ import annotations

from joserfc.jwk import RSAKey
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.config import Settings
from constel_api.errors import BadRequest, Conflict, NotFound, Unprocessable
from constel_api.models import Person, Role, SsoConfiguration
from constel_api.sso import sealing
from constel_api.sso.repository import SsoRepository
from constel_api.sso.schemas import SsoConfigurationRead, SsoConfigurationWrite
from constel_api.sso.service import Urls


def to_read(config: SsoConfiguration, urls: Urls) -> SsoConfigurationRead:
    return SsoConfigurationRead(
        id=config.id,
        enabled=config.enabled,
        issuer=config.issuer,
        client_id=config.client_id,
        client_auth_method=config.client_auth_method,
        has_client_secret=config.client_secret_sealed is not None,
        public_jwk=config.public_jwk,
        scopes=list(config.scopes),
        identifying_claim=config.identifying_claim,
        allowed_domains=list(config.allowed_domains),
        sso_only=config.sso_only,
        break_glass_person_id=config.break_glass_person_id,
        jit_provisioning=config.jit_provisioning,
        accept_provider_mfa=config.accept_provider_mfa,
        redirect_uri=urls.redirect_uri,
        post_logout_redirect_uri=urls.post_logout_redirect_uri,
        backchannel_logout_uri=urls.backchannel_logout_uri(config.id),
        jwks_uri=urls.jwks_uri(config.id),
        updated_at=config.updated_at,
    )


class ConfigurationService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings
        self.repo = SsoRepository(session)

    async def get(self, admin: Person) -> SsoConfiguration:
        config = await self.repo.configuration(admin.organisation_id)
        if config is None:
            raise NotFound("Single sign-on is not configured.", code="sso_not_configured")
        return config

    async def save(self, admin: Person, body: SsoConfigurationWrite) -> SsoConfiguration:
        """Create or replace the configuration; the stored secret stays unless a new one
        is given. Audited without the secret."""
        if self.settings.environment == "production" and not body.issuer.startswith("https://"):
            raise Unprocessable("The issuer must use https.", code="sso_issuer_insecure")
        await self._check_domains(admin, body.allowed_domains)
        await self._check_break_glass(admin, body)
        config = await self.repo.configuration(admin.organisation_id)
        created = config is None
        if config is None:
            config = SsoConfiguration(organisation_id=admin.organisation_id)
            self.session.add(config)
        config.enabled = body.enabled
        config.issuer = body.issuer
        config.client_id = body.client_id
        config.client_auth_method = body.client_auth_method
        if body.client_secret is not None:
            config.client_secret_sealed = sealing.seal(self.settings, body.client_secret)
        if body.client_auth_method == "private_key_jwt" and config.private_key_sealed is None:
            self._new_key(config)
        if (
            body.enabled
            and body.client_auth_method == "client_secret_basic"
            and config.client_secret_sealed is None
        ):
            raise Unprocessable(
                "A client secret is required for client_secret_basic.",
                code="sso_client_secret_required",
            )
        config.scopes = body.scopes
        config.identifying_claim = body.identifying_claim
        config.allowed_domains = body.allowed_domains
        config.sso_only = body.sso_only
        config.break_glass_person_id = body.break_glass_person_id
        config.jit_provisioning = body.jit_provisioning
        config.accept_provider_mfa = body.accept_provider_mfa
        await self.session.flush()
        await self.session.refresh(config)
        details = body.model_dump(mode="json", exclude={"client_secret"})
        details["client_secret_changed"] = body.client_secret is not None
        await record_audit(
            self.session,
            admin,
            "sso.configuration_created" if created else "sso.configuration_updated",
            "sso_configuration",
            config.id,
            details,
        )
        return config

    async def delete(self, admin: Person) -> None:
        config = await self.get(admin)
        await self.session.delete(config)
        await record_audit(
            self.session, admin, "sso.configuration_deleted", "sso_configuration", config.id, {}
        )
        await self.session.flush()

    async def rotate_key(self, admin: Person) -> SsoConfiguration:
        """A new key pair for private_key_jwt: register the new public key at the provider."""
        config = await self.get(admin)
        self._new_key(config)
        await self.session.flush()
        await self.session.refresh(config)
        await record_audit(
            self.session, admin, "sso.signing_key_rotated", "sso_configuration", config.id,
            {"kid": (config.public_jwk or {}).get("kid")},
        )
        return config

    def _new_key(self, config: SsoConfiguration) -> None:
        key = RSAKey.generate_key(2048, auto_kid=True)
        private_pem = key.as_pem(private=True)
        config.private_key_sealed = sealing.seal(
            self.settings,
            private_pem.decode() if isinstance(private_pem, bytes) else str(private_pem),
        )
        public = dict(key.as_dict(private=False))
        public.update({"use": "sig", "alg": "RS256"})
        config.public_jwk = public

    async def _check_domains(self, admin: Person, domains: list[str]) -> None:
        """A domain leads to one organisation's provider only (home-realm discovery)."""
        taken = await self.repo.configurations_claiming(domains, enabled_only=False)
        for other, _org in taken:
            if other.organisation_id != admin.organisation_id:
                clash = sorted(set(other.allowed_domains) & set(domains))
                raise Conflict(
                    f"Another organisation already signs in {', '.join(clash)} through its "
                    "provider.",
                    code="sso_domain_taken",
                )

    async def _check_break_glass(self, admin: Person, body: SsoConfigurationWrite) -> None:
        if body.break_glass_person_id is None:
            if body.sso_only:
                raise BadRequest(
                    "SSO only needs a break-glass administrator who keeps their password.",
                    code="sso_break_glass_required",
                )
            return
        person = await self.repo.person(admin.organisation_id, body.break_glass_person_id)
        if person is None or not person.active or not person.has_role(Role.ORG_ADMIN):
            raise BadRequest(
                "The break-glass account must be an active administrator of the organisation.",
                code="sso_break_glass_invalid",
            )
