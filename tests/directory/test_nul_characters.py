"""U+0000 in a search term or a CSV cell is refused (422), not a database error (500)."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import Person
from tests.directory.conftest import Directory
from tests.directory.test_imports import HEADER

PROBLEM = "application/problem+json"


class TestNulInSearch:
    async def test_query_parameter(self, client: httpx.AsyncClient, directory: Directory) -> None:
        response = await client.get(
            "/api/v1/directory/people?q=bo%00b&site=Lyon", headers=directory.admin.headers
        )
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == PROBLEM
        assert "x-request-id" in response.headers
        body = response.json()
        assert body["code"] == "validation_error"
        assert [e["loc"] for e in body["errors"]] == [["query", "q"]]


class TestNulInImport:
    @pytest.mark.parametrize("dry_run", [True, False], ids=["dry run", "apply"])
    async def test_cell_is_refused_and_nothing_applied(
        self, directory: Directory, session: AsyncSession, dry_run: bool
    ) -> None:
        """The dry run refuses exactly what the apply would, with the same answer."""
        data = (HEADER + "e0,z@acme.test,Zoé,Martin,,Finance,Director,Paris,fr,true\n"
                + "e1,a@acme.test,Al\x00ice,Durand,,Finance,Director,Paris,fr,true\n")
        response = await directory.upload(data, dry_run=dry_run)
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == PROBLEM
        body = response.json()
        assert body["code"] == "invalid_character"
        assert body["line"] == 3
        people = await session.scalar(
            select(func.count()).select_from(Person)
            .where(Person.organisation_id == directory.org_id)
        )
        assert people == 1  # the admin only
