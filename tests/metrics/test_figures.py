"""Every figure of the hand-built dataset (tests/metrics/dataset.py), checked by hand."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from constel_api.models import Role
from tests.fixtures.actors import Factory
from tests.metrics import dataset
from tests.metrics.helpers import cell, value

pytestmark = pytest.mark.asyncio


async def _report(client: httpx.AsyncClient, factory: Factory, threshold: int,
                  **params: Any) -> tuple[dataset.Dataset, dict[str, Any]]:
    org = await factory.organisation(anonymity_threshold=threshold)
    data = await dataset.build(factory, org)
    admin = await factory.actor(client, org, Role.ORG_ADMIN)
    response = await client.get(f"/api/v1/programs/{data.program.id}/metrics",
                                headers=admin.headers, params=params)
    assert response.status_code == 200, response.text
    return data, response.json()


class TestFiguresWithoutSuppression:
    """Threshold 1: nothing is suppressed, so every figure can be compared exactly."""

    async def test_participants_and_matching(self, client: httpx.AsyncClient,
                                             factory: Factory) -> None:
        _, r = await _report(client, factory, 1)
        assert r["anonymity_threshold"] == 1
        assert r["program"]["expected_sessions"] == 6
        assert value(r, "participants", "mentor:active") == 6
        assert value(r, "participants", "mentee:active") == 6
        assert value(r, "participants", "mentee:eligible") == 1
        assert value(r, "participants", "mentee:declined") == 1
        assert value(r, "participants") == 14
        assert value(r, "participants_by_role", "mentee") == 8
        assert value(r, "invitations", "accepted") == 7
        assert value(r, "invitations", "declined") == 1
        rate = cell(r, "invitation_acceptance_rate")
        assert rate is not None
        assert (rate["value"], rate["denominator"], rate["kind"]) == (0.875, 8, "rate")
        assert value(r, "match", "matched") == 6
        match = cell(r, "match_rate")
        assert match is not None
        assert (match["value"], match["denominator"]) == (0.8571, 7)
        median = cell(r, "days_to_match_median")
        assert median is not None
        assert (median["value"], median["denominator"]) == (3.0, 6)

    async def test_pairs_and_mentor_load(self, client: httpx.AsyncClient,
                                         factory: Factory) -> None:
        _, r = await _report(client, factory, 1)
        assert value(r, "pairs", "active") == 4
        assert value(r, "pairs", "completed") == 1
        assert value(r, "pairs", "withdrawn") == 1
        assert value(r, "pairs") == 6
        assert value(r, "withdrawals", "mentee") == 1
        assert value(r, "withdrawal_reasons", "availability") == 1
        assert value(r, "completion_rate") == 0.5
        assert value(r, "mentor_capacity") == 12
        assert value(r, "mentor_load") == 4
        assert value(r, "mentor_utilisation") == 0.3333
        assert value(r, "mentor_load_mean") == 0.67
        assert value(r, "mentors_at_capacity", "below_capacity") == 6

    async def test_sessions(self, client: httpx.AsyncClient, factory: Factory) -> None:
        _, r = await _report(client, factory, 1)
        assert value(r, "sessions", "held") == 18
        assert value(r, "sessions", "missed") == 2
        assert value(r, "sessions", "cancelled") == 1
        assert value(r, "sessions") == 26
        assert value(r, "sessions") == 26
        assert value(r, "absences", "mentor") == 1
        assert value(r, "absences", "mentee") == 1
        attendance = cell(r, "attendance_rate")
        assert attendance is not None
        assert (attendance["value"], attendance["denominator"]) == (0.9, 20)
        assert value(r, "days_to_first_session_median") == 2.0
        assert value(r, "sessions_per_pair_mean") == 3.0
        assert value(r, "sessions_per_pair_median") == 3.0

    async def test_objectives_actions_introductions_feedback_events(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        _, r = await _report(client, factory, 1)
        assert value(r, "objectives", "achieved") == 5
        assert value(r, "objectives", "in_progress") == 5
        assert value(r, "objectives", "defined") == 2
        assert value(r, "objectives_achievement_rate") == 0.4167
        assert value(r, "action_items", "done") == 7
        assert value(r, "action_items", "open") == 5
        assert value(r, "action_items_done_rate") == 0.5833
        assert value(r, "introductions", "done") == 5
        assert value(r, "satisfaction_mean", "mentee") == 4.33
        assert value(r, "satisfaction", "mentee") == 6
        assert value(r, "event_attendance", "present") == 6
        assert value(r, "event_attendance_rate") == 0.75

    async def test_by_month(self, client: httpx.AsyncClient, factory: Factory) -> None:
        _, r = await _report(client, factory, 1)
        assert value(r, "sessions", "held", period="2026-01-01") == 18
        assert value(r, "sessions", "missed", period="2026-02-01") == 2
        assert value(r, "sessions", "scheduled", period="2026-03-01") == 5
        assert cell(r, "sessions", "held", period="2026-02-01") is None

    async def test_by_quarter_and_period_filter(self, client: httpx.AsyncClient,
                                                factory: Factory) -> None:
        _, r = await _report(client, factory, 1, granularity="quarter")
        assert value(r, "sessions", period="2026-01-01") == 26
        _, r = await _report(client, factory, 1, period="2026-02")
        assert r["period_start"] == "2026-02-01"
        assert r["period_end"] == "2026-03-01"
        assert value(r, "sessions") == 3
        assert cell(r, "objectives") is None  # all defined in January

    async def test_by_unit_tree(self, client: httpx.AsyncClient, factory: Factory) -> None:
        data, r = await _report(client, factory, 1)
        assert value(r, "participants", scope="unit", unit=data.nord.id) == 9
        assert value(r, "participants", scope="unit", unit=data.sud.id) == 5
        assert value(r, "participants", scope="unit", unit=data.root.id) == 14
        # Pairs are attributed to the mentee's unit: all six mentees are in Nord.
        assert value(r, "sessions", scope="unit", unit=data.nord.id) == 26
        assert cell(r, "sessions", scope="unit", unit=data.sud.id) is None
        assert {u["name"] for u in r["units"]} == {"Siège", "Nord", "Sud"}

    async def test_unit_filter(self, client: httpx.AsyncClient, factory: Factory) -> None:
        org = await factory.organisation(anonymity_threshold=1)
        data = await dataset.build(factory, org)
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        response = await client.get(f"/api/v1/programs/{data.program.id}/metrics",
                                    headers=admin.headers, params={"unit": str(data.sud.id)})
        assert response.status_code == 200, response.text
        r = response.json()
        assert value(r, "participants") == 5
        assert value(r, "participants", "mentee:eligible") == 1
        assert cell(r, "sessions") is None
        assert [u["name"] for u in r["units"]] == ["Sud"]


class TestSuppression:
    """The organisation's default threshold, 5: small groups disappear, and their
    complements too."""

    async def test_small_cells_and_complements(self, client: httpx.AsyncClient,
                                               factory: Factory) -> None:
        _, r = await _report(client, factory, 5)
        assert r["anonymity_threshold"] == 5
        completed = cell(r, "pairs", "completed")
        assert completed is not None
        assert completed["suppressed"]
        assert completed["value"] is None
        assert completed["reason"] == "small_group"
        # Pair figures count the pairs' mentees (conservative): 4 active pairs are 4 people.
        assert cell(r, "pairs", "active")["suppressed"]  # type: ignore[index]
        assert value(r, "pairs") == 6
        # 2 missed sessions (4 people) are hidden, hence held too (else 20 - 18), hence
        # the attendance rate that would give them back.
        assert cell(r, "attendance", "missed")["suppressed"]  # type: ignore[index]
        assert cell(r, "attendance", "held")["reason"] == "complementary"  # type: ignore[index]
        assert cell(r, "attendance_rate")["suppressed"]  # type: ignore[index]
        assert cell(r, "sessions", "held")["suppressed"]  # type: ignore[index]
        assert value(r, "sessions") == 26
        # 1 declined invitation: the acceptance rate over 8 would reveal it.
        assert cell(r, "invitation_acceptance_rate")["suppressed"]  # type: ignore[index]

    async def test_no_margin_has_a_single_hidden_cell(self, client: httpx.AsyncClient,
                                                      factory: Factory) -> None:
        _, r = await _report(client, factory, 5)
        totals: dict[tuple[Any, ...], dict[str, Any]] = {}
        parts: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for c in r["cells"]:
            if c["kind"] != "count":
                continue
            key = (c["figure"], c["scope"], c["unit_id"], c["period"])
            if c["category"] is None:
                totals[key] = c
            else:
                parts.setdefault(key, []).append(c)
        for key, members in parts.items():
            hidden = sum(1 for m in members if m["suppressed"])
            hidden += 1 if totals[key]["suppressed"] else 0
            assert hidden != 1, (key, members, totals[key])

    async def test_program_threshold_is_stricter_only(self, client: httpx.AsyncClient,
                                                      factory: Factory) -> None:
        org = await factory.organisation(anonymity_threshold=5)
        data = await dataset.build(factory, org)
        data.program.anonymity_threshold = 2
        await factory.session.flush()
        admin = await factory.actor(client, org, Role.ORG_ADMIN)
        response = await client.get(f"/api/v1/programs/{data.program.id}/metrics",
                                    headers=admin.headers)
        assert response.json()["anonymity_threshold"] == 5
