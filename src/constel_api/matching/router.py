"""``/api/v1/programs/{program_id}/matching``: runs and their review (org admins and the
program's managers), and the "mentee chooses" suggestions and requests (mentees)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.auth.dependencies import CurrentPerson, ProgramStaff
from constel_api.db import SessionDep
from constel_api.errors import problem_responses
from constel_api.matching import mentee_choice, pair_checks, publication, review, runs, settings
from constel_api.matching import repository as repo
from constel_api.matching.explanations import reason_items, render_breakdown
from constel_api.matching.inputs import exclusions_of
from constel_api.matching.schemas import (
    BreakdownItem,
    ExclusionCreate,
    ExclusionRead,
    ManualPairCreate,
    ManualPairRead,
    MatchingSettingsRead,
    MatchingSettingsUpdate,
    MentorRequestCreate,
    MentorRequestRead,
    PairCheckRead,
    PersonBrief,
    ProposalRead,
    PublishRead,
    ReasonRead,
    RematchRead,
    RunRead,
    RunSummary,
    SuggestionRead,
    SwapRequest,
    UnmatchedRead,
)
from constel_api.models import MatchingProposal, MatchingRun, Person
from constel_api.programs.dependencies import ManagedProgram, SeenProgram, WritableProgram

router = APIRouter(prefix="/api/v1/programs/{program_id}/matching", tags=["matching"])

READ_ERRORS = problem_responses(401, 403, 404)
WRITE_ERRORS = problem_responses(401, 403, 404, 409, 422)


def _brief(person: Person | None, person_id: uuid.UUID) -> PersonBrief:
    if person is None:  # a person removed from the directory: show the id only
        return PersonBrief(id=person_id, given_name="", family_name="")
    return PersonBrief.model_validate(person)


def _proposal(p: MatchingProposal, people: dict[uuid.UUID, Person]) -> ProposalRead:
    return ProposalRead(
        id=p.id, run_id=p.run_id, mentee=_brief(people.get(p.mentee_id), p.mentee_id),
        mentor=_brief(people.get(p.mentor_id), p.mentor_id), score=p.score,
        breakdown=[BreakdownItem.model_validate(b) for b in render_breakdown(p.breakdown)],
        origin=p.origin,
        pinned=p.pinned, overridden=list(p.overridden), override_reason=p.override_reason,
        hierarchy_distance=p.hierarchy_distance, mentorship_id=p.mentorship_id,
    )


async def _proposals(session: AsyncSession, org_id: uuid.UUID,
                     rows: list[MatchingProposal]) -> list[ProposalRead]:
    people = await repo.people_by_id(session, org_id,
                                     [p.mentee_id for p in rows] + [p.mentor_id for p in rows])
    return [_proposal(p, people) for p in rows]


async def _run(session: AsyncSession, run: MatchingRun) -> RunRead:
    proposals = await repo.proposals_of(session, run)
    mentee_ids = [uuid.UUID(u["mentee_id"]) for u in run.unmatched]
    people = await repo.people_by_id(
        session, run.organisation_id,
        [p.mentee_id for p in proposals] + [p.mentor_id for p in proposals] + mentee_ids)
    return RunRead(
        **RunSummary.model_validate(run).model_dump(),
        proposals=[_proposal(p, people) for p in proposals],
        unmatched=[UnmatchedRead(mentee=_brief(people.get(mid), mid), reason=u["reason"],
                                 priority=bool(u.get("priority")))
                   for mid, u in zip(mentee_ids, run.unmatched, strict=True)],
    )


def _check(check: pair_checks.PairCheck) -> PairCheckRead:
    return PairCheckRead(
        mentee_id=check.mentee_id, mentor_id=check.mentor_id, allowed=check.allowed,
        overridable=check.overridable, hierarchy_distance=check.hierarchy_distance,
        reasons=[ReasonRead.model_validate(r)
                 for r in reason_items(check.reasons, check.hierarchy_distance)],
        score=check.score,
        breakdown=[BreakdownItem.model_validate(b) for b in render_breakdown(check.breakdown)],
    )


def _settings(row: Any) -> MatchingSettingsRead:
    return MatchingSettingsRead(program_id=row.program_id, attributes=row.attributes,
                                suggestions=row.suggestions)


# --- settings ------------------------------------------------------------------------------


@router.get("/settings", operation_id="getMatchingSettings",
            response_model=MatchingSettingsRead, responses=READ_ERRORS)
async def get_matching_settings(program: ManagedProgram,
                                session: SessionDep) -> MatchingSettingsRead:
    """Directory attributes the program scores on, and the mentee-choice list length."""
    return _settings(await settings.get_settings(session, program))


@router.put("/settings", operation_id="updateMatchingSettings",
            response_model=MatchingSettingsRead, responses=WRITE_ERRORS)
async def update_matching_settings(body: MatchingSettingsUpdate, program: WritableProgram,
                                   staff: ProgramStaff,
                                   session: SessionDep) -> MatchingSettingsRead:
    """Replace the matching settings (questionnaire weights are set on the questions)."""
    row = await settings.update_settings(
        session, staff, program, [a.model_dump(mode="json") for a in body.attributes],
        body.suggestions)
    return _settings(row)


# --- runs and review -----------------------------------------------------------------------


@router.post("/runs", operation_id="createMatchingRun", response_model=RunRead,
             status_code=status.HTTP_201_CREATED, responses=WRITE_ERRORS)
async def create_matching_run(program: WritableProgram, staff: ProgramStaff,
                              session: SessionDep) -> RunRead:
    """Run (or re-run) the matching: a new draft, keeping pinned pairs and exclusions."""
    run = await runs.create_run(session, staff, program)
    return await _run(session, run)


@router.get("/runs", operation_id="listMatchingRuns", response_model=list[RunSummary],
            responses=READ_ERRORS)
async def list_matching_runs(program: ManagedProgram, session: SessionDep) -> list[RunSummary]:
    """The program's matching runs, newest first."""
    return [RunSummary.model_validate(r) for r in await repo.list_runs(session, program)]


@router.get("/runs/{run_id}", operation_id="getMatchingRun", response_model=RunRead,
            responses=READ_ERRORS)
async def get_matching_run(run_id: uuid.UUID, program: ManagedProgram,
                           session: SessionDep) -> RunRead:
    """A run's proposals with their breakdown, and unmatched mentees with the reason."""
    return await _run(session, await repo.get_run(session, program, run_id))


@router.post("/runs/{run_id}/proposals", operation_id="addManualPair",
             response_model=ManualPairRead, status_code=status.HTTP_201_CREATED,
             responses=WRITE_ERRORS)
async def add_manual_pair(run_id: uuid.UUID, body: ManualPairCreate, program: WritableProgram,
                          staff: ProgramStaff, session: SessionDep) -> ManualPairRead:
    """Add a pair by hand (pinned); a conflicting pair needs a written override reason."""
    proposal, check = await review.add_manual_pair(
        session, staff, program, run_id, body.mentee_id, body.mentor_id, body.override_reason)
    [read] = await _proposals(session, program.organisation_id, [proposal])
    return ManualPairRead(proposal=read, check=_check(check))


@router.post("/runs/{run_id}/proposals/{proposal_id}/pin", operation_id="pinProposal",
             response_model=ProposalRead, responses=WRITE_ERRORS)
async def pin_proposal(run_id: uuid.UUID, proposal_id: uuid.UUID, program: WritableProgram,
                       session: SessionDep) -> ProposalRead:
    """Keep this pair in every re-run."""
    p = await review.set_pinned(session, program, run_id, proposal_id, True)
    return (await _proposals(session, program.organisation_id, [p]))[0]


@router.delete("/runs/{run_id}/proposals/{proposal_id}/pin", operation_id="unpinProposal",
               response_model=ProposalRead, responses=WRITE_ERRORS)
async def unpin_proposal(run_id: uuid.UUID, proposal_id: uuid.UUID, program: WritableProgram,
                         session: SessionDep) -> ProposalRead:
    """Let the next re-run change this pair."""
    p = await review.set_pinned(session, program, run_id, proposal_id, False)
    return (await _proposals(session, program.organisation_id, [p]))[0]


@router.post("/runs/{run_id}/proposals/{proposal_id}/exclude", operation_id="excludeProposal",
             response_model=ExclusionRead, status_code=status.HTTP_201_CREATED,
             responses=WRITE_ERRORS)
async def exclude_proposal(run_id: uuid.UUID, proposal_id: uuid.UUID,
                           program: WritableProgram, staff: ProgramStaff,
                           session: SessionDep) -> ExclusionRead:
    """Rule this pair out of the program; the mentee waits for the next run."""
    row = await review.exclude_proposal(session, staff, program, run_id, proposal_id)
    return ExclusionRead.model_validate(row)


@router.post("/runs/{run_id}/swap", operation_id="swapProposals",
             response_model=list[ProposalRead], responses=WRITE_ERRORS)
async def swap_proposals(run_id: uuid.UUID, body: SwapRequest, program: WritableProgram,
                         staff: ProgramStaff, session: SessionDep) -> list[ProposalRead]:
    """Exchange the mentors of two proposals (both pinned afterwards)."""
    first, second = body.proposal_ids
    rows = await review.swap(session, staff, program, run_id, first, second)
    return await _proposals(session, program.organisation_id, rows)


@router.post("/runs/{run_id}/publish", operation_id="publishMatchingRun",
             response_model=PublishRead, responses=WRITE_ERRORS)
async def publish_matching_run(run_id: uuid.UUID, program: WritableProgram,
                               staff: ProgramStaff, session: SessionDep) -> PublishRead:
    """Send every proposal to both sides as a proposed mentorship."""
    run, proposals = await publication.publish(session, staff, program, run_id)
    return PublishRead(run=RunSummary.model_validate(run),
                       mentorship_ids=[p.mentorship_id for p in proposals
                                       if p.mentorship_id is not None])


@router.get("/check", operation_id="checkMatchingPair", response_model=PairCheckRead,
            responses=problem_responses(401, 403, 404, 422))
async def check_matching_pair(
    program: ManagedProgram, session: SessionDep,
    mentee_id: Annotated[uuid.UUID, Query()], mentor_id: Annotated[uuid.UUID, Query()],
) -> PairCheckRead:
    """Hard-constraint check of one pair (management chain, unit, history, capacity...)."""
    return _check(await review.check_in_draft(session, program, mentee_id, mentor_id))


# --- exclusions and re-matches ----------------------------------------------------------------


@router.get("/exclusions", operation_id="listMatchingExclusions",
            response_model=list[ExclusionRead], responses=READ_ERRORS)
async def list_matching_exclusions(program: ManagedProgram,
                                   session: SessionDep) -> list[ExclusionRead]:
    """Pairs ruled out of this program by its admins."""
    return [ExclusionRead.model_validate(e) for e in await exclusions_of(session, program)]


@router.post("/exclusions", operation_id="createMatchingExclusion",
             response_model=ExclusionRead, status_code=status.HTTP_201_CREATED,
             responses=WRITE_ERRORS)
async def create_matching_exclusion(body: ExclusionCreate, program: WritableProgram,
                                    staff: ProgramStaff, session: SessionDep) -> ExclusionRead:
    """Rule a pair out of every future run (removes it from the current draft)."""
    row = await review.exclude_pair(session, staff, program, body.mentee_id, body.mentor_id)
    return ExclusionRead.model_validate(row)


@router.delete("/exclusions/{exclusion_id}", operation_id="deleteMatchingExclusion",
               status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=WRITE_ERRORS)
async def delete_matching_exclusion(exclusion_id: uuid.UUID, program: WritableProgram,
                                    staff: ProgramStaff, session: SessionDep) -> Response:
    """Allow the pair again from the next run."""
    await review.delete_exclusion(session, staff, program, exclusion_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/rematches", operation_id="listPendingRematches",
            response_model=list[RematchRead], responses=READ_ERRORS)
async def list_pending_rematches(program: ManagedProgram,
                                 session: SessionDep) -> list[RematchRead]:
    """Mentees whose mentor withdrew and who wait, with priority, for a new mentor."""
    rows = await repo.pending_rematches(session, program)
    people = await repo.people_by_id(session, program.organisation_id,
                                     [p.person_id for p, _ in rows])
    return [
        RematchRead(mentee=_brief(people.get(p.person_id), p.person_id), participant_id=p.id,
                    withdrawn_mentorship_id=m.id if m else None,
                    previous_mentor_id=m.mentor_id if m else None,
                    withdrawn_at=m.ended_at if m else None)
        for p, m in rows
    ]


# --- mentee chooses --------------------------------------------------------------------------


@router.get("/suggestions", operation_id="listMyMentorSuggestions",
            response_model=list[SuggestionRead], responses=problem_responses(401, 403, 404, 409))
async def list_my_mentor_suggestions(program: SeenProgram, person: CurrentPerson,
                                     session: SessionDep) -> list[SuggestionRead]:
    """Mentee-choice mode: my best allowed mentors, with why they fit."""
    found = await mentee_choice.my_suggestions(session, person, program)
    return [
        SuggestionRead(
            mentor=PersonBrief.model_validate(s.mentor), score=s.score,
            breakdown=[BreakdownItem.model_validate(b) for b in render_breakdown(s.breakdown)])
        for s in found
    ]


@router.post("/requests", operation_id="requestMentor", response_model=MentorRequestRead,
             status_code=status.HTTP_201_CREATED, responses=WRITE_ERRORS)
async def request_mentor(body: MentorRequestCreate, program: SeenProgram,
                         person: CurrentPerson, session: SessionDep) -> MentorRequestRead:
    """Mentee-choice mode: ask one of my suggested mentors; they accept or refuse."""
    m = await mentee_choice.request_mentor(session, person, program, body.mentor_id)
    return MentorRequestRead(mentorship_id=m.id, mentor_id=m.mentor_id, status=m.status)
