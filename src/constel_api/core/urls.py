"""Absolute URLs handed out for use outside the app (calendar subscriptions)."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import URL
from starlette.requests import Request

from constel_api.config import Settings


def public_url(request: Request, settings: Settings, route_name: str, **query: Any) -> str:
    """The route's URL under ``CONSTEL_PUBLIC_BASE_URL``; a client-sent Host header never
    decides where a link points. Without the setting (development, tests) the request's
    own URL is used."""
    if settings.public_base_url:
        path = request.app.url_path_for(route_name)
        url = URL(settings.public_base_url.rstrip("/") + str(path))
    else:
        url = request.url_for(route_name)
    return str(url.include_query_params(**query))
