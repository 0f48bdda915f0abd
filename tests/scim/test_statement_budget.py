"""Database round trips per SCIM request: an identity provider sends one request per person,
so each statement a create or PATCH costs is paid ten thousand times in a first sync.

The counts are the statements the app sends inside the request (the test's own savepoint
around each request aside; in production BEGIN and COMMIT add two); a change that adds a
round trip fails here and says which statements it saw.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.scim.conftest import ENTERPRISE, PATCH_OP, Scim, user_body

# A create: the token's client; uniqueness, department, manager and waiting reports in one
# look-up; the person, profile, new unit and audit event in one write.
CREATE_BUDGET = 3
# A PATCH: the token's client; the user's row lock; the user with all it shows; the write
# with its audit event (and, for a new manager, the mentorships the move puts in conflict);
# and when the manager changes, the look-up with the cycle check.
PATCH_BUDGET = 4
PATCH_MANAGER_BUDGET = 5
# Reading one user: the token's client and the user.
GET_BUDGET = 2


@contextmanager
def counted(engine: AsyncEngine) -> Iterator[list[str]]:
    """Every statement sent to PostgreSQL meanwhile (test savepoints excluded)."""
    statements: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        head = statement.lstrip().split(None, 1)[0].upper()
        if head not in {"SAVEPOINT", "RELEASE", "ROLLBACK"}:
            statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


def _show(statements: list[str]) -> str:
    return "\n".join(f"{i + 1}. {' '.join(s.split())[:160]}" for i, s in enumerate(statements))


async def test_create_stays_within_budget(scim: Scim, engine: AsyncEngine) -> None:
    boss = await scim.create("boss@acme-corp.com", external_id="B1", department="Direction")
    body = user_body("ada@acme-corp.com", external_id="A1", department="Direction",
                     manager={"value": boss["id"]}, title="Engineer",
                     phoneNumbers=[{"value": "+33 1 00 00 00 00", "type": "work"}])
    with counted(engine) as statements:
        response = await scim.request("POST", "/Users", body)
    assert response.status_code == 201, response.text
    assert response.json()[ENTERPRISE]["manager"]["value"] == boss["id"]
    assert len(statements) <= CREATE_BUDGET, _show(statements)


async def test_create_with_a_new_department_stays_within_budget(
    scim: Scim, engine: AsyncEngine
) -> None:
    await scim.request("GET", "/ServiceProviderConfig")  # the client's last use is recorded
    with counted(engine) as statements:
        response = await scim.request("POST", "/Users", user_body(
            "ada@acme-corp.com", department="Recherche", manager={"value": "E-unknown"}))
    assert response.status_code == 201, response.text
    assert response.json()[ENTERPRISE]["department"] == "Recherche"
    assert len(statements) <= CREATE_BUDGET, _show(statements)


async def test_patch_manager_stays_within_budget(scim: Scim, engine: AsyncEngine) -> None:
    boss = await scim.create("boss@acme-corp.com", external_id="B1", department="Direction")
    ada = await scim.create("ada@acme-corp.com", external_id="A1", department="Direction")
    patch = {"schemas": [PATCH_OP], "Operations": [
        {"op": "Replace", "path": f"{ENTERPRISE}:manager", "value": boss["id"]}]}
    with counted(engine) as statements:
        response = await scim.request("PATCH", f"/Users/{ada['id']}", patch)
    assert response.status_code == 200, response.text
    assert response.json()[ENTERPRISE]["manager"]["value"] == boss["id"]
    assert len(statements) <= PATCH_MANAGER_BUDGET, _show(statements)


async def test_patch_title_stays_within_budget(scim: Scim, engine: AsyncEngine) -> None:
    ada = await scim.create("ada@acme-corp.com", external_id="A1", department="Direction")
    patch = {"schemas": [PATCH_OP], "Operations": [
        {"op": "Replace", "path": "title", "value": "Directrice générale"}]}
    with counted(engine) as statements:
        response = await scim.request("PATCH", f"/Users/{ada['id']}", patch)
    assert response.status_code == 200, response.text
    assert response.json()["title"] == "Directrice générale"
    assert len(statements) <= PATCH_BUDGET, _show(statements)


async def test_get_stays_within_budget(scim: Scim, engine: AsyncEngine) -> None:
    ada = await scim.create("ada@acme-corp.com", department="Direction")
    with counted(engine) as statements:
        response = await scim.request("GET", f"/Users/{ada['id']}")
    assert response.status_code == 200, response.text
    assert len(statements) <= GET_BUDGET, _show(statements)
