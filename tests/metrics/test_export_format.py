"""CSV and XLSX writers: BOM, separator, ISO dates, formula neutralisation, streaming."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

import pytest
from openpyxl import load_workbook

from constel_api.metrics.export import aiter_csv, csv_cell, iter_csv, iter_xlsx, neutralise


@pytest.mark.parametrize("text", ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_prefixes_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text


def test_plain_text_is_untouched() -> None:
    assert neutralise("Équipe Nord") == "Équipe Nord"


def test_numbers_and_dates() -> None:
    assert csv_cell(-3) == "-3"
    assert csv_cell(0.25) == "0.25"
    assert csv_cell(date(2026, 1, 31)) == "2026-01-31"
    assert csv_cell(datetime(2026, 1, 31, 8, 0, tzinfo=UTC)) == "2026-01-31T08:00:00+00:00"
    assert csv_cell(None) == ""


def test_csv_bom_separator_and_quoting() -> None:
    rows = [["=HYPERLINK(\"x\")", 1, date(2026, 2, 1)], ["a;b", None, "line\nbreak"]]
    data = b"".join(iter_csv(["name", "n", "day"], rows))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert parsed[0] == ["name", "n", "day"]
    assert parsed[1] == ["'=HYPERLINK(\"x\")", "1", "2026-02-01"]
    assert parsed[2] == ["a;b", "", "line\nbreak"]


def test_csv_streams_in_chunks() -> None:
    rows = ([i, f"row {i}"] for i in range(10_000))
    chunks = list(iter_csv(["i", "label"], rows))
    assert len(chunks) > 10
    assert max(len(c) for c in chunks) < 64 * 1024


async def test_async_csv_from_batches() -> None:
    async def batches() -> AsyncIterator[Sequence[Sequence[Any]]]:
        for start in range(0, 1000, 100):
            yield [[i, "+x"] for i in range(start, start + 100)]

    data = b"".join([c async for c in aiter_csv(["i", "v"], batches())])
    lines = data.decode("utf-8-sig").splitlines()
    assert len(lines) == 1001
    assert lines[1] == "0;'+x"


def test_xlsx_is_readable_and_neutralised() -> None:
    rows = [["=cmd|' /C calc'!A0", 3, date(2026, 3, 1)], ["ok", 0.5, None]]
    data = b"".join(iter_xlsx([("KPIs", ["label", "value", "day"], rows)]))
    book = load_workbook(io.BytesIO(data), read_only=True)
    values = [list(r) for r in book["KPIs"].iter_rows(values_only=True)]
    assert values[0] == ["label", "value", "day"]
    assert values[1][0] == "'=cmd|' /C calc'!A0"
    assert values[1][1] == 3
    assert values[1][2] == datetime(2026, 3, 1)
    assert values[2][:2] == ["ok", 0.5]
