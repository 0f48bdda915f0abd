"""SQL of the authentication domain."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, false, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import (
    LoginAttempt,
    Person,
    RefreshToken,
    SsoConfiguration,
    TotpRecoveryCode,
)


class AuthRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def people_with_login(self, email: str) -> list[Person]:
        """Accounts (in any organisation) for a normalised e-mail; lower(email) is indexed."""
        result = await self.session.execute(
            select(Person)
            .where(func.lower(Person.email) == email, Person.password_hash.is_not(None))
            .order_by(Person.created_at)
            .limit(10)
        )
        return list(result.scalars())

    async def password_sign_in_disabled(self, person: Person) -> bool:
        """The organisation signs people in through its provider only ("SSO only"), and
        ``person`` is not its break-glass admin."""
        result = await self.session.execute(
            select(SsoConfiguration.break_glass_person_id).where(
                SsoConfiguration.organisation_id == person.organisation_id,
                SsoConfiguration.enabled.is_(True),
                SsoConfiguration.sso_only.is_(True),
            )
        )
        row = result.first()
        return row is not None and row[0] != person.id

    async def failure_counts(
        self,
        *,
        email: str,
        ip: str | None,
        device_id: uuid.UUID | None,
        since: datetime,
    ) -> dict[str, tuple[int, datetime | None]]:
        """Failures and the latest one per scope, in one query.

        ``device``: this device cookie for this account; ``client``: this account from this
        IP without a device cookie; ``account``: this account without a device cookie;
        ``ip``: this IP without a device cookie, whatever the account.
        """
        untrusted = LoginAttempt.device_id.is_(None)
        same_email = LoginAttempt.email == email
        same_ip = LoginAttempt.ip == ip if ip is not None else false()
        scopes = {
            "device": and_(same_email, LoginAttempt.device_id == device_id)
            if device_id is not None
            else false(),
            "client": and_(same_email, same_ip, untrusted),
            "account": and_(same_email, untrusted),
            "ip": and_(same_ip, untrusted),
        }
        columns: list[ColumnElement[Any]] = []
        for condition in scopes.values():
            columns.append(func.count().filter(condition))
            columns.append(func.max(LoginAttempt.created_at).filter(condition))
        row = (
            await self.session.execute(
                select(*columns).where(
                    LoginAttempt.created_at >= since, or_(same_email, same_ip)
                )
            )
        ).one()
        counts: dict[str, tuple[int, datetime | None]] = {}
        for i, scope in enumerate(scopes):
            counts[scope] = (int(row[2 * i] or 0), row[2 * i + 1])
        return counts

    async def record_failure(
        self, *, email: str, ip: str | None, device_id: uuid.UUID | None, at: datetime
    ) -> None:
        self.session.add(LoginAttempt(email=email, ip=ip, device_id=device_id, created_at=at))
        await self.session.flush()

    async def clear_client_failures(
        self, *, email: str, ip: str | None, device_id: uuid.UUID | None
    ) -> None:
        """Forget the failures of the client that just signed in, not the others'."""
        condition = (
            LoginAttempt.device_id == device_id
            if device_id is not None
            else and_(
                LoginAttempt.device_id.is_(None),
                LoginAttempt.ip == ip if ip is not None else LoginAttempt.ip.is_(None),
            )
        )
        await self.session.execute(
            delete(LoginAttempt).where(LoginAttempt.email == email, condition)
        )

    async def forget_old_failures(self, *, email: str, before: datetime) -> None:
        """Failures older than the window count no more; drop the account's as it goes."""
        await self.session.execute(
            delete(LoginAttempt).where(
                LoginAttempt.email == email, LoginAttempt.created_at < before
            )
        )

    async def refresh_token_by_hash(self, token_hash: bytes) -> RefreshToken | None:
        result = await self.session.execute(
            select(RefreshToken).where(RefreshToken.token_hash == token_hash).with_for_update()
        )
        return result.scalar_one_or_none()

    async def revoke_family(self, family_id: uuid.UUID, at: datetime) -> None:
        await self.session.execute(
            update(RefreshToken)
            .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
            .values(revoked_at=at)
        )

    async def revoke_all_for_person(
        self, person_id: uuid.UUID, at: datetime, *, except_family: uuid.UUID | None = None
    ) -> int:
        """Revoke the person's refresh tokens (but ``except_family``'s); how many families."""
        conditions = [RefreshToken.person_id == person_id, RefreshToken.revoked_at.is_(None)]
        if except_family is not None:
            conditions.append(RefreshToken.family_id != except_family)
        result = await self.session.execute(
            update(RefreshToken)
            .where(*conditions)
            .values(revoked_at=at)
            .returning(RefreshToken.family_id)
        )
        return len(set(result.scalars()))

    async def retire_family_tokens(self, family_id: uuid.UUID, at: datetime) -> None:
        """Mark a family's live tokens as rotated: presenting one again counts as reuse."""
        await self.session.execute(
            update(RefreshToken)
            .where(
                RefreshToken.family_id == family_id,
                RefreshToken.revoked_at.is_(None),
                RefreshToken.rotated_at.is_(None),
            )
            .values(rotated_at=at)
        )

    async def person_with_live_family(
        self, person_id: uuid.UUID, family_id: uuid.UUID
    ) -> tuple[Person | None, bool]:
        """The person and whether the sign-in ``family_id`` is still alive, in one query.

        Revoking a family revokes its newest token too, so that one token decides; a family
        with no token left (erased) is not alive.
        """
        newest_alive = (
            select(RefreshToken.revoked_at.is_(None))
            .where(RefreshToken.family_id == family_id, RefreshToken.person_id == person_id)
            .order_by(RefreshToken.created_at.desc())
            .limit(1)
            .scalar_subquery()
        )
        row = (
            await self.session.execute(select(Person, newest_alive).where(Person.id == person_id))
        ).first()
        if row is None:
            return None, False
        return row[0], bool(row[1])

    async def replace_recovery_codes(
        self, person: Person, digests: list[bytes], at: datetime
    ) -> None:
        """The person's recovery codes become exactly these (older ones stop working)."""
        await self.delete_recovery_codes(person.id)
        self.session.add_all(
            [
                TotpRecoveryCode(
                    organisation_id=person.organisation_id,
                    person_id=person.id,
                    code_hash=d,
                    created_at=at,
                )
                for d in digests
            ]
        )
        await self.session.flush()

    async def use_recovery_code(self, person_id: uuid.UUID, digest: bytes, at: datetime) -> bool:
        """Spend an unused code atomically: two requests cannot both use it."""
        used = await self.session.scalar(
            update(TotpRecoveryCode)
            .where(
                TotpRecoveryCode.person_id == person_id,
                TotpRecoveryCode.code_hash == digest,
                TotpRecoveryCode.used_at.is_(None),
            )
            .values(used_at=at)
            .returning(TotpRecoveryCode.id)
        )
        return used is not None

    async def unused_recovery_codes(self, person_id: uuid.UUID) -> int:
        count = await self.session.scalar(
            select(func.count()).where(
                TotpRecoveryCode.person_id == person_id, TotpRecoveryCode.used_at.is_(None)
            )
        )
        return int(count or 0)

    async def delete_recovery_codes(self, person_id: uuid.UUID) -> None:
        await self.session.execute(
            delete(TotpRecoveryCode).where(TotpRecoveryCode.person_id == person_id)
        )

