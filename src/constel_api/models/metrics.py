"""The change stamp of each organisation's reporting data (maintained by triggers)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, func
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base


class MetricsVersion(Base):
    """Bumped in the writing transaction by statement-level triggers on every table the
    pilotage figures read, so a computed report is reused only while it is still exact.

    No foreign key: the triggers also fire while an organisation's rows cascade away.
    """

    __tablename__ = "metrics_versions"

    organisation_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    changed_at: Mapped[datetime] = mapped_column(server_default=func.now())
