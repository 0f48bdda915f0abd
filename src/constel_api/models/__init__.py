"""All ORM models, imported here so Alembic and the mappers see every table."""

from constel_api.models.audit import AuditEvent
from constel_api.models.auth import ApiClient, LoginAttempt, RefreshToken
from constel_api.models.base import Base
from constel_api.models.directory import DirectoryImport, DirectoryProfile, ManagementLink
from constel_api.models.mentorship import (
    OPEN_MENTORSHIP_STATUSES,
    Mentorship,
    MentorshipStatus,
)
from constel_api.models.organisation import Organisation, OrgUnit
from constel_api.models.person import ADMIN_ROLES, Person, Role
from constel_api.models.program import (
    AttendanceStatus,
    CharterSignature,
    CharterVersion,
    EventAttendance,
    MatchingMode,
    ParticipantRole,
    ParticipantState,
    Program,
    ProgramEvent,
    ProgramManager,
    ProgramParticipant,
    ProgramStatus,
    QuestionnaireQuestion,
)
from constel_api.models.vault import (
    VaultAccount,
    VaultBundle,
    VaultEnvelope,
    VaultFile,
    VaultFileChunk,
    VaultPair,
    VaultRecord,
    VaultRecordField,
)

__all__ = [
    "ADMIN_ROLES",
    "OPEN_MENTORSHIP_STATUSES",
    "ApiClient",
    "AttendanceStatus",
    "AuditEvent",
    "Base",
    "CharterSignature",
    "CharterVersion",
    "DirectoryImport",
    "DirectoryProfile",
    "EventAttendance",
    "LoginAttempt",
    "ManagementLink",
    "MatchingMode",
    "Mentorship",
    "MentorshipStatus",
    "OrgUnit",
    "Organisation",
    "ParticipantRole",
    "ParticipantState",
    "Person",
    "Program",
    "ProgramEvent",
    "ProgramManager",
    "ProgramParticipant",
    "ProgramStatus",
    "QuestionnaireQuestion",
    "RefreshToken",
    "Role",
    "VaultAccount",
    "VaultBundle",
    "VaultEnvelope",
    "VaultFile",
    "VaultFileChunk",
    "VaultPair",
    "VaultRecord",
    "VaultRecordField",
]
