"""`constel-api create-org` never prints a password: the first admin gets a single-use
link to choose one, printed or e-mailed."""

from __future__ import annotations

import asyncio
import re
import uuid

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.cli import build_parser, cmd_create_org
from constel_api.config import Settings
from constel_api.main import create_app
from constel_api.models import Person, Role
from tests.fixtures.actors import login
from tests.notifications.conftest import CommittingFactory, Mailbox, Runner

NEW_PASSWORD = "a brand new passphrase 42"


def _args(email: str, *extra: str) -> object:
    slug = f"notify-cli-{uuid.uuid4().hex[:8]}"
    return build_parser().parse_args([
        "create-org", "--name", slug, "--slug", slug, "--admin-email", email,
        "--admin-given-name", "Ada", "--admin-family-name", "Admin", *extra])


async def _admin(engine: AsyncEngine, email: str) -> Person:
    async with AsyncSession(engine) as s:
        return (await s.execute(select(Person).where(Person.email == email))).scalar_one()


async def _choose_password_and_sign_in(settings: Settings, engine: AsyncEngine, email: str,
                                       token: str) -> None:
    app = create_app(settings, engine)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.23", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        login = {"email": email, "password": NEW_PASSWORD}
        r = await http.post("/api/v1/auth/login", json=login)
        assert r.status_code == 401, r.text  # no password until the link is used
        confirm = {"token": token, "new_password": NEW_PASSWORD}
        r = await http.post("/api/v1/auth/password-reset/confirm", json=confirm)
        assert r.status_code == 204, r.text
        r = await http.post("/api/v1/auth/login", json=login)
        assert r.status_code == 200, r.text
        r = await http.post("/api/v1/auth/password-reset/confirm", json=confirm)
        assert r.status_code == 400  # single use
        assert r.json()["code"] == "invalid_password_token"


async def test_create_org_prints_a_set_password_link_not_a_password(
    committed: AsyncSession, engine: AsyncEngine, mail_settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    email = f"ada-{uuid.uuid4().hex[:6]}@notify-cli.test"
    assert await asyncio.to_thread(cmd_create_org, mail_settings, _args(email)) == 0
    out = capsys.readouterr().out
    assert "password:" not in out
    found = re.search(r"https://constel\.test/reset-password\?token=(\S+)&welcome=1", out)
    assert found, out
    assert "valid 7 days, usable once" in out
    assert (await _admin(engine, email)).password_hash is None
    await _choose_password_and_sign_in(mail_settings, engine, email, found.group(1))


async def test_create_org_can_email_the_link_instead(
    committed: AsyncSession, engine: AsyncEngine, mail_settings: Settings, mailbox: Mailbox,
    run_workers: Runner, capsys: pytest.CaptureFixture[str],
) -> None:
    email = f"ada-{uuid.uuid4().hex[:6]}@notify-cli.test"
    args = _args(email, "--email-link")
    assert await asyncio.to_thread(cmd_create_org, mail_settings, args) == 0
    out = capsys.readouterr().out
    assert "token=" not in out
    assert "password:" not in out
    assert "e-mailed" in out

    await run_workers(mail_settings, lambda: len(mailbox.messages) >= 1)
    assert mailbox.recipients == [[email]]
    message = mailbox.messages[0]
    assert message["Subject"] == "Bienvenue sur Constel"
    found = re.search(r"https://constel\.test/reset-password\?token=(\S+)&welcome=1",
                      Mailbox.text(message))
    assert found
    await _choose_password_and_sign_in(mail_settings, engine, email, found.group(1))


async def test_an_organisation_created_through_the_api_emails_the_admin_a_link(
    committed: AsyncSession, cfactory: CommittingFactory, engine: AsyncEngine,
    mail_settings: Settings, mailbox: Mailbox, run_workers: Runner,
) -> None:
    org = await cfactory.organisation(name="notify-operator")
    operator = await cfactory.person(org, Role.PLATFORM_OPERATOR)
    slug = f"notify-api-{uuid.uuid4().hex[:8]}"
    email = f"ada-{uuid.uuid4().hex[:6]}@notify-api.example.org"
    app = create_app(mail_settings, engine)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.24", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as http:
        token = await login(http, operator.email, "correct horse battery staple")
        r = await http.post("/api/v1/organisations", headers={"Authorization": f"Bearer {token}"},
                            json={"name": slug, "slug": slug, "admin_email": email,
                                  "admin_given_name": "Ada", "admin_family_name": "Admin"})
        assert r.status_code == 201, r.text
        assert "password" not in r.text

    await run_workers(mail_settings, lambda: len(mailbox.messages) >= 1)
    assert mailbox.recipients == [[email]]
    found = re.search(r"https://constel\.test/reset-password\?token=(\S+)&welcome=1",
                      Mailbox.text(mailbox.messages[0]))
    assert found
    await _choose_password_and_sign_in(mail_settings, engine, email, found.group(1))
