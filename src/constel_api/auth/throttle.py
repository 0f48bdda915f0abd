"""Progressive sign-in delays: pure policy over the failure counts of one attempt.

No flat wall: after the free failures of a scope, each further attempt in that scope
waits a delay that doubles (2 s, 4 s, 8 s, … up to the cap) from its last failure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from constel_api.config import Settings


@dataclass(frozen=True)
class ScopeCount:
    """Failures of one scope (device, client, account or IP) within the window."""

    scope: str
    failures: int
    last_failure: datetime | None
    free: int


def normalise_email(email: str) -> str:
    """The one form an e-mail takes for sign-in lookups, throttling and device cookies."""
    return email.strip().lower()


def delay_seconds(settings: Settings, failures: int, free: int) -> float:
    if failures < free:
        return 0.0
    exponent = min(failures - free, 40)
    delay = settings.login_delay_base_seconds * float(2**exponent)
    return min(settings.login_delay_max_seconds, delay)


def retry_after(settings: Settings, counts: list[ScopeCount], now: datetime) -> int:
    """Seconds the attempt must still wait (0: go ahead), the longest over its scopes."""
    wait = 0.0
    for count in counts:
        if count.last_failure is None:
            continue
        delay = delay_seconds(settings, count.failures, count.free)
        wait = max(wait, (count.last_failure - now).total_seconds() + delay)
    return math.ceil(wait) if wait > 0 else 0


def newly_throttled(counts: list[ScopeCount]) -> list[ScopeCount]:
    """Scopes whose latest failure (already counted) just used up their free attempts."""
    return [c for c in counts if c.failures == c.free]
