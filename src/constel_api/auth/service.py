"""Login, token rotation, logout and account security; raises domain errors only."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.auth import device_cookies, passwords, recovery_codes, throttle, totp
from constel_api.auth.device_cookies import DeviceCookie
from constel_api.auth.repository import AuthRepository
from constel_api.auth.throttle import ScopeCount, normalise_email
from constel_api.auth.tokens import (
    csrf_token_for,
    hash_token,
    issue_access_token,
    new_opaque_token,
)
from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.errors import BadRequest, Forbidden, TooManyRequests, Unauthorized
from constel_api.models import Person, RefreshToken

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    csrf_token: str
    expires_in: int
    device_cookie: DeviceCookie | None = None  # set by a sign-in with the password


@dataclass(frozen=True)
class _Attempt:
    """One sign-in attempt as the throttle sees it."""

    email: str
    ip: str | None
    device_id: uuid.UUID | None
    counts: list[ScopeCount]


@dataclass(frozen=True)
class CurrentSession:
    """The sign-in a request comes from: its refresh family and how it authenticated."""

    family_id: uuid.UUID
    amr: tuple[str, ...]


class LoginFailed(Unauthorized):
    """Raised after the failure is recorded; the router commits it before answering."""


class AuthService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings
        self.repo = AuthRepository(session)

    async def _throttle_counts(
        self, email: str, ip: str | None, device_id: uuid.UUID | None, now: datetime
    ) -> list[ScopeCount]:
        since = now - timedelta(seconds=self.settings.login_window_seconds)
        raw = await self.repo.failure_counts(email=email, ip=ip, device_id=device_id, since=since)
        per_client = self.settings.login_free_failures_per_client
        if device_id is not None:
            # A known browser of this account: only its own failures slow it down.
            free = {"device": per_client}
        else:
            free = {
                "client": per_client,
                "account": self.settings.login_free_failures_per_account,
                "ip": self.settings.login_free_failures_per_ip,
            }
        return [ScopeCount(scope, *raw[scope], free=limit) for scope, limit in free.items()]

    async def _fail(
        self, attempt: _Attempt, candidates: list[Person], code: str, detail: str
    ) -> LoginFailed:
        """Count the failure; a scope that has just used up its free attempts is audited."""
        now = utcnow()
        await self.repo.record_failure(
            email=attempt.email, ip=attempt.ip, device_id=attempt.device_id, at=now
        )
        await self.repo.forget_old_failures(
            email=attempt.email, before=now - timedelta(seconds=self.settings.login_window_seconds)
        )
        counts = [replace(c, failures=c.failures + 1, last_failure=now) for c in attempt.counts]
        for count in throttle.newly_throttled(counts):
            delay = throttle.delay_seconds(self.settings, count.failures, count.free)
            details = {
                "scope": count.scope,
                "failures": count.failures,
                "delay_seconds": delay,
                "ip": attempt.ip,
            }
            logger.warning("sign-in throttled", extra={"scope": count.scope, "ip": attempt.ip})
            for person in candidates:
                await record_audit(
                    self.session,
                    None,
                    "auth.sign_in_throttled",
                    "person",
                    person.id,
                    details,
                    organisation_id=person.organisation_id,
                )
        return LoginFailed(detail, code=code)

    async def login(
        self,
        *,
        email: str,
        password: str,
        totp_code: str | None,
        ip: str | None,
        device_cookie: str | None = None,
        recovery_code: str | None = None,
    ) -> IssuedTokens:
        """Check the throttle, then the password (and TOTP); a new device cookie on success."""
        email = normalise_email(email)
        now = utcnow()
        device_id = device_cookies.verify(self.settings, email, device_cookie, now)
        counts = await self._throttle_counts(email, ip, device_id, now)
        wait = throttle.retry_after(self.settings, counts, now)
        if wait:
            raise TooManyRequests(wait)
        attempt = _Attempt(email=email, ip=ip, device_id=device_id, counts=counts)
        candidates = await self.repo.people_with_login(email)
        # One Argon2 computation whether the e-mail is unknown or shared by organisations.
        hashes = [c.password_hash or "" for c in candidates]
        match = await passwords.first_match(self.settings, email, hashes, password)
        person = candidates[match] if match is not None else None
        if person is None or person.password_hash is None:
            raise await self._fail(
                attempt, candidates, "invalid_credentials", "Wrong email or password."
            )
        if not person.active:
            raise Forbidden("This account is disabled.", code="account_disabled")
        if await self.repo.password_sign_in_disabled(person):
            raise Forbidden(
                "Your organisation signs you in through its identity provider.",
                code="sso_required",
            )
        amr = ["pwd"]
        if person.totp_enabled and person.totp_secret:
            await self._second_factor(attempt, person, totp_code, recovery_code)
            amr.append("otp")
        await self.repo.clear_client_failures(email=email, ip=ip, device_id=device_id)
        if passwords.needs_rehash(self.settings, person.password_hash, email=email):
            person.password_hash = await passwords.hash_password(
                self.settings, password, email=email
            )
        tokens = await self._issue(person, family_id=uuid.uuid4(), amr=amr)
        return replace(tokens, device_cookie=device_cookies.issue(self.settings, email, now))

    async def _second_factor(
        self,
        attempt: _Attempt,
        person: Person,
        totp_code: str | None,
        recovery_code: str | None,
    ) -> None:
        """A fresh TOTP code, or one of the person's unused recovery codes (spent here)."""
        if recovery_code:
            digest = recovery_codes.digest(recovery_code)
            if digest is None or not await self.repo.use_recovery_code(
                person.id, digest, utcnow()
            ):
                raise await self._fail(
                    attempt,
                    [person],
                    "recovery_code_invalid",
                    "The recovery code is wrong or already used.",
                )
            left = await self.repo.unused_recovery_codes(person.id)
            await record_audit(
                self.session,
                person,
                "account.recovery_code_used",
                "person",
                person.id,
                {"codes_left": left},
            )
            return
        if not totp_code:
            raise Unauthorized("Enter the code from your authenticator app.", code="totp_required")
        if not totp.accept_fresh(person, totp_code, utcnow()):
            raise await self._fail(attempt, [person], "totp_invalid", "The code is wrong or used.")

    async def issue_session(
        self, person: Person, *, family_id: uuid.UUID, amr: list[str]
    ) -> IssuedTokens:
        """A new sign-in for ``person``, as after a password: single sign-on calls it once
        the provider has vouched for the person."""
        return await self._issue(person, family_id=family_id, amr=amr)

    async def _issue(self, person: Person, *, family_id: uuid.UUID, amr: list[str]) -> IssuedTokens:
        now = utcnow()
        refresh = new_opaque_token()
        self.session.add(
            RefreshToken(
                organisation_id=person.organisation_id,
                person_id=person.id,
                family_id=family_id,
                token_hash=hash_token(refresh),
                amr=amr,
                created_at=now,
                expires_at=now + timedelta(seconds=self.settings.refresh_token_ttl_seconds),
            )
        )
        await self.session.flush()
        access = issue_access_token(
            self.settings,
            person_id=person.id,
            organisation_id=person.organisation_id,
            family_id=family_id,
            amr=amr,
            now=now,
        )
        return IssuedTokens(
            access_token=access,
            refresh_token=refresh,
            csrf_token=csrf_token_for(self.settings, refresh),
            expires_in=self.settings.access_token_ttl_seconds,
        )

    async def refresh(self, refresh_token: str) -> IssuedTokens:
        now = utcnow()
        stored = await self.repo.refresh_token_by_hash(hash_token(refresh_token))
        if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
            raise Unauthorized("Please sign in again.", code="invalid_refresh_token")
        if stored.rotated_at is not None:
            # A rotated token came back: someone holds a copy. End the whole login.
            await self.repo.revoke_family(stored.family_id, now)
            raise LoginFailed("Please sign in again.", code="refresh_token_reused")
        person = await self.session.get(Person, stored.person_id)
        if person is None or not person.active or stored.created_at < person.sessions_valid_after:
            raise Unauthorized("Please sign in again.", code="invalid_refresh_token")
        stored.rotated_at = now
        return await self._issue(person, family_id=stored.family_id, amr=list(stored.amr))

    async def logout(self, refresh_token: str | None) -> None:
        if not refresh_token:
            return
        stored = await self.repo.refresh_token_by_hash(hash_token(refresh_token))
        if stored is not None:
            await self.repo.revoke_family(stored.family_id, utcnow())

    async def revoke_all_sessions(self, person: Person) -> None:
        """Kill every access and refresh token of the person at once."""
        await self.revoke_other_sessions(person, keep=None)

    async def revoke_other_sessions(
        self, person: Person, *, keep: CurrentSession | None
    ) -> IssuedTokens | None:
        """End every session of ``person`` except ``keep`` (after a password change or reset).

        Every other refresh family is revoked and ``sessions_valid_after`` moves, so their
        access tokens stop at once. The kept session continues with the tokens returned
        here (its earlier ones predate the move); hand them to the browser. With
        ``keep=None`` every session ends and nothing is returned.
        """
        now = utcnow()
        # Whole milliseconds: access tokens carry ``iat`` to the millisecond, and the kept
        # session's new token is issued after this instant, never rounded before it.
        person.sessions_valid_after = now.replace(microsecond=now.microsecond // 1000 * 1000)
        keep_family = keep.family_id if keep is not None else None
        await self.repo.revoke_all_for_person(person.id, now, except_family=keep_family)
        await self.session.flush()
        if keep is None:
            return None
        await self.repo.retire_family_tokens(keep.family_id, now)
        return await self._issue(person, family_id=keep.family_id, amr=list(keep.amr))

    async def change_password(
        self, person: Person, current: str, new: str, *, session: CurrentSession
    ) -> IssuedTokens:
        """Set a new password; every other session ends, this one continues."""
        if not await passwords.verify_password(self.settings, person.password_hash, current):
            raise BadRequest("The current password is wrong.", code="wrong_password")
        person.password_hash = await passwords.hash_password(
            self.settings, new, email=normalise_email(person.email)
        )
        tokens = await self.revoke_other_sessions(person, keep=session)
        assert tokens is not None
        await record_audit(
            self.session, person, "account.password_change", "person", person.id, {}
        )
        return tokens
