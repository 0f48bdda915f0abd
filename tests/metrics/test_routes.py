"""Metrics and export routes over HTTP: who may call them, isolation, no content, audit,
export formats and the per-pair follow-up."""

from __future__ import annotations

import base64
import csv
import io
import re
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.models import AuditEvent, ProgramManager, Role
from tests.fixtures.actors import Actor, Factory
from tests.metrics import dataset
from tests.metrics.helpers import bearer, cell, machine_token, value

pytestmark = pytest.mark.asyncio


def routes(data: dataset.Dataset) -> list[str]:
    pid = data.program_id
    return [
        f"/api/v1/programs/{pid}/metrics",
        f"/api/v1/metrics?program={pid}",
        f"/api/v1/programs/{pid}/pairs",
        f"/api/v1/exports/kpis.csv?program={pid}",
        f"/api/v1/exports/kpis.xlsx?program={pid}",
    ]


async def setup(client: httpx.AsyncClient, factory: Factory,
                threshold: int = 1) -> tuple[dataset.Dataset, Actor]:
    org = await factory.organisation(anonymity_threshold=threshold)
    data = await dataset.build(factory, org)
    admin = await factory.actor(client, org, Role.ORG_ADMIN)
    return data, admin


async def audit_actions(session: AsyncSession, org_id: Any) -> list[AuditEvent]:
    result = await session.execute(
        select(AuditEvent).where(AuditEvent.organisation_id == org_id)
        .order_by(AuditEvent.created_at)
    )
    return list(result.scalars())


class TestAuthorization:
    async def test_anonymous(self, client: httpx.AsyncClient, factory: Factory) -> None:
        data, _ = await setup(client, factory)
        for url in [*routes(data), "/api/v1/metrics"]:
            response = await client.get(url)
            assert response.status_code == 401, url
            assert response.headers["content-type"].startswith("application/problem+json")

    async def test_member(self, client: httpx.AsyncClient, factory: Factory) -> None:
        data, _ = await setup(client, factory)
        member = await factory.actor(client, data.org, Role.MEMBER)
        for url in [*routes(data), "/api/v1/metrics"]:
            response = await client.get(url, headers=member.headers)
            assert response.status_code == 403, url
            assert response.json()["code"] == "forbidden_role"

    async def test_participant_of_the_pair_is_not_an_admin(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        data, _ = await setup(client, factory)
        mentee = await factory.actor(client, data.org, Role.MEMBER)
        response = await client.get(routes(data)[2], headers=mentee.headers)
        assert response.status_code == 403

    async def test_other_organisation(self, client: httpx.AsyncClient, factory: Factory) -> None:
        data, _ = await setup(client, factory)
        other = await factory.organisation()
        intruder = await factory.actor(client, other, Role.ORG_ADMIN)
        for url in routes(data):
            response = await client.get(url, headers=intruder.headers)
            assert response.status_code == 404, url
            assert response.json()["code"] == "program_not_found"
        token = await machine_token(client, intruder, "exports:read")
        response = await client.get(routes(data)[3], headers=bearer(token))
        assert response.status_code == 404

    async def test_manager_of_another_program(self, client: httpx.AsyncClient,
                                              factory: Factory) -> None:
        data, _ = await setup(client, factory)
        other = await dataset.build(factory, data.org)
        manager = await factory.actor(client, data.org, Role.PROGRAM_MANAGER)
        factory.session.add(ProgramManager(organisation_id=data.org_id,
                                           program_id=other.program_id,
                                           person_id=manager.id))
        await factory.session.flush()
        # Their own program is fine (checked first: a failed request rolls back the test
        # session's pending rows).
        for url in routes(other):
            response = await client.get(url, headers=manager.headers)
            assert response.status_code == 200, (url, response.text)
        for url in routes(data):
            response = await client.get(url, headers=manager.headers)
            assert response.status_code == 404, url
        # Org-wide figures need a program for a manager.
        response = await client.get("/api/v1/metrics", headers=manager.headers)
        assert response.status_code == 403
        assert response.json()["code"] == "program_required"
        # The export without a program covers only their program.
        response = await client.get("/api/v1/exports/kpis.csv", headers=manager.headers)
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")),
                               delimiter=";"))
        assert {r[0] for r in rows[1:]} == {str(other.program_id)}

    async def test_machine_client_without_scope(self, client: httpx.AsyncClient,
                                                factory: Factory) -> None:
        data, admin = await setup(client, factory)
        token = await machine_token(client, admin, "scim")
        for url in [*routes(data), "/api/v1/metrics"]:
            response = await client.get(url, headers=bearer(token))
            assert response.status_code == 403, url
            assert response.json()["code"] == "insufficient_scope"

    async def test_machine_client_with_scope(self, client: httpx.AsyncClient,
                                             factory: Factory) -> None:
        data, admin = await setup(client, factory)
        token = await machine_token(client, admin, "exports:read")
        for url in routes(data):
            response = await client.get(url, headers=bearer(token))
            if "/pairs" in url:  # names of people: the program's admins only
                assert response.status_code == 403, url
            else:
                assert response.status_code == 200, (url, response.text)

    async def test_unknown_program_and_unit(self, client: httpx.AsyncClient,
                                            factory: Factory) -> None:
        data, admin = await setup(client, factory)
        other = await factory.organisation()
        foreign_unit = await factory.unit(other, "Ailleurs")
        response = await client.get(f"/api/v1/programs/{data.program.id}/metrics",
                                    params={"unit": str(foreign_unit.id)},
                                    headers=admin.headers)
        assert response.status_code == 404
        assert response.json()["code"] == "unit_not_found"

    @pytest.mark.parametrize("period", ["2026-13", "26", "2026-Q5", "x"])
    async def test_invalid_period(self, client: httpx.AsyncClient, factory: Factory,
                                  period: str) -> None:
        data, admin = await setup(client, factory)
        response = await client.get(f"/api/v1/programs/{data.program.id}/metrics",
                                    params={"period": period}, headers=admin.headers)
        assert response.status_code == 422
        assert response.json()["code"] == "invalid_period"


class TestNoContent:
    async def test_no_ciphertext_or_plaintext_in_any_route(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        data, admin = await setup(client, factory)
        ct = data.ciphertext
        needles = [
            ct, base64.b64encode(ct), base64.urlsafe_b64encode(ct),
            base64.urlsafe_b64encode(ct).rstrip(b"="), ct.hex().encode(),
            dataset.SECRET_NOTE, b"Claire",
        ]
        for url in [*routes(data), "/api/v1/metrics", "/api/v1/exports/kpis.csv"]:
            response = await client.get(url, headers=admin.headers)
            assert response.status_code == 200, url
            body = response.content
            if url.endswith("xlsx") or "kpis.xlsx" in url:
                book = load_workbook(io.BytesIO(body), read_only=True)
                body = repr([list(r) for r in book.active.iter_rows(values_only=True)]).encode()
            for needle in needles:
                assert needle not in body, (url, needle[:16])
            # Nor any long base64-looking blob: metrics are numbers, names and ids.
            assert re.search(rb"[A-Za-z0-9+/_]{40,}", body) is None, url
            assert b"session_report" not in body


class TestIsolation:
    async def test_other_organisations_never_count(self, client: httpx.AsyncClient,
                                                   factory: Factory) -> None:
        other_org = await factory.organisation(anonymity_threshold=1)
        await dataset.build(factory, other_org)  # a twin dataset in another tenant
        data, admin = await setup(client, factory)
        for url in [f"/api/v1/programs/{data.program.id}/metrics", "/api/v1/metrics"]:
            response = await client.get(url, headers=admin.headers)
            r = response.json()
            assert value(r, "sessions") == 26, url
            assert value(r, "participants") == 14, url
            assert value(r, "pairs") == 6, url
            assert value(r, "event_attendance") == 8, url
            assert value(r, "satisfaction", "mentee") == 6, url
            assert {u["name"] for u in r["units"]} == {"Siège", "Nord", "Sud"}
            assert r["organisation_id"] == str(data.org_id)

    async def test_org_wide_sums_programs(self, client: httpx.AsyncClient,
                                          factory: Factory) -> None:
        data, admin = await setup(client, factory)
        await dataset.build(factory, data.org)
        response = await client.get("/api/v1/metrics", headers=admin.headers)
        assert value(response.json(), "sessions") == 52
        response = await client.get("/api/v1/metrics", headers=admin.headers,
                                    params={"program": str(data.program.id)})
        assert value(response.json(), "sessions") == 26


class TestExports:
    async def test_csv(self, client: httpx.AsyncClient, factory: Factory,
                       session: AsyncSession) -> None:
        data, admin = await setup(client, factory)
        data.program.name = "=HYPERLINK(\"http://evil\")"
        await session.flush()
        response = await client.get("/api/v1/exports/kpis.csv", headers=admin.headers,
                                    params={"program": str(data.program.id),
                                            "period": "2026-Q1"})
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
        body = response.content
        assert body.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
        header = rows[0]
        assert header[:3] == ["program_id", "program", "scope"]
        by = {(r[header.index("figure")], r[header.index("category")], r[2],
               r[header.index("unit_id")], r[header.index("period_start")]): r for r in rows[1:]}
        total = by[("sessions", "", "all", "", "")]
        assert total[header.index("value")] == "26"
        assert total[header.index("status")] == "published"
        assert by[("sessions", "held", "all", "", "2026-01-01")][header.index("value")] == "18"
        rate = by[("attendance_rate", "", "all", "", "")]
        assert rate[header.index("denominator")] == "20"
        # Formula injection neutralised.
        assert all(r[1] == "'=HYPERLINK(\"http://evil\")" for r in rows[1:])
        events = [e for e in await audit_actions(session, data.org_id)
                  if e.action == "metrics.export"]
        assert len(events) == 1
        assert events[0].actor_person_id == admin.id
        assert events[0].details["format"] == "csv"
        assert events[0].details["period"] == "2026-Q1"

    async def test_xlsx(self, client: httpx.AsyncClient, factory: Factory,
                        session: AsyncSession) -> None:
        data, admin = await setup(client, factory)
        token = await machine_token(client, admin, "exports:read")
        response = await client.get("/api/v1/exports/kpis.xlsx", headers=bearer(token))
        assert response.status_code == 200, response.text
        book = load_workbook(io.BytesIO(response.content), read_only=True)
        rows = [list(r) for r in book["KPIs"].iter_rows(values_only=True)]
        header = rows[0]
        sessions = [r for r in rows[1:] if r[header.index("figure")] == "sessions"
                    and r[header.index("category")] is None and r[2] == "all"
                    and r[header.index("period_start")] is None]
        assert sessions[0][header.index("value")] == 26
        events = [e for e in await audit_actions(session, data.org_id)
                  if e.action == "metrics.export"]
        assert len(events) == 1
        assert events[0].actor_client_id is not None
        assert events[0].details["format"] == "xlsx"

    async def test_suppressed_cells_are_empty(self, client: httpx.AsyncClient,
                                              factory: Factory) -> None:
        data, admin = await setup(client, factory, threshold=5)
        response = await client.get("/api/v1/exports/kpis.csv", headers=admin.headers,
                                    params={"program": str(data.program.id)})
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")),
                               delimiter=";"))
        header = rows[0]
        hidden = [r for r in rows[1:] if r[header.index("status")].startswith("suppressed")]
        assert hidden
        assert all(r[header.index("value")] == "" for r in hidden)

    async def test_readable_csv_for_people(self, client: httpx.AsyncClient,
                                           factory: Factory) -> None:
        data, admin = await setup(client, factory)
        data.program.name = "Mentorat été"
        response = await client.get("/api/v1/exports/kpis.csv", headers=admin.headers,
                                    params={"program": str(data.program.id), "language": "fr"})
        assert response.status_code == 200, response.text
        disposition = response.headers["content-disposition"]
        assert "filename*=UTF-8''Indicateurs%20-%20Mentorat%20%C3%A9t%C3%A9%20-%20" in disposition
        assert 'filename="indicateurs-mentorat-ete-' in disposition
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")),
                               delimiter=";"))
        assert rows[0] == ["Programme", "Périmètre", "Unité", "Période", "Indicateur",
                           "Détail", "Valeur", "Sur", "Remarque"]
        body = response.content.decode("utf-8-sig")
        # No machine word and no id reaches a person's spreadsheet.
        for word in ("attendance_rate", "suppressed", "mentee:", str(data.program.id)):
            assert word not in body, word
        by = {(r[1], r[3], r[4], r[5]): r for r in rows[1:]}
        rate = by[("Ensemble", "Toute la période", "Taux de séances tenues", "Ensemble")]
        assert rate[6] == "90\u00a0%"
        assert rate[7] == "20"
        assert by[("Ensemble", "janvier 2026", "Séances", "tenues")][6] == "18"

    async def test_readable_csv_says_why_a_cell_is_empty(self, client: httpx.AsyncClient,
                                                         factory: Factory) -> None:
        data, admin = await setup(client, factory, threshold=5)
        response = await client.get("/api/v1/exports/kpis.csv", headers=admin.headers,
                                    params={"program": str(data.program.id), "language": "fr"})
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")),
                               delimiter=";"))
        hidden = [r for r in rows[1:] if r[8]]
        assert hidden
        assert all(r[6] == "" and r[7] == "" for r in hidden)
        assert {r[8] for r in hidden} <= {"masqué : moins de 5 personnes",
                                          "masqué pour protéger l’anonymat"}

    async def test_readable_xlsx_keeps_rates_as_percentages(
            self, client: httpx.AsyncClient, factory: Factory) -> None:
        data, admin = await setup(client, factory)
        response = await client.get("/api/v1/exports/kpis.xlsx", headers=admin.headers,
                                    params={"program": str(data.program.id), "language": "en"})
        assert response.status_code == 200, response.text
        assert "Figures%20-%20" in response.headers["content-disposition"]
        book = load_workbook(io.BytesIO(response.content))
        sheet = book["Figures"]
        header = [c.value for c in sheet[1]]
        assert header[:5] == ["Program", "Scope", "Unit", "Period", "Figure"]
        rate = next(r for r in sheet.iter_rows(min_row=2)
                    if r[4].value == "Sessions held rate" and r[3].value == "Whole period"
                    and r[1].value == "All")
        assert rate[6].value == pytest.approx(0.9)
        assert rate[6].number_format == "0.0%"

    async def test_unknown_language_is_refused(self, client: httpx.AsyncClient,
                                               factory: Factory) -> None:
        data, admin = await setup(client, factory)
        response = await client.get("/api/v1/exports/kpis.csv", headers=admin.headers,
                                    params={"program": str(data.program.id), "language": "de"})
        assert response.status_code == 422
        assert response.json()["code"] == "validation_error"


class TestPairFollowUp:
    async def test_metadata_only_and_audited(self, client: httpx.AsyncClient,
                                             factory: Factory, session: AsyncSession) -> None:
        data, admin = await setup(client, factory)
        response = await client.get(f"/api/v1/programs/{data.program.id}/pairs",
                                    headers=admin.headers)
        assert response.status_code == 200, response.text
        page = response.json()
        assert page["total"] == 6
        first = next(p for p in page["items"] if p["id"] == str(data.pairs[0].id))
        assert first["mentee_name"] == data.mentees[0].display_name
        assert first["mentor_name"] == data.mentors[0].display_name
        assert first["status"] == "active"
        assert [s["status"] for s in first["sessions"]] == [
            "held", "held", "held", "missed", "scheduled"]
        assert first["sessions_held"] == 3
        assert first["absences_mentee"] == 1
        assert first["absences_mentor"] == 0
        assert first["objectives"] == {"achieved": 1, "in_progress": 1}
        completed = next(p for p in page["items"] if p["id"] == str(data.pairs[4].id))
        assert completed["completed"] is True
        assert set(first) == {
            "id", "mentor_name", "mentee_name", "status", "created_at", "activated_at",
            "ended_at", "first_meeting_confirmed_at", "completed", "sessions",
            "sessions_held", "absences_mentor", "absences_mentee", "objectives"}
        assert set(first["sessions"][0]) == {"starts_at", "duration_minutes", "status",
                                             "absence"}
        reads = [e for e in await audit_actions(session, data.org_id)
                 if e.action == "metrics.pairs.read"]
        assert len(reads) == 1
        assert reads[0].target_id == data.program.id
        assert reads[0].actor_person_id == admin.id

    async def test_pagination(self, client: httpx.AsyncClient, factory: Factory) -> None:
        data, admin = await setup(client, factory)
        response = await client.get(f"/api/v1/programs/{data.program.id}/pairs",
                                    headers=admin.headers, params={"limit": 4, "offset": 4})
        page = response.json()
        assert (page["total"], len(page["items"])) == (6, 2)


async def test_metrics_read_is_audited(client: httpx.AsyncClient, factory: Factory,
                                       session: AsyncSession) -> None:
    data, admin = await setup(client, factory)
    response = await client.get(f"/api/v1/programs/{data.program.id}/metrics",
                                headers=admin.headers)
    assert cell(response.json(), "sessions") is not None
    actions = [e.action for e in await audit_actions(session, data.org_id)]
    assert "metrics.read" in actions
