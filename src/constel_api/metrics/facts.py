"""Facts: one row per countable thing, from the metadata columns of the source tables.

Each fact is tagged with the figure it feeds, a category, its program, the organisational
unit it is attributed to (a participant's own unit; for anything about a pair, the
mentee's unit), its period bucket (``date_trunc`` month or quarter, in UTC) and the person
it is about (``p1``: the participant, or the mentee of a pair; ``p2``, the pair's mentor,
is informative only). Both the report computed from the source tables (``repository``)
and the trigger-fed rollup (``rollup``) start from these CTEs, so they count the same way.

Only metadata columns are read: statuses, dates, counts, capacities, scores. No column of
the vault and no free text is ever selected here.
"""

from __future__ import annotations

from constel_api.models.mentoring import Absence, SessionStatus

_BUCKET = "CAST(date_trunc(:gran, {col} AT TIME ZONE 'UTC') AS date)"
_IN_PERIOD = (
    "((CAST(:start AS timestamptz) IS NULL OR {col} >= CAST(:start AS timestamptz)) "
    "AND (CAST(:end AS timestamptz) IS NULL OR {col} < CAST(:end AS timestamptz)))"
)


def _bucket(col: str) -> str:
    return _BUCKET.format(col=col)


def _in_period(col: str) -> str:
    return _IN_PERIOD.format(col=col)


def _fact(figure: str, category: str, unit: str, at: str | None, n: str, p1: str,
          p2: str = "NULL", x: str = "NULL", program: str = "p.program_id") -> str:
    bucket = _bucket(at) if at else "CAST(NULL AS date)"
    return (
        f"SELECT CAST('{figure}' AS text) AS figure, CAST({category} AS text) AS category, "
        f"{unit} AS unit_id, {bucket} AS bucket, CAST({n} AS bigint) AS n, "
        f"CAST({p1} AS uuid) AS p1, CAST({p2} AS uuid) AS p2, CAST({x} AS float8) AS x, "
        f"{program} AS program_id"
    )


# Session figures: (figure, category or None for "all categories", condition on a
# session_buckets row). Sessions are the bulk of the facts; counting them from one wide row
# per (mentee, period) with a column per cell is exact and far cheaper than grouping every
# fact per person. Categories outside these values go through the generic facts.
SESSION_SLOTS: tuple[tuple[str, str | None, str], ...] = (
    *(("sessions", st.value, f"sb.status = '{st.value}'") for st in SessionStatus),
    ("sessions", None, "TRUE"),
    ("attendance", SessionStatus.HELD.value, "sb.status = 'held'"),
    ("attendance", SessionStatus.MISSED.value, "sb.status = 'missed'"),
    ("attendance", None, "sb.status IN ('held', 'missed')"),
    *(("absences", a.value, f"sb.status = 'missed' AND sb.absence = '{a.value}'") for a in Absence),
    ("absences", None, "sb.status = 'missed'"),
)
KNOWN_STATUSES = ", ".join(f"'{st.value}'" for st in SessionStatus)
KNOWN_ABSENCES = ", ".join(f"'{a.value}'" for a in Absence)


UNIT_TREE = """closure(unit_id, ancestor_id, depth) AS (
    SELECT id, id, 0 FROM org_units WHERE organisation_id = :org
    UNION ALL
    SELECT c.unit_id, u.parent_id, c.depth + 1
    FROM closure c JOIN org_units u ON u.id = c.ancestor_id
    WHERE u.parent_id IS NOT NULL AND u.organisation_id = :org AND c.depth < 64
),
scope_units AS (
    SELECT unit_id FROM closure WHERE ancestor_id = CAST(:unit AS uuid)
)"""

_BASE = f"""
WITH RECURSIVE
{UNIT_TREE},
progs AS (
    SELECT id, mentor_capacity FROM programs
    WHERE organisation_id = :org
      AND (CAST(:program AS uuid) IS NULL OR id = CAST(:program AS uuid))
),
folk AS (
    SELECT id, unit_id FROM people
    WHERE organisation_id = :org
      AND __FOLK_FILTER__
),
parts AS (
    SELECT pp.program_id, pp.person_id, pp.role, pp.state, pp.created_at, pp.invited_at,
           COALESCE(pp.applied_at, pp.created_at) AS applied_at,
           COALESCE(pp.capacity_override, progs.mentor_capacity) AS capacity, f.unit_id,
           CASE WHEN pp.role = 'mentor' THEN (
               SELECT count(*) FROM mentorships m
               WHERE m.mentor_id = pp.person_id AND m.program_id = pp.program_id
                 AND m.organisation_id = :org AND m.status IN ('accepted', 'active')
           ) ELSE 0 END AS open_pairs
    FROM program_participants pp
    JOIN progs ON progs.id = pp.program_id
    JOIN folk f ON f.id = pp.person_id
    WHERE pp.organisation_id = :org
),
pairs AS (
    SELECT m.id, m.program_id, m.mentor_id, m.mentee_id, m.status, m.created_at,
           m.activated_at, m.ended_at, m.end_reason,
           CASE WHEN m.ended_by_id = m.mentor_id THEN 'mentor'
                WHEN m.ended_by_id = m.mentee_id THEN 'mentee'
                ELSE 'other' END AS ended_by_side,
           f.unit_id
    FROM mentorships m
    JOIN progs ON progs.id = m.program_id
    JOIN folk f ON f.id = m.mentee_id
    WHERE m.organisation_id = :org
),
sess AS (
    -- Per pair through (mentorship_id, starts_at): reads the selection's sessions only.
    SELECT s.mentorship_id, s.starts_at, s.status, s.absence
    FROM pairs p
    CROSS JOIN LATERAL (
        SELECT s.mentorship_id, s.starts_at, s.status, s.absence FROM mentoring_sessions s
        WHERE s.mentorship_id = p.id AND s.organisation_id = :org
    ) s
),
session_buckets AS (
    SELECT s.mentorship_id, {_bucket("s.starts_at")} AS bucket, s.status,
           COALESCE(s.absence, '') AS absence, count(*) AS n
    FROM sess s
    WHERE {_in_period("s.starts_at")}
    GROUP BY 1, 2, 3, 4
),
pair_sessions AS (
    SELECT s.mentorship_id,
           count(*) FILTER (WHERE s.status = 'held') AS held,
           min(s.starts_at) FILTER (WHERE s.status = 'held') AS first_held_at
    FROM sess s
    GROUP BY s.mentorship_id
),
first_match AS (
    SELECT program_id, mentee_id, min(created_at) AS matched_at,
           bool_or(status IN ('accepted', 'active', 'completed') OR activated_at IS NOT NULL)
               AS matched
    FROM pairs GROUP BY program_id, mentee_id
),
facts AS (
    {_fact("participants", "pt.role || ':' || pt.state", "pt.unit_id", "pt.created_at", "1",
           "pt.person_id", program="pt.program_id")}
    FROM parts pt WHERE {_in_period("pt.created_at")}
    UNION ALL
    {_fact("participants_by_role", "pt.role", "pt.unit_id", "pt.created_at", "1",
           "pt.person_id", program="pt.program_id")}
    FROM parts pt WHERE {_in_period("pt.created_at")}
    UNION ALL
    {_fact("invitations",
           "CASE pt.state WHEN 'invited' THEN 'pending' WHEN 'declined' THEN 'declined' "
           "ELSE 'accepted' END",
           "pt.unit_id", "pt.invited_at", "1", "pt.person_id", program="pt.program_id")}
    FROM parts pt WHERE pt.invited_at IS NOT NULL AND {_in_period("pt.invited_at")}
    UNION ALL
    {_fact("match", "CASE WHEN fm.matched THEN 'matched' ELSE 'unmatched' END",
           "pt.unit_id", "pt.applied_at", "1", "pt.person_id", program="pt.program_id")}
    FROM parts pt
    LEFT JOIN first_match fm ON fm.program_id = pt.program_id AND fm.mentee_id = pt.person_id
    WHERE pt.role = 'mentee' AND pt.state NOT IN ('invited', 'declined', 'ineligible')
      AND {_in_period("pt.applied_at")}
    UNION ALL
    {_fact("days_to_match", "NULL", "pt.unit_id", "fm.matched_at", "1", "pt.person_id",
           x="EXTRACT(EPOCH FROM fm.matched_at - pt.applied_at) / 86400.0",
           program="pt.program_id")}
    FROM parts pt
    JOIN first_match fm ON fm.program_id = pt.program_id AND fm.mentee_id = pt.person_id
    WHERE pt.role = 'mentee' AND fm.matched AND {_in_period("fm.matched_at")}
    UNION ALL
    {_fact("mentor_capacity", "NULL", "pt.unit_id", None, "pt.capacity", "pt.person_id",
           program="pt.program_id")}
    FROM parts pt WHERE pt.role = 'mentor' AND pt.state IN ('eligible', 'active')
    UNION ALL
    {_fact("mentor_load", "NULL", "pt.unit_id", None, "pt.open_pairs", "pt.person_id",
           x="pt.open_pairs", program="pt.program_id")}
    FROM parts pt
    WHERE pt.role = 'mentor' AND pt.state IN ('eligible', 'active')
    UNION ALL
    {_fact("mentors_at_capacity",
           "CASE WHEN pt.open_pairs >= pt.capacity THEN 'at_capacity' "
           "ELSE 'below_capacity' END",
           "pt.unit_id", None, "1", "pt.person_id", program="pt.program_id")}
    FROM parts pt
    WHERE pt.role = 'mentor' AND pt.state IN ('eligible', 'active')
    UNION ALL
    {_fact("pairs", "p.status", "p.unit_id", "p.created_at", "1", "p.mentee_id", "p.mentor_id")}
    FROM pairs p WHERE {_in_period("p.created_at")}
    UNION ALL
    {_fact("withdrawals", "p.ended_by_side", "p.unit_id", "p.ended_at", "1", "p.mentee_id",
           "p.mentor_id")}
    FROM pairs p WHERE p.status = 'withdrawn' AND p.ended_at IS NOT NULL
      AND {_in_period("p.ended_at")}
    UNION ALL
    {_fact("withdrawal_reasons", "COALESCE(p.end_reason, 'unspecified')", "p.unit_id",
           "p.ended_at", "1", "p.mentee_id", "p.mentor_id")}
    FROM pairs p WHERE p.status = 'withdrawn' AND p.ended_at IS NOT NULL
      AND {_in_period("p.ended_at")}
    UNION ALL
    {_fact("completion", "p.status", "p.unit_id", "p.ended_at", "1", "p.mentee_id",
           "p.mentor_id")}
    FROM pairs p WHERE p.status IN ('completed', 'withdrawn') AND p.ended_at IS NOT NULL
      AND {_in_period("p.ended_at")}
    UNION ALL
    -- Session figures are counted from wide rows (see _SESSION_CELLS); only statuses and
    -- absences outside the known values come through here, for their own categories.
    SELECT CAST('sessions' AS text), sb.status, p.unit_id, sb.bucket, sb.n, p.mentee_id,
           p.mentor_id, CAST(NULL AS float8), p.program_id
    FROM session_buckets sb JOIN pairs p ON p.id = sb.mentorship_id
    WHERE sb.status NOT IN ({KNOWN_STATUSES})
    UNION ALL
    SELECT CAST('absences' AS text), sb.absence, p.unit_id, sb.bucket, sb.n, p.mentee_id,
           p.mentor_id, CAST(NULL AS float8), p.program_id
    FROM session_buckets sb JOIN pairs p ON p.id = sb.mentorship_id
    WHERE sb.status = 'missed' AND sb.absence NOT IN ({KNOWN_ABSENCES})
    UNION ALL
    {_fact("days_to_first_session", "NULL", "p.unit_id", "ps.first_held_at", "1", "p.mentee_id",
           "p.mentor_id",
           x="EXTRACT(EPOCH FROM ps.first_held_at - COALESCE(p.activated_at, p.created_at))"
             " / 86400.0")}
    FROM pairs p JOIN pair_sessions ps ON ps.mentorship_id = p.id
    WHERE ps.first_held_at IS NOT NULL AND {_in_period("ps.first_held_at")}
    UNION ALL
    {_fact("sessions_per_pair", "NULL", "p.unit_id", "p.activated_at", "1", "p.mentee_id",
           "p.mentor_id", x="COALESCE(ps.held, 0)")}
    FROM pairs p LEFT JOIN pair_sessions ps ON ps.mentorship_id = p.id
    WHERE p.activated_at IS NOT NULL AND {_in_period("p.activated_at")}
    UNION ALL
    {_fact("objectives", "o.status", "p.unit_id", "o.defined_at", "1", "p.mentee_id",
           "p.mentor_id")}
    FROM objectives o JOIN pairs p ON p.id = o.mentorship_id
    WHERE o.organisation_id = :org AND {_in_period("o.defined_at")}
    UNION ALL
    {_fact("action_items", "a.status", "p.unit_id", "a.created_at", "1", "p.mentee_id",
           "p.mentor_id")}
    FROM action_items a JOIN pairs p ON p.id = a.mentorship_id
    WHERE a.organisation_id = :org AND {_in_period("a.created_at")}
    UNION ALL
    {_fact("introductions", "i.status", "p.unit_id", "i.created_at", "1", "p.mentee_id",
           "p.mentor_id")}
    FROM introductions i JOIN pairs p ON p.id = i.mentorship_id
    WHERE i.organisation_id = :org AND {_in_period("i.created_at")}
    UNION ALL
    {_fact("satisfaction", "fb.author_side", "p.unit_id", "fb.created_at", "1", "p.mentee_id",
           x="fb.satisfaction_score")}
    FROM mentorship_feedback fb JOIN pairs p ON p.id = fb.mentorship_id
    WHERE fb.organisation_id = :org AND fb.satisfaction_score IS NOT NULL
      AND {_in_period("fb.created_at")}
    UNION ALL
    {_fact("event_attendance", "COALESCE(ea.status, 'unrecorded')", "f.unit_id", "ev.starts_at",
           "1", "ea.person_id", program="ev.program_id")}
    FROM program_event_attendances ea
    JOIN program_events ev ON ev.id = ea.event_id
    JOIN progs ON progs.id = ev.program_id
    JOIN folk f ON f.id = ea.person_id
    WHERE ea.organisation_id = :org AND ev.organisation_id = :org
      AND {_in_period("ev.starts_at")}
)
"""  # noqa: S608 -- only constant fragments are interpolated; values are bound parameters

UNIT_FILTER = "(CAST(:unit AS uuid) IS NULL OR unit_id IN (SELECT unit_id FROM scope_units))"
PERSONS_FILTER = "id = ANY(CAST(:persons AS uuid[]))"


def base_sql(folk_filter: str = UNIT_FILTER) -> str:
    """The fact CTEs; ``folk_filter`` chooses whose facts: a unit subtree, or a batch of
    people (the rollup's refresh)."""
    return _BASE.replace("__FOLK_FILTER__", folk_filter)
