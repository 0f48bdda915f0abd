"""SQL of the authentication domain."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import LoginAttempt, Person, RefreshToken


class AuthRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def people_with_login(self, email: str) -> list[Person]:
        result = await self.session.execute(
            select(Person)
            .where(func.lower(Person.email) == email.lower(), Person.password_hash.is_not(None))
            .order_by(Person.created_at)
            .limit(10)
        )
        return list(result.scalars())

    async def count_failures(
        self, *, email: str, ip: str | None, since: datetime
    ) -> tuple[int, int]:
        by_email = await self.session.scalar(
            select(func.count()).where(
                LoginAttempt.email == email, LoginAttempt.created_at >= since
            )
        )
        by_ip = 0
        if ip is not None:
            by_ip = (
                await self.session.scalar(
                    select(func.count()).where(
                        LoginAttempt.ip == ip, LoginAttempt.created_at >= since
                    )
                )
                or 0
            )
        return int(by_email or 0), int(by_ip)

    async def oldest_failure(
        self, *, email: str, ip: str | None, since: datetime
    ) -> datetime | None:
        conditions = [LoginAttempt.email == email]
        if ip is not None:
            conditions.append(LoginAttempt.ip == ip)
        return await self.session.scalar(
            select(func.min(LoginAttempt.created_at)).where(
                or_(*conditions), LoginAttempt.created_at >= since
            )
        )

    async def record_failure(self, *, email: str, ip: str | None, at: datetime) -> None:
        self.session.add(LoginAttempt(email=email, ip=ip, created_at=at))
        await self.session.flush()

    async def clear_failures(self, email: str) -> None:
        await self.session.execute(delete(LoginAttempt).where(LoginAttempt.email == email))

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
