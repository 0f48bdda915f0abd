"""metrics rollup: cells per unit subtree, kept by the refresh; a moved unit marks people

The unit scopes of a pilotage report (each unit with everything under it) were summed at
every read from the per-unit cells through the unit tree's closure: most of a dashboard's
database time. The refresh now also keeps, for every unit, the cells of its subtree
(``all_units`` true with the unit's id; the whole organisation keeps ``unit_id`` NULL).

A subtree depends on the unit tree: moving a unit under another parent, or deleting one,
empties the organisation's rollup and marks its people, so that the drain rebuilds it
(reports meanwhile come from the source tables).

The existing rollup holds no subtree cells: it is emptied and everyone is marked, so the
first drain rebuilds it (``constel-api metrics-rollup`` does it at once).

Revision ID: 0017subtree
Revises: 0016notify
Create Date: 2026-12-03 17:30:00.000000+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0017subtree'
down_revision: str | Sequence[str] | None = '0016notify'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The subtree cells were added up along the old tree, which a refresh no longer knows: a
# moved or deleted unit empties the organisation's rollup and marks all its people, under
# the refresh's advisory lock (a refresh running meanwhile finishes first; the next one
# waits for this transaction). Marks conflict-update as the other marks do (0012rollup).
FUNCTIONS = [
    """
CREATE FUNCTION metric_reset_org(org uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('constel.metrics.rollup:' || org::text, 0));
    DELETE FROM metric_person_facts WHERE organisation_id = org;
    DELETE FROM metric_cells WHERE organisation_id = org;
    DELETE FROM metric_values WHERE organisation_id = org;
    INSERT INTO metric_dirty (organisation_id, person_id)
    SELECT organisation_id, id FROM people WHERE organisation_id = org
    ORDER BY 1, 2
    ON CONFLICT (organisation_id, person_id) DO UPDATE SET marked_at = now();
END
$$""",
    """
CREATE FUNCTION metric_reset_unit_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metric_reset_org(org) FROM (
        SELECT DISTINCT n.organisation_id AS org FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.parent_id IS DISTINCT FROM o.parent_id ORDER BY 1) AS moved;
    RETURN NULL;
END
$$""",
    """
CREATE FUNCTION metric_reset_unit_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM metric_reset_org(org) FROM (
        SELECT DISTINCT organisation_id AS org FROM old_rows ORDER BY 1) AS deleted;
    RETURN NULL;
END
$$""",
]


def _reset() -> None:
    for table in ('metric_person_facts', 'metric_cells', 'metric_values'):
        op.execute(f"DELETE FROM {table}")  # noqa: S608 -- constant table names
    op.execute("INSERT INTO metric_dirty (organisation_id, person_id) "
               "SELECT organisation_id, id FROM people ON CONFLICT DO NOTHING")


def upgrade() -> None:
    for statement in FUNCTIONS:
        op.execute(statement)
    op.execute("CREATE TRIGGER metric_reset_update AFTER UPDATE ON org_units "
               "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION metric_reset_unit_move()")
    op.execute("CREATE TRIGGER metric_reset_delete AFTER DELETE ON org_units "
               "REFERENCING OLD TABLE AS old_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION metric_reset_unit_delete()")
    _reset()


def downgrade() -> None:
    op.execute("DROP TRIGGER metric_reset_delete ON org_units")
    op.execute("DROP TRIGGER metric_reset_update ON org_units")
    for name in ('metric_reset_unit_delete()', 'metric_reset_unit_move()',
                 'metric_reset_org(uuid)'):
        op.execute(f"DROP FUNCTION {name}")
    _reset()
