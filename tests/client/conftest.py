"""Fixtures for the protocol tests: a low Argon2 floor set in the client, a nonce log."""

from __future__ import annotations

import pytest
from crypto_actors import NONCES, TEST_FLOOR, NonceLog

from constel_client.crypto import KdfFloor


@pytest.fixture(scope="session")
def nonce_log() -> NonceLog:
    return NONCES


@pytest.fixture
def floor() -> KdfFloor:
    return TEST_FLOOR
