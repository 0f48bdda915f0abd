"""What every SCIM route reads the same way: bodies (JSON, depth, NUL), paging, search
requests, ``attributes``/``excludedAttributes`` and the version headers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from pydantic import ValidationError
from scim2_models import ResponseParameters, SCIMException
from starlette.responses import Response

from constel_api.core.schemas import contains_nul
from constel_api.scim import discovery
from constel_api.scim.errors import ScimError
from constel_api.scim.users import require_schemas

DEFAULT_COUNT = 100


def base_url(request: Request) -> str:
    return f"{str(request.base_url).rstrip('/')}/scim/v2"


MAX_DEPTH = 32  # SCIM resources nest 4 levels; deeper bodies are refused before any use
MAX_INDEX = 2**31 - 1


def _depth(data: Any) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > MAX_DEPTH:
                break
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


async def read_body(request: Request) -> Any:
    raw = await request.body()
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ScimError(400, "The body is not valid JSON.", "invalidSyntax") from exc
    if _depth(data) > MAX_DEPTH:
        raise ScimError(400, f"The body nests deeper than {MAX_DEPTH} levels.", "invalidSyntax")
    if contains_nul(data):
        # PostgreSQL text cannot hold U+0000; refuse it here rather than fail at the database.
        raise ScimError(400, "Values must not contain the NUL character.", "invalidValue")
    return data


def _bounded(name: str, raw: Any, default: int) -> int:
    if raw is None or raw == "":
        return default
    if isinstance(raw, bool):
        raise ScimError(400, f"'{name}' must be an integer.", "invalidValue")
    try:
        value = int(raw)
    except (TypeError, ValueError) as exc:
        raise ScimError(400, f"'{name}' must be an integer.", "invalidValue") from exc
    if value > MAX_INDEX:
        raise ScimError(400, f"'{name}' must be at most {MAX_INDEX}.", "invalidValue")
    return value


def _page(start_raw: Any, count_raw: Any) -> tuple[int, int]:
    start_index = max(1, _bounded("startIndex", start_raw, 1))
    count = min(max(0, _bounded("count", count_raw, DEFAULT_COUNT)), discovery.MAX_RESULTS)
    return start_index, count


def paging(request: Request) -> tuple[int, int]:
    return _page(request.query_params.get("startIndex"), request.query_params.get("count"))


SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest"


@dataclass
class Search:
    filter: str | None
    start_index: int
    count: int
    attributes: str | None
    excluded: str | None

    def params(self, model: Any) -> Any:
        return _parameters(self.attributes, self.excluded, model)


def read_search(payload: Any) -> Search:
    """A SearchRequest body (RFC 7644 §3.4.3)."""
    require_schemas(payload, SEARCH_REQUEST)

    def names(key: str) -> str | None:
        value = payload.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ScimError(400, f"'{key}' must be a list of attribute names.", "invalidValue")
        return ",".join(value) or None

    expression = payload.get("filter")
    if expression is not None and not isinstance(expression, str):
        raise ScimError(400, "'filter' must be a string.", "invalidFilter")
    start_index, count = _page(payload.get("startIndex"), payload.get("count"))
    return Search(expression, start_index, count, names("attributes"),
                  names("excludedAttributes"))


def response_parameters(request: Request, model: Any) -> Any:
    return _parameters(request.query_params.get("attributes"),
                       request.query_params.get("excludedAttributes"), model)


def _parameters(attributes: str | None, excluded: str | None, model: Any) -> Any:
    if not attributes and not excluded:
        return None
    try:
        return ResponseParameters[model](attributes=attributes, excluded_attributes=excluded)
    except (ValidationError, SCIMException, ValueError) as exc:
        raise ScimError(400, "Invalid attributes or excludedAttributes.", "invalidPath") from exc


# Versions ---------------------------------------------------------------------------------


def _matches(header: str, current: str) -> bool:
    """RFC 7232 lists, ``*``, and weak comparison (W/ ignored)."""
    def bare(tag: str) -> str:
        tag = tag.strip()
        return tag[2:] if tag.startswith("W/") else tag

    tags = [t for t in header.split(",") if t.strip()]
    return any(t.strip() == "*" or bare(t) == bare(current) for t in tags)


def check_if_match(request: Request, current: str) -> None:
    wanted = request.headers.get("if-match")
    if wanted and not _matches(wanted, current):
        raise ScimError(412, "The resource changed since that version was read (If-Match).")


def not_modified(request: Request, current: str) -> Response | None:
    wanted = request.headers.get("if-none-match")
    if wanted and _matches(wanted, current):
        return Response(status_code=304, headers={"ETag": current})
    return None
