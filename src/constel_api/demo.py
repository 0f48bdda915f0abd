"""Demo organisation for ``make run``: an admin, mentors and mentees with printed passwords."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.passwords import hash_password
from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.models import (
    CharterVersion,
    Mentorship,
    MentorshipStatus,
    Organisation,
    OrgUnit,
    Person,
    Program,
    ProgramParticipant,
    Role,
)
from constel_api.models.program import ParticipantRole, ParticipantState, ProgramStatus
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

DEMO_PROGRAM = "Mentorat 2026"
DEMO_CHARTER = """# Charte du mentorat

1. **Aucun lien hiérarchique ou fonctionnel** entre le mentor et le mentoré.
2. **Confidentialité stricte** : les échanges restent dans le binôme ; les comptes rendus,
   objectifs et notes sont chiffrés de bout en bout.
3. **Vie privée** : le mentor demande l'accord explicite du mentoré avant d'aborder
   un sujet personnel.
4. **Accord mutuel** : le binôme démarre quand chacun a accepté et signé cette charte.
5. **Droit de retrait** : chacun peut mettre fin au mentorat à tout moment.
"""


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
    await _seed_program(session, org.id, admin.id)
    return accounts, password


async def _seed_program(session: AsyncSession, org_id: uuid.UUID, admin_id: uuid.UUID) -> None:
    """A running program with a published charter, everyone enrolled and one proposed pair,
    so a newcomer has something to open right after signing in."""
    now = utcnow()
    today = date.today()
    program = Program(
        organisation_id=org_id,
        name=DEMO_PROGRAM,
        status=ProgramStatus.RUNNING,
        theme="Développement professionnel",
        description="Programme de mentorat interne de la Caisse Démo.",
        objectives=["Accompagner la prise de poste", "Développer son réseau"],
        support_contact=f"support@{DEMO_DOMAIN}",
        enrolment_opens_on=today - timedelta(days=60),
        enrolment_closes_on=today - timedelta(days=15),
        starts_on=today - timedelta(days=10),
        ends_on=today + timedelta(days=355),
        duration_months=12,
        expected_sessions=10,
        session_rhythm="monthly",
        session_length_minutes=60,
        created_by_id=admin_id,
        enrolment_opened_at=now - timedelta(days=60),
        started_at=now - timedelta(days=10),
    )
    session.add(program)
    await session.flush()
    session.add(
        CharterVersion(
            organisation_id=org_id, program_id=program.id, version=1,
            body_markdown=DEMO_CHARTER, created_by_id=admin_id, published_at=now,
        )
    )
    people = {
        p.email: p
        for p in await session.scalars(
            select(Person).where(
                Person.organisation_id == org_id, Person.password_hash.is_not(None)
            )
        )
    }
    for email, person in sorted(people.items()):
        local = email.split("@")[0]
        if not local.startswith(("mentor", "mentee")):
            continue
        role = ParticipantRole.MENTOR if local.startswith("mentor") else ParticipantRole.MENTEE
        session.add(
            ProgramParticipant(
                organisation_id=org_id, program_id=program.id, person_id=person.id,
                role=role, state=ParticipantState.ELIGIBLE, answers={},
                invited_at=now - timedelta(days=50), applied_at=now - timedelta(days=40),
            )
        )
    session.add(
        Mentorship(
            organisation_id=org_id, program_id=program.id,
            mentor_id=people[f"mentor1@{DEMO_DOMAIN}"].id,
            mentee_id=people[f"mentee1@{DEMO_DOMAIN}"].id,
            status=MentorshipStatus.PROPOSED, origin="matching",
        )
    )
    await session.flush()
