"""Participation criteria: typed rules over directory attributes, evaluated at enrolment.

Every rule must hold (AND); inside a rule any listed value suffices (OR). The deny list
always wins; the allow list admits a person whatever the other rules say. Evaluation is
pure: the caller resolves unit subtrees (a recursive query) into ``PersonFacts``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter, model_validator

from constel_api.core.schemas import RequestModel


class UnitRule(RequestModel):
    kind: Literal["unit"] = "unit"
    unit_ids: list[uuid.UUID] = Field(min_length=1, max_length=200)
    include_sub_units: bool = True


class SiteRule(RequestModel):
    kind: Literal["site"] = "site"
    sites: list[str] = Field(min_length=1, max_length=200)


class JobTitleRule(RequestModel):
    """Job title, or job family when ``match`` is ``prefix`` / ``contains`` (case-insensitive)."""

    kind: Literal["job_title"] = "job_title"
    values: list[str] = Field(min_length=1, max_length=200)
    match: Literal["exact", "prefix", "contains"] = "exact"


class SeniorityRule(RequestModel):
    """Whole years since ``hired_on``."""

    kind: Literal["seniority"] = "seniority"
    min_years: int | None = Field(default=None, ge=0, le=60)
    max_years: int | None = Field(default=None, ge=0, le=60)

    @model_validator(mode="after")
    def _bounds(self) -> SeniorityRule:
        if self.min_years is None and self.max_years is None:
            raise ValueError("give min_years, max_years or both")
        if (self.min_years is not None and self.max_years is not None
                and self.min_years > self.max_years):
            raise ValueError("min_years must not exceed max_years")
        return self


class LanguagesRule(RequestModel):
    kind: Literal["languages"] = "languages"
    languages: list[str] = Field(min_length=1, max_length=50)
    mode: Literal["any", "all"] = "any"


class AllowListRule(RequestModel):
    """These people are eligible even when another rule excludes them."""

    kind: Literal["allow_list"] = "allow_list"
    person_ids: list[uuid.UUID] = Field(min_length=1, max_length=5000)


class DenyListRule(RequestModel):
    """These people are never eligible."""

    kind: Literal["deny_list"] = "deny_list"
    person_ids: list[uuid.UUID] = Field(min_length=1, max_length=5000)


Criterion = Annotated[
    UnitRule | SiteRule | JobTitleRule | SeniorityRule | LanguagesRule | AllowListRule
    | DenyListRule,
    Field(discriminator="kind"),
]
CriteriaAdapter: TypeAdapter[list[Criterion]] = TypeAdapter(list[Criterion])


def parse_criteria(raw: list[dict[str, Any]]) -> list[Criterion]:
    return CriteriaAdapter.validate_python(raw)


def dump_criteria(rules: list[Criterion]) -> list[dict[str, Any]]:
    dumped: list[dict[str, Any]] = CriteriaAdapter.dump_python(rules, mode="json")
    return dumped


@dataclass(frozen=True)
class Reason:
    """Why someone is ineligible: a stable code the client translates, and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.params}


@dataclass(frozen=True)
class PersonFacts:
    """What the rules look at; ``units_allowed`` maps each unit rule to its resolved subtree."""

    person_id: uuid.UUID
    active: bool
    unit_id: uuid.UUID | None
    site: str | None
    job_title: str | None
    hired_on: date | None
    languages: tuple[str, ...]


def years_between(start: date, today: date) -> int:
    years = today.year - start.year
    if (today.month, today.day) < (start.month, start.day):
        years -= 1
    return years


def _job_matches(rule: JobTitleRule, title: str) -> bool:
    t = title.casefold()
    for value in rule.values:
        v = value.casefold()
        if ((rule.match == "exact" and t == v) or (rule.match == "prefix" and t.startswith(v))
                or (rule.match == "contains" and v in t)):
            return True
    return False


def _check(rule: Criterion, facts: PersonFacts, subtree: frozenset[uuid.UUID] | None,
           today: date) -> Reason | None:
    if isinstance(rule, UnitRule):
        assert subtree is not None
        if facts.unit_id is None:
            return Reason("unit_unknown")
        if facts.unit_id not in subtree:
            return Reason("unit_not_allowed", {"unit_ids": [str(u) for u in rule.unit_ids],
                                               "include_sub_units": rule.include_sub_units})
    elif isinstance(rule, SiteRule):
        wanted = {s.casefold() for s in rule.sites}
        if facts.site is None or facts.site.casefold() not in wanted:
            return Reason("site_not_allowed", {"sites": rule.sites})
    elif isinstance(rule, JobTitleRule):
        if facts.job_title is None or not _job_matches(rule, facts.job_title):
            return Reason("job_title_not_allowed", {"values": rule.values, "match": rule.match})
    elif isinstance(rule, SeniorityRule):
        if facts.hired_on is None:
            return Reason("seniority_unknown")
        years = years_between(facts.hired_on, today)
        if rule.min_years is not None and years < rule.min_years:
            return Reason("seniority_too_low", {"min_years": rule.min_years, "years": years})
        if rule.max_years is not None and years > rule.max_years:
            return Reason("seniority_too_high", {"max_years": rule.max_years, "years": years})
    elif isinstance(rule, LanguagesRule):
        spoken = {lang.casefold() for lang in facts.languages}
        needed = [lang.casefold() for lang in rule.languages]
        ok = (all(w in spoken for w in needed) if rule.mode == "all"
              else any(w in spoken for w in needed))
        if not ok:
            return Reason("language_missing", {"languages": rule.languages, "mode": rule.mode})
    return None


def evaluate(
    rules: list[Criterion],
    facts: PersonFacts,
    subtrees: dict[int, frozenset[uuid.UUID]],
    today: date,
) -> list[Reason]:
    """Reasons the person is ineligible (empty: eligible).

    ``subtrees[i]`` holds the unit ids accepted by ``rules[i]`` when it is a unit rule.
    """
    if not facts.active:
        return [Reason("person_inactive")]
    for rule in rules:
        if isinstance(rule, DenyListRule) and facts.person_id in rule.person_ids:
            return [Reason("deny_listed")]
    for rule in rules:
        if isinstance(rule, AllowListRule) and facts.person_id in rule.person_ids:
            return []
    reasons: list[Reason] = []
    for i, rule in enumerate(rules):
        reason = _check(rule, facts, subtrees.get(i), today)
        if reason is not None:
            reasons.append(reason)
    return reasons
