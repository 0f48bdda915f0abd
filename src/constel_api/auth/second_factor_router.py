"""The person's own two-factor sign-in: TOTP setup, recovery codes, turning it off."""

from __future__ import annotations

from fastapi import APIRouter, Request, status

from constel_api.auth.dependencies import CurrentPerson, SettingsDep
from constel_api.auth.router import client_ip
from constel_api.auth.schemas import RecoveryCodesRead, TotpCodeConfirm, TotpEnable, TotpSetup
from constel_api.auth.second_factor import CodeRefused, SecondFactorService
from constel_api.db import SessionDep
from constel_api.errors import problem_responses

router = APIRouter(prefix="/api/v1/me/totp", tags=["auth"])


@router.post(
    "/setup",
    operation_id="startTotpSetup",
    response_model=TotpSetup,
    responses=problem_responses(400, 401),
)
async def totp_setup(
    person: CurrentPerson, session: SessionDep, settings: SettingsDep
) -> TotpSetup:
    """Create a TOTP secret to scan; it becomes active once a code is confirmed."""
    secret, uri = await SecondFactorService(session, settings).start(person)
    return TotpSetup(secret=secret, otpauth_uri=uri)


@router.post(
    "/enable",
    operation_id="enableTotp",
    response_model=RecoveryCodesRead,
    responses=problem_responses(400, 401, 422, 429),
)
async def totp_enable(
    body: TotpEnable,
    request: Request,
    person: CurrentPerson,
    session: SessionDep,
    settings: SettingsDep,
) -> RecoveryCodesRead:
    """Turn two-factor sign-in on with a code from the app; answers the recovery codes."""
    try:
        codes = await SecondFactorService(session, settings).enable(
            person, body.code, client_ip(request)
        )
    except CodeRefused:
        await session.commit()  # the wrong code counts against the account
        raise
    return RecoveryCodesRead(codes=codes)


@router.post(
    "/recovery-codes",
    operation_id="regenerateRecoveryCodes",
    response_model=RecoveryCodesRead,
    responses=problem_responses(400, 401, 422, 429),
)
async def regenerate_recovery_codes(
    body: TotpCodeConfirm,
    request: Request,
    person: CurrentPerson,
    session: SessionDep,
    settings: SettingsDep,
) -> RecoveryCodesRead:
    """Ten new recovery codes for a fresh TOTP code; the previous ones stop working."""
    try:
        codes = await SecondFactorService(session, settings).regenerate_codes(
            person, body.code, client_ip(request)
        )
    except CodeRefused:
        await session.commit()
        raise
    return RecoveryCodesRead(codes=codes)


@router.post(
    "/disable",
    operation_id="disableTotp",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(400, 401, 422, 429),
)
async def totp_disable(
    body: TotpCodeConfirm,
    request: Request,
    person: CurrentPerson,
    session: SessionDep,
    settings: SettingsDep,
) -> None:
    """Turn two-factor sign-in off with a fresh TOTP code or an unused recovery code."""
    try:
        await SecondFactorService(session, settings).disable(
            person, body.code, client_ip(request)
        )
    except CodeRefused:
        await session.commit()
        raise
