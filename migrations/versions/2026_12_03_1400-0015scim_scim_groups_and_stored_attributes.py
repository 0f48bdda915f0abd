"""scim groups as sets of people, stored SCIM attributes

Revision ID: 0015scim
Revises: 0012rollup
Create Date: 2026-12-03 14:00:00+00:00

SCIM groups become their own resource (a person belongs to many; joining one never moves
the person's unit). Existing groups were org units: each unit is copied as a group with
the same id and its people as members, so identity providers keep their group ids.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0015scim'
down_revision: str | Sequence[str] | None = '0012rollup'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('directory_profiles', sa.Column(
        'attributes', postgresql.JSONB(astext_type=sa.Text()), server_default='{}',
        nullable=False))
    op.alter_column('directory_profiles', 'display_name', type_=sa.String(length=256),
                    existing_type=sa.String(length=200), existing_nullable=True)
    op.create_table('scim_groups',
    sa.Column('display_name', sa.String(length=256), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_scim_groups_organisation_id_organisations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scim_groups')),
    sa.UniqueConstraint('organisation_id', 'external_id', name=op.f('uq_scim_groups_organisation_id_external_id'))
    )
    op.create_index(op.f('ix_scim_groups_organisation_id'), 'scim_groups', ['organisation_id'], unique=False)
    op.create_table('scim_group_members',
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['scim_groups.id'], name=op.f('fk_scim_group_members_group_id_scim_groups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_scim_group_members_organisation_id_organisations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_scim_group_members_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('group_id', 'person_id', name=op.f('pk_scim_group_members'))
    )
    op.create_index(op.f('ix_scim_group_members_organisation_id'), 'scim_group_members', ['organisation_id'], unique=False)
    op.create_index(op.f('ix_scim_group_members_person_id'), 'scim_group_members', ['person_id'], unique=False)
    op.execute(
        "INSERT INTO scim_groups (id, organisation_id, display_name, external_id, created_at, "
        "updated_at) SELECT id, organisation_id, name, external_id, created_at, updated_at "
        "FROM org_units"
    )
    op.execute(
        "INSERT INTO scim_group_members (group_id, person_id, organisation_id) "
        "SELECT unit_id, id, organisation_id FROM people WHERE unit_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index(op.f('ix_scim_group_members_person_id'), table_name='scim_group_members')
    op.drop_index(op.f('ix_scim_group_members_organisation_id'), table_name='scim_group_members')
    op.drop_table('scim_group_members')
    op.drop_index(op.f('ix_scim_groups_organisation_id'), table_name='scim_groups')
    op.drop_table('scim_groups')
    op.alter_column('directory_profiles', 'display_name', type_=sa.String(length=200),
                    existing_type=sa.String(length=256), existing_nullable=True)
    op.drop_column('directory_profiles', 'attributes')
