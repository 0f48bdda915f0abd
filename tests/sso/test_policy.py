"""SSO only, home-realm discovery and the provider's key rotation."""

from __future__ import annotations

import httpx

from constel_api.models import Role
from tests.fixtures.actors import DEFAULT_PASSWORD, Factory
from tests.sso.conftest import DOMAIN, Provider, SsoOrg, configure, sign_in


class TestSsoOnly:
    async def test_passwords_stop_except_for_the_break_glass_admin(
        self,
        client: httpx.AsyncClient,
        sso_org: SsoOrg,
        provider: Provider,
        factory: Factory,
    ) -> None:
        member = await factory.person(sso_org.org, email=f"marie@{DOMAIN}")
        await configure(
            client, sso_org.admin, provider,
            sso_only=True, break_glass_person_id=str(sso_org.admin.id),
        )
        client.cookies.clear()
        refused = await client.post(
            "/api/v1/auth/login", json={"email": member.email, "password": DEFAULT_PASSWORD}
        )
        assert refused.status_code == 403
        assert refused.json()["code"] == "sso_required"
        admin = await client.post(
            "/api/v1/auth/login",
            json={"email": sso_org.admin.person.email, "password": DEFAULT_PASSWORD},
        )
        assert admin.status_code == 200
        # …and the provider still signs people in.
        assert (await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")).status_code == 303

    async def test_wrong_password_reveals_nothing_about_the_policy(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider,
        factory: Factory,
    ) -> None:
        member = await factory.person(sso_org.org, email=f"marie@{DOMAIN}")
        await configure(
            client, sso_org.admin, provider,
            sso_only=True, break_glass_person_id=str(sso_org.admin.id),
        )
        refused = await client.post(
            "/api/v1/auth/login", json={"email": member.email, "password": "wrong password"}
        )
        assert refused.status_code == 401
        assert refused.json()["code"] == "invalid_credentials"

    async def test_needs_a_break_glass_admin(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, factory: Factory
    ) -> None:
        body = {
            "enabled": True, "issuer": "http://127.0.0.1:1", "client_id": "c",
            "allowed_domains": [DOMAIN], "sso_only": True,
        }
        none = await client.put("/api/v1/organisation/sso", json=body,
                                headers=sso_org.admin.headers)
        assert none.status_code == 400
        assert none.json()["code"] == "sso_break_glass_required"
        member = await factory.person(sso_org.org)
        other_org_admin = await factory.person(await factory.organisation(), Role.ORG_ADMIN)
        for person in (member, other_org_admin):
            wrong = await client.put(
                "/api/v1/organisation/sso",
                json=body | {"break_glass_person_id": str(person.id)},
                headers=sso_org.admin.headers,
            )
            assert wrong.status_code == 400
            assert wrong.json()["code"] == "sso_break_glass_invalid"


class TestDiscovery:
    async def test_answers_by_domain_only(
        self, client: httpx.AsyncClient, sso_org: SsoOrg
    ) -> None:
        known = await client.post("/api/v1/auth/discover", json={"email": f"alice@{DOMAIN}"})
        unknown = await client.post(
            "/api/v1/auth/discover", json={"email": f"nobody-{DOMAIN}@{DOMAIN}"}
        )
        answers = [known.json(), unknown.json()]
        for answer in answers:
            answer["start_url"] = answer["start_url"].split("&login_hint=")[0]
        assert answers[0] == answers[1]
        assert known.json()["method"] == "sso"
        assert known.json()["password_allowed"] is True
        assert known.json()["start_url"].startswith(
            f"/api/v1/auth/sso/start?organisation={sso_org.org.slug}&login_hint="
        )

    async def test_other_domains_get_the_password_form(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, factory: Factory
    ) -> None:
        person = await factory.person(await factory.organisation())
        existing = await client.post("/api/v1/auth/discover", json={"email": person.email})
        missing = await client.post(
            "/api/v1/auth/discover", json={"email": "personne@example.org"}
        )
        garbage = await client.post("/api/v1/auth/discover", json={"email": "not an e-mail"})
        for response in (existing, missing, garbage):
            assert response.status_code == 200
            assert response.json() == {
                "method": "password", "start_url": None, "password_allowed": True,
            }

    async def test_disabled_configuration_is_not_offered(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        await configure(client, sso_org.admin, provider, enabled=False)
        found = await client.post("/api/v1/auth/discover", json={"email": f"alice@{DOMAIN}"})
        assert found.json()["method"] == "password"


class TestKeyRotation:
    async def test_new_signing_key_is_fetched_and_old_one_dropped(
        self, client: httpx.AsyncClient, sso_org: SsoOrg, provider: Provider
    ) -> None:
        """The key set is cached; a token signed with a key published since is accepted
        after one fetch, and a key no longer published is not trusted any more."""
        assert (await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")).status_code == 303
        provider.rotate()
        client.cookies.clear()
        rotated = await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")
        assert rotated.status_code == 303, rotated.text
        provider.rotate(drop=True)
        client.cookies.clear()
        assert (await sign_in(client, f"alice@{DOMAIN}", "alice", "alice-pw")).status_code == 303
