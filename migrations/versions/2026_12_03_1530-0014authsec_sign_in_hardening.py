"""sign-in hardening: device cookies in login attempts, TOTP recovery codes, expiring
machine clients, an index for the case-insensitive e-mail lookup of sign-in, and one for
the per-request check that an access token's refresh family is still alive

Revision ID: 0014authsec
Revises: 0013keyring
Create Date: 2026-12-03 14:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014authsec'
down_revision: str | Sequence[str] | None = '0013keyring'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_refresh_tokens_family_created', 'refresh_tokens',
                    ['family_id', 'created_at'])
    op.add_column('login_attempts', sa.Column('device_id', sa.Uuid(), nullable=True))
    op.create_index('ix_login_attempts_device_created_at', 'login_attempts',
                    ['device_id', 'created_at'])
    op.add_column('api_clients',
                  sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True))
    op.create_index('ix_people_lower_email', 'people', [sa.text('lower(email)')])
    op.create_table('totp_recovery_codes',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('code_hash', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_totp_recovery_codes_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_totp_recovery_codes_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_totp_recovery_codes')),
    sa.UniqueConstraint('code_hash', name=op.f('uq_totp_recovery_codes_code_hash'))
    )
    op.create_index(op.f('ix_totp_recovery_codes_organisation_id'), 'totp_recovery_codes', ['organisation_id'], unique=False)
    op.create_index(op.f('ix_totp_recovery_codes_person_id'), 'totp_recovery_codes', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_table('totp_recovery_codes')
    op.drop_index('ix_people_lower_email', table_name='people')
    op.drop_column('api_clients', 'expires_at')
    op.drop_index('ix_login_attempts_device_created_at', table_name='login_attempts')
    op.drop_column('login_attempts', 'device_id')
    op.drop_index('ix_refresh_tokens_family_created', table_name='refresh_tokens')
