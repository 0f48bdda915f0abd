"""metrics: per-organisation change stamp of the reporting data, trigger-maintained

Revision ID: 0009metrics
Revises: 0008matching
Create Date: 2026-11-25 16:10:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009metrics'
down_revision: str | Sequence[str] | None = '0008matching'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table the pilotage figures read. A statement-level trigger bumps the stamp of the
# organisations its rows belong to, in the writing transaction, whoever writes (ORM, bulk
# loads, seeds): a report computed at stamp v is exact for as long as the stamp is v.
WATCHED = (
    'org_units', 'programs', 'program_participants', 'mentorships', 'mentoring_sessions',
    'objectives', 'action_items', 'introductions', 'mentorship_feedback', 'program_events',
    'program_event_attendances',
)

FUNCTIONS = r"""
CREATE FUNCTION metrics_bump(orgs uuid[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO metrics_versions (organisation_id, version, changed_at)
    SELECT o, 1, now()
    FROM (SELECT DISTINCT o FROM unnest(orgs) AS o WHERE o IS NOT NULL) d
    ORDER BY o
    ON CONFLICT (organisation_id) DO UPDATE
        SET version = metrics_versions.version + 1, changed_at = now()
$$;

CREATE FUNCTION metrics_changed_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_bump(ARRAY(SELECT DISTINCT organisation_id FROM new_rows));
    RETURN NULL;
END
$$;

CREATE FUNCTION metrics_changed_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_bump(ARRAY(SELECT DISTINCT organisation_id FROM old_rows));
    RETURN NULL;
END
$$;

-- People: the figures read a person's unit only (logins and profile edits do not count).
CREATE FUNCTION metrics_people_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_bump(ARRAY(
        SELECT DISTINCT n.organisation_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE o.unit_id IS DISTINCT FROM n.unit_id
           OR o.organisation_id IS DISTINCT FROM n.organisation_id));
    RETURN NULL;
END
$$;

-- Organisations: the anonymity threshold decides what is suppressed.
CREATE FUNCTION metrics_organisations_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metrics_bump(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE o.anonymity_threshold IS DISTINCT FROM n.anonymity_threshold));
    RETURN NULL;
END
$$;
"""


def _triggers(table: str) -> str:
    return f"""
CREATE TRIGGER metrics_changed_insert AFTER INSERT ON {table}
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_changed_new();

CREATE TRIGGER metrics_changed_update AFTER UPDATE ON {table}
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_changed_new();

CREATE TRIGGER metrics_changed_delete AFTER DELETE ON {table}
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_changed_old();
"""


PEOPLE_TRIGGERS = """
CREATE TRIGGER metrics_changed_insert AFTER INSERT ON people
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_changed_new();

CREATE TRIGGER metrics_changed_update AFTER UPDATE ON people
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_people_updated();

CREATE TRIGGER metrics_changed_delete AFTER DELETE ON people
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_changed_old();

CREATE TRIGGER metrics_changed_update AFTER UPDATE ON organisations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION metrics_organisations_updated();
"""


def upgrade() -> None:
    op.create_table('metrics_versions',
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('organisation_id', name=op.f('pk_metrics_versions'))
    )
    for statement in _split(FUNCTIONS + "".join(_triggers(t) for t in WATCHED)
                            + PEOPLE_TRIGGERS):
        op.execute(statement)
    # Backfill: every existing organisation starts at version 1.
    op.execute("INSERT INTO metrics_versions (organisation_id, version) "
               "SELECT id, 1 FROM organisations")


def downgrade() -> None:
    for table in (*WATCHED, 'people'):
        for op_name in ('insert', 'update', 'delete'):
            op.execute(f"DROP TRIGGER metrics_changed_{op_name} ON {table}")
    op.execute("DROP TRIGGER metrics_changed_update ON organisations")
    for fn in ('metrics_organisations_updated()', 'metrics_people_updated()',
               'metrics_changed_old()', 'metrics_changed_new()', 'metrics_bump(uuid[])'):
        op.execute(f"DROP FUNCTION {fn}")
    op.drop_table('metrics_versions')


def _split(script: str) -> list[str]:
    """One statement per blank-line-separated block (asyncpg runs one at a time)."""
    return [part.strip() for part in script.split("\n\n") if part.strip()]
