#!/usr/bin/env python3
"""Known vulnerabilities in what Constel ships: the API's runtime Python packages
(pip-audit) and the SPA's production npm packages (npm audit --omit=dev).

Fails (exit 1) when an audit ran and found a vulnerability that `.ci/audit-allowlist.toml`
does not allow (each entry needs a reason and a date). When a vulnerability database cannot
be reached (no network, a registry without the audit endpoint), prints
"AUDIT NOT DONE: <why>" and does not fail: the build cannot tell either way.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLOWLIST = ROOT / ".ci" / "audit-allowlist.toml"
PIP_AUDIT = ROOT / ".venv" / "bin" / "pip-audit"
TIMEOUT = 300


def _allowed() -> dict[str, dict[str, str]]:
    entries = tomllib.loads(ALLOWLIST.read_text(encoding="utf-8")).get("allow", [])
    allowed: dict[str, dict[str, str]] = {}
    for entry in entries:
        missing = [k for k in ("id", "package", "reason", "date") if not entry.get(k)]
        if missing:
            sys.exit(f"audit-allowlist.toml: an entry lacks {', '.join(missing)}: {entry}")
        dt.date.fromisoformat(str(entry["date"]))
        allowed[str(entry["id"])] = entry
    return allowed


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _runtime_closure() -> set[str]:
    """The packages the API needs at run time: `constel` and its dependencies, no extras."""
    seen: set[str] = set()
    todo = ["constel"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [_name(r) for r in requires if "extra ==" not in r]
    return seen - {"constel"}


def python_findings() -> tuple[list[tuple[str, str, str]], str | None]:
    command = [str(PIP_AUDIT), "--format", "json", "--progress-spinner", "off", "--skip-editable"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        report = json.loads(run.stdout)
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        return [], f"pip-audit did not run ({type(exc).__name__}: {exc})"
    shipped = _runtime_closure()
    deps = [d for d in report.get("dependencies", []) if d["name"].lower() in shipped]
    audited = [d for d in deps if "skip_reason" not in d]
    if not audited:
        reason = deps[0].get("skip_reason", "nothing audited") if deps else "no dependency seen"
        return [], f"pip-audit could not reach its vulnerability database ({reason})"
    findings = [
        (v["id"], f"{d['name']} {d['version']}", ", ".join(v.get("fix_versions", [])))
        for d in audited for v in d.get("vulns", [])
    ]
    skipped = len(deps) - len(audited)
    note = f"pip-audit skipped {skipped} of {len(deps)} packages" if skipped else None
    return findings, note


def npm_findings() -> tuple[list[tuple[str, str, str]], str | None]:
    command = ["npm", "audit", "--omit=dev", "--json"]
    try:
        run = subprocess.run(command, cwd=ROOT / "frontend", capture_output=True, text=True,
                             timeout=TIMEOUT, check=False)
        report = json.loads(run.stdout)
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        return [], f"npm audit did not run ({type(exc).__name__}: {exc})"
    if "error" in report or "vulnerabilities" not in report:
        why = report.get("error", {}).get("summary") or report.get("message") or "no report"
        return [], f"npm audit could not reach the advisory database ({why})"
    findings = []
    for package, vulnerability in report["vulnerabilities"].items():
        for via in vulnerability.get("via", []):
            if isinstance(via, dict):  # a string names the dependency it comes through
                advisory = str(via.get("url", via.get("source", "?"))).rsplit("/", 1)[-1]
                findings.append((advisory, f"{package} {via.get('range', '')}",
                                 str(vulnerability.get("fixAvailable", ""))))
    return findings, None


def main() -> int:
    allowed = _allowed()
    failed = False
    for label, audit in (("Python (runtime)", python_findings), ("npm (production)", npm_findings)):
        findings, note = audit()
        if note and not findings and "skipped" not in note:
            print(f"AUDIT NOT DONE: {label}: {note}")
            continue
        if note:
            print(f"{label}: {note}")
        for advisory, package, fix in findings:
            entry = allowed.get(advisory)
            if entry:
                print(f"{label}: {advisory} in {package} allowed ({entry['date']}: "
                      f"{entry['reason']})")
            else:
                failed = True
                print(f"{label}: VULNERABLE: {advisory} in {package} (fixed in: {fix or '?'})")
        if not [f for f in findings if f[0] not in allowed]:
            print(f"{label}: no known vulnerability that is not allowed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
