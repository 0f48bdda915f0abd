"""metrics rollup: per-person facts and per-cell counts fed by dirty marks from triggers

The pilotage dashboards read cells (counts and distinct people per program, unit, figure,
category and period) instead of recounting a million sessions per request. Statement-level
triggers mark the people each write concerns (metric_dirty), in the writing transaction;
the rollup's refresh (constel_api.metrics.rollup) recounts only those people and applies
the difference to the cells. Every existing person starts marked, so the first refresh
builds the rollup from the source tables.

Revision ID: 0012rollup
Revises: 0011gdpr
Create Date: 2026-11-25 18:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012rollup'
down_revision: str | Sequence[str] | None = '0011gdpr'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Marks conflict-update their row (not DO NOTHING) so that the writer holds its row lock
# until it commits: a refresh that takes marks with SKIP LOCKED never takes the mark of a
# write it cannot see yet, and never waits on a writer.
_MARK = """
    INSERT INTO metric_dirty (organisation_id, person_id)
    SELECT DISTINCT organisation_id, person_id FROM ({rows}) AS marks
    WHERE organisation_id IS NOT NULL AND person_id IS NOT NULL
    ORDER BY 1, 2
    ON CONFLICT (organisation_id, person_id) DO UPDATE SET marked_at = now();"""


def _function(name: str, new_rows: str | None, old_rows: str | None) -> str:
    """A trigger function marking the people found in ``new_rows`` and/or ``old_rows``."""
    body = ""
    if new_rows is not None:
        body += ("    IF TG_OP IN ('INSERT', 'UPDATE') THEN"
                 + _MARK.format(rows=new_rows) + "\n    END IF;\n")
    if old_rows is not None:
        body += ("    IF TG_OP IN ('DELETE', 'UPDATE') THEN"
                 + _MARK.format(rows=old_rows) + "\n    END IF;\n")
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
            f"{body}    RETURN NULL;\nEND\n$$")


def _by_person(rows: str) -> str:
    return f"SELECT organisation_id, person_id FROM {rows}"  # noqa: S608 -- constant names


def _by_pair(rows: str) -> str:
    # A pair's facts belong to its mentee; a mentor's participant facts count open pairs.
    return (f"SELECT organisation_id, mentee_id AS person_id FROM {rows} UNION ALL "  # noqa: S608
            f"SELECT organisation_id, mentor_id FROM {rows}")


def _by_pair_child(rows: str) -> str:
    return (f"SELECT m.organisation_id, m.mentee_id AS person_id FROM {rows} c "  # noqa: S608
            "JOIN mentorships m ON m.id = c.mentorship_id")


FUNCTIONS = [
    _function("metric_mark_person", _by_person("new_rows"), _by_person("old_rows")),
    _function("metric_mark_pair", _by_pair("new_rows"), _by_pair("old_rows")),
    _function("metric_mark_pair_child", _by_pair_child("new_rows"),
              _by_pair_child("old_rows")),
    # A person's facts are attributed to their unit.
    _function("metric_mark_unit_move",
              "SELECT n.organisation_id, n.id AS person_id FROM new_rows n "
              "JOIN old_rows o ON o.id = n.id WHERE o.unit_id IS DISTINCT FROM n.unit_id",
              None),
    # An event's date or program decides its attendances' period and program.
    _function("metric_mark_event_move",
              "SELECT a.organisation_id, a.person_id FROM new_rows n "
              "JOIN old_rows o ON o.id = n.id "
              "JOIN program_event_attendances a ON a.event_id = n.id "
              "WHERE o.starts_at IS DISTINCT FROM n.starts_at "
              "OR o.program_id IS DISTINCT FROM n.program_id",
              None),
    # The program's default capacity is every mentor's capacity unless overridden.
    _function("metric_mark_capacity_change",
              "SELECT pp.organisation_id, pp.person_id FROM new_rows n "
              "JOIN old_rows o ON o.id = n.id "
              "JOIN program_participants pp ON pp.program_id = n.id AND pp.role = 'mentor' "
              "WHERE o.mentor_capacity IS DISTINCT FROM n.mentor_capacity",
              None),
]

# table -> trigger function, for inserts, updates and deletes
ROW_TRIGGERS = {
    'program_participants': 'metric_mark_person',
    'program_event_attendances': 'metric_mark_person',
    'mentorships': 'metric_mark_pair',
    'mentoring_sessions': 'metric_mark_pair_child',
    'objectives': 'metric_mark_pair_child',
    'action_items': 'metric_mark_pair_child',
    'introductions': 'metric_mark_pair_child',
    'mentorship_feedback': 'metric_mark_pair_child',
}
# table -> trigger function, for updates only
UPDATE_TRIGGERS = {
    'people': 'metric_mark_unit_move',
    'program_events': 'metric_mark_event_move',
    'programs': 'metric_mark_capacity_change',
}


def _triggers() -> list[str]:
    statements = []
    for table, function in ROW_TRIGGERS.items():
        statements += [
            f"CREATE TRIGGER metric_mark_insert AFTER INSERT ON {table} "
            f"REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
            f"CREATE TRIGGER metric_mark_update AFTER UPDATE ON {table} "
            "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
            f"CREATE TRIGGER metric_mark_delete AFTER DELETE ON {table} "
            f"REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}()",
        ]
    for table, function in UPDATE_TRIGGERS.items():
        statements.append(
            f"CREATE TRIGGER metric_mark_update AFTER UPDATE ON {table} "
            "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}()")
    return statements


def _cell_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.Column('program_id', sa.Uuid(), nullable=True),
        sa.Column('unit_id', sa.Uuid(), nullable=True),
        sa.Column('all_units', sa.Boolean(), nullable=False),
        sa.Column('figure', sa.Text(), nullable=False),
        sa.Column('category', sa.Text(), nullable=True),
        sa.Column('gc', sa.SmallInteger(), nullable=False),
        sa.Column('gran', sa.String(length=8), nullable=False),
        sa.Column('bucket', sa.Date(), nullable=True),
    ]


_CELL_KEY = ['organisation_id', 'program_id', 'gran', 'all_units', 'figure', 'category', 'gc',
             'bucket', 'unit_id']


def upgrade() -> None:
    op.create_table('metric_dirty',
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('marked_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('organisation_id', 'person_id', name=op.f('pk_metric_dirty'))
    )
    op.create_table('metric_person_facts',
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('program_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('figure', sa.Text(), nullable=False),
    sa.Column('category', sa.Text(), nullable=True),
    sa.Column('month', sa.Date(), nullable=True),
    sa.Column('x', sa.Float(precision=53), nullable=True),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.Column('k', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_metric_person_facts_organisation_id_organisations'), ondelete='CASCADE'),
    )
    op.create_index('ix_metric_person_facts_person', 'metric_person_facts',
                    ['organisation_id', 'person_id'])
    op.create_table('metric_cells',
    *_cell_columns(),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.Column('people', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_metric_cells_organisation_id_organisations'), ondelete='CASCADE'),
    sa.UniqueConstraint(*_CELL_KEY, name='uq_metric_cells_key', postgresql_nulls_not_distinct=True, postgresql_include=['n', 'people']),
    )
    op.create_index('ix_metric_cells_empty', 'metric_cells', ['organisation_id'],
                    postgresql_where=sa.text('people = 0'))
    op.create_table('metric_values',
    *_cell_columns(),
    sa.Column('x', sa.Float(precision=53), nullable=False),
    sa.Column('k', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_metric_values_organisation_id_organisations'), ondelete='CASCADE'),
    sa.UniqueConstraint(*_CELL_KEY, 'x', name='uq_metric_values_key', postgresql_nulls_not_distinct=True, postgresql_include=['k']),
    )
    op.create_index('ix_metric_values_empty', 'metric_values', ['organisation_id'],
                    postgresql_where=sa.text('k = 0'))
    for statement in FUNCTIONS + _triggers():
        op.execute(statement)
    # Backfill: everyone is counted by the first refresh.
    op.execute("INSERT INTO metric_dirty (organisation_id, person_id) "
               "SELECT organisation_id, id FROM people")


def downgrade() -> None:
    for table in ROW_TRIGGERS:
        for event in ('insert', 'update', 'delete'):
            op.execute(f"DROP TRIGGER metric_mark_{event} ON {table}")
    for table in UPDATE_TRIGGERS:
        op.execute(f"DROP TRIGGER metric_mark_update ON {table}")
    for name in ('metric_mark_person', 'metric_mark_pair', 'metric_mark_pair_child',
                 'metric_mark_unit_move', 'metric_mark_event_move',
                 'metric_mark_capacity_change'):
        op.execute(f"DROP FUNCTION {name}()")
    op.drop_table('metric_values')
    op.drop_table('metric_cells')
    op.drop_table('metric_person_facts')
    op.drop_table('metric_dirty')
