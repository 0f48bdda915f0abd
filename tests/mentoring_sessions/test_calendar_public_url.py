"""The calendar subscription URL points at the configured public address, whatever Host
header the request carried (issue: the feed URL was built from the Host header)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from pydantic import SecretStr, ValidationError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from constel_api.config import Settings
from constel_api.models import MentorshipStatus
from tests.fixtures.actors import Factory
from tests.fixtures.app import build_app
from tests.mentorships.helpers import make_pair

PUBLIC = "https://mentorat.example.fr"


@pytest.fixture
async def public_client(
    settings: Settings, engine: AsyncEngine, session: AsyncSession
) -> AsyncIterator[httpx.AsyncClient]:
    app = build_app(
        settings.model_copy(update={"public_base_url": PUBLIC + "/"}), engine, session
    )
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
        yield c


async def test_feed_url_uses_the_public_base_url_not_the_host_header(
    public_client: httpx.AsyncClient, factory: Factory, session: AsyncSession
) -> None:
    pair = await make_pair(public_client, factory, session, status=MentorshipStatus.ACTIVE)
    r = await public_client.post(
        "/api/v1/calendar/feed",
        headers={**pair.mentee.headers, "Host": "attacker.example"},
    )
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    assert url.startswith(f"{PUBLIC}/api/v1/calendar/sessions.ics?key=calf_")
    assert "attacker" not in url
    ics = await public_client.get(httpx.URL(url).copy_with(scheme="https", host="testserver"))
    assert ics.status_code == 200


def test_production_requires_the_public_base_url() -> None:
    secret = SecretStr("s" * 40)
    with pytest.raises(ValidationError, match="CONSTEL_PUBLIC_BASE_URL"):
        Settings(environment="production", jwt_secret=secret, _env_file=None)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Settings(public_base_url="mentorat.example.fr", _env_file=None)  # type: ignore[call-arg]
    ok = Settings(
        environment="production", jwt_secret=secret, public_base_url=PUBLIC, _env_file=None  # type: ignore[call-arg]
    )
    assert ok.public_base_url == PUBLIC
