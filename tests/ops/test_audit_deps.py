"""make audit: a finding fails unless allowed; an unreachable database is said, not failed.

pip-audit and npm audit are replaced by their recorded JSON answers (the vulnerability
databases are not reachable from the test machine)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "audit_deps.py"


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("audit_deps", SCRIPT)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PIP_OFFLINE = {"dependencies": [{"name": "fastapi", "version": "1",
                                 "skip_reason": "Dependency not found on PyPI"}]}
PIP_CLEAN = {"dependencies": [{"name": "fastapi", "version": "1", "vulns": []}]}
NPM_OFFLINE = {"error": {"summary": "405 Method Not Allowed"}}
NPM_VULNERABLE = {"vulnerabilities": {"dompurify": {"fixAvailable": True, "via": [
    {"source": 1, "url": "https://github.com/advisories/GHSA-aaaa-bbbb-cccc", "range": "<3"}
]}}}


def _run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pip: object, npm: object,
         allow: str = "") -> tuple[Any, int]:
    module = _load()
    allowlist = tmp_path / "allow.toml"
    allowlist.write_text(allow)
    monkeypatch.setattr(module, "ALLOWLIST", allowlist)

    def fake(command: list[str], **_: object) -> subprocess.CompletedProcess[str]:
        answer = npm if command[0] == "npm" else pip
        return subprocess.CompletedProcess(command, 1, json.dumps(answer), "")

    monkeypatch.setattr(module.subprocess, "run", fake)
    return module, module.main()


def test_unreachable_databases_are_reported_not_failed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, code = _run(monkeypatch, tmp_path, PIP_OFFLINE, NPM_OFFLINE)
    out = capsys.readouterr().out
    assert code == 0
    assert out.count("AUDIT NOT DONE") == 2


def test_a_finding_fails_unless_allowed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, code = _run(monkeypatch, tmp_path, PIP_CLEAN, NPM_VULNERABLE)
    assert code == 1
    assert "VULNERABLE: GHSA-aaaa-bbbb-cccc in dompurify" in capsys.readouterr().out

    allow = ('[[allow]]\nid = "GHSA-aaaa-bbbb-cccc"\npackage = "dompurify"\n'
             'reason = "Swagger UI renders only our own document."\ndate = "2026-12-03"\n')
    _, code = _run(monkeypatch, tmp_path, PIP_CLEAN, NPM_VULNERABLE, allow)
    assert code == 0


def test_an_allowance_needs_a_reason_and_a_date(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit, match="lacks reason, date"):
        _run(monkeypatch, tmp_path, PIP_CLEAN, NPM_VULNERABLE,
             '[[allow]]\nid = "GHSA-aaaa-bbbb-cccc"\npackage = "dompurify"\n')
