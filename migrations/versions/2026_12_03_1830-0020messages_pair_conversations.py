"""messages: pair conversations (order and read positions beside the vault records)

Revision ID: 0020messages
Revises: 0019allprograms
Create Date: 2026-12-03 18:30:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020messages'
down_revision: str | Sequence[str] | None = '0019allprograms'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.schema.CreateSequence(sa.Sequence('pair_message_seq')))
    op.create_table(
        'pair_messages',
        sa.Column('record_id', sa.Uuid(), nullable=False),
        sa.Column('pair_id', sa.Uuid(), nullable=False),
        sa.Column('author_id', sa.Uuid(), nullable=False),
        sa.Column('seq', sa.BigInteger(), nullable=False),
        sa.Column('changed_seq', sa.BigInteger(), nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['author_id'], ['people.id'],
                                name=op.f('fk_pair_messages_author_id_people'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'],
                                name=op.f('fk_pair_messages_organisation_id_organisations'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['pair_id'], ['mentorships.id'],
                                name=op.f('fk_pair_messages_pair_id_mentorships'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['record_id'], ['vault_records.id'],
                                name=op.f('fk_pair_messages_record_id_vault_records'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('record_id', name=op.f('pk_pair_messages')),
        sa.UniqueConstraint('changed_seq', name=op.f('uq_pair_messages_changed_seq')),
    )
    op.create_index('ix_pair_messages_pair_changed', 'pair_messages',
                    ['pair_id', 'changed_seq'], unique=False)
    op.create_index('ix_pair_messages_pair_seq', 'pair_messages', ['pair_id', 'seq'],
                    unique=False)
    op.create_index(op.f('ix_pair_messages_organisation_id'), 'pair_messages',
                    ['organisation_id'], unique=False)
    op.create_table(
        'pair_message_reads',
        sa.Column('pair_id', sa.Uuid(), nullable=False),
        sa.Column('person_id', sa.Uuid(), nullable=False),
        sa.Column('last_read_seq', sa.BigInteger(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'),
                  nullable=False),
        sa.Column('organisation_id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'],
                                name=op.f('fk_pair_message_reads_organisation_id_organisations'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['pair_id'], ['mentorships.id'],
                                name=op.f('fk_pair_message_reads_pair_id_mentorships'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['people.id'],
                                name=op.f('fk_pair_message_reads_person_id_people'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pair_id', 'person_id', name=op.f('pk_pair_message_reads')),
    )
    op.create_index(op.f('ix_pair_message_reads_organisation_id'), 'pair_message_reads',
                    ['organisation_id'], unique=False)


def downgrade() -> None:
    op.drop_table('pair_message_reads')
    op.drop_table('pair_messages')
    op.execute(sa.schema.DropSequence(sa.Sequence('pair_message_seq')))
