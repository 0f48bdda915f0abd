"""``make run`` (``constel-api dev``): the port is checked before anything runs, and the
embedded PostgreSQL stops with the server however it is stopped."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = Path(sys.executable).with_name("constel-api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dev_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONSTEL_")}
    env.update(
        CONSTEL_EMBEDDED_DATA_DIR=str(data_dir),
        CONSTEL_ARGON2_TIME_COST="1",
        CONSTEL_ARGON2_MEMORY_KIB="1024",
        CONSTEL_SPA_DIST_DIR="/nonexistent",
        CONSTEL_METRICS_ROLLUP_INTERVAL_SECONDS="0",
        CONSTEL_LOG_LEVEL="WARNING",
    )
    return env


def postmaster_pid(data_dir: Path) -> int | None:
    try:
        pid = int((data_dir / "postmaster.pid").read_text().splitlines()[0])
    except (FileNotFoundError, IndexError, ValueError):
        return None
    return pid if psutil.pid_exists(pid) else None


def wait_until(predicate, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def test_busy_port_is_reported_before_anything_runs(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        data_dir = tmp_path / "pgdata"
        result = subprocess.run(
            [str(CLI), "dev", "--port", str(port)], env=dev_env(data_dir), cwd=tmp_path,
            capture_output=True, text=True, timeout=60, check=False,
        )
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert f"make run PORT={port + 1}" in result.stderr
    assert "running" not in result.stdout
    assert not data_dir.exists(), "nothing (not even the database) may start on a busy port"


@pytest.fixture(scope="module")
def data_dir() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="constel-dev-"))
    yield root / "pgdata"
    pid = postmaster_pid(root / "pgdata")
    if pid is not None:
        os.kill(pid, signal.SIGINT)
    subprocess.run(["rm", "-rf", str(root)], check=False)


def start_dev(data_dir: Path, port: int, *, via_parent: bool = False) -> subprocess.Popen[bytes]:
    cmd = [str(CLI), "dev", "--port", str(port)]
    if via_parent:  # stands for `make run`: a parent process that could itself be killed
        cmd = ["sh", "-c", " ".join(cmd) + " & wait"]
    proc = subprocess.Popen(
        cmd, env=dev_env(data_dir), cwd=data_dir.parent,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/readyz"

    def ready() -> bool:
        assert proc.poll() is None, "the dev server exited early"
        try:
            return httpx.get(url, timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    wait_until(ready, 180, "the dev server to answer /readyz")
    assert postmaster_pid(data_dir) is not None
    return proc


def handles(data_dir: Path) -> list[int]:
    path = data_dir / ".handle_pids.json"
    return list(json.loads(path.read_text())) if path.exists() else []


@pytest.mark.parametrize(
    "how", ["SIGINT", "SIGHUP", "SIGKILL", "parent SIGKILL"]
)
def test_embedded_database_stops_with_the_server(data_dir: Path, how: str) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    via_parent = how.startswith("parent")
    proc = start_dev(data_dir, free_port(), via_parent=via_parent)
    db_pid = postmaster_pid(data_dir)
    sig = getattr(signal, how.split()[-1])
    proc.send_signal(sig)
    proc.wait(timeout=60)
    wait_until(lambda: postmaster_pid(data_dir) is None, 60,
               f"the embedded PostgreSQL (pid {db_pid}) to stop after {how}")
    assert handles(data_dir) == []


def test_a_stale_server_is_taken_over_and_stopped(data_dir: Path) -> None:
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    proc = start_dev(data_dir, free_port())
    # Simulate the old failure: the server survives a dead process (watchdog gone too).
    for child in psutil.Process(proc.pid).children(recursive=True):
        if "constel_api.embedded_watchdog" in " ".join(child.cmdline()):
            child.kill()
    proc.kill()
    proc.wait(timeout=30)
    stale_pid = postmaster_pid(data_dir)
    assert stale_pid is not None
    assert proc.pid in handles(data_dir)

    again = start_dev(data_dir, free_port())
    assert postmaster_pid(data_dir) == stale_pid, "the running server is reused"
    assert handles(data_dir) == [again.pid], "the dead process's handle is dropped"
    again.send_signal(signal.SIGTERM)
    again.wait(timeout=60)
    wait_until(lambda: postmaster_pid(data_dir) is None, 60, "the taken-over server to stop")
