"""Write the OpenAPI document deterministically, for the repo and the generated TS client."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from constel_api.config import Settings


def openapi_document() -> dict[str, Any]:
    from constel_api.main import create_app

    # No database is touched: the lifespan does not run when only the schema is built.
    settings = Settings(
        database_url=SecretStr("postgresql+asyncpg://unused/unused"),
        spa_dist_dir=Path("/nonexistent"),
    )
    return create_app(settings).openapi()


def render_openapi() -> str:
    return json.dumps(openapi_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_openapi(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_openapi(), encoding="utf-8")
