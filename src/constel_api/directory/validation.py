"""Checks shared by SCIM and the CSV import on what the HRIS sends.

Formula-looking values (a leading ``=``, ``+``, ``-``, ``@``, tab or carriage return) are
refused in names, titles, units and sites. They are harmless in our database and API, but
directory fields flow into CSV/XLSX exports opened in spreadsheets, and no HRIS has a
legitimate reason to send them: refusing them makes the source get fixed rather than
silently altering a name.
"""

from __future__ import annotations

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def looks_like_formula(value: str | None) -> bool:
    return bool(value) and value is not None and value.startswith(FORMULA_PREFIXES)


def valid_email(value: str) -> bool:
    return len(value) <= 320 and bool(_EMAIL.match(value))


def parse_languages(raw: str) -> list[str] | None:
    """``fr|en``, ``fr en`` or ``fr,en`` (inside a quoted cell); ``None`` when invalid."""
    parts = [p.strip().lower() for p in re.split(r"[|,;\s]+", raw) if p.strip()]
    if not all(_LANGUAGE.match(p) for p in parts):
        return None
    return list(dict.fromkeys(parts))


_TRUE = {"true", "1", "yes", "y", "oui", "vrai", "active", "actif"}
_FALSE = {"false", "0", "no", "n", "non", "faux", "inactive", "inactif"}


def parse_bool(raw: str | bool | None, default: bool = True) -> bool | None:
    """Booleans as HR tools and Entra ID write them (``True``, ``"False"``, ``oui``...)."""
    if isinstance(raw, bool):
        return raw
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return None
