"""Who a SCIM request acts for (no HTTP here: services take it as a plain value)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class ScimPrincipal:
    """The machine client a SCIM request acts for; its organisation scopes everything."""

    client_id: uuid.UUID
    organisation_id: uuid.UUID
