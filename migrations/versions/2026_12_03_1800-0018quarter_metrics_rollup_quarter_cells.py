"""metrics rollup: quarter cells

Reports by quarter now read the rollup too: the refresh keeps quarter cells beside the
month ones (a person's months do not add up to a quarter's distinct people). The existing
rollup has none: it is emptied and everyone is marked, so the first drain rebuilds it
(``constel-api metrics-rollup`` does it at once).

Revision ID: 0018quarter
Revises: 0018sso
Create Date: 2026-12-03 17:45:00.000000+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0018quarter'
down_revision: str | Sequence[str] | None = '0018sso'
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
