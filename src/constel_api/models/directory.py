"""Directory bookkeeping: the management-chain closure, SCIM-only attributes, import records.

The closure table ``management_chain`` holds one row per (ancestor, descendant) pair of the
management tree, self rows included (depth 0). PostgreSQL triggers on ``people`` keep it in
step with ``people.manager_id`` (see migration ``0003directory``), so no writer, ORM or bulk
SQL, can leave it stale. Matching reads it with plain index lookups.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from constel_api.models.base import Base, TenantOwned, Timestamps, UUIDPrimaryKey


class ManagementLink(Base):
    """``ancestor`` is ``depth`` levels above ``descendant`` (0 = the same person).

    No foreign keys on purpose: the table holds ~depth rows per person and their checks
    dominated bulk imports; the triggers keep it exact and delete rows with their people.
    """

    __tablename__ = "management_chain"
    __table_args__ = (Index("ix_management_chain_descendant_depth", "descendant_id", "depth"),)

    ancestor_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    descendant_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    organisation_id: Mapped[uuid.UUID]
    depth: Mapped[int]


class DirectoryProfile(TenantOwned, Base):
    """What SCIM carries that ``people`` has no column for, and an unresolved manager.

    ``pending_manager_ref`` keeps a manager reference that matched nobody yet (the manager
    is provisioned later); it is resolved when a person with that id, externalId or userName
    arrives. ``attributes`` is the SCIM resource as last written (without id, meta, groups):
    what no typed column holds (phone numbers, locale, middle name...) is served from it, so
    nothing the published schema declares is accepted and dropped.
    """

    __tablename__ = "directory_profiles"
    __table_args__ = (
        Index("ix_directory_profiles_pending", "organisation_id", "pending_manager_ref"),
        Index(
            "uq_directory_profiles_user_name",
            "organisation_id",
            text("lower(user_name)"),
            unique=True,
        ),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    user_name: Mapped[str | None] = mapped_column(String(320))
    display_name: Mapped[str | None] = mapped_column(String(256))
    division: Mapped[str | None] = mapped_column(String(200))
    organization: Mapped[str | None] = mapped_column(String(200))
    cost_center: Mapped[str | None] = mapped_column(String(200))
    pending_manager_ref: Mapped[str | None] = mapped_column(String(200))
    attributes: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict,
                                                       server_default="{}")


class ScimGroup(UUIDPrimaryKey, TenantOwned, Timestamps, Base):
    """A group as the identity provider defines it: a named set of people.

    Independent of org units on purpose: a person belongs to many groups, and joining one
    never changes their unit (their unit is the enterprise ``department``).
    """

    __tablename__ = "scim_groups"
    __table_args__ = (UniqueConstraint("organisation_id", "external_id"),)

    display_name: Mapped[str] = mapped_column(String(256))
    external_id: Mapped[str | None] = mapped_column(String(200))


class ScimGroupMember(TenantOwned, Base):
    """One person in one group; additions and removals are set operations on these rows."""

    __tablename__ = "scim_group_members"

    group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("scim_groups.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class DirectoryImport(UUIDPrimaryKey, TenantOwned, Base):
    """One CSV import (dry run or applied): who, when, and what it changed."""

    __tablename__ = "directory_imports"

    created_at: Mapped[datetime] = mapped_column(server_default=func.now(), index=True)
    actor_person_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    actor_client_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("api_clients.id", ondelete="SET NULL")
    )
    filename: Mapped[str | None] = mapped_column(String(255))
    dry_run: Mapped[bool]
    full_load: Mapped[bool]
    status: Mapped[str] = mapped_column(String(16))
    rows: Mapped[int]
    created: Mapped[int]
    updated: Mapped[int]
    unchanged: Mapped[int]
    deactivated: Mapped[int]
    reactivated: Mapped[int]
    rejected: Mapped[int]
    duration_ms: Mapped[int]
