"""Password reset and first-password links: single-use, hashed, short-lived tokens.

Asking for a reset only enqueues a job carrying the typed address, the same work whether
an account has it or not, so neither the answer nor its timing tells which addresses
exist. The worker looks the address up, creates the token and e-mails the link.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from constel_api.auth import passwords
from constel_api.auth.service import AuthService
from constel_api.auth.tokens import hash_token, new_opaque_token
from constel_api.config import Settings
from constel_api.core.time import utcnow
from constel_api.errors import BadRequest
from constel_api.jobs.queue import enqueue
from constel_api.models import Organisation, PasswordToken, PasswordTokenPurpose, Person
from constel_api.notifications import mailer
from constel_api.notifications import repository as repo
from constel_api.notifications.catalogue import ACCOUNT_KINDS
from constel_api.notifications.render import render

PASSWORD_LINK = "password_link"  # noqa: S105 (a job name)


async def request_reset(session: AsyncSession, email: str) -> None:
    """Enqueue the lookup; the caller answers the same 202 whatever happens next."""
    await enqueue(session, PASSWORD_LINK, {"email": email.strip().lower()[:320]})


async def request_set_link(session: AsyncSession, person: Person) -> None:
    """A new account (an admin, an invited person) chooses its first password by e-mail."""
    await enqueue(session, PASSWORD_LINK, {"person_id": str(person.id)},
                  dedupe_key=f"password-set:{person.id}")


async def issue_token(session: AsyncSession, settings: Settings, person: Person,
                      purpose: str) -> str:
    """A new single-use link token for ``person``; only its hash is stored."""
    token = new_opaque_token()
    ttl = (settings.password_reset_ttl_seconds if purpose == PasswordTokenPurpose.RESET
           else settings.password_set_ttl_seconds)
    now = utcnow()
    session.add(PasswordToken(
        organisation_id=person.organisation_id, person_id=person.id, purpose=purpose,
        token_hash=hash_token(token), created_at=now, expires_at=now + timedelta(seconds=ttl),
    ))
    await session.flush()
    return token


def set_password_url(settings: Settings, token: str) -> str:
    """The SPA page where a new account chooses its first password (as the e-mail links)."""
    path = ACCOUNT_KINDS["password_set"].path.format(token=token)
    return f"{settings.public_url}{path}"


async def _people_for(session: AsyncSession, data: dict[str, Any]) -> list[tuple[Person, str]]:
    if "person_id" in data:
        person = await session.get(Person, uuid.UUID(data["person_id"]))
        return [(person, PasswordTokenPurpose.SET)] if person and person.active else []
    statement = (
        select(Person)
        .where(func.lower(Person.email) == str(data["email"]), Person.active.is_(True))
        .order_by(Person.created_at).limit(10)
    )
    return [(p, PasswordTokenPurpose.RESET) for p in (await session.execute(statement)).scalars()]


async def send_password_link(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings,
                             data: dict[str, Any], *, final_attempt: bool) -> int:
    """E-mail one link per matching account; each commits only once its mail is accepted."""
    async with sessionmaker() as session:
        targets = [(p.id, purpose) for p, purpose in await _people_for(session, data)]
    sent = 0
    for person_id, purpose in targets:
        async with sessionmaker() as session:
            person = await session.get(Person, person_id)
            if person is None:
                continue
            organisation = await session.get(Organisation, person.organisation_id)
            if organisation is None:
                continue
            token = await issue_token(session, settings, person, purpose)
            pref = await repo.preference(session, person.id)
            rendered = render(
                f"password_{purpose}", pref.locale if pref else "fr", {"token": token},
                recipient_name=person.given_name, organisation=organisation.name,
                support=organisation.support_email, public_url=settings.public_url,
                timezone=settings.mail_timezone,
            )
            message = mailer.build_message(settings, to=person.email,
                                           to_name=person.display_name, rendered=rendered,
                                           unsubscribe=None, reference=f"pw-{person.id}")
            await session.flush()
            await mailer.send(settings, message)
            await session.commit()
            sent += 1
    return sent


async def confirm(session: AsyncSession, settings: Settings, token: str, new_password: str
                  ) -> Person:
    """Set the new password, spend every link of the account, end every session."""
    now = utcnow()
    row = await repo.password_token_by_hash(session, hash_token(token))
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise BadRequest("This link is invalid, used or expired. Ask for a new one.",
                         code="invalid_password_token")
    person = await session.get(Person, row.person_id)
    if person is None or not person.active:
        raise BadRequest("This link is invalid, used or expired. Ask for a new one.",
                         code="invalid_password_token")
    person.password_hash = await passwords.hash_password(settings, new_password)
    await repo.spend_other_tokens(session, person.id, now)
    # The same revocation as a password change: every refresh family and access token.
    await AuthService(session, settings).revoke_all_sessions(person)
    return person
