"""Run Alembic migrations programmatically (CLI, tests, embedded dev database)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config


def _project_root() -> Path:
    """The source checkout, or the working directory of an installed deployment."""
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "alembic.ini").is_file():
        return checkout
    return Path.cwd()


ROOT = _project_root()


def alembic_config(database_url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "heads") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)
