"""Pair conversations: the clear metadata beside each ``message`` vault record.

The text lives in ``vault_records`` as ciphertext; here only the order (one database
sequence, so a cursor is a number) and each member's read position.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Sequence, func
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned

MESSAGE_SEQ = Sequence("pair_message_seq", metadata=Base.metadata)


class PairMessage(TenantOwned, Base):
    """Where a message sits in its pair's order.

    ``seq`` is taken when it is written; ``changed_seq`` again at every edit or deletion,
    so "everything after cursor N" brings new messages, edits and tombstones alike.
    """

    __tablename__ = "pair_messages"
    __table_args__ = (
        Index("ix_pair_messages_pair_changed", "pair_id", "changed_seq"),
        Index("ix_pair_messages_pair_seq", "pair_id", "seq"),
    )

    record_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vault_records.id", ondelete="CASCADE"), primary_key=True
    )
    pair_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE")
    )
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(BigInteger)
    changed_seq: Mapped[int] = mapped_column(BigInteger, unique=True)


class PairMessageRead(TenantOwned, Base):
    """A member's read position in a pair's conversation (a ``seq``; it only moves on)."""

    __tablename__ = "pair_message_reads"

    pair_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("mentorships.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    last_read_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
