"""U+0000 in a SCIM attribute is a SCIM 400 invalidValue, never a database error (500)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Person
from tests.scim.conftest import Scim, user_body


class TestNulInScim:
    async def test_create_user_with_nul_is_invalid_value(
        self, scim: Scim, session: AsyncSession
    ) -> None:
        body = user_body("nul@acme-corp.com")
        body["name"]["givenName"] = "Ni\x00l"
        response = await scim.request("POST", "/Users", body)
        assert response.status_code == 400, response.text
        assert response.json()["scimType"] == "invalidValue"
        people = await session.scalar(
            select(func.count()).select_from(Person).where(Person.organisation_id == scim.org_id)
        )
        assert people == 1  # the admin only
