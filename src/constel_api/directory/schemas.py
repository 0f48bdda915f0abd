"""Request and response bodies of the directory endpoints."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field

from constel_api.core.schemas import ResponseModel


class PersonSummary(ResponseModel):
    id: uuid.UUID
    given_name: str
    family_name: str
    email: str
    external_id: str | None
    job_title: str | None
    active: bool


class UnitSummary(ResponseModel):
    id: uuid.UUID
    name: str
    external_id: str | None


class UnitRead(UnitSummary):
    parent_id: uuid.UUID | None
    people_count: int


class DirectoryPersonRead(ResponseModel):
    id: uuid.UUID
    email: str
    given_name: str
    family_name: str
    external_id: str | None
    employee_number: str | None
    unit: UnitSummary | None
    job_title: str | None
    site: str | None
    languages: list[str]
    manager: PersonSummary | None
    active: bool
    deactivated_at: datetime | None
    roles: list[str]


class DirectoryPersonDetail(DirectoryPersonRead):
    hired_on: date | None
    management_chain: list[PersonSummary] = Field(
        description="Managers from the direct manager up to the top."
    )
    direct_reports: int
    pending_manager_ref: str | None = Field(
        description="A manager reference received from the HRIS that matches nobody yet."
    )
    created_at: datetime
    updated_at: datetime


class ImportRead(ResponseModel):
    id: uuid.UUID
    created_at: datetime
    actor_person_id: uuid.UUID | None
    actor_client_id: uuid.UUID | None
    filename: str | None
    dry_run: bool
    full_load: bool
    status: str
    rows: int
    created: int
    updated: int
    unchanged: int
    deactivated: int
    reactivated: int
    rejected: int
    duration_ms: int


class ImportLine(BaseModel):
    line: int
    external_id: str
    email: str
    name: str
    changes: list[str] = Field(default_factory=list)


class ImportDeactivation(BaseModel):
    person_id: uuid.UUID
    external_id: str | None
    name: str
    reason: str = Field(description="missing_from_file, inactive_in_file or active_in_file")


class ImportRejection(BaseModel):
    line: int
    external_id: str | None
    code: str
    reason: str


class ImportResult(BaseModel):
    """The diff of a CSV import; for a dry run, what applying it would do."""

    import_: ImportRead = Field(alias="import")
    delimiter: str
    columns: list[str]
    ignored_columns: list[str]
    new_units: list[str]
    to_create: list[ImportLine]
    to_update: list[ImportLine]
    to_deactivate: list[ImportDeactivation]
    to_reactivate: list[ImportDeactivation]
    rejected: list[ImportRejection]
