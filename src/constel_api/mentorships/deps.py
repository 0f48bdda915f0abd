"""Request dependencies shared by the pair-scoped routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from constel_api.auth.dependencies import PersonPrincipal, PrincipalDep, for_people_only
from constel_api.errors import NotFound
from constel_api.models import Person, Role


@for_people_only
async def pair_participant(principal: PrincipalDep) -> Person:
    """People with the member role only: admins of any kind and machine clients are told
    there is nothing here (404), never that it exists."""
    if not isinstance(principal, PersonPrincipal) or not principal.person.has_role(Role.MEMBER):
        raise NotFound("No such mentorship.", code="pair_not_found")
    return principal.person


Participant = Annotated[Person, Depends(pair_participant)]
