"""The matching workflow: runs, admin review (pin, exclude, swap, manual pairs), publication,
and the "mentee chooses" mode. Every path asks the same ``HardConstraints`` (inputs.py).

Overrides: a manual pair that breaks a hard constraint is refused unless the admin writes a
reason, and only for the constraints an admin may knowingly set aside (management chain,
same unit, their own exclusion). Capacity, eligibility, a mentor's decline and a pair that
was refused or withdrawn before are never overridden: they are the people's own choices
or the program's rules.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.errors import Conflict, Forbidden, NotFound, Unprocessable
from constel_api.matching import repository as repo
from constel_api.matching.constraints import Reason
from constel_api.matching.engine import run_matching, suggestions
from constel_api.matching.explain import CriterionScore
from constel_api.matching.inputs import NO_CRITERION, Cohort, load_cohort, settings_of
from constel_api.matching.solver import METHOD
from constel_api.mentorships import service as mentorships_service
from constel_api.models import (
    MatchingExclusion,
    MatchingMode,
    MatchingProposal,
    MatchingRun,
    MatchingRunStatus,
    MatchingSettings,
    Mentorship,
    MentorshipStatus,
    ParticipantRole,
    Person,
    Program,
    ProgramParticipant,
    ProgramStatus,
    ProposalOrigin,
)
from constel_api.programs import api as programs_api

OVERRIDABLE = frozenset({Reason.HIERARCHY, Reason.SAME_UNIT, Reason.EXCLUDED})
REMOVED_IN_REVIEW = "removed_in_review"

REASON_TEXT: dict[Reason, dict[str, str]] = {
    Reason.HIERARCHY: {
        "en": "One is in the other's management chain ({distance} level(s) apart).",
        "fr": "L'un est dans la ligne hiérarchique de l'autre ({distance} niveau(x)).",
    },
    Reason.SAME_UNIT: {
        "en": "Both work in the same unit and this program pairs across units.",
        "fr": "Tous deux sont dans la même unité et ce programme l'exclut.",
    },
    Reason.REFUSED_BEFORE: {
        "en": "This pairing was refused or withdrawn before in this program.",
        "fr": "Ce binôme a déjà été refusé ou interrompu dans ce programme.",
    },
    Reason.EXCLUDED: {
        "en": "An administrator excluded this pair.",
        "fr": "Un administrateur a exclu ce binôme.",
    },
    Reason.INELIGIBLE_MENTEE: {
        "en": "The mentee is not waiting for a mentor (not eligible or already paired).",
        "fr": "Le mentoré n'attend pas de mentor (non éligible ou déjà en binôme).",
    },
    Reason.INELIGIBLE_MENTOR: {
        "en": "The mentor is not eligible in this program.",
        "fr": "Le mentor n'est pas éligible dans ce programme.",
    },
    Reason.DECLINED: {
        "en": "The mentor declined this program.",
        "fr": "Le mentor a décliné ce programme.",
    },
    Reason.NO_CAPACITY: {
        "en": "The mentor has no capacity left.",
        "fr": "Le mentor n'a plus de place.",
    },
}


def reason_items(reasons: Sequence[Reason], distance: int | None = None) -> list[dict[str, Any]]:
    """Reasons as the API states them: stable code, overridable flag, words."""
    return [
        {
            "code": r.value,
            "overridable": r in OVERRIDABLE,
            "text": {lang: t.format(distance=distance) for lang, t in REASON_TEXT[r].items()},
        }
        for r in reasons
    ]


def breakdown_of(cohort: Cohort, i: int, j: int) -> list[dict[str, Any]]:
    """Per-criterion breakdown stored with a proposal (numbers; words rendered on read)."""
    items = cohort.scorer.explain(i, j)
    return [
        {"criterion": c.criterion, "code": c.code, "value": round(c.value, 4),
         "points": round(c.points, 2), "max_points": round(c.max_points, 2),
         "params": _jsonable(c.params)}
        for c in items if c.criterion != NO_CRITERION
    ]


def render_breakdown(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        cs = CriterionScore(item["criterion"], item["code"], item["value"], item["points"],
                            item["max_points"], dict(item.get("params") or {}))
        out.append({**item, "text": {"fr": cs.text("fr"), "en": cs.text("en")}})
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float):
        return round(value, 4)
    return value


# --- pair checks -----------------------------------------------------------------------


@dataclass
class PairCheck:
    mentee_id: uuid.UUID
    mentor_id: uuid.UUID
    reasons: list[Reason]
    hierarchy_distance: int | None
    score: float
    breakdown: list[dict[str, Any]] = field(default_factory=list)

    @property
    def allowed(self) -> bool:
        return not self.reasons

    @property
    def overridable(self) -> bool:
        return bool(self.reasons) and all(r in OVERRIDABLE for r in self.reasons)


async def _participant(session: AsyncSession, program: Program, person_id: uuid.UUID,
                       role: ParticipantRole) -> ProgramParticipant:
    part = await programs_api.get_participant(session, program.id, person_id)
    if part is None or part.organisation_id != program.organisation_id:
        raise NotFound(f"This {role.value} is not a participant of the program.",
                       code="participant_not_found", role=role.value)
    if part.role != role:
        raise Unprocessable(f"This person takes part as {part.role}, not {role.value}.",
                            code="wrong_participant_role", role=part.role)
    return part


async def check_pair(session: AsyncSession, program: Program, mentee_id: uuid.UUID,
                     mentor_id: uuid.UUID, *, draft_load: int = 0) -> PairCheck:
    """Every hard constraint for one pair; ``draft_load`` = the mentor's other draft pairs."""
    await _participant(session, program, mentee_id, ParticipantRole.MENTEE)
    await _participant(session, program, mentor_id, ParticipantRole.MENTOR)
    cohort = await load_cohort(session, program, extra_mentees=[mentee_id],
                               extra_mentors=[mentor_id], pool_mentees=False,
                               pool_mentors=False)
    reasons: list[Reason] = [r for r in cohort.constraints.reasons(0, 0)
                             if r is not Reason.NO_CAPACITY]
    if int(cohort.constraints.capacity[0]) - draft_load <= 0:
        reasons.append(Reason.NO_CAPACITY)
    score = float(cohort.scorer.score_pairs([0], [0])[0])
    return PairCheck(mentee_id, mentor_id, reasons, cohort.hierarchy.get((mentee_id, mentor_id)),
                     round(score, 2), breakdown_of(cohort, 0, 0))


def forbidden(check: PairCheck, detail: str) -> Conflict:
    return Conflict(detail, code="pair_forbidden",
                    reasons=reason_items(check.reasons, check.hierarchy_distance),
                    overridable=check.overridable, hierarchy_distance=check.hierarchy_distance)


# --- runs --------------------------------------------------------------------------------


def _require_draft(run: MatchingRun) -> None:
    if run.status != MatchingRunStatus.DRAFT:
        raise Conflict(f"This matching run is {run.status}: only a draft can change.",
                       code="run_not_draft", run_status=run.status)


@dataclass(frozen=True)
class _Pin:
    mentee_id: uuid.UUID
    mentor_id: uuid.UUID
    origin: str
    overridden: tuple[str, ...]
    override_reason: str | None
    created_by_id: uuid.UUID | None


async def create_run(session: AsyncSession, actor: Person, program: Program) -> MatchingRun:
    """Solve the cohort; a current draft is superseded, its pins and all exclusions kept."""
    await repo.lock_program(session, program)
    old = await repo.draft_run(session, program)
    pins: list[_Pin] = []
    if old is not None:
        pins = [
            _Pin(p.mentee_id, p.mentor_id, p.origin, tuple(p.overridden), p.override_reason,
                 p.created_by_id)
            for p in await repo.proposals_of(session, old) if p.pinned
        ]
        old.status = MatchingRunStatus.SUPERSEDED
        await session.flush()
    cohort = await load_cohort(session, program)
    e_idx, r_idx = cohort.mentee_index, cohort.mentor_index
    kept: list[tuple[int, int, _Pin]] = []
    dropped: list[dict[str, Any]] = []
    used: Counter[int] = Counter()
    for pin in pins:
        i, j = e_idx.get(pin.mentee_id), r_idx.get(pin.mentor_id)
        if i is None or j is None:
            dropped.append({"mentee_id": str(pin.mentee_id), "mentor_id": str(pin.mentor_id),
                            "reasons": ["not_in_pool"]})
            continue
        reasons: list[Reason] = [r for r in cohort.constraints.reasons(i, j)
                                 if r is not Reason.NO_CAPACITY and r.value not in pin.overridden]
        if used[j] >= cohort.constraints.capacity[j]:
            reasons.append(Reason.NO_CAPACITY)
        if reasons:
            dropped.append({"mentee_id": str(pin.mentee_id), "mentor_id": str(pin.mentor_id),
                            "reasons": [r.value for r in reasons]})
            continue
        used[j] += 1
        kept.append((i, j, pin))
    # the clock, not now(): runs made in one transaction must still be ordered
    run = MatchingRun(organisation_id=program.organisation_id, program_id=program.id,
                      status=MatchingRunStatus.DRAFT, created_by_id=actor.id,
                      created_at=utcnow())
    session.add(run)
    await session.flush()
    n, m = len(cohort.mentee_ids), len(cohort.mentor_ids)
    pairs: list[tuple[int, int, float]] = []
    unmatched: dict[int, str] = {}
    stats: dict[str, Any] = {"mentees": n, "mentors": m, "pins_kept": len(kept),
                             "dropped_pins": dropped, "method": METHOD}
    if n and m:
        result = await asyncio.to_thread(
            run_matching, cohort.scorer, cohort.constraints, priority=cohort.priority,
            pins=[(i, j) for i, j, _ in kept], overrides=[(i, j) for i, j, _ in kept],
            workers=1,
        )
        a = result.assignment
        pairs = [(int(i), int(j), float(s)) for i, j, s in zip(a.mentee, a.mentor, a.score,
                                                                strict=True)]
        unmatched = {i: r.value for i, r in a.unmatched.items()}
        cert = a.certificate
        stats.update({
            "matched": a.matched, "priority_matched": a.priority_matched,
            "total_score": round(a.total_score, 2),
            "optimal": bool(cert.optimal) if cert else False,
            "certificate": cert.summary() if cert else None,
            "timings": {k: round(v, 4) for k, v in result.timings.items()},
        })
    else:
        unmatched = dict.fromkeys(range(n), "no_eligible_mentor")
        stats.update({"matched": 0, "priority_matched": 0, "total_score": 0.0,
                      "optimal": True, "certificate": None, "timings": {}})
    pinned = {(i, j): pin for i, j, pin in kept}
    for i, j, score in pairs:
        found = pinned.get((i, j))
        mentee_id, mentor_id = cohort.mentee_ids[i], cohort.mentor_ids[j]
        session.add(MatchingProposal(
            organisation_id=program.organisation_id, run_id=run.id, program_id=program.id,
            mentee_id=mentee_id, mentor_id=mentor_id, score=round(score, 2),
            breakdown=breakdown_of(cohort, i, j),
            origin=found.origin if found else ProposalOrigin.MATCHING,
            pinned=found is not None,
            overridden=list(found.overridden) if found else [],
            override_reason=found.override_reason if found else None,
            hierarchy_distance=cohort.hierarchy.get((mentee_id, mentor_id)),
            created_by_id=found.created_by_id if found else None,
        ))
    stats["unmatched"] = len(unmatched)
    run.stats = stats
    run.unmatched = [
        {"mentee_id": str(cohort.mentee_ids[i]), "reason": reason,
         "priority": bool(cohort.priority[i])}
        for i, reason in sorted(unmatched.items(), key=lambda kv: str(cohort.mentee_ids[kv[0]]))
    ]
    await session.flush()
    await record_audit(session, actor, "matching.run", "program", program.id,
                       {"run_id": str(run.id), "matched": stats["matched"],
                        "unmatched": stats["unmatched"], "pins_kept": len(kept)})
    return run


async def _draft_proposal(session: AsyncSession, program: Program, run_id: uuid.UUID,
                          proposal_id: uuid.UUID) -> tuple[MatchingRun, MatchingProposal]:
    await repo.lock_program(session, program)
    run = await repo.get_run(session, program, run_id)
    proposal = await repo.get_proposal(session, run, proposal_id)
    if proposal is None:
        raise NotFound("Proposal not found.", code="proposal_not_found")
    _require_draft(run)
    return run, proposal


async def set_pinned(session: AsyncSession, program: Program, run_id: uuid.UUID,
                     proposal_id: uuid.UUID, pinned: bool) -> MatchingProposal:
    _, proposal = await _draft_proposal(session, program, run_id, proposal_id)
    proposal.pinned = pinned
    await session.flush()
    return proposal


def _set_unmatched(run: MatchingRun, mentee_id: uuid.UUID, reason: str | None) -> None:
    rows = [u for u in run.unmatched if u["mentee_id"] != str(mentee_id)]
    if reason is not None:
        rows.append({"mentee_id": str(mentee_id), "reason": reason, "priority": False})
    run.unmatched = rows


async def exclude_proposal(session: AsyncSession, actor: Person, program: Program,
                           run_id: uuid.UUID, proposal_id: uuid.UUID) -> MatchingExclusion:
    """Rule the pair out for this program; its mentee waits for the next run."""
    run, proposal = await _draft_proposal(session, program, run_id, proposal_id)
    return await exclude_pair(session, actor, program, proposal.mentee_id, proposal.mentor_id,
                              run=run)


async def exclude_pair(session: AsyncSession, actor: Person, program: Program,
                       mentee_id: uuid.UUID, mentor_id: uuid.UUID,
                       run: MatchingRun | None = None) -> MatchingExclusion:
    await repo.lock_program(session, program)
    await _participant(session, program, mentee_id, ParticipantRole.MENTEE)
    await _participant(session, program, mentor_id, ParticipantRole.MENTOR)
    row = await repo.exclusion(session, program, mentee_id, mentor_id)
    if row is None:
        row = MatchingExclusion(organisation_id=program.organisation_id, program_id=program.id,
                                mentee_id=mentee_id, mentor_id=mentor_id,
                                created_by_id=actor.id)
        session.add(row)
        await session.flush()
        await record_audit(session, actor, "matching.exclusion.add", "program", program.id,
                           {"mentee_id": str(mentee_id), "mentor_id": str(mentor_id)})
    run = run or await repo.draft_run(session, program)
    if run is not None and run.status == MatchingRunStatus.DRAFT:
        proposal = await repo.proposal_for_mentee(session, run, mentee_id)
        if proposal is not None and proposal.mentor_id == mentor_id:
            await repo.delete_proposal(session, proposal)
            _set_unmatched(run, mentee_id, REMOVED_IN_REVIEW)
            await session.flush()
    return row


async def delete_exclusion(session: AsyncSession, actor: Person, program: Program,
                           exclusion_id: uuid.UUID) -> None:
    row = await repo.get_exclusion(session, program, exclusion_id)
    await record_audit(session, actor, "matching.exclusion.remove", "program", program.id,
                       {"mentee_id": str(row.mentee_id), "mentor_id": str(row.mentor_id)})
    await session.delete(row)
    await session.flush()


async def swap(session: AsyncSession, actor: Person, program: Program, run_id: uuid.UUID,
               first_id: uuid.UUID, second_id: uuid.UUID) -> list[MatchingProposal]:
    """Exchange the mentors of two proposals; both new pairs must pass every constraint."""
    if first_id == second_id:
        raise Unprocessable("Swap two different proposals.", code="swap_same_proposal")
    run, a = await _draft_proposal(session, program, run_id, first_id)
    b = await repo.get_proposal(session, run, second_id)
    if b is None:
        raise NotFound("Proposal not found.", code="proposal_not_found")
    if a.mentor_id == b.mentor_id:
        raise Unprocessable("Both proposals have the same mentor.", code="swap_same_mentor")
    new = [(a, a.mentee_id, b.mentor_id), (b, b.mentee_id, a.mentor_id)]
    cohort = await load_cohort(session, program, extra_mentees=[a.mentee_id, b.mentee_id],
                               extra_mentors=[a.mentor_id, b.mentor_id], pool_mentees=False,
                               pool_mentors=False)
    e_idx, r_idx = cohort.mentee_index, cohort.mentor_index
    problems = []
    for _, mentee_id, mentor_id in new:
        i, j = e_idx[mentee_id], r_idx[mentor_id]
        # a swap keeps every mentor's count: capacity is unchanged
        reasons = [r for r in cohort.constraints.reasons(i, j) if r is not Reason.NO_CAPACITY]
        if reasons:
            distance = cohort.hierarchy.get((mentee_id, mentor_id))
            problems.append({"mentee_id": str(mentee_id), "mentor_id": str(mentor_id),
                             "reasons": reason_items(reasons, distance)})
    if problems:
        raise Conflict("The swap would create a forbidden pair.", code="pair_forbidden",
                       pairs=problems)
    for proposal, mentee_id, mentor_id in new:
        i, j = e_idx[mentee_id], r_idx[mentor_id]
        proposal.mentor_id = mentor_id
        proposal.score = round(float(cohort.scorer.score_pairs([i], [j])[0]), 2)
        proposal.breakdown = breakdown_of(cohort, i, j)
        proposal.origin = ProposalOrigin.SWAP
        proposal.pinned = True
        proposal.overridden = []
        proposal.override_reason = None
        proposal.hierarchy_distance = None
        proposal.created_by_id = actor.id
    await session.flush()
    await record_audit(session, actor, "matching.swap", "program", program.id,
                       {"run_id": str(run.id), "proposals": [str(a.id), str(b.id)]})
    return [a, b]


async def _draft_load(session: AsyncSession, run: MatchingRun | None, mentor_id: uuid.UUID,
                      except_mentee: uuid.UUID | None) -> int:
    if run is None:
        return 0
    return sum(1 for p in await repo.proposals_of(session, run)
               if p.mentor_id == mentor_id and p.mentee_id != except_mentee)


async def check_in_draft(session: AsyncSession, program: Program, mentee_id: uuid.UUID,
                         mentor_id: uuid.UUID) -> PairCheck:
    """The check an admin sees before adding a manual pair (counts the draft's pairs)."""
    run = await repo.draft_run(session, program)
    load = await _draft_load(session, run, mentor_id, mentee_id)
    return await check_pair(session, program, mentee_id, mentor_id, draft_load=load)


async def add_manual_pair(
    session: AsyncSession, actor: Person, program: Program, run_id: uuid.UUID,
    mentee_id: uuid.UUID, mentor_id: uuid.UUID, override_reason: str | None,
) -> tuple[MatchingProposal, PairCheck]:
    """Add (or replace) the mentee's proposal with an admin's choice, pinned."""
    await repo.lock_program(session, program)
    run = await repo.get_run(session, program, run_id)
    _require_draft(run)
    load = await _draft_load(session, run, mentor_id, mentee_id)
    check = await check_pair(session, program, mentee_id, mentor_id, draft_load=load)
    reason_text = (override_reason or "").strip()
    if check.reasons:
        if not check.overridable:
            raise forbidden(check, "This pair breaks a hard constraint that cannot be "
                                   "overridden.")
        if not reason_text:
            raise forbidden(check, "This pair breaks a hard constraint: write an override "
                                   "reason to add it anyway.")
    existing = await repo.proposal_for_mentee(session, run, mentee_id)
    if existing is not None:
        await repo.delete_proposal(session, existing)
        await session.flush()
    overridden = [r.value for r in check.reasons]
    proposal = MatchingProposal(
        organisation_id=program.organisation_id, run_id=run.id, program_id=program.id,
        mentee_id=mentee_id, mentor_id=mentor_id, score=check.score,
        breakdown=check.breakdown, origin=ProposalOrigin.MANUAL, pinned=True,
        overridden=overridden, override_reason=reason_text if overridden else None,
        hierarchy_distance=check.hierarchy_distance, created_by_id=actor.id,
    )
    session.add(proposal)
    _set_unmatched(run, mentee_id, None)
    await session.flush()
    details: dict[str, Any] = {"run_id": str(run.id), "mentee_id": str(mentee_id),
                               "mentor_id": str(mentor_id)}
    if overridden:
        await record_audit(session, actor, "matching.manual_pair.override", "matching_proposal",
                           proposal.id, {**details, "overridden": overridden,
                                         "hierarchy_distance": check.hierarchy_distance,
                                         "reason": reason_text})
    else:
        await record_audit(session, actor, "matching.manual_pair.add", "matching_proposal",
                           proposal.id, details)
    return proposal, check


# --- publication ---------------------------------------------------------------------------


async def _create_mentorship(session: AsyncSession, program: Program, mentee_id: uuid.UUID,
                             mentor_id: uuid.UUID, origin: str,
                             mentee_accepted: bool = False) -> Mentorship:
    now = utcnow()
    m = Mentorship(organisation_id=program.organisation_id, program_id=program.id,
                   mentor_id=mentor_id, mentee_id=mentee_id,
                   status=MentorshipStatus.PROPOSED, origin=origin,
                   mentee_accepted_at=now if mentee_accepted else None)
    session.add(m)
    await session.flush()
    await programs_api.mark_matched(session, program.id, mentee_id)
    await programs_api.mark_matched(session, program.id, mentor_id)
    await mentorships_service.replacement_proposed(session, m)
    return m


def _require_open(program: Program) -> None:
    """Mentorships are proposed once the program is announced, never in a draft."""
    if program.status == ProgramStatus.DRAFT:
        raise Conflict("The program is still a draft: open it before proposing pairs.",
                       code="program_draft")


async def publish(session: AsyncSession, actor: Person, program: Program,
                  run_id: uuid.UUID) -> tuple[MatchingRun, list[MatchingProposal]]:
    """Send every proposal to both sides as a proposed mentorship, after a last check."""
    await repo.lock_program(session, program)
    run = await repo.get_run(session, program, run_id)
    _require_draft(run)
    _require_open(program)
    proposals = await repo.proposals_of(session, run)
    if not proposals:
        raise Conflict("This run has no proposal to publish.", code="nothing_to_publish")
    cohort = await load_cohort(session, program,
                               extra_mentees=[p.mentee_id for p in proposals],
                               extra_mentors=[p.mentor_id for p in proposals],
                               pool_mentees=False, pool_mentors=False)
    e_idx, r_idx = cohort.mentee_index, cohort.mentor_index
    used: Counter[int] = Counter()
    stale = []
    for p in proposals:
        i, j = e_idx[p.mentee_id], r_idx[p.mentor_id]
        reasons: list[Reason] = [r for r in cohort.constraints.reasons(i, j)
                                 if r is not Reason.NO_CAPACITY and r.value not in p.overridden]
        used[j] += 1
        if used[j] > cohort.constraints.capacity[j]:
            reasons.append(Reason.NO_CAPACITY)
        if reasons:
            stale.append({"proposal_id": str(p.id), "mentee_id": str(p.mentee_id),
                          "mentor_id": str(p.mentor_id),
                          "reasons": reason_items(reasons, cohort.hierarchy.get(
                              (p.mentee_id, p.mentor_id)))})
    if stale:
        raise Conflict("Some proposals no longer hold; exclude them or re-run the matching.",
                       code="proposals_stale", proposals=stale)
    for p in proposals:
        origin = "manual" if p.origin == ProposalOrigin.MANUAL else "matching"
        m = await _create_mentorship(session, program, p.mentee_id, p.mentor_id, origin)
        p.mentorship_id = m.id
    run.status = MatchingRunStatus.PUBLISHED
    run.published_at = utcnow()
    run.published_by_id = actor.id
    await session.flush()
    await record_audit(session, actor, "matching.publish", "program", program.id,
                       {"run_id": str(run.id), "mentorships": len(proposals),
                        "overrides": sum(1 for p in proposals if p.overridden)})
    return run, proposals


# --- settings and re-matches ----------------------------------------------------------------


async def update_settings(session: AsyncSession, actor: Person, program: Program,
                          attributes: list[dict[str, Any]], suggestions_count: int
                          ) -> MatchingSettings:
    row = await session.get(MatchingSettings, program.id)
    if row is None:
        row = MatchingSettings(program_id=program.id, organisation_id=program.organisation_id)
        session.add(row)
    row.attributes = attributes
    row.suggestions = suggestions_count
    await session.flush()
    await record_audit(session, actor, "matching.settings.update", "program", program.id,
                       {"attributes": [a["attribute"] for a in attributes],
                        "suggestions": suggestions_count})
    return row


async def get_settings(session: AsyncSession, program: Program) -> MatchingSettings:
    return await settings_of(session, program)


# --- mentee chooses --------------------------------------------------------------------------


@dataclass
class Suggestion:
    mentor: Person
    score: float
    breakdown: list[dict[str, Any]]


async def _chooser(session: AsyncSession, person: Person, program: Program) -> None:
    if program.matching_mode != MatchingMode.MENTEE_CHOICE:
        raise Conflict("In this program the administrators propose the pairs.",
                       code="matching_mode_admin_review")
    part = await programs_api.get_participant(session, program.id, person.id)
    if part is None or part.role != ParticipantRole.MENTEE:
        raise Forbidden("Only the program's mentees choose a mentor.", code="mentee_only")


async def my_suggestions(session: AsyncSession, person: Person,
                         program: Program) -> list[Suggestion]:
    """The mentee's best allowed mentors (capacity left, no hard constraint), best first."""
    await _chooser(session, person, program)
    cohort = await load_cohort(session, program, extra_mentees=[person.id], pool_mentees=False)
    assert cohort.constraints.mentee_eligible is not None
    if not cohort.constraints.mentee_eligible[0]:
        raise Conflict("You are not waiting for a mentor in this program.",
                       code="not_in_matching_pool")
    if not cohort.mentor_ids:
        return []
    limit = (await settings_of(session, program)).suggestions
    found = suggestions(cohort.scorer, cohort.constraints, 0, limit)
    return [Suggestion(cohort.people[cohort.mentor_ids[j]], round(score, 2),
                       breakdown_of(cohort, 0, j)) for j, score in found]


async def request_mentor(session: AsyncSession, person: Person, program: Program,
                         mentor_id: uuid.UUID) -> Mentorship:
    """The mentee asks one of their suggestions; the mentor accepts or refuses it through
    the mentorship lifecycle (the mentee's side counts as accepted)."""
    await repo.lock_program(session, program)
    _require_open(program)
    offered = {s.mentor.id for s in await my_suggestions(session, person, program)}
    if mentor_id not in offered:
        check = await check_pair(session, program, person.id, mentor_id)
        if check.reasons:
            raise forbidden(check, "You cannot ask this mentor.")
        raise Conflict("This mentor is not among your suggestions.", code="not_suggested")
    m = await _create_mentorship(session, program, person.id, mentor_id, "mentee_choice",
                                 mentee_accepted=True)
    await record_audit(session, person, "matching.request", "mentorship", m.id,
                       {"program_id": str(program.id)})
    return m
