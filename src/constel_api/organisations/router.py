"""Platform operators create organisations; org admins adjust their own settings."""

from __future__ import annotations

from fastapi import APIRouter, status

from constel_api.audit.service import record_audit
from constel_api.auth.dependencies import OrgAdmin, PlatformOperator, SettingsDep
from constel_api.db import SessionDep
from constel_api.errors import NotFound, problem_responses
from constel_api.models import Organisation
from constel_api.notifications import passwords
from constel_api.organisations import service
from constel_api.organisations.schemas import (
    OrganisationCreate,
    OrganisationCreated,
    OrganisationRead,
    OrganisationUpdate,
)

router = APIRouter(prefix="/api/v1", tags=["organisations"])


@router.post(
    "/organisations",
    operation_id="createOrganisation",
    response_model=OrganisationCreated,
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(401, 403, 409, 422),
)
async def create_organisation(
    body: OrganisationCreate,
    operator: PlatformOperator,
    session: SessionDep,
    settings: SettingsDep,
) -> OrganisationCreated:
    """Create an organisation (tenant) and its first admin, e-mailed a set-password link."""
    org, admin = await service.create_organisation(
        session,
        settings,
        name=body.name,
        slug=body.slug,
        support_email=str(body.support_email) if body.support_email else None,
        admin_email=str(body.admin_email),
        admin_given_name=body.admin_given_name,
        admin_family_name=body.admin_family_name,
        admin_password=None,
    )
    await passwords.request_set_link(session, admin)
    await record_audit(
        session, operator, "organisation.create", "organisation", org.id, {"slug": org.slug}
    )
    return OrganisationCreated(
        **OrganisationRead.model_validate(org).model_dump(),
        admin_id=admin.id,
    )


@router.get(
    "/organisation",
    operation_id="getMyOrganisation",
    response_model=OrganisationRead,
    responses=problem_responses(401, 403),
)
async def get_my_organisation(admin: OrgAdmin, session: SessionDep) -> OrganisationRead:
    """The settings of the admin's own organisation."""
    org = await session.get(Organisation, admin.organisation_id)
    if org is None:
        raise NotFound()
    return OrganisationRead.model_validate(org)


@router.patch(
    "/organisation",
    operation_id="updateMyOrganisation",
    response_model=OrganisationRead,
    responses=problem_responses(401, 403, 422),
)
async def update_my_organisation(
    body: OrganisationUpdate, admin: OrgAdmin, session: SessionDep
) -> OrganisationRead:
    """Change the organisation's settings (support contact, TOTP policy, thresholds)."""
    org = await session.get(Organisation, admin.organisation_id)
    if org is None:
        raise NotFound()
    changes = body.model_dump(exclude_unset=True)
    for field, value in changes.items():
        setattr(org, field, str(value) if field == "support_email" and value else value)
    await record_audit(
        session, admin, "organisation.update", "organisation", org.id, {"fields": sorted(changes)}
    )
    await session.flush()
    return OrganisationRead.model_validate(org)
