"""Looking cells up in a metrics report, and machine clients for the export routes."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from tests.fixtures.actors import Actor


def cell(report: dict[str, Any], figure: str, category: str | None = None, *,
         scope: str = "all", unit: uuid.UUID | None = None,
         period: str | None = None) -> dict[str, Any] | None:
    """The report's cell, or None when the figure has no row (nothing counted)."""
    unit_id = str(unit) if unit else None
    found = [
        c for c in report["cells"]
        if c["figure"] == figure and c["category"] == category and c["scope"] == scope
        and c["unit_id"] == unit_id and c["period"] == period
    ]
    assert len(found) <= 1, found
    return found[0] if found else None


def value(report: dict[str, Any], figure: str, category: str | None = None,
          **where: Any) -> Any:
    found = cell(report, figure, category, **where)
    assert found is not None, (figure, category, where)
    assert not found["suppressed"], found
    return found["value"]


async def machine_token(client: httpx.AsyncClient, admin: Actor, *scopes: str) -> str:
    response = await client.post("/api/v1/api-clients", headers=admin.headers,
                                 json={"name": "BI", "scopes": list(scopes)})
    assert response.status_code == 201, response.text
    token: str = response.json()["token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
