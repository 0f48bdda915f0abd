"""gdpr erasure requests and retention purges

Revision ID: 0011gdpr
Revises: 0009metrics
Create Date: 2026-11-25 16:35:40.648271+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0011gdpr'
down_revision: str | Sequence[str] | None = '0009metrics'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('gdpr_erasure_requests',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('executed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('executed_by_id', sa.Uuid(), nullable=True),
    sa.Column('counts', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['executed_by_id'], ['people.id'], name=op.f('fk_gdpr_erasure_requests_executed_by_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_gdpr_erasure_requests_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_gdpr_erasure_requests_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gdpr_erasure_requests'))
    )
    op.create_index(op.f('ix_gdpr_erasure_requests_organisation_id'), 'gdpr_erasure_requests', ['organisation_id'], unique=False)
    op.create_index(op.f('ix_gdpr_erasure_requests_person_id'), 'gdpr_erasure_requests', ['person_id'], unique=False)
    op.create_index(op.f('ix_gdpr_erasure_requests_status'), 'gdpr_erasure_requests', ['status'], unique=False)
    op.create_index('uq_gdpr_erasure_requests_pending_person', 'gdpr_erasure_requests', ['person_id'], unique=True, postgresql_where=sa.text("status = 'pending'"))
    op.create_table('gdpr_program_purges',
    sa.Column('program_id', sa.Uuid(), nullable=False),
    sa.Column('purged_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('counts', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_gdpr_program_purges_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['programs.id'], name=op.f('fk_gdpr_program_purges_program_id_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('program_id', name=op.f('pk_gdpr_program_purges'))
    )
    op.create_index(op.f('ix_gdpr_program_purges_organisation_id'), 'gdpr_program_purges', ['organisation_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_gdpr_program_purges_organisation_id'), table_name='gdpr_program_purges')
    op.drop_table('gdpr_program_purges')
    op.drop_index('uq_gdpr_erasure_requests_pending_person', table_name='gdpr_erasure_requests', postgresql_where=sa.text("status = 'pending'"))
    op.drop_index(op.f('ix_gdpr_erasure_requests_status'), table_name='gdpr_erasure_requests')
    op.drop_index(op.f('ix_gdpr_erasure_requests_person_id'), table_name='gdpr_erasure_requests')
    op.drop_index(op.f('ix_gdpr_erasure_requests_organisation_id'), table_name='gdpr_erasure_requests')
    op.drop_table('gdpr_erasure_requests')
