"""Parse the directory CSV: encoding, delimiter, header and per-line checks (no database).

File-level problems (encoding, header) refuse the whole file; line-level problems become
rejected lines with a reason, reported by the dry run and blocking the apply.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from constel_api.directory.validation import (
    looks_like_formula,
    parse_bool,
    parse_languages,
    valid_email,
)
from constel_api.errors import Unprocessable

COLUMNS = (
    "external_id",
    "email",
    "given_name",
    "family_name",
    "manager_external_id",
    "unit",
    "job_title",
    "site",
    "languages",
    "active",
)
REQUIRED = ("external_id", "email", "given_name", "family_name")
TEXT_COLUMNS = (
    "external_id", "given_name", "family_name", "manager_external_id", "unit", "job_title", "site",
)
MAX_LENGTH = {
    "external_id": 200, "email": 320, "given_name": 200, "family_name": 200,
    "manager_external_id": 200, "unit": 200, "job_title": 200, "site": 200,
}
MAX_ROWS = 200_000
BOM = b"\xef\xbb\xbf"


@dataclass
class Rejection:
    line: int
    external_id: str | None
    code: str
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "external_id": self.external_id, "code": self.code,
                "reason": self.reason}


@dataclass
class CsvRow:
    """One valid line. Optional columns absent from the header are ``None`` (kept as is)."""

    line: int
    external_id: str
    email: str
    given_name: str
    family_name: str
    manager_external_id: str | None
    unit: str | None
    job_title: str | None
    site: str | None
    languages: list[str] | None
    active: bool

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass
class ParsedCsv:
    delimiter: str
    columns: list[str]
    ignored_columns: list[str]
    rows: list[CsvRow] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    line_count: int = 0
    width: int = 0

    def has(self, column: str) -> bool:
        return column in self.columns


class CsvFileError(Unprocessable):
    """The file as a whole cannot be read; nothing is imported."""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) first; else Windows-1252, what French Excel writes for
    "CSV (séparateur : point-virgule)". Bytes neither can read refuse the file."""
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    line = data[: utf8_error.start].count(b"\n") + 1
    raise CsvFileError(
        f"The file is neither UTF-8 nor Windows-1252 (line {line}, byte {utf8_error.start}). "
        "Export it as 'CSV UTF-8' and try again.",
        code="csv_bad_encoding",
        line=line,
    ) from utf8_error


def refuse_nul(text: str) -> None:
    """PostgreSQL text cannot hold U+0000: refuse the file here, so a dry run answers exactly
    what the apply would (the apply used to fail at the database, the dry run passed)."""
    at = text.find("\x00")
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        raise CsvFileError(
            f"Line {line} contains a NUL character (U+0000), which cannot be stored.",
            code="invalid_character",
            line=line,
        )


def sniff_delimiter(header: str) -> str:
    """Excel in French locales writes ``;``; everything else ``,``."""
    return ";" if header.count(";") > header.count(",") else ","


def parse(data: bytes) -> ParsedCsv:
    text = decode(data)
    refuse_nul(text)
    if not text.strip():
        raise CsvFileError("The file is empty.", code="csv_empty")
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise CsvFileError(f"The header line cannot be read: {exc}.", code="csv_malformed") from exc
    columns = [h.strip().lower().lstrip("\ufeff") for h in header]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise CsvFileError(
            f"Missing required column(s): {', '.join(missing)}. "
            f"Expected columns: {', '.join(COLUMNS)} (separated by ',' or ';').",
            code="csv_missing_columns",
            missing_columns=missing,
        )
    duplicated = sorted({c for c in columns if c and columns.count(c) > 1})
    if duplicated:
        raise CsvFileError(
            f"Column(s) appear more than once: {', '.join(duplicated)}.",
            code="csv_duplicate_columns",
        )
    parsed = ParsedCsv(
        delimiter=delimiter,
        columns=[c for c in columns if c in COLUMNS],
        ignored_columns=[c for c in columns if c and c not in COLUMNS],
        width=len(columns),
    )
    index = {c: i for i, c in enumerate(columns) if c in COLUMNS}
    try:
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            parsed.line_count += 1
            if parsed.line_count > MAX_ROWS:
                raise CsvFileError(f"At most {MAX_ROWS} lines per file.", code="csv_too_large")
            _parse_line(parsed, index, cells, line)
    except csv.Error as exc:
        raise CsvFileError(
            f"Line {reader.line_num} cannot be read: {exc}.", code="csv_malformed",
            line=reader.line_num,
        ) from exc
    _reject_duplicates(parsed)
    return parsed


def _parse_line(parsed: ParsedCsv, index: dict[str, int], cells: list[str], line: int) -> None:
    def cell(column: str) -> str | None:
        i = index.get(column)
        if i is None:
            return None
        return cells[i].strip() if i < len(cells) else ""

    values = {c: cell(c) for c in COLUMNS}
    external_id = values["external_id"] or None

    def reject(code: str, reason: str) -> None:
        parsed.rejected.append(Rejection(line, external_id, code, reason))

    if len(cells) > parsed.width:
        reject("too_many_cells", f"{len(cells)} cells for {parsed.width} columns.")
        return
    for column in REQUIRED:
        if not values[column]:
            reject("missing_value", f"'{column}' is empty.")
            return
    for column in TEXT_COLUMNS:
        if looks_like_formula(values[column]):
            reject(
                "formula_like_value",
                f"'{column}' starts with a formula character (= + - @ or a control "
                "character); such values are refused so they can never run in a spreadsheet.",
            )
            return
    for column, limit in MAX_LENGTH.items():
        value = values[column]
        if value is not None and len(value) > limit:
            reject("too_long", f"'{column}' is longer than {limit} characters.")
            return
    email = (values["email"] or "").lower()
    if not valid_email(email):
        reject("invalid_email", f"'{values['email']}' is not an email address.")
        return
    languages = None
    if values["languages"] is not None:
        languages = parse_languages(values["languages"])
        if languages is None:
            reject("invalid_languages",
                   "'languages' must be language codes such as 'fr|en'.")
            return
    active = parse_bool(values["active"], default=True)
    if active is None:
        reject("invalid_active", "'active' must be true or false.")
        return
    manager = values["manager_external_id"]
    if manager is not None and manager == external_id:
        reject("self_manager", "A person cannot be their own manager.")
        return
    parsed.rows.append(
        CsvRow(
            line=line,
            external_id=external_id or "",
            email=email,
            given_name=values["given_name"] or "",
            family_name=values["family_name"] or "",
            manager_external_id=manager,
            unit=values["unit"],
            job_title=values["job_title"],
            site=values["site"],
            languages=languages,
            active=active,
        )
    )


def _reject_duplicates(parsed: ParsedCsv) -> None:
    """Two lines with the same id or email: neither is trusted, both are rejected."""
    by_id: dict[str, list[CsvRow]] = {}
    by_email: dict[str, list[CsvRow]] = {}
    for row in parsed.rows:
        by_id.setdefault(row.external_id, []).append(row)
        by_email.setdefault(row.email, []).append(row)
    bad: dict[int, Rejection] = {}
    for key, rows, what in [
        *((k, v, "external_id") for k, v in by_id.items()),
        *((k, v, "email") for k, v in by_email.items()),
    ]:
        if len(rows) > 1:
            lines = ", ".join(str(r.line) for r in rows)
            for row in rows:
                bad.setdefault(row.line, Rejection(
                    row.line, row.external_id, f"duplicate_{what}",
                    f"{what} '{key}' appears on lines {lines}.",
                ))
    if bad:
        parsed.rows = [r for r in parsed.rows if r.line not in bad]
        parsed.rejected.extend(bad.values())
