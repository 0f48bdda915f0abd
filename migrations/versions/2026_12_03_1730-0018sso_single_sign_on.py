"""single sign-on: each organisation's OpenID provider, pending sign-ins (state, nonce,
PKCE verifier; single use) and the link from a Constel sign-in to the provider's session

Revision ID: 0018sso
Revises: 0017subtree
Create Date: 2026-12-03 17:00:00.000000+00:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0018sso'
down_revision: str | Sequence[str] | None = '0017subtree'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tenant_columns(table: str) -> list[Any]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ['organisation_id'], ['organisations.id'],
            name=op.f(f'fk_{table}_organisation_id_organisations'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    ]


def upgrade() -> None:
    op.create_table(
        'sso_configurations',
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('issuer', sa.String(length=500), nullable=False),
        sa.Column('client_id', sa.String(length=255), nullable=False),
        sa.Column('client_auth_method', sa.String(length=32), nullable=False),
        sa.Column('client_secret_sealed', sa.LargeBinary(), nullable=True),
        sa.Column('private_key_sealed', sa.LargeBinary(), nullable=True),
        sa.Column('public_jwk', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column('scopes', sa.ARRAY(sa.String(length=64)), nullable=False),
        sa.Column('identifying_claim', sa.String(length=32), nullable=False),
        sa.Column('allowed_domains', sa.ARRAY(sa.String(length=255)), nullable=False),
        sa.Column('sso_only', sa.Boolean(), nullable=False),
        sa.Column('break_glass_person_id', sa.Uuid(), nullable=True),
        sa.Column('jit_provisioning', sa.Boolean(), nullable=False),
        sa.Column('accept_provider_mfa', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
                  nullable=False),
        *_tenant_columns('sso_configurations'),
        sa.ForeignKeyConstraint(
            ['break_glass_person_id'], ['people.id'],
            name=op.f('fk_sso_configurations_break_glass_person_id_people'),
            ondelete='SET NULL'),
        sa.UniqueConstraint('organisation_id',
                            name=op.f('uq_sso_configurations_organisation_id')),
    )
    op.create_index(op.f('ix_sso_configurations_organisation_id'), 'sso_configurations',
                    ['organisation_id'])

    op.create_table(
        'sso_authorization_requests',
        sa.Column('state_hash', sa.LargeBinary(length=32), nullable=False),
        sa.Column('browser_hash', sa.LargeBinary(length=32), nullable=False),
        sa.Column('nonce', sa.String(length=128), nullable=False),
        sa.Column('code_verifier', sa.String(length=128), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
                  nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
        *_tenant_columns('sso_authorization_requests'),
        sa.UniqueConstraint('state_hash', name=op.f('uq_sso_authorization_requests_state_hash')),
        sa.UniqueConstraint('nonce', name=op.f('uq_sso_authorization_requests_nonce')),
    )
    op.create_index(op.f('ix_sso_authorization_requests_organisation_id'),
                    'sso_authorization_requests', ['organisation_id'])

    op.create_table(
        'sso_sessions',
        sa.Column('person_id', sa.Uuid(), nullable=False),
        sa.Column('family_id', sa.Uuid(), nullable=False),
        sa.Column('subject', sa.String(length=255), nullable=False),
        sa.Column('sid', sa.String(length=255), nullable=True),
        sa.Column('id_token_sealed', sa.LargeBinary(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
                  nullable=False),
        *_tenant_columns('sso_sessions'),
        sa.ForeignKeyConstraint(['person_id'], ['people.id'],
                                name=op.f('fk_sso_sessions_person_id_people'),
                                ondelete='CASCADE'),
    )
    op.create_index(op.f('ix_sso_sessions_organisation_id'), 'sso_sessions',
                    ['organisation_id'])
    op.create_index(op.f('ix_sso_sessions_person_id'), 'sso_sessions', ['person_id'])
    op.create_index(op.f('ix_sso_sessions_family_id'), 'sso_sessions', ['family_id'])
    op.create_index('ix_sso_sessions_subject', 'sso_sessions', ['organisation_id', 'subject'])
    op.create_index('ix_sso_sessions_sid', 'sso_sessions', ['organisation_id', 'sid'])


def downgrade() -> None:
    op.drop_table('sso_sessions')
    op.drop_table('sso_authorization_requests')
    op.drop_table('sso_configurations')
