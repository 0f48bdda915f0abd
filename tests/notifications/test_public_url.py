"""One public address for every link handed out: e-mails and calendar subscriptions both
come from CONSTEL_PUBLIC_BASE_URL; CONSTEL_PUBLIC_URL, its former name, still works."""

from __future__ import annotations

import uuid

import pytest

from constel_api.config import DEVELOPMENT_PUBLIC_URL, Settings
from constel_api.notifications import mailer
from constel_api.notifications.passwords import set_password_url


def _settings() -> Settings:
    return Settings(_env_file=None)  # type: ignore[call-arg]


def test_mail_links_use_the_public_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONSTEL_PUBLIC_URL", raising=False)
    monkeypatch.setenv("CONSTEL_PUBLIC_BASE_URL", "https://mentorat.example.fr/")
    settings = _settings()
    assert settings.public_base_url == "https://mentorat.example.fr/"
    assert settings.public_url == "https://mentorat.example.fr"
    assert set_password_url(settings, "tok") == (
        "https://mentorat.example.fr/reset-password?token=tok&welcome=1")
    person = uuid.uuid4()
    assert mailer.unsubscribe_url(settings, person).startswith(
        f"https://mentorat.example.fr/api/v1/notifications/unsubscribe?p={person}&s=")


def test_the_former_name_is_still_read_and_the_new_one_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CONSTEL_PUBLIC_BASE_URL", raising=False)
    monkeypatch.setenv("CONSTEL_PUBLIC_URL", "https://old.example.fr")
    assert _settings().public_base_url == "https://old.example.fr"
    monkeypatch.setenv("CONSTEL_PUBLIC_BASE_URL", "https://new.example.fr")
    assert _settings().public_url == "https://new.example.fr"


def test_development_falls_back_to_the_local_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONSTEL_PUBLIC_BASE_URL", raising=False)
    monkeypatch.delenv("CONSTEL_PUBLIC_URL", raising=False)
    settings = _settings()
    assert settings.public_base_url is None
    assert settings.public_url == DEVELOPMENT_PUBLIC_URL


def test_the_cli_warns_about_the_former_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from constel_api.cli import _warn_deprecated_settings

    monkeypatch.delenv("CONSTEL_PUBLIC_BASE_URL", raising=False)
    monkeypatch.setenv("CONSTEL_PUBLIC_URL", "https://old.example.fr")
    _warn_deprecated_settings()
    assert "CONSTEL_PUBLIC_URL is deprecated" in capsys.readouterr().err
