"""U+0000 in a body field is a 422 at the edge, never a database error."""

from __future__ import annotations

import httpx
import pytest

PROBLEM = "application/problem+json"


class TestLoginWithNul:
    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"email": "a\x00@b.fr", "password": "x"}, "email"),
            ({"email": "a@b.fr", "password": "pass\x00word"}, "password"),
        ],
    )
    async def test_refused_as_validation_error(
        self, client: httpx.AsyncClient, body: dict[str, str], field: str
    ) -> None:
        response = await client.post("/api/v1/auth/login", json=body)
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == PROBLEM
        problem = response.json()
        assert problem["code"] == "validation_error"
        assert [e["loc"] for e in problem["errors"]] == [["body", field]]
