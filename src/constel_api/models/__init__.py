"""All ORM models, imported here so Alembic and the mappers see every table."""

from constel_api.models.audit import AuditEvent
from constel_api.models.auth import ApiClient, LoginAttempt, RefreshToken
from constel_api.models.base import Base
from constel_api.models.organisation import Organisation, OrgUnit
from constel_api.models.person import ADMIN_ROLES, Person, Role

__all__ = [
    "ADMIN_ROLES",
    "ApiClient",
    "AuditEvent",
    "Base",
    "LoginAttempt",
    "OrgUnit",
    "Organisation",
    "Person",
    "RefreshToken",
    "Role",
]
