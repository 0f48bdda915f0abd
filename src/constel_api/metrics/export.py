"""Streaming CSV and XLSX writers for KPI exports, with flat memory.

CSV is written for French Excel: UTF-8 with a byte-order mark, ``;`` as separator,
ISO 8601 dates. Any text cell that a spreadsheet would read as a formula (starting with
``= + - @``, a tab or a carriage return) is neutralised with a leading apostrophe
(OWASP CSV injection guidance). Numbers stay numbers: a negative number is data, not a
formula, and is written as such.

XLSX goes through openpyxl's write-only mode into a temporary file (a zip needs seeking),
which is then read back in chunks; rows are never all in memory.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

BOM = "\ufeff"
SEPARATOR = ";"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CHUNK_BYTES = 64 * 1024
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Shown:
    """A number as a person reads it in CSV (``83,3 %``, ``2,5``), kept as a number in XLSX
    (a rate as a percent-formatted ratio)."""

    value: float
    text: str
    percent: bool = False


Scalar = str | int | float | Decimal | date | datetime | bool | None
Row = Sequence[Any]


def neutralise(text: str) -> str:
    """Prefix a text that a spreadsheet would evaluate, so it stays text."""
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def csv_cell(value: Any) -> str:
    """One CSV cell: ISO 8601 dates, plain numbers, neutralised text, empty for None."""
    if value is None:
        return ""
    if isinstance(value, Shown):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return str(value)
    return neutralise(str(value))


def xlsx_cell(value: Any) -> Any:
    """One XLSX cell: native numbers and dates, neutralised text."""
    if value is None or isinstance(value, bool | int | float | Decimal):
        return value
    if isinstance(value, Shown):
        return value.value
    if isinstance(value, datetime):
        # Excel has no time zones: write UTC as a naive timestamp.
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return value
    return neutralise(str(value))


class _LineBuffer:
    """The file-like object csv.writer writes into; drained after each batch of rows."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()

    def write(self, text: str) -> int:
        return self._buffer.write(text)

    def drain(self) -> str:
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate(0)
        return text


def _csv_writer(buffer: _LineBuffer) -> Any:
    return csv.writer(buffer, delimiter=SEPARATOR, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")


def iter_csv(header: Row, rows: Iterable[Row]) -> Iterable[bytes]:
    """CSV bytes chunk by chunk (BOM first); memory is bounded by ``CHUNK_BYTES``."""
    buffer = _LineBuffer()
    writer = _csv_writer(buffer)
    buffer.write(BOM)
    writer.writerow([csv_cell(v) for v in header])
    pending = 0
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
        pending += 1
        if pending >= 256:
            text = buffer.drain()
            pending = 0
            yield text.encode("utf-8")
    text = buffer.drain()
    if text:
        yield text.encode("utf-8")


async def aiter_csv(header: Row, rows: AsyncIterable[Sequence[Row]]) -> AsyncIterator[bytes]:
    """Same as :func:`iter_csv` for batches of rows coming from the database."""
    buffer = _LineBuffer()
    writer = _csv_writer(buffer)
    buffer.write(BOM)
    writer.writerow([csv_cell(v) for v in header])
    yield buffer.drain().encode("utf-8")
    async for batch in rows:
        for row in batch:
            writer.writerow([csv_cell(v) for v in row])
        text = buffer.drain()
        if text:
            yield text.encode("utf-8")


class XlsxSheet:
    """A write-only workbook on a temporary file; add sheets and rows, then stream it."""

    def __init__(self) -> None:
        from openpyxl import Workbook

        self._workbook = Workbook(write_only=True)
        fd, self.path = tempfile.mkstemp(prefix="constel-export-", suffix=".xlsx")
        os.close(fd)
        self._sheet: Any = None

    def sheet(self, title: str, header: Row) -> None:
        self._sheet = self._workbook.create_sheet(title=title[:31])
        self._sheet.append([xlsx_cell(v) for v in header])

    def append(self, row: Row) -> None:
        assert self._sheet is not None, "create a sheet first"
        self._sheet.append([self._percent(v) if isinstance(v, Shown) and v.percent
                            else xlsx_cell(v) for v in row])

    def _percent(self, value: Shown) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self._sheet, value=value.value)
        cell.number_format = "0.0%"
        return cell

    def close(self) -> None:
        """Write the workbook to disk (openpyxl streams rows to its own temp files)."""
        self._workbook.save(self.path)

    def chunks(self) -> Iterable[bytes]:
        """Read the finished file back in chunks, then remove it."""
        try:
            with open(self.path, "rb") as handle:
                while chunk := handle.read(CHUNK_BYTES):
                    yield chunk
        finally:
            self.discard()

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


def iter_xlsx(sheets: Iterable[tuple[str, Row, Iterable[Row]]]) -> Iterable[bytes]:
    """A whole workbook from (title, header, rows) triples, as byte chunks."""
    book = XlsxSheet()
    try:
        for title, header, rows in sheets:
            book.sheet(title, header)
            for row in rows:
                book.append(row)
        book.close()
    except BaseException:
        book.discard()
        raise
    yield from book.chunks()
