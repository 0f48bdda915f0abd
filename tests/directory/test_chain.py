"""The management-chain query API used by matching, and the closure kept by triggers."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.directory import chain
from constel_api.models import Person
from tests.fixtures.actors import Factory


async def tree(factory: Factory) -> tuple[uuid.UUID, dict[str, Person]]:
    """ceo > (cfo > (acct > intern), cto > dev); plus a loner."""
    org = await factory.organisation()
    p: dict[str, Person] = {}
    p["ceo"] = await factory.person(org, password=None, given_name="Ceo")
    p["cfo"] = await factory.person(org, password=None, given_name="Cfo", manager_id=p["ceo"].id)
    p["cto"] = await factory.person(org, password=None, given_name="Cto", manager_id=p["ceo"].id)
    p["acct"] = await factory.person(org, password=None, given_name="Acct",
                                     manager_id=p["cfo"].id)
    p["intern"] = await factory.person(org, password=None, given_name="Intern",
                                       manager_id=p["acct"].id)
    p["dev"] = await factory.person(org, password=None, given_name="Dev", manager_id=p["cto"].id)
    p["loner"] = await factory.person(org, password=None, given_name="Loner")
    return org.id, p


class TestChainQueries:
    async def test_chain_links_both_directions(
        self, factory: Factory, session: AsyncSession
    ) -> None:
        org_id, p = await tree(factory)
        pairs = [
            (p["intern"].id, p["ceo"].id), (p["ceo"].id, p["intern"].id),
            (p["acct"].id, p["cfo"].id), (p["dev"].id, p["acct"].id),
            (p["loner"].id, p["ceo"].id), (p["cfo"].id, p["cto"].id),
        ]
        links = await chain.chain_links(session, org_id, pairs)
        assert links == {
            (p["intern"].id, p["ceo"].id): 3, (p["ceo"].id, p["intern"].id): 3,
            (p["acct"].id, p["cfo"].id): 1,
        }
        signed = await chain.signed_chain_links(session, org_id, pairs[:2])
        assert signed == {(p["intern"].id, p["ceo"].id): -3, (p["ceo"].id, p["intern"].id): 3}
        assert await chain.is_linked(session, org_id, p["dev"].id, p["cto"].id) == 1
        assert await chain.is_linked(session, org_id, p["dev"].id, p["cfo"].id) is None

    async def test_scoped_by_organisation(
        self, factory: Factory, session: AsyncSession
    ) -> None:
        _, p = await tree(factory)
        other = await factory.organisation()
        assert await chain.chain_links(session, other.id, [(p["dev"].id, p["cto"].id)]) == {}
        assert await chain.within_levels(session, other.id, p["ceo"].id, 5) == {}

    async def test_within_levels_and_links_between(
        self, factory: Factory, session: AsyncSession
    ) -> None:
        org_id, p = await tree(factory)
        near = await chain.within_levels(session, org_id, p["cfo"].id, 1)
        assert near == {p["ceo"].id: -1, p["acct"].id: 1}
        assert await chain.within_levels(session, org_id, p["cfo"].id, 2) == {
            p["ceo"].id: -1, p["acct"].id: 1, p["intern"].id: 2}
        mentees = [p["intern"].id, p["dev"].id]
        mentors = [p["ceo"].id, p["cfo"].id, p["loner"].id]
        assert await chain.links_between(session, org_id, mentees, mentors) == {
            (p["intern"].id, p["ceo"].id): 3, (p["intern"].id, p["cfo"].id): 2,
            (p["dev"].id, p["ceo"].id): 2,
        }
        assert await chain.managers_of(session, org_id, p["intern"].id) == [
            p["acct"].id, p["cfo"].id, p["ceo"].id]

    async def test_closure_follows_moves(self, factory: Factory, session: AsyncSession) -> None:
        org_id, p = await tree(factory)
        # Move the whole finance branch under the CTO.
        p["cfo"].manager_id = p["cto"].id
        await session.flush()
        assert await chain.is_linked(session, org_id, p["intern"].id, p["cto"].id) == 3
        assert await chain.is_linked(session, org_id, p["intern"].id, p["ceo"].id) == 4
        p["cfo"].manager_id = None
        await session.flush()
        assert await chain.is_linked(session, org_id, p["intern"].id, p["ceo"].id) is None
        assert await chain.is_linked(session, org_id, p["intern"].id, p["cfo"].id) == 2

    async def test_check_new_manager_names_the_loop(
        self, factory: Factory, session: AsyncSession
    ) -> None:
        org_id, p = await tree(factory)
        with pytest.raises(chain.ManagementCycle) as caught:
            await chain.check_new_manager(session, org_id, p["cfo"].id, p["intern"].id)
        assert "Cfo" in caught.value.detail
        assert "Acct" in caught.value.detail
        assert "Intern" in caught.value.detail
        await chain.check_new_manager(session, org_id, p["intern"].id, p["cto"].id)

    async def test_database_refuses_a_cycle(
        self, factory: Factory, session: AsyncSession
    ) -> None:
        _, p = await tree(factory)
        savepoint = await session.begin_nested()
        with pytest.raises(DBAPIError):
            await session.execute(
                update(Person).where(Person.id == p["ceo"].id).values(manager_id=p["intern"].id)
            )
        await savepoint.rollback()
