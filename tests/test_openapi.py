"""The committed OpenAPI document matches the code (the TS client is generated from it)."""

from __future__ import annotations

from pathlib import Path

from constel_api.openapi_export import openapi_document, render_openapi

COMMITTED = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"


def test_committed_document_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render_openapi(), (
        "openapi/openapi.json is stale: run `make openapi` and commit it"
    )


def test_operation_ids_are_unique_and_readable() -> None:
    ids = [
        op["operationId"]
        for path in openapi_document()["paths"].values()
        for op in path.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(ids) == len(set(ids))
    assert all("_" not in i and len(i) < 40 for i in ids), ids
