"""vault keyrings and record format

Protocol 1.1: each person's keyring (pins, verification state, highest epochs sealed by
their own client, versioned so an older one cannot be served unnoticed), and the format
of each record (1: protocol 1.0, 2: protocol 1.1 binding parent, subject and fields).

Revision ID: 0013keyring
Revises: 0015scim
Create Date: 2026-12-03 14:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013keyring'
down_revision: str | Sequence[str] | None = '0015scim'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('vault_keyrings',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('blob', sa.LargeBinary(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_vault_keyrings_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_vault_keyrings_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_vault_keyrings'))
    )
    op.create_index(op.f('ix_vault_keyrings_organisation_id'), 'vault_keyrings', ['organisation_id'], unique=False)
    op.add_column('vault_records', sa.Column('format', sa.SmallInteger(), server_default='1', nullable=False))


def downgrade() -> None:
    op.drop_column('vault_records', 'format')
    op.drop_index(op.f('ix_vault_keyrings_organisation_id'), table_name='vault_keyrings')
    op.drop_table('vault_keyrings')
