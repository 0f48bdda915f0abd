"""metrics rollup: all-programs cells

The all-programs view now reads the rollup too: the refresh keeps cells over all programs
(a person in two programs counts once). The existing rollup has none: it is emptied and
everyone is marked, so the first drain rebuilds it (``constel-api metrics-rollup`` does
it at once).

Revision ID: 0019allprograms
Revises: 0018quarter
Create Date: 2026-12-03 17:50:00.000000+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0019allprograms'
down_revision: str | Sequence[str] | None = '0018quarter'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _reset() -> None:
    for table in ('metric_person_facts', 'metric_cells', 'metric_values'):
        op.execute(f"DELETE FROM {table}")  # noqa: S608 -- constant table names
    op.execute("INSERT INTO metric_dirty (organisation_id, person_id) "
               "SELECT organisation_id, id FROM people ON CONFLICT DO NOTHING")


def upgrade() -> None:
    _reset()


def downgrade() -> None:
    _reset()
