"""Matching API bodies: runs, proposals with their breakdown in numbers and words, checks."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import Field, model_validator

from constel_api.core.schemas import RequestModel, ResponseModel


class Words(ResponseModel):
    fr: str
    en: str


class PersonBrief(ResponseModel):
    id: uuid.UUID
    given_name: str
    family_name: str
    job_title: str | None = None
    site: str | None = None
    unit_id: uuid.UUID | None = None


class BreakdownItem(ResponseModel):
    """One criterion's share of a pair's 0–100 score, e.g. "3 of 4 goals covered"."""

    criterion: str
    code: str = Field(description="Message key (the words below render it).")
    value: float = Field(description="The rule's value for this pair, 0 to 1.")
    points: float
    max_points: float
    params: dict[str, Any]
    text: Words


class ReasonRead(ResponseModel):
    code: str = Field(description="hierarchy, same_unit, refused_before, excluded, "
                                  "ineligible_mentee, ineligible_mentor, declined, no_capacity")
    overridable: bool
    text: Words


class ProposalRead(ResponseModel):
    id: uuid.UUID
    run_id: uuid.UUID
    mentee: PersonBrief
    mentor: PersonBrief
    score: float = Field(description="0 to 100.")
    breakdown: list[BreakdownItem]
    origin: Literal["matching", "manual", "swap"]
    pinned: bool
    overridden: list[str] = Field(description="Hard constraints knowingly overridden.")
    override_reason: str | None
    hierarchy_distance: int | None
    mentorship_id: uuid.UUID | None


class UnmatchedRead(ResponseModel):
    mentee: PersonBrief
    reason: str = Field(description="ineligible, no_eligible_mentor, all_candidates_excluded, "
                                    "capacity_exhausted or removed_in_review")
    priority: bool


class RunSummary(ResponseModel):
    id: uuid.UUID
    program_id: uuid.UUID
    status: Literal["draft", "superseded", "published"]
    created_at: datetime
    created_by_id: uuid.UUID | None
    published_at: datetime | None
    stats: dict[str, Any]


class RunRead(RunSummary):
    proposals: list[ProposalRead]
    unmatched: list[UnmatchedRead]


class ManualPairCreate(RequestModel):
    mentee_id: uuid.UUID
    mentor_id: uuid.UUID
    override_reason: str | None = Field(
        default=None, max_length=2000,
        description="Required to add a pair that breaks an overridable constraint; audited.")


class SwapRequest(RequestModel):
    proposal_ids: list[uuid.UUID] = Field(min_length=2, max_length=2)


class PairCheckRead(ResponseModel):
    mentee_id: uuid.UUID
    mentor_id: uuid.UUID
    allowed: bool
    overridable: bool = Field(description="Every reason may be overridden with a written reason.")
    hierarchy_distance: int | None = Field(
        description="Levels between them when one is in the other's management chain.")
    reasons: list[ReasonRead]
    score: float
    breakdown: list[BreakdownItem]


class ManualPairRead(ResponseModel):
    proposal: ProposalRead
    check: PairCheckRead


class ExclusionCreate(RequestModel):
    mentee_id: uuid.UUID
    mentor_id: uuid.UUID


class ExclusionRead(ResponseModel):
    id: uuid.UUID
    program_id: uuid.UUID
    mentee_id: uuid.UUID
    mentor_id: uuid.UUID
    created_by_id: uuid.UUID | None
    created_at: datetime


class PublishRead(ResponseModel):
    run: RunSummary
    mentorship_ids: list[uuid.UUID]


class RematchRead(ResponseModel):
    """A mentee whose mentor withdrew, waiting (with priority) for a new one."""

    mentee: PersonBrief
    participant_id: uuid.UUID
    withdrawn_mentorship_id: uuid.UUID | None
    previous_mentor_id: uuid.UUID | None
    withdrawn_at: datetime | None


AttributeName = Literal["languages", "site", "seniority", "unit"]


class AttributeWeight(RequestModel):
    attribute: AttributeName = Field(
        description="languages: a language in common; site: same site or remote; "
                    "seniority: mentor's years exceed the mentee's by min_gap; "
                    "unit: different units preferred.")
    weight: float = Field(ge=0, le=10)
    min_gap: float | None = Field(default=None, ge=0, le=50,
                                  description="Seniority only: years wanted between them.")

    @model_validator(mode="after")
    def _check(self) -> AttributeWeight:
        if self.attribute == "seniority" and self.min_gap is None:
            raise ValueError("seniority needs min_gap")
        return self


class MatchingSettingsUpdate(RequestModel):
    attributes: list[AttributeWeight] = Field(default_factory=list, max_length=4)
    suggestions: int = Field(default=5, ge=1, le=20,
                             description="Mentee-choice mode: how many mentors a mentee sees.")

    @model_validator(mode="after")
    def _unique(self) -> MatchingSettingsUpdate:
        names = [a.attribute for a in self.attributes]
        if len(set(names)) != len(names):
            raise ValueError("each attribute at most once")
        return self


class AttributeWeightRead(ResponseModel):
    attribute: AttributeName
    weight: float
    min_gap: float | None = None


class MatchingSettingsRead(ResponseModel):
    program_id: uuid.UUID
    attributes: list[AttributeWeightRead]
    suggestions: int


class SuggestionRead(ResponseModel):
    mentor: PersonBrief
    score: float
    breakdown: list[BreakdownItem]


class MentorRequestCreate(RequestModel):
    mentor_id: uuid.UUID


class MentorRequestRead(ResponseModel):
    mentorship_id: uuid.UUID
    mentor_id: uuid.UUID
    status: str
