"""Questionnaire validation and answers."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from constel_api.models import Role
from tests.fixtures.actors import Factory
from tests.programs.helpers import (
    MENTEE_ANSWERS,
    PROBLEM,
    QUESTIONS,
    apply,
    create_program,
    label,
    open_program,
)


def with_change(index: int, **changes: Any) -> list[dict[str, Any]]:
    questions = copy.deepcopy(QUESTIONS)
    questions[index].update(changes)
    return questions


BAD_QUESTIONNAIRES = {
    "unknown type": with_change(0, type="ranking"),
    "weight above range": with_change(0, matching={"rule": "overlap", "weight": 11}),
    "negative weight": with_change(0, matching={"rule": "overlap", "weight": -1}),
    "unknown rule": with_change(0, matching={"rule": "astrology", "weight": 1}),
    "rule not fit for type": with_change(0, matching={"rule": "numeric_distance", "weight": 1}),
    "free text matching": with_change(3, matching={"rule": "same", "weight": 1}),
    "scale bounds": with_change(1, min=5, max=1),
    "missing english label": with_change(0, label={"fr": "Objectifs"}),
    "duplicate options": with_change(0, options=[{"value": "a", "label": label("a")},
                                                 {"value": "a", "label": label("b")}]),
}


class TestReplaceQuestionnaire:
    @pytest.mark.parametrize("name", sorted(BAD_QUESTIONNAIRES))
    async def test_bad_input(self, client: httpx.AsyncClient, factory: Factory,
                             name: str) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        r = await client.put(f"/api/v1/programs/{program['id']}/questionnaire",
                             json={"questions": BAD_QUESTIONNAIRES[name]}, headers=admin.headers)
        assert r.status_code == 422, name
        assert r.headers["content-type"] == PROBLEM
        assert r.json()["code"] == "validation_error"

    async def test_inconsistent_questionnaire(self, client: httpx.AsyncClient,
                                              factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        questions = with_change(1, matching={"rule": "numeric_distance", "weight": 2,
                                             "compares_with_key": "nope"})
        questions.append(copy.deepcopy(QUESTIONS[3]))
        r = await client.put(f"/api/v1/programs/{program['id']}/questionnaire",
                             json={"questions": questions}, headers=admin.headers)
        assert r.status_code == 422
        assert r.json()["code"] == "invalid_questionnaire"
        messages = {tuple(e["loc"]): e["msg"] for e in r.json()["errors"]}
        assert messages[("body", "questions", 4, "key")] == "duplicate question key"
        assert "mentor question" in messages[("body", "questions", 1, "matching")]

    async def test_valid_round_trip(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await create_program(client, admin)
        url = f"/api/v1/programs/{program['id']}/questionnaire"
        r = await client.put(url, json={"questions": QUESTIONS}, headers=admin.headers)
        assert r.status_code == 200
        got = (await client.get(url, headers=admin.headers)).json()
        assert [q["key"] for q in got["questions"]] == [q["key"] for q in QUESTIONS]
        assert got["questions"][1]["matching"] == {
            "rule": "numeric_distance", "weight": 2.0, "compares_with_key": "mentor_experience"}
        assert got["questions"][0]["label"] == {"fr": "Objectifs", "en": "Objectifs"}
        assert "administrators" in got["answers_notice"]

    async def test_locked_once_answered(self, client: httpx.AsyncClient,
                                        factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        url = f"/api/v1/programs/{program['id']}/questionnaire"
        r = await client.put(url, json={"questions": QUESTIONS}, headers=admin.headers)
        assert r.status_code == 200  # enrolment open but nobody answered yet
        mentee = await factory.actor(client, org, Role.MEMBER)
        await apply(client, mentee, program["id"], "mentee", MENTEE_ANSWERS)
        r = await client.put(url, json={"questions": QUESTIONS}, headers=admin.headers)
        assert r.status_code == 409
        assert r.json()["code"] == "questionnaire_locked"


class TestAnswers:
    async def test_answers_validated_against_questions(self, client: httpx.AsyncClient,
                                                       factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        mentee = await factory.actor(client, org, Role.MEMBER)
        bad_answers = [
            {"goals": ["astronomy"]},
            {"goals": "career"},
            {"goals": ["career", "career"]},
            {"experience": 9},
            {"experience": "high"},
            {"mentor_experience": 3},  # a mentor question
            {"unknown": "x"},
            {"about": "x" * 2001},
        ]
        for answers in bad_answers:
            r = await apply(client, mentee, program["id"], "mentee", answers)
            assert r.status_code == 422, answers
            assert r.json()["code"] == "invalid_answers"

        r = await apply(client, mentee, program["id"], "mentee", {"goals": ["career"]})
        assert r.status_code == 200
        assert r.json()["state"] == "applied"  # required "experience" still missing
        assert r.json()["answers_complete"] is False
        assert "administrators" in r.json()["answers_notice"]
        url = f"/api/v1/programs/{program['id']}/participants/me/answers"
        r = await client.put(url, json={"answers": {"experience": 0}}, headers=mentee.headers)
        assert r.status_code == 422
        r = await client.put(url, json={"answers": MENTEE_ANSWERS}, headers=mentee.headers)
        assert r.status_code == 200
        assert r.json()["state"] == "eligible"
        assert r.json()["answers"] == MENTEE_ANSWERS

        # Answers are profile data: the program's admins read them.
        r = await client.get(f"/api/v1/programs/{program['id']}/participants",
                             headers=admin.headers)
        assert r.json()["items"][0]["answers"] == MENTEE_ANSWERS
