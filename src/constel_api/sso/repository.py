"""SQL of single sign-on; every tenant read goes through ``scoped_select``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.models import (
    Organisation,
    Person,
    SsoAuthorizationRequest,
    SsoConfiguration,
    SsoSession,
)


class SsoRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def configuration(self, organisation_id: uuid.UUID) -> SsoConfiguration | None:
        result = await self.session.execute(scoped_select(SsoConfiguration, organisation_id))
        return result.scalar_one_or_none()

    async def configuration_by_id(self, configuration_id: uuid.UUID) -> SsoConfiguration | None:
        """Unscoped on purpose: the provider's back-channel call names the configuration."""
        return await self.session.get(SsoConfiguration, configuration_id)

    async def enabled_configuration_for_slug(
        self, slug: str
    ) -> tuple[SsoConfiguration, Organisation] | None:
        result = await self.session.execute(
            select(SsoConfiguration, Organisation)
            .join(Organisation, Organisation.id == SsoConfiguration.organisation_id)
            .where(Organisation.slug == slug, SsoConfiguration.enabled.is_(True))
        )
        row = result.one_or_none()
        return (row[0], row[1]) if row else None

    async def configurations_claiming(
        self, domains: Sequence[str], *, enabled_only: bool
    ) -> list[tuple[SsoConfiguration, Organisation]]:
        """Configurations listing any of ``domains`` (home-realm discovery, uniqueness)."""
        query = (
            select(SsoConfiguration, Organisation)
            .join(Organisation, Organisation.id == SsoConfiguration.organisation_id)
            .where(SsoConfiguration.allowed_domains.overlap(list(domains)))
        )
        if enabled_only:
            query = query.where(SsoConfiguration.enabled.is_(True))
        result = await self.session.execute(query)
        return [(row[0], row[1]) for row in result.all()]

    async def person_by_email(self, organisation_id: uuid.UUID, email: str) -> Person | None:
        result = await self.session.execute(
            scoped_select(Person, organisation_id).where(
                func.lower(Person.email) == email.strip().lower()
            )
        )
        return result.scalar_one_or_none()

    async def person_by_external_id(
        self, organisation_id: uuid.UUID, external_id: str
    ) -> Person | None:
        result = await self.session.execute(
            scoped_select(Person, organisation_id).where(Person.external_id == external_id)
        )
        return result.scalar_one_or_none()

    async def person(self, organisation_id: uuid.UUID, person_id: uuid.UUID) -> Person | None:
        result = await self.session.execute(
            scoped_select(Person, organisation_id).where(Person.id == person_id)
        )
        return result.scalar_one_or_none()

    async def pending_request(self, state_hash: bytes) -> SsoAuthorizationRequest | None:
        """The sign-in a callback's ``state`` names, locked so it is used only once."""
        result = await self.session.execute(
            select(SsoAuthorizationRequest)
            .where(SsoAuthorizationRequest.state_hash == state_hash)
            .with_for_update()
        )
        return result.scalar_one_or_none()

    async def forget_expired_requests(self, before: datetime) -> None:
        await self.session.execute(
            delete(SsoAuthorizationRequest).where(SsoAuthorizationRequest.expires_at < before)
        )

    async def session_for_family(self, family_id: uuid.UUID) -> SsoSession | None:
        result = await self.session.execute(
            select(SsoSession).where(SsoSession.family_id == family_id)
        )
        return result.scalars().first()

    async def sessions_for_logout(
        self, organisation_id: uuid.UUID, *, subject: str | None, sid: str | None
    ) -> list[SsoSession]:
        """With a ``sid``, that provider session's sign-ins; otherwise all of the subject's."""
        query = scoped_select(SsoSession, organisation_id)
        if sid is not None:
            query = query.where(SsoSession.sid == sid)
            if subject is not None:
                query = query.where(SsoSession.subject == subject)
        else:
            query = query.where(SsoSession.subject == subject)
        result = await self.session.execute(query)
        return list(result.scalars())
