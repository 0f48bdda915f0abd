"""Shared builders for program tests: everything goes through the HTTP API."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

from tests.fixtures.actors import Actor

PROBLEM = "application/problem+json"
CHARTER = "# Charte du mentorat\n\nUne relation impartiale et sans jugement."


def label(text: str) -> dict[str, str]:
    return {"fr": text, "en": text}


def options(*values: str) -> list[dict[str, Any]]:
    return [{"value": v, "label": label(v)} for v in values]


QUESTIONS: list[dict[str, Any]] = [
    {"key": "goals", "audience": "both", "type": "multiple_choice", "label": label("Objectifs"),
     "options": options("leadership", "career", "skills"),
     "matching": {"rule": "overlap", "weight": 5}},
    {"key": "experience", "audience": "mentee", "type": "scale", "min": 1, "max": 5,
     "label": label("Expérience"),
     "matching": {"rule": "numeric_distance", "weight": 2,
                  "compares_with_key": "mentor_experience"}},
    {"key": "mentor_experience", "audience": "mentor", "type": "scale", "min": 1, "max": 5,
     "label": label("Expérience de mentor")},
    {"key": "about", "audience": "both", "type": "free_text", "required": False,
     "label": label("À propos")},
]
MENTEE_ANSWERS = {"goals": ["career"], "experience": 2}
MENTOR_ANSWERS = {"goals": ["career", "skills"], "mentor_experience": 5}


def dates() -> dict[str, str]:
    today = date.today()
    return {
        "enrolment_opens_on": (today - timedelta(days=1)).isoformat(),
        "enrolment_closes_on": (today + timedelta(days=30)).isoformat(),
        "starts_on": (today + timedelta(days=31)).isoformat(),
        "ends_on": (today + timedelta(days=200)).isoformat(),
    }


async def create_program(client: httpx.AsyncClient, admin: Actor, **fields: Any) -> dict[str, Any]:
    body = {"name": "Programme 2027", "theme": "Leadership", **fields}
    response = await client.post("/api/v1/programs", json=body, headers=admin.headers)
    assert response.status_code == 201, response.text
    program: dict[str, Any] = response.json()
    return program


async def ready_program(client: httpx.AsyncClient, admin: Actor, **fields: Any) -> dict[str, Any]:
    """A draft that has everything needed to open enrolment."""
    program = await create_program(client, admin, **{**dates(), **fields})
    pid = program["id"]
    r = await client.put(f"/api/v1/programs/{pid}/charter", json={"body_markdown": CHARTER},
                         headers=admin.headers)
    assert r.status_code == 200, r.text
    r = await client.put(f"/api/v1/programs/{pid}/questionnaire", json={"questions": QUESTIONS},
                         headers=admin.headers)
    assert r.status_code == 200, r.text
    return program


async def act(client: httpx.AsyncClient, actor: Actor, program_id: str,
              action: str) -> httpx.Response:
    return await client.post(f"/api/v1/programs/{program_id}/actions/{action}",
                             headers=actor.headers)


async def open_program(client: httpx.AsyncClient, admin: Actor, **fields: Any) -> dict[str, Any]:
    program = await ready_program(client, admin, **fields)
    r = await act(client, admin, program["id"], "open-enrolment")
    assert r.status_code == 200, r.text
    opened: dict[str, Any] = r.json()
    return opened


async def apply(client: httpx.AsyncClient, actor: Actor, program_id: str, role: str,
                answers: dict[str, Any] | None = None) -> httpx.Response:
    body: dict[str, Any] = {"role": role}
    if answers is not None:
        body["answers"] = answers
    return await client.post(f"/api/v1/programs/{program_id}/participants/me/apply", json=body,
                             headers=actor.headers)


async def invite(client: httpx.AsyncClient, admin: Actor, program_id: str, role: str,
                 *person_ids: object) -> httpx.Response:
    return await client.post(
        f"/api/v1/programs/{program_id}/participants/invitations",
        json={"target": "people", "role": role, "person_ids": [str(p) for p in person_ids]},
        headers=admin.headers)
