"""Participation criteria: pure evaluation, and evaluation at enrolment through the API."""

from __future__ import annotations

import uuid
from datetime import date

import httpx
import pytest
from pydantic import ValidationError

from constel_api.models import Role
from constel_api.programs.criteria import (
    CriteriaAdapter,
    PersonFacts,
    evaluate,
    parse_criteria,
    years_between,
)
from tests.fixtures.actors import Factory
from tests.programs.helpers import MENTEE_ANSWERS, apply, open_program

TODAY = date(2027, 3, 15)


def facts(**overrides: object) -> PersonFacts:
    values: dict[str, object] = {
        "person_id": uuid.uuid4(), "active": True, "unit_id": None, "site": "Paris",
        "job_title": "Chargée de recrutement", "hired_on": date(2020, 3, 16),
        "languages": ("fr", "en"),
    }
    values.update(overrides)
    return PersonFacts(**values)  # type: ignore[arg-type]


def codes(rules: list[dict[str, object]], person: PersonFacts,
          subtrees: dict[int, frozenset[uuid.UUID]] | None = None) -> list[str]:
    return [r.code for r in evaluate(parse_criteria(rules), person, subtrees or {}, TODAY)]


class TestPureEvaluation:
    def test_no_rules_everyone_active_is_eligible(self) -> None:
        assert codes([], facts()) == []
        assert codes([], facts(active=False)) == ["person_inactive"]

    def test_site_case_insensitive(self) -> None:
        assert codes([{"kind": "site", "sites": ["paris", "Lyon"]}], facts()) == []
        assert codes([{"kind": "site", "sites": ["Lyon"]}], facts()) == ["site_not_allowed"]
        assert codes([{"kind": "site", "sites": ["Lyon"]}], facts(site=None)) == [
            "site_not_allowed"]

    def test_job_title_and_family(self) -> None:
        exact = {"kind": "job_title", "values": ["chargée de recrutement"]}
        family = {"kind": "job_title", "values": ["chargée"], "match": "prefix"}
        contains = {"kind": "job_title", "values": ["recrut"], "match": "contains"}
        assert codes([exact, family, contains], facts()) == []
        assert codes([{"kind": "job_title", "values": ["Comptable"]}], facts()) == [
            "job_title_not_allowed"]

    def test_seniority_from_hired_on(self) -> None:
        assert years_between(date(2020, 3, 16), TODAY) == 6
        assert years_between(date(2020, 3, 15), TODAY) == 7
        assert codes([{"kind": "seniority", "min_years": 6}], facts()) == []
        reasons = evaluate(parse_criteria([{"kind": "seniority", "min_years": 7}]), facts(),
                           {}, TODAY)
        assert reasons[0].code == "seniority_too_low"
        assert reasons[0].params == {"min_years": 7, "years": 6}
        assert codes([{"kind": "seniority", "max_years": 5}], facts()) == ["seniority_too_high"]
        assert codes([{"kind": "seniority", "min_years": 1}], facts(hired_on=None)) == [
            "seniority_unknown"]

    def test_languages_any_or_all(self) -> None:
        assert codes([{"kind": "languages", "languages": ["de", "EN"]}], facts()) == []
        assert codes([{"kind": "languages", "languages": ["de", "en"], "mode": "all"}],
                     facts()) == ["language_missing"]

    def test_unit_uses_resolved_subtree(self) -> None:
        unit, other = uuid.uuid4(), uuid.uuid4()
        rules = [{"kind": "unit", "unit_ids": [str(unit)]}]
        assert codes(rules, facts(unit_id=unit), {0: frozenset({unit})}) == []
        assert codes(rules, facts(unit_id=other), {0: frozenset({unit})}) == ["unit_not_allowed"]
        assert codes(rules, facts(unit_id=None), {0: frozenset({unit})}) == ["unit_unknown"]

    def test_all_failing_rules_are_reported(self) -> None:
        rules = [{"kind": "site", "sites": ["Lyon"]}, {"kind": "languages", "languages": ["de"]}]
        assert codes(rules, facts()) == ["site_not_allowed", "language_missing"]

    def test_allow_list_overrides_rules_and_deny_list_wins(self) -> None:
        person = facts()
        rules = [{"kind": "site", "sites": ["Lyon"]},
                 {"kind": "allow_list", "person_ids": [str(person.person_id)]}]
        assert codes(rules, person) == []
        rules.append({"kind": "deny_list", "person_ids": [str(person.person_id)]})
        assert codes(rules, person) == ["deny_listed"]

    def test_unknown_kind_is_refused(self) -> None:
        with pytest.raises(ValidationError):
            CriteriaAdapter.validate_python([{"kind": "zodiac", "signs": ["leo"]}])
        with pytest.raises(ValidationError):
            CriteriaAdapter.validate_python([{"kind": "site", "sites": []}])


class TestCriteriaAtEnrolment:
    async def test_unit_includes_sub_units(self, client: httpx.AsyncClient,
                                           factory: Factory) -> None:
        org = await factory.organisation()
        root = await factory.unit(org, "Direction")
        child = await factory.unit(org, "Département", parent=root)
        grandchild = await factory.unit(org, "Équipe", parent=child)
        elsewhere = await factory.unit(org, "Ailleurs")
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin, mentee_criteria=[
            {"kind": "unit", "unit_ids": [str(child.id)]}])
        inside = await factory.actor(client, org, Role.MEMBER, unit_id=grandchild.id)
        above = await factory.actor(client, org, Role.MEMBER, unit_id=root.id)
        outside = await factory.actor(client, org, Role.MEMBER, unit_id=elsewhere.id)

        r = await apply(client, inside, program["id"], "mentee", MENTEE_ANSWERS)
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "eligible"
        for person in (above, outside):
            r = await apply(client, person, program["id"], "mentee", MENTEE_ANSWERS)
            assert r.status_code == 200
            assert r.json()["state"] == "ineligible"
            assert r.json()["ineligibility_reasons"][0]["code"] == "unit_not_allowed"
            # The ineligible person now sees the program, with the reasons.
            me = await client.get(f"/api/v1/programs/{program['id']}/participants/me",
                                  headers=person.headers)
            assert me.json()["ineligibility_reasons"][0]["code"] == "unit_not_allowed"

    async def test_unit_without_sub_units(self, client: httpx.AsyncClient,
                                          factory: Factory) -> None:
        org = await factory.organisation()
        root = await factory.unit(org, "Direction")
        child = await factory.unit(org, "Département", parent=root)
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin, mentee_criteria=[
            {"kind": "unit", "unit_ids": [str(root.id)], "include_sub_units": False}])
        person = await factory.actor(client, org, Role.MEMBER, unit_id=child.id)
        r = await apply(client, person, program["id"], "mentee")
        assert r.json()["state"] == "ineligible"

    async def test_criteria_are_per_role(self, client: httpx.AsyncClient,
                                         factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin,
                                     mentor_criteria=[{"kind": "seniority", "min_years": 10}])
        junior = await factory.actor(client, org, Role.MEMBER, hired_on=date(2025, 1, 1))
        r = await client.get("/api/v1/programs/mine", headers=junior.headers)
        assert r.json()[0]["may_apply_as"] == ["mentee"]
        r = await apply(client, junior, program["id"], "mentor")
        assert r.json()["state"] == "ineligible"
        assert r.json()["ineligibility_reasons"][0]["code"] == "seniority_too_low"

    async def test_reevaluate_after_criteria_change(self, client: httpx.AsyncClient,
                                                    factory: Factory) -> None:
        org = await factory.organisation()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        program = await open_program(client, admin)
        person = await factory.actor(client, org, Role.MEMBER, site="Lyon")
        mine = (await apply(client, person, program["id"], "mentee", MENTEE_ANSWERS)).json()
        assert mine["state"] == "eligible"
        r = await client.patch(f"/api/v1/programs/{program['id']}", json={
            "mentee_criteria": [{"kind": "site", "sites": ["Paris"]}]}, headers=admin.headers)
        assert r.status_code == 200
        r = await client.post(
            f"/api/v1/programs/{program['id']}/participants/{mine['id']}/evaluate",
            headers=admin.headers)
        assert r.status_code == 200
        assert r.json()["state"] == "ineligible"
        assert r.json()["ineligibility_reasons"] == [
            {"code": "site_not_allowed", "params": {"sites": ["Paris"]}}]
