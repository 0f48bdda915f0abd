"""Stop the embedded PostgreSQL once the process that started it has died.

``python -m constel_api.embedded_watchdog PID DATA_DIR``: started by ``constel-api dev``.
A process killed by SIGKILL (or any signal it cannot handle) runs no cleanup; this
watchdog notices, drops the dead handle and, when no other process still uses the
server, asks PostgreSQL for a fast shutdown (SIGINT to the postmaster).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from constel_api.embedded import HANDLE_FILE, _pgserver_lock, _pid_alive, drop_dead_handles

POLL_SECONDS = 0.5
STOP_WAIT_SECONDS = 20.0


def postmaster_pid(data_dir: Path) -> int | None:
    """The running postmaster's pid from ``postmaster.pid``, or None."""
    try:
        pid = int((data_dir / "postmaster.pid").read_text().splitlines()[0])
    except (FileNotFoundError, IndexError, ValueError):
        return None
    return pid if _pid_alive(pid) else None


def stop_if_unused(data_dir: Path) -> bool:
    """Stop the server when no live process holds it; True when it was stopped."""
    with _pgserver_lock():
        drop_dead_handles(data_dir)
        handles = data_dir / HANDLE_FILE
        if handles.exists() and handles.read_text().strip() not in ("", "[]"):
            return False
        pid = postmaster_pid(data_dir)
        if pid is None:
            return False
        os.kill(pid, signal.SIGINT)  # "fast" shutdown: roll back, checkpoint, exit
        deadline = time.monotonic() + STOP_WAIT_SECONDS
        while _pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        return True


def main(argv: list[str]) -> int:
    parent, data_dir = int(argv[0]), Path(argv[1])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the terminal's Ctrl-C is for the parent
    while _pid_alive(parent) and os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    if stop_if_unused(data_dir):
        print("embedded PostgreSQL stopped", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
