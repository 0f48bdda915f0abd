"""Settings read from the environment (prefix ``CONSTEL_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEVELOPMENT_JWT_SECRET = "development-only-secret-change-me-0123456789"  # noqa: S105
DEVELOPMENT_PUBLIC_URL = "http://127.0.0.1:8000"

Environment = Literal["development", "test", "production"]


class Settings(BaseSettings):
    """Runtime configuration; secrets are ``SecretStr`` so they never reach a log."""

    model_config = SettingsConfigDict(
        env_prefix="CONSTEL_", env_file=".env", extra="ignore", populate_by_name=True
    )

    environment: Environment = "development"
    database_url: SecretStr | None = Field(
        default=None,
        description="postgresql+asyncpg://... ; when unset an embedded PostgreSQL is started.",
    )
    embedded_data_dir: Path = Path("var/pgdata")
    database_pool_size: int = 10

    jwt_secret: SecretStr = SecretStr(DEVELOPMENT_JWT_SECRET)
    jwt_previous_secrets: list[SecretStr] = Field(default_factory=list)
    jwt_issuer: str = "constel"
    jwt_audience: str = "constel-api"
    access_token_ttl_seconds: int = 600
    refresh_token_ttl_seconds: int = 14 * 24 * 3600

    # Where people reach the app (https://mentorat.example.fr): every link handed out for
    # use elsewhere (e-mails, calendar subscriptions) is built from it, never from the Host
    # header. Required in production. Without it, e-mails point at DEVELOPMENT_PUBLIC_URL
    # and calendar links at the request's URL. CONSTEL_PUBLIC_URL is its deprecated name.
    public_base_url: str | None = Field(
        default=None, pattern=r"^https?://[^/?#\s]+(/[^?#\s]*)?$",
        validation_alias=AliasChoices("CONSTEL_PUBLIC_BASE_URL", "CONSTEL_PUBLIC_URL"),
    )

    cookie_secure: bool = True
    cors_origins: list[str] = Field(default_factory=list)

    max_body_bytes: int = 1024 * 1024
    # Failed sign-ins allowed before each further attempt waits a delay that doubles from
    # ``login_delay_base_seconds`` up to ``login_delay_max_seconds``. A browser holding a
    # valid device cookie for the account is counted on its own ("client"); browsers
    # without one are counted per (account, IP), per account and per IP.
    login_free_failures_per_client: int = Field(default=5, ge=1)
    login_free_failures_per_account: int = Field(default=10, ge=1)
    login_free_failures_per_ip: int = Field(default=30, ge=1)
    login_delay_base_seconds: float = Field(default=2.0, gt=0)
    login_delay_max_seconds: float = Field(default=900.0, gt=0)
    login_window_seconds: int = Field(default=3600, ge=1)
    device_cookie_ttl_days: int = Field(default=365, ge=1)
    # Peers (IPs or CIDRs, comma-separated; "*" for any) whose X-Forwarded-For and
    # X-Forwarded-Proto are believed. Empty: none; the TCP peer is the client.
    forwarded_allow_ips: str = Field(
        default="",
        validation_alias=AliasChoices("FORWARDED_ALLOW_IPS", "CONSTEL_FORWARDED_ALLOW_IPS"),
    )

    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    argon2_parallelism: int = 1

    # How often each `constel-api worker` works off the pilotage rollup's backlog (0: never;
    # then run `constel-api metrics-rollup` from a timer). API processes never do.
    metrics_rollup_interval_seconds: float = Field(default=30.0, ge=0)

    # Outgoing mail. `make run` points these at a local catch-all (var/mail/), never a relay.
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8025
    smtp_starttls: bool = False
    smtp_tls: bool = False
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout_seconds: float = 15.0
    mail_from: str = "Constel <no-reply@constel.invalid>"
    # Dates and times in e-mails are written in this zone, with its name.
    mail_timezone: str = "Europe/Paris"

    # Job queue (PgQueuer on the same database): retries with exponential back-off, then
    # the job is held as failed for the platform operator.
    job_max_attempts: int = Field(default=5, ge=1)
    job_retry_initial_seconds: float = Field(default=10.0, ge=0)
    worker_concurrency: int = Field(default=4, ge=1)

    password_reset_ttl_seconds: int = 30 * 60
    password_set_ttl_seconds: int = 7 * 24 * 3600

    spa_dist_dir: Path = Path("frontend/dist")
    log_level: str = "INFO"

    @model_validator(mode="after")
    def _refuse_default_secret_outside_development(self) -> Settings:
        secret = self.jwt_secret.get_secret_value()
        if self.environment == "production":
            if secret == DEVELOPMENT_JWT_SECRET:
                raise ValueError("CONSTEL_JWT_SECRET must be set outside development")
            if len(secret) < 32:
                raise ValueError("CONSTEL_JWT_SECRET must be at least 32 characters")
            if not self.public_base_url:
                raise ValueError(
                    "CONSTEL_PUBLIC_BASE_URL must be set in production (https://your.host)"
                )
        return self

    @property
    def public_url(self) -> str:
        """Where links in e-mails point: the public base URL, without a trailing slash."""
        return (self.public_base_url or DEVELOPMENT_PUBLIC_URL).rstrip("/")

    @property
    def trusted_proxies(self) -> list[str]:
        return [p.strip() for p in self.forwarded_allow_ips.split(",") if p.strip()]

    @property
    def is_development(self) -> bool:
        return self.environment == "development"


@lru_cache
def get_settings() -> Settings:
    return Settings()
