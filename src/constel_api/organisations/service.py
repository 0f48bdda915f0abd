"""Creating organisations with their first admin, and their settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.auth.passwords import hash_password
from constel_api.auth.throttle import normalise_email
from constel_api.config import Settings
from constel_api.errors import Conflict
from constel_api.models import Organisation, Person, Role


async def create_organisation(
    session: AsyncSession,
    settings: Settings,
    *,
    name: str,
    slug: str,
    support_email: str | None,
    admin_email: str,
    admin_given_name: str,
    admin_family_name: str,
    admin_password: str | None,
    extra_roles: tuple[Role, ...] = (),
) -> tuple[Organisation, Person]:
    """``admin_password`` None: the admin has none yet and chooses it through a link."""
    existing = await session.scalar(select(Organisation.id).where(Organisation.slug == slug))
    if existing is not None:
        raise Conflict(f"An organisation with slug '{slug}' exists.", code="slug_taken")
    org = Organisation(name=name, slug=slug, support_email=support_email)
    session.add(org)
    await session.flush()
    admin = Person(
        organisation_id=org.id,
        email=admin_email.lower(),
        given_name=admin_given_name,
        family_name=admin_family_name,
        roles=[Role.ORG_ADMIN, Role.MEMBER, *extra_roles],
        password_hash=None if admin_password is None else await hash_password(
            settings, admin_password, email=normalise_email(admin_email)
        ),
    )
    session.add(admin)
    await session.flush()
    await record_audit(
        session, admin, "organisation.create", "organisation", org.id, {"slug": slug}
    )
    return org, admin
