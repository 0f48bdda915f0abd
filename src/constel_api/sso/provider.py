"""The identity provider as seen from Constel: its discovery document and signing keys.

Both are cached in the process. Keys are fetched again when a token names a key id we do
not hold (the provider rotated its keys); a fetch that does not find it holds further ones
back for a minute, so tokens naming made-up key ids cannot make us hammer the provider.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from joserfc.jwk import KeySet

from constel_api.sso.errors import SsoRefused

DISCOVERY_TTL_SECONDS = 3600.0
JWKS_TTL_SECONDS = 3600.0
FORCED_REFRESH_INTERVAL_SECONDS = 60.0
# Only asymmetric algorithms: an HMAC ID token would be checked with the client secret,
# which the provider is not the only one to know.
ASYMMETRIC_ALGS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str | None
    end_session_endpoint: str | None
    id_token_algs: frozenset[str]

    @classmethod
    def parse(cls, issuer: str, document: dict[str, Any]) -> ProviderMetadata:
        if document.get("issuer") != issuer:
            raise SsoRefused("sso_token_invalid", "discovery document names another issuer")
        try:
            algs = frozenset(document.get("id_token_signing_alg_values_supported") or ["RS256"])
            return cls(
                issuer=issuer,
                authorization_endpoint=str(document["authorization_endpoint"]),
                token_endpoint=str(document["token_endpoint"]),
                jwks_uri=str(document["jwks_uri"]),
                userinfo_endpoint=document.get("userinfo_endpoint"),
                end_session_endpoint=document.get("end_session_endpoint"),
                id_token_algs=algs & ASYMMETRIC_ALGS,
            )
        except (KeyError, TypeError) as exc:
            raise SsoRefused("sso_provider_unreachable", "incomplete discovery document") from exc


@dataclass
class _Keys:
    keys: KeySet
    fetched_at: float
    forced_at: float = 0.0


@dataclass
class ProviderCache:
    """Per-process cache of discovery documents and key sets, keyed by URL."""

    timeout_seconds: float = 10.0
    _metadata: dict[str, tuple[ProviderMetadata, float]] = field(default_factory=dict)
    _keys: dict[str, _Keys] = field(default_factory=dict)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout_seconds, follow_redirects=False)

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            async with self.http() as client:
                response = await client.get(url, headers={"Accept": "application/json"})
            response.raise_for_status()
            body = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise SsoRefused(
                "sso_provider_unreachable", f"{type(exc).__name__} fetching {url}"
            ) from exc
        if not isinstance(body, dict):
            raise SsoRefused("sso_provider_unreachable", f"not a JSON object at {url}")
        return body

    async def metadata(self, issuer: str) -> ProviderMetadata:
        cached = self._metadata.get(issuer)
        if cached and time.monotonic() - cached[1] < DISCOVERY_TTL_SECONDS:
            return cached[0]
        document = await self._get_json(issuer.rstrip("/") + "/.well-known/openid-configuration")
        metadata = ProviderMetadata.parse(issuer, document)
        self._metadata[issuer] = (metadata, time.monotonic())
        return metadata

    async def _fetch_keys(self, jwks_uri: str) -> KeySet:
        document = await self._get_json(jwks_uri)
        try:
            # Keys of kinds we cannot use (encryption keys, unknown types) are skipped.
            usable = [
                k
                for k in document.get("keys", [])
                if isinstance(k, dict) and k.get("use", "sig") == "sig"
            ]
            return KeySet.import_key_set({"keys": usable})
        except (ValueError, TypeError) as exc:
            raise SsoRefused("sso_provider_unreachable", "unreadable key set") from exc

    async def key_set(self, jwks_uri: str, kid: str | None) -> KeySet:
        """The provider's keys, fetched again once when ``kid`` is not among them."""
        async with self._lock:
            now = time.monotonic()
            cached = self._keys.get(jwks_uri)
            if cached is None or now - cached.fetched_at > JWKS_TTL_SECONDS:
                cached = _Keys(await self._fetch_keys(jwks_uri), now)
                self._keys[jwks_uri] = cached
            known = {k.kid for k in cached.keys}
            if (
                kid is not None
                and kid not in known
                and now - cached.forced_at > FORCED_REFRESH_INTERVAL_SECONDS
            ):
                fresh = await self._fetch_keys(jwks_uri)
                # Only a fetch that did not find the key holds the next one back: a real
                # rotation is picked up at once, made-up key ids cost one fetch a minute.
                found = kid in {k.kid for k in fresh}
                cached = _Keys(fresh, now, forced_at=0.0 if found else now)
                self._keys[jwks_uri] = cached
            return cached.keys
