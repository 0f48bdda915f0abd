"""From the database to the pure solver's arrays: people -> indices, answers -> criteria,
history and the directory -> hard constraints.

The cohort is: mentees in the matching pool (eligible, or back from a refused pairing),
mentors eligible or active with capacity left once their open mentorships are counted,
plus any "extra" people a caller names (a manual pair, a suggestion request) with their
eligibility stated rather than assumed, so every path asks the same ``HardConstraints``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.core.scoping import scoped_select
from constel_api.core.time import utcnow
from constel_api.directory.chain import links_between
from constel_api.matching.constraints import HardConstraints
from constel_api.matching.criteria import Criterion, Rule
from constel_api.matching.scoring import Scorer
from constel_api.models import (
    OPEN_MENTORSHIP_STATUSES,
    MatchingExclusion,
    MatchingSettings,
    Mentorship,
    MentorshipStatus,
    ParticipantRole,
    ParticipantState,
    Person,
    Program,
    ProgramParticipant,
)
from constel_api.programs import api as programs_api
from constel_api.programs.questionnaire import (
    MultipleChoiceQuestion,
    Question,
    ScaleQuestion,
    SingleChoiceQuestion,
)
from constel_api.programs.questionnaire_service import get_questions

NO_CRITERION = "_none"  # placeholder when a program scores on nothing: every pair scores 0
REMOTE_SITES = frozenset({"remote", "télétravail", "teletravail", "distance"})
POOL_STATES = (ParticipantState.ELIGIBLE, ParticipantState.ACTIVE)
# A mentee with one of these mentorships in the program is not waiting for a mentor.
TAKEN_STATUSES = (*OPEN_MENTORSHIP_STATUSES, MentorshipStatus.COMPLETED)
ENDED_PAIR_STATUSES = (MentorshipStatus.REFUSED, MentorshipStatus.WITHDRAWN)


@dataclass(frozen=True, eq=False)
class Cohort:
    """One program's matching problem, with the maps back to people."""

    program: Program
    mentee_ids: list[uuid.UUID]
    mentor_ids: list[uuid.UUID]
    people: dict[uuid.UUID, Person]
    participants: dict[uuid.UUID, ProgramParticipant]
    priority: np.ndarray
    scorer: Scorer
    constraints: HardConstraints
    hierarchy: dict[tuple[uuid.UUID, uuid.UUID], int]  # (mentee, mentor) -> levels apart
    open_mentee_ids: frozenset[uuid.UUID]  # mentees already in an open or completed pairing

    @property
    def mentee_index(self) -> dict[uuid.UUID, int]:
        return {p: i for i, p in enumerate(self.mentee_ids)}

    @property
    def mentor_index(self) -> dict[uuid.UUID, int]:
        return {p: j for j, p in enumerate(self.mentor_ids)}


async def settings_of(session: AsyncSession, program: Program) -> MatchingSettings:
    """The program's matching settings (defaults when never saved; not added to the session)."""
    row = await session.get(MatchingSettings, program.id)
    if row is None or row.organisation_id != program.organisation_id:
        return MatchingSettings(
            program_id=program.id,
            organisation_id=program.organisation_id,
            attributes=[],
            suggestions=5,
        )
    return row


async def open_mentor_load(session: AsyncSession, program_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Open mentorships per mentor in this program (they use capacity)."""
    rows = await session.execute(
        select(Mentorship.mentor_id, func.count())
        .where(
            Mentorship.program_id == program_id,
            Mentorship.status.in_([str(s) for s in OPEN_MENTORSHIP_STATUSES]),
        )
        .group_by(Mentorship.mentor_id)
    )
    return {mentor: int(n) for mentor, n in rows.all()}


async def taken_mentees(session: AsyncSession, program_id: uuid.UUID) -> set[uuid.UUID]:
    rows = await session.scalars(
        select(Mentorship.mentee_id).where(
            Mentorship.program_id == program_id,
            Mentorship.status.in_([str(s) for s in TAKEN_STATUSES]),
        )
    )
    return set(rows)


async def load_cohort(
    session: AsyncSession,
    program: Program,
    *,
    extra_mentees: Iterable[uuid.UUID] = (),
    extra_mentors: Iterable[uuid.UUID] = (),
    pool_mentees: bool = True,
    pool_mentors: bool = True,
) -> Cohort:
    """Build the cohort: the pools asked for plus the extra people (single-pair checks).

    Extra people are loaded whatever their state; their eligibility is stated by the
    constraints (ineligible mentee, ineligible or declined mentor), never assumed.
    """
    org_id = program.organisation_id
    taken = await taken_mentees(session, program.id)
    mentee_pool: list[ProgramParticipant] = []
    mentor_pool: list[ProgramParticipant] = []
    if pool_mentees:
        mentee_pool = [
            p
            for p in await programs_api.matchable_participants(
                session, program, ParticipantRole.MENTEE
            )
            if p.person_id not in taken
        ]
        # Mentees back from a refused pairing are "active" with nothing open: in the pool too.
        mentee_pool += [
            p
            for p in await _participants(
                session, program, ParticipantRole.MENTEE, (ParticipantState.ACTIVE,)
            )
            if p.person_id not in taken
        ]
    if pool_mentors:
        mentor_pool = await programs_api.matchable_participants(
            session, program, ParticipantRole.MENTOR
        )
    mentee_parts = {p.person_id: p for p in mentee_pool}
    mentor_parts = {p.person_id: p for p in mentor_pool}
    extras_e = [p for p in dict.fromkeys(extra_mentees) if p not in mentee_parts]
    extras_r = [p for p in dict.fromkeys(extra_mentors) if p not in mentor_parts]
    for pid, part in (await _by_person(session, program, extras_e + extras_r)).items():
        if pid in extras_e:
            mentee_parts[pid] = part
        if pid in extras_r:
            mentor_parts[pid] = part
    mentee_ids = sorted(mentee_parts, key=str)
    mentor_ids = sorted(mentor_parts, key=str)
    people = {
        p.id: p
        for p in await session.scalars(
            scoped_select(Person, org_id).where(Person.id.in_(mentee_ids + mentor_ids))
        )
    }
    load = await open_mentor_load(session, program.id)

    mentee_eligible = np.array(
        [
            mentee_parts[pid].role == ParticipantRole.MENTEE
            and people[pid].active
            and mentee_parts[pid].state in POOL_STATES
            and pid not in taken
            for pid in mentee_ids
        ],
        np.bool_,
    )
    mentor_eligible = np.array(
        [
            mentor_parts[pid].role == ParticipantRole.MENTOR
            and people[pid].active
            and mentor_parts[pid].state in POOL_STATES
            for pid in mentor_ids
        ],
        np.bool_,
    )
    mentor_declined = np.array(
        [mentor_parts[pid].state == ParticipantState.DECLINED for pid in mentor_ids], np.bool_
    )
    capacity = np.array(
        [
            max(
                0,
                (programs_api.effective_capacity(program, mentor_parts[pid]) or 0)
                - load.get(pid, 0),
            )
            for pid in mentor_ids
        ],
        np.int64,
    )
    priority = np.array([mentee_parts[pid].rematch_priority for pid in mentee_ids], np.bool_)

    mentee_index = {p: i for i, p in enumerate(mentee_ids)}
    mentor_index = {p: j for j, p in enumerate(mentor_ids)}
    hierarchy = await links_between(session, org_id, mentee_ids, mentor_ids)
    hier_pairs = [(mentee_index[a], mentor_index[b]) for a, b in hierarchy]
    refused_pairs = [
        (mentee_index[a], mentor_index[b])
        for a, b in await ended_pairs(session, program.id)
        if a in mentee_index and b in mentor_index
    ]
    excluded_pairs = [
        (mentee_index[e.mentee_id], mentor_index[e.mentor_id])
        for e in await exclusions_of(session, program)
        if e.mentee_id in mentee_index and e.mentor_id in mentor_index
    ]
    units: dict[uuid.UUID | None, int] = {}

    def unit_code(pid: uuid.UUID, fallback: int) -> int:
        unit = people[pid].unit_id
        return fallback if unit is None else units.setdefault(unit, len(units))

    n, m = len(mentee_ids), len(mentor_ids)
    constraints = HardConstraints(
        n_mentees=n,
        n_mentors=m,
        capacity=capacity,
        hierarchy=hier_pairs,
        refused=refused_pairs,
        excluded=excluded_pairs,
        # a person without a unit is never "in the same unit" as anyone
        mentee_unit=np.array([unit_code(p, -1 - i) for i, p in enumerate(mentee_ids)], np.int64),
        mentor_unit=np.array(
            [unit_code(p, -1 - n - j) for j, p in enumerate(mentor_ids)], np.int64
        ),
        forbid_same_unit=program.exclude_same_unit,
        mentee_eligible=mentee_eligible,
        mentor_eligible=mentor_eligible,
        mentor_declined=mentor_declined,
    )
    questions = await programs_api.matching_questions(session, program)
    all_questions = {q.key: q for q in await get_questions(session, program)}
    settings = await settings_of(session, program)
    mentees = [(people[p], mentee_parts[p]) for p in mentee_ids]
    mentors = [(people[p], mentor_parts[p]) for p in mentor_ids]
    criteria = question_criteria(questions, all_questions, mentees, mentors)
    criteria += attribute_criteria(settings.attributes, mentees, mentors, utcnow().date())
    criteria = [c for c in criteria if c.weight > 0]
    if not criteria:
        criteria = [Criterion(NO_CRITERION, Rule.SAME, 1.0, np.full(n, -1), np.full(m, -1))]
    return Cohort(
        program=program,
        mentee_ids=mentee_ids,
        mentor_ids=mentor_ids,
        people=people,
        participants={**mentee_parts, **mentor_parts},
        priority=priority,
        scorer=Scorer(criteria),
        constraints=constraints,
        hierarchy=dict(hierarchy),
        open_mentee_ids=frozenset(taken),
    )


async def _participants(
    session: AsyncSession,
    program: Program,
    role: ParticipantRole,
    states: Sequence[ParticipantState],
) -> list[ProgramParticipant]:
    rows = await session.scalars(
        scoped_select(ProgramParticipant, program.organisation_id)
        .where(
            ProgramParticipant.program_id == program.id,
            ProgramParticipant.role == role,
            ProgramParticipant.state.in_([str(s) for s in states]),
        )
        .order_by(ProgramParticipant.created_at)
    )
    return list(rows)


async def _by_person(
    session: AsyncSession, program: Program, person_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, ProgramParticipant]:
    if not person_ids:
        return {}
    rows = await session.scalars(
        scoped_select(ProgramParticipant, program.organisation_id).where(
            ProgramParticipant.program_id == program.id,
            ProgramParticipant.person_id.in_(list(person_ids)),
        )
    )
    return {p.person_id: p for p in rows}


async def ended_pairs(
    session: AsyncSession, program_id: uuid.UUID
) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """(mentee, mentor) pairs refused or withdrawn before in this program: never again."""
    rows = await session.execute(
        select(Mentorship.mentee_id, Mentorship.mentor_id).where(
            Mentorship.program_id == program_id,
            Mentorship.status.in_([str(s) for s in ENDED_PAIR_STATUSES]),
        )
    )
    return {(a, b) for a, b in rows.all()}


async def exclusions_of(session: AsyncSession, program: Program) -> list[MatchingExclusion]:
    rows = await session.scalars(
        scoped_select(MatchingExclusion, program.organisation_id)
        .where(MatchingExclusion.program_id == program.id)
        .order_by(MatchingExclusion.created_at)
    )
    return list(rows)


# --- criteria ------------------------------------------------------------------------------

Side = list[tuple[Person, ProgramParticipant]]


def _option_values(q: Question | None) -> list[str]:
    if isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
        return [o.value for o in q.options]
    return []


def _as_set(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _multi_hot(side: Side, key: str, options: list[str]) -> np.ndarray:
    pos = {o: k for k, o in enumerate(options)}
    out = np.zeros((len(side), len(options)), np.bool_)
    for i, (_, part) in enumerate(side):
        for v in _as_set((part.answers or {}).get(key)):
            if v in pos:
                out[i, pos[v]] = True
    return out


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return float("nan")
    return float(value)


def question_criteria(
    questions: Sequence[Question], by_key: dict[str, Question], mentees: Side, mentors: Side
) -> list[Criterion]:
    """One criterion per matching question: the mentee's answer against the mentor's."""
    out: list[Criterion] = []
    for q in questions:
        assert q.matching is not None
        mentor_key = q.matching.compares_with_key or q.key
        mq = by_key.get(mentor_key, q)
        weight = float(q.matching.weight)
        rule = q.matching.rule
        if rule == "numeric_distance" or (rule == "same" and isinstance(q, ScaleQuestion)):
            lo = min(getattr(q, "min", 0), getattr(mq, "min", 0))
            hi = max(getattr(q, "max", 1), getattr(mq, "max", 1))
            a = np.array([_number((p.answers or {}).get(q.key)) for _, p in mentees])
            b = np.array([_number((p.answers or {}).get(mentor_key)) for _, p in mentors])
            if rule == "same":
                a = np.where(np.isnan(a), -1, a - lo).astype(np.int64)
                b = np.where(np.isnan(b), -1, b - lo).astype(np.int64)
                out.append(Criterion(q.key, Rule.SAME, weight, a, b))
            else:
                out.append(
                    Criterion(q.key, Rule.NUMERIC, weight, a, b, value_range=(float(lo), float(hi)))
                )
            continue
        options = list(dict.fromkeys(_option_values(q) + _option_values(mq)))
        both_single = isinstance(q, SingleChoiceQuestion) and isinstance(mq, SingleChoiceQuestion)
        if rule == "same" and both_single:
            pos = {o: k for k, o in enumerate(options)}

            def codes(side: Side, key: str, pos: dict[str, int] = pos) -> np.ndarray:
                return np.array(
                    [pos.get(str((p.answers or {}).get(key)), -1) for _, p in side], np.int64
                )

            out.append(
                Criterion(
                    q.key,
                    Rule.SAME,
                    weight,
                    codes(mentees, q.key),
                    codes(mentors, mentor_key),
                    options=options,
                )
            )
            continue
        # overlap / covers, and "same" between a single and a multiple choice (= covers)
        crule = Rule.OVERLAP if rule == "overlap" else Rule.COVERS
        out.append(
            Criterion(
                q.key,
                crule,
                weight,
                _multi_hot(mentees, q.key, options),
                _multi_hot(mentors, mentor_key, options),
                options=options,
            )
        )
    return out


def _years(hired_on: date | None, today: date) -> float:
    return float("nan") if hired_on is None else (today - hired_on).days / 365.25


def attribute_criteria(
    attributes: Sequence[dict[str, Any]], mentees: Side, mentors: Side, today: date
) -> list[Criterion]:
    """Directory attributes the program selected (languages, site, seniority, unit)."""
    out: list[Criterion] = []
    for attr in attributes:
        name, weight = str(attr.get("attribute")), float(attr.get("weight", 0))
        if name == "languages":
            options = sorted(
                {
                    lang
                    for side in (mentees, mentors)
                    for person, _ in side
                    for lang in person.languages or ()
                }
            )
            pos = {o: k for k, o in enumerate(options)}

            def hot(side: Side, pos: dict[str, int] = pos, k: int = len(options)) -> np.ndarray:
                arr = np.zeros((len(side), k), np.bool_)
                for i, (person, _) in enumerate(side):
                    for lang in person.languages or ():
                        arr[i, pos[lang]] = True
                return arr

            out.append(
                Criterion(
                    "languages", Rule.COMMON, weight, hot(mentees), hot(mentors), options=options
                )
            )
        elif name == "site":
            sites = sorted(
                {(person.site or "").strip() for side in (mentees, mentors) for person, _ in side}
                - {""}
            )
            spos = {s: k for k, s in enumerate(sites)}

            def site_codes(side: Side, spos: dict[str, int] = spos) -> np.ndarray:
                return np.array(
                    [spos.get((person.site or "").strip(), -1) for person, _ in side], np.int64
                )

            def remote(side: Side) -> np.ndarray:
                return np.array(
                    [(person.site or "").strip().lower() in REMOTE_SITES for person, _ in side],
                    np.bool_,
                )

            out.append(
                Criterion(
                    "site",
                    Rule.SITE,
                    weight,
                    site_codes(mentees),
                    site_codes(mentors),
                    options=sites,
                    mentee_remote=remote(mentees),
                    mentor_remote=remote(mentors),
                )
            )
        elif name == "seniority":
            out.append(
                Criterion(
                    "seniority",
                    Rule.GAP,
                    weight,
                    np.array([_years(person.hired_on, today) for person, _ in mentees]),
                    np.array([_years(person.hired_on, today) for person, _ in mentors]),
                    min_gap=float(attr.get("min_gap") or 0),
                )
            )
        elif name == "unit":
            codes: dict[uuid.UUID, int] = {}
            out.append(
                Criterion(
                    "unit",
                    Rule.DIFFERENT,
                    weight,
                    np.array(
                        [
                            -1
                            if person.unit_id is None
                            else codes.setdefault(person.unit_id, len(codes))
                            for person, _ in mentees
                        ],
                        np.int64,
                    ),
                    np.array(
                        [
                            -1
                            if person.unit_id is None
                            else codes.setdefault(person.unit_id, len(codes))
                            for person, _ in mentors
                        ],
                        np.int64,
                    ),
                )
            )
    return out
