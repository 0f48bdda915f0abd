"""The person's own TOTP: set up, turn on (with recovery codes), new recovery codes, off.

Each change asks for a fresh code. Wrong codes count as failed sign-ins of the account
(the same progressive delay), so a stolen access token cannot guess codes at speed.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.auth import recovery_codes, throttle, totp
from constel_api.auth.repository import AuthRepository
from constel_api.auth.throttle import ScopeCount, normalise_email
from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.errors import BadRequest, TooManyRequests
from constel_api.models import Person


class CodeRefused(BadRequest):
    """Raised after the failure is recorded; the router commits it before answering."""


class SecondFactorService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings
        self.repo = AuthRepository(session)

    async def start(self, person: Person) -> tuple[str, str]:
        if person.totp_enabled:
            raise BadRequest(
                "Two-factor authentication is already enabled.", code="totp_already_enabled"
            )
        person.totp_secret = totp.new_secret()
        await self.session.flush()
        return person.totp_secret, totp.provisioning_uri(person.totp_secret, person.email)

    async def enable(self, person: Person, code: str, ip: str | None) -> list[str]:
        """Turn TOTP on with a code from the app; returns the ten recovery codes, once."""
        if person.totp_secret is None or person.totp_enabled:
            raise BadRequest("Start the TOTP setup first.", code="totp_not_started")
        await self._require_fresh(person, code, ip, allow_recovery=False)
        person.totp_enabled = True
        codes = await self._new_codes(person)
        await record_audit(self.session, person, "account.totp_enabled", "person", person.id, {})
        return codes

    async def regenerate_codes(self, person: Person, code: str, ip: str | None) -> list[str]:
        """Ten new recovery codes for a fresh TOTP code; the previous ones stop working."""
        self._require_enabled(person)
        await self._require_fresh(person, code, ip, allow_recovery=False)
        codes = await self._new_codes(person)
        await record_audit(
            self.session, person, "account.recovery_codes_regenerated", "person", person.id, {}
        )
        return codes

    async def disable(self, person: Person, code: str, ip: str | None) -> None:
        """Turn TOTP off with a fresh TOTP code or an unused recovery code (lost phone)."""
        self._require_enabled(person)
        await self._require_fresh(person, code, ip, allow_recovery=True)
        person.totp_enabled = False
        person.totp_secret = None
        person.totp_last_counter = None
        await self.repo.delete_recovery_codes(person.id)
        await record_audit(self.session, person, "account.totp_disabled", "person", person.id, {})
        await self.session.flush()

    async def codes_left(self, person: Person) -> int:
        if not person.totp_enabled:
            return 0
        return await self.repo.unused_recovery_codes(person.id)

    def _require_enabled(self, person: Person) -> None:
        if not person.totp_enabled or person.totp_secret is None:
            raise BadRequest("Two-factor authentication is not enabled.", code="totp_not_enabled")

    async def _new_codes(self, person: Person) -> list[str]:
        codes = recovery_codes.generate()
        digests = [recovery_codes.digest(c) for c in codes]
        await self.repo.replace_recovery_codes(
            person, [d for d in digests if d is not None], utcnow()
        )
        return codes

    async def _require_fresh(
        self, person: Person, code: str, ip: str | None, *, allow_recovery: bool
    ) -> None:
        email = normalise_email(person.email)
        now = utcnow()
        since = now - timedelta(seconds=self.settings.login_window_seconds)
        raw = await self.repo.failure_counts(email=email, ip=ip, device_id=None, since=since)
        counts = [
            ScopeCount("client", *raw["client"], free=self.settings.login_free_failures_per_client),
            ScopeCount(
                "account", *raw["account"], free=self.settings.login_free_failures_per_account
            ),
        ]
        wait = throttle.retry_after(self.settings, counts, now)
        if wait:
            raise TooManyRequests(wait)
        if totp.accept_fresh(person, code, now):
            return
        digest = recovery_codes.digest(code) if allow_recovery else None
        if digest is not None and await self.repo.use_recovery_code(person.id, digest, now):
            return
        await self.repo.record_failure(email=email, ip=ip, device_id=None, at=now)
        raise CodeRefused("The code is wrong or already used.", code="totp_invalid")
