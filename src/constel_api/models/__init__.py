"""All ORM models, imported here so Alembic and the mappers see every table."""

from constel_api.models.audit import AuditEvent
from constel_api.models.auth import ApiClient, LoginAttempt, RefreshToken
from constel_api.models.base import Base
from constel_api.models.mentorship import (
    OPEN_MENTORSHIP_STATUSES,
    Mentorship,
    MentorshipStatus,
)
from constel_api.models.organisation import Organisation, OrgUnit
from constel_api.models.person import ADMIN_ROLES, Person, Role
from constel_api.models.program import Program, ProgramStatus

__all__ = [
    "ADMIN_ROLES",
    "ApiClient",
    "AuditEvent",
    "Base",
    "LoginAttempt",
    "Mentorship",
    "MentorshipStatus",
    "OPEN_MENTORSHIP_STATUSES",
    "OrgUnit",
    "Organisation",
    "Person",
    "Program",
    "ProgramStatus",
    "RefreshToken",
    "Role",
]
