"""Demo organisation for ``make run``: an admin, mentors and mentees with printed passwords."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.passwords import hash_password
from constel_api.config import Settings
from constel_api.models import Organisation, OrgUnit, Person, Role
from constel_api.organisations.service import create_organisation

DEMO_SLUG = "demo"
DEMO_DOMAIN = "demo.constel.fr"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: str
    name: str


MENTORS = [("Claire", "Fontaine"), ("Karim", "Benali"), ("Sophie", "Marchand")]
MENTEES = [
    ("Lucas", "Petit"),
    ("Amina", "Diallo"),
    ("Thomas", "Leroy"),
    ("Julie", "Moreau"),
    ("Hugo", "Lambert"),
]


async def seed_demo(
    session: AsyncSession, settings: Settings, password: str | None = None
) -> tuple[list[DemoAccount], str] | None:
    """Create the demo organisation once; returns None when it already exists."""
    if await session.scalar(select(Organisation.id).where(Organisation.slug == DEMO_SLUG)):
        return None
    password = password or secrets.token_urlsafe(9)
    org, admin = await create_organisation(
        session,
        settings,
        name="Démo",
        slug=DEMO_SLUG,
        support_email=f"support@{DEMO_DOMAIN}",
        admin_email=f"admin@{DEMO_DOMAIN}",
        admin_given_name="Alice",
        admin_family_name="Administratrice",
        admin_password=password,
    )
    hashed = await hash_password(settings, password)
    root = OrgUnit(organisation_id=org.id, name="Caisse Démo", external_id="U-ROOT")
    session.add(root)
    await session.flush()
    units = [
        OrgUnit(organisation_id=org.id, name=n, external_id=f"U-{i}", parent_id=root.id)
        for i, n in enumerate(["Relation clients", "Gestion des droits", "Informatique"])
    ]
    session.add_all(units)
    await session.flush()
    director = Person(
        organisation_id=org.id,
        email=f"direction@{DEMO_DOMAIN}",
        given_name="Denis",
        family_name="Directeur",
        external_id="E-0",
        unit_id=root.id,
        job_title="Directeur",
        site="Lyon",
        languages=["fr", "en"],
    )
    session.add(director)
    await session.flush()
    admin.manager_id = director.id
    admin.unit_id = root.id
    accounts = [DemoAccount(admin.email, Role.ORG_ADMIN, admin.display_name)]
    for i, (given, family) in enumerate(MENTORS, start=1):
        mentor = Person(
            organisation_id=org.id,
            email=f"mentor{i}@{DEMO_DOMAIN}",
            given_name=given,
            family_name=family,
            external_id=f"E-M{i}",
            unit_id=units[i - 1].id,
            job_title="Manager",
            site=["Lyon", "Paris", "Lille"][i - 1],
            languages=["fr", "en"],
            manager_id=director.id,
            roles=[Role.MEMBER],
            password_hash=hashed,
        )
        session.add(mentor)
        accounts.append(DemoAccount(mentor.email, "mentor", mentor.display_name))
    for i, (given, family) in enumerate(MENTEES, start=1):
        mentee = Person(
            organisation_id=org.id,
            email=f"mentee{i}@{DEMO_DOMAIN}",
            given_name=given,
            family_name=family,
            external_id=f"E-N{i}",
            unit_id=units[i % 3].id,
            job_title="Conseiller",
            site=["Lyon", "Paris"][i % 2],
            languages=["fr"],
            roles=[Role.MEMBER],
            password_hash=hashed,
        )
        session.add(mentee)
        accounts.append(DemoAccount(mentee.email, "mentee", mentee.display_name))
    await session.flush()
    return accounts, password
