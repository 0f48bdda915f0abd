"""Base classes for request and response bodies."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator


def contains_nul(value: Any) -> bool:
    """True if a string anywhere in ``value`` (keys included) holds U+0000."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(contains_nul(k) or contains_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(contains_nul(item) for item in value)
    return False


class RequestModel(BaseModel):
    """Request bodies reject unknown fields, so a typo is an error rather than ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*")
    @classmethod
    def _refuse_nul(cls, value: Any) -> Any:
        # PostgreSQL text cannot hold U+0000: refuse it here as a 422, not at the database.
        if contains_nul(value):
            raise ValueError("Text must not contain the NUL character (U+0000).")
        return value


class ResponseModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)
