"""Why a single sign-on is refused: one stable code each, shown in French to people."""

from __future__ import annotations

import uuid

from constel_api.errors import BadRequest, ConstelError, Forbidden, NotFound

# code -> (HTTP status, French sentence for the browser's error page)
REFUSALS: dict[str, tuple[int, str]] = {
    "sso_not_available": (
        404,
        "La connexion par votre organisation n’est pas disponible. "
        "Connectez-vous avec votre mot de passe ou contactez votre administrateur.",
    ),
    "sso_state_invalid": (
        400,
        "Cette tentative de connexion a expiré ou a déjà été utilisée. "
        "Recommencez depuis la page de connexion.",
    ),
    "sso_provider_error": (
        400,
        "Votre fournisseur d’identité a interrompu la connexion. Recommencez ; "
        "si cela persiste, contactez votre administrateur.",
    ),
    "sso_provider_unreachable": (
        502,
        "Le fournisseur d’identité de votre organisation ne répond pas. "
        "Réessayez dans quelques minutes.",
    ),
    "sso_token_invalid": (
        400,
        "La réponse de votre fournisseur d’identité n’a pas pu être vérifiée. "
        "Recommencez ; si cela persiste, contactez votre administrateur.",
    ),
    "sso_claim_missing": (
        403,
        "Votre fournisseur d’identité n’a pas transmis l’information qui permet de vous "
        "reconnaître. Contactez votre administrateur.",
    ),
    "sso_domain_not_allowed": (
        403,
        "Votre adresse e-mail n’appartient pas aux domaines autorisés par votre organisation.",
    ),
    "sso_person_unknown": (
        403,
        "Votre organisation ne vous a pas encore inscrit dans Constel. "
        "Contactez votre responsable de programme.",
    ),
    "account_disabled": (
        403,
        "Votre compte est désactivé. Contactez votre responsable de programme.",
    ),
}


class BadGateway(ConstelError):
    status = 502
    default_code = "bad_gateway"
    title = "Bad gateway"


_BY_STATUS: dict[int, type[ConstelError]] = {
    400: BadRequest,
    403: Forbidden,
    404: NotFound,
    502: BadGateway,
}


class SsoRefused(Exception):
    """A refused sign-in: ``code`` is one of REFUSALS; ``reason`` goes to the audit log
    and the server log only (it may name a claim, never the token)."""

    def __init__(self, code: str, reason: str, organisation_id: uuid.UUID | None = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.organisation_id = organisation_id  # known once the state names a sign-in

    @property
    def status(self) -> int:
        return REFUSALS[self.code][0]

    @property
    def sentence(self) -> str:
        return REFUSALS[self.code][1]

    def problem(self) -> ConstelError:
        """The problem+json answer for API clients."""
        return _BY_STATUS[self.status](self.reason, code=self.code)


class LogoutTokenInvalid(BadRequest):
    def __init__(self, reason: str) -> None:
        super().__init__(reason, code="sso_logout_token_invalid")
