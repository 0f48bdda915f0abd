"""CSV directory import: compare the file with the directory, then apply all or nothing.

The plan is computed in memory against one snapshot of the organisation's people; the apply
is a handful of set-based statements (one INSERT, one UPDATE, ...), so 50,000 lines take
seconds, and the management-chain closure is refreshed by the database triggers.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.audit.service import record_audit
from constel_api.core.time import utcnow
from constel_api.directory import lifecycle
from constel_api.directory.chain import flag_hierarchy_conflicts
from constel_api.directory.csv_parse import CsvRow, ParsedCsv, Rejection, parse
from constel_api.errors import Unprocessable
from constel_api.models import ApiClient, DirectoryImport, Person
from constel_api.notifications import events


@dataclass
class Existing:
    id: uuid.UUID
    external_id: str | None
    email: str
    given_name: str
    family_name: str
    manager_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    job_title: str | None
    site: str | None
    languages: list[str]
    active: bool
    scim: bool  # provisioned by SCIM: another source, which a CSV full load leaves alone

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass
class Planned:
    row: CsvRow
    id: uuid.UUID
    is_new: bool
    manager_id: uuid.UUID | None = None
    unit_id: uuid.UUID | None = None
    unit_label: str | None = None  # a unit to create
    job_title: str | None = None
    site: str | None = None
    languages: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)


@dataclass
class Deactivation:
    id: uuid.UUID
    external_id: str | None
    name: str
    reason: str


@dataclass
class ImportPlan:
    parsed: ParsedCsv
    creates: list[Planned] = field(default_factory=list)
    updates: list[Planned] = field(default_factory=list)
    unchanged: int = 0
    deactivate: list[Deactivation] = field(default_factory=list)
    reactivate: list[Deactivation] = field(default_factory=list)
    new_units: list[str] = field(default_factory=list)
    managers_changed: bool = False

    @property
    def rejected(self) -> list[Rejection]:
        return sorted(self.parsed.rejected, key=lambda r: r.line)


@dataclass
class ImportOutcome:
    record: DirectoryImport
    plan: ImportPlan


async def _load_existing(session: AsyncSession, org_id: uuid.UUID) -> list[Existing]:
    result = await session.execute(
        text(
            "SELECT id, external_id, email, given_name, family_name, manager_id, unit_id, "
            "job_title, site, languages, active, "
            "EXISTS (SELECT 1 FROM directory_profiles d WHERE d.person_id = people.id) "
            "FROM people WHERE organisation_id = :org"
        ),
        {"org": org_id},
    )
    return [Existing(*row) for row in result.all()]


async def _load_units(
    session: AsyncSession, org_id: uuid.UUID
) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    result = await session.execute(
        text("SELECT id, name, external_id FROM org_units WHERE organisation_id = :org "
             "ORDER BY created_at"),
        {"org": org_id},
    )
    by_ext: dict[str, uuid.UUID] = {}
    by_name: dict[str, uuid.UUID] = {}
    for unit_id, name, external_id in result.all():
        if external_id:
            by_ext.setdefault(external_id, unit_id)
        by_name.setdefault(name.lower(), unit_id)
    return by_ext, by_name


def _reject(plan: ImportPlan, rows: dict[str, CsvRow], row: CsvRow, code: str, reason: str) -> None:
    plan.parsed.rejected.append(Rejection(row.line, row.external_id, code, reason))
    rows.pop(row.external_id, None)


def _identify(
    plan: ImportPlan, rows: dict[str, CsvRow], existing: list[Existing]
) -> dict[str, tuple[uuid.UUID, Existing | None]]:
    """Match each line to a person: by external id, else an unlinked person with the email."""
    by_ext = {e.external_id: e for e in existing if e.external_id}
    by_email = {e.email.lower(): e for e in existing}
    identity: dict[str, tuple[uuid.UUID, Existing | None]] = {}
    for row in list(rows.values()):
        current = by_ext.get(row.external_id)
        holder = by_email.get(row.email)
        if current is None and holder is not None and holder.external_id is None:
            current = holder
        if holder is not None and holder is not current:
            _reject(plan, rows, row, "email_taken",
                    f"The email '{row.email}' belongs to another person "
                    f"({holder.external_id or holder.name}).")
            continue
        identity[row.external_id] = (current.id, current) if current else (uuid.uuid4(), None)
    return identity


def _resolve_managers(
    plan: ImportPlan,
    rows: dict[str, CsvRow],
    identity: dict[str, tuple[uuid.UUID, Existing | None]],
    existing: list[Existing],
) -> dict[str, uuid.UUID | None]:
    """Manager ids for the lines that name one; a manager may be a later line of the file."""
    by_ext = {e.external_id: e.id for e in existing if e.external_id}
    while True:
        rejected = {r.external_id: r.line for r in plan.parsed.rejected if r.external_id}
        managers: dict[str, uuid.UUID | None] = {}
        dropped = False
        for row in list(rows.values()):
            ref = row.manager_external_id
            if not ref:
                managers[row.external_id] = None
            elif ref in rows:
                managers[row.external_id] = identity[ref][0]
            elif ref in by_ext:
                managers[row.external_id] = by_ext[ref]
            elif ref in rejected:
                _reject(plan, rows, row, "manager_rejected",
                        f"The manager '{ref}' is on line {rejected[ref]}, which was rejected; "
                        "fix that line first.")
                dropped = True
            else:
                _reject(plan, rows, row, "unknown_manager",
                        f"The manager '{ref}' is neither in the file nor in the directory.")
                dropped = True
        if not dropped:
            return managers


def _find_cycles(manager_of: dict[uuid.UUID, uuid.UUID | None]) -> list[list[uuid.UUID]]:
    """Every loop of the person -> manager graph (each person has at most one manager)."""
    state: dict[uuid.UUID, int] = {}  # 1 = on the current walk, 2 = done
    cycles: list[list[uuid.UUID]] = []
    for start in manager_of:
        if state.get(start):
            continue
        walk: list[uuid.UUID] = []
        node: uuid.UUID | None = start
        while node is not None and not state.get(node):
            state[node] = 1
            walk.append(node)
            node = manager_of.get(node)
        if node is not None and state.get(node) == 1:
            cycles.append(walk[walk.index(node):])
        for visited in walk:
            state[visited] = 2
    return cycles


def _reject_cycles(
    plan: ImportPlan,
    rows: dict[str, CsvRow],
    identity: dict[str, tuple[uuid.UUID, Existing | None]],
    existing: list[Existing],
    managers: dict[str, uuid.UUID | None],
) -> dict[str, uuid.UUID | None]:
    names = {e.id: (e.name, e.external_id) for e in existing}
    for row in rows.values():
        names[identity[row.external_id][0]] = (row.name, row.external_id)
    while True:
        manager_of: dict[uuid.UUID, uuid.UUID | None] = {e.id: e.manager_id for e in existing}
        if plan.parsed.has("manager_external_id"):
            for ext, manager_id in managers.items():
                manager_of[identity[ext][0]] = manager_id
        cycles = _find_cycles(manager_of)
        if not cycles:
            return managers
        row_by_id = {identity[r.external_id][0]: r for r in rows.values()}
        for cycle in cycles:
            loop = [f"{names[p][0]} ({names[p][1]})" for p in cycle]
            reason = (
                "Management cycle: " + " → ".join([*loop, loop[0]])
                + " (each arrow points to the person's manager)."
            )
            for person_id in cycle:
                if person_id in row_by_id:
                    _reject(plan, rows, row_by_id[person_id], "management_cycle", reason)
        managers = _resolve_managers(plan, rows, identity, existing)


def _diff(
    plan: ImportPlan,
    rows: dict[str, CsvRow],
    identity: dict[str, tuple[uuid.UUID, Existing | None]],
    managers: dict[str, uuid.UUID | None],
    units: tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]],
) -> None:
    parsed = plan.parsed
    unit_by_ext, unit_by_name = units
    new_units: dict[str, str] = {}
    for row in sorted(rows.values(), key=lambda r: r.line):
        person_id, current = identity[row.external_id]
        item = Planned(row=row, id=person_id, is_new=current is None)
        item.manager_id = (
            managers.get(row.external_id) if parsed.has("manager_external_id")
            else (current.manager_id if current else None)
        )
        if row.unit is None:
            item.unit_id = current.unit_id if current else None
        elif row.unit:
            item.unit_id = unit_by_ext.get(row.unit) or unit_by_name.get(row.unit.lower())
            if item.unit_id is None:
                item.unit_label = new_units.setdefault(row.unit.lower(), row.unit)
        item.job_title = row.job_title if parsed.has("job_title") else (
            current.job_title if current else None)
        item.site = row.site if parsed.has("site") else (current.site if current else None)
        item.job_title = item.job_title or None
        item.site = item.site or None
        item.languages = row.languages if row.languages is not None else (
            current.languages if current else [])
        if current is None:
            plan.creates.append(item)
            continue
        compared = {
            "external_id": (current.external_id, row.external_id),
            "email": (current.email, row.email),
            "given_name": (current.given_name, row.given_name),
            "family_name": (current.family_name, row.family_name),
            "manager": (current.manager_id, item.manager_id),
            "unit": (current.unit_id, item.unit_id if item.unit_label is None else "new"),
            "job_title": (current.job_title, item.job_title),
            "site": (current.site, item.site),
            "languages": (list(current.languages or []), item.languages),
        }
        item.changes = [name for name, (old, new) in compared.items() if old != new]
        if "manager" in item.changes:
            plan.managers_changed = True
        if row.active != current.active:
            target = plan.reactivate if row.active else plan.deactivate
            target.append(Deactivation(current.id, row.external_id, row.name,
                                       "active_in_file" if row.active else "inactive_in_file"))
        if item.changes:
            plan.updates.append(item)
        elif row.active == current.active:
            plan.unchanged += 1
    plan.new_units = list(new_units.values())
    if plan.creates and any(c.manager_id for c in plan.creates):
        plan.managers_changed = True


async def build_plan(
    session: AsyncSession,
    org_id: uuid.UUID,
    data: bytes,
    *,
    full_load: bool,
    protected: uuid.UUID | None = None,
) -> ImportPlan:
    """Everything the import would do, and every line it refuses, without writing.

    A full load deactivates only people of its own source: with an external id, not
    provisioned by SCIM (the identity provider de-provisions those), and never
    ``protected``, the admin running the import, who cannot lock themself out.
    """
    plan = ImportPlan(parsed=parse(data))
    existing = await _load_existing(session, org_id)
    rows = {r.external_id: r for r in plan.parsed.rows}
    identity = _identify(plan, rows, existing)
    managers = _resolve_managers(plan, rows, identity, existing)
    managers = _reject_cycles(plan, rows, identity, existing, managers)
    _diff(plan, rows, identity, managers, await _load_units(session, org_id))
    if full_load:
        in_file = {r.external_id for r in plan.parsed.rows}
        in_file |= {r.external_id for r in plan.parsed.rejected if r.external_id}
        plan.deactivate.extend(
            Deactivation(e.id, e.external_id, e.name, "missing_from_file")
            for e in existing
            if e.active and e.external_id and e.external_id not in in_file
            and not e.scim and e.id != protected
        )
    return plan


_INSERT_PEOPLE = text(
    """
    INSERT INTO people (id, organisation_id, email, given_name, family_name, external_id,
                        unit_id, job_title, site, languages, manager_id, active, deactivated_at,
                        roles, totp_enabled)
    SELECT v.id, :org, v.email, v.given_name, v.family_name, v.external_id, v.unit_id,
           v.job_title, v.site,
           CAST(CASE WHEN v.languages = '' THEN '{}' ELSE string_to_array(v.languages, '|') END
                AS varchar[]),
           v.manager_id, v.active, CASE WHEN v.active THEN NULL ELSE CAST(:at AS timestamptz) END,
           CAST(ARRAY['member'] AS varchar[]), false
    FROM unnest(CAST(:ids AS uuid[]), CAST(:emails AS text[]), CAST(:given AS text[]),
                CAST(:family AS text[]), CAST(:ext AS text[]), CAST(:units AS uuid[]),
                CAST(:titles AS text[]), CAST(:sites AS text[]), CAST(:langs AS text[]),
                CAST(:managers AS uuid[]), CAST(:active AS boolean[]))
         AS v(id, email, given_name, family_name, external_id, unit_id, job_title, site,
              languages, manager_id, active)
    """
)

_UPDATE_PEOPLE = text(
    """
    UPDATE people AS p SET email = v.email, given_name = v.given_name,
           family_name = v.family_name, external_id = v.external_id, unit_id = v.unit_id,
           job_title = v.job_title, site = v.site,
           languages = CAST(CASE WHEN v.languages = '' THEN '{}'
                                 ELSE string_to_array(v.languages, '|') END AS varchar[]),
           manager_id = v.manager_id, updated_at = :at
    FROM unnest(CAST(:ids AS uuid[]), CAST(:emails AS text[]), CAST(:given AS text[]),
                CAST(:family AS text[]), CAST(:ext AS text[]), CAST(:units AS uuid[]),
                CAST(:titles AS text[]), CAST(:sites AS text[]), CAST(:langs AS text[]),
                CAST(:managers AS uuid[]))
         AS v(id, email, given_name, family_name, external_id, unit_id, job_title, site,
              languages, manager_id)
    WHERE p.id = v.id AND p.organisation_id = :org
    """
)


def _columns(items: list[Planned], unit_ids: dict[str, uuid.UUID]) -> dict[str, object]:
    return {
        "ids": [i.id for i in items],
        "emails": [i.row.email for i in items],
        "given": [i.row.given_name for i in items],
        "family": [i.row.family_name for i in items],
        "ext": [i.row.external_id for i in items],
        "units": [unit_ids[i.unit_label.lower()] if i.unit_label else i.unit_id for i in items],
        "titles": [i.job_title for i in items],
        "sites": [i.site for i in items],
        "langs": ["|".join(i.languages) for i in items],
        "managers": [i.manager_id for i in items],
    }


async def _apply(session: AsyncSession, org_id: uuid.UUID, plan: ImportPlan) -> None:
    now = utcnow()
    unit_ids: dict[str, uuid.UUID] = {}
    if plan.new_units:
        unit_ids = {name.lower(): uuid.uuid4() for name in plan.new_units}
        await session.execute(
            text(
                "INSERT INTO org_units (id, organisation_id, name) "
                "SELECT u.id, :org, u.name FROM unnest(CAST(:ids AS uuid[]), "
                "CAST(:names AS text[])) AS u(id, name)"
            ),
            {"org": org_id, "ids": [unit_ids[n.lower()] for n in plan.new_units],
             "names": plan.new_units},
        )
    if plan.creates:
        params = _columns(plan.creates, unit_ids)
        params.update(org=org_id, at=now, active=[i.row.active for i in plan.creates])
        await session.execute(_INSERT_PEOPLE, params)
    if plan.updates:
        params = _columns(plan.updates, unit_ids)
        params.update(org=org_id, at=now)
        await session.execute(_UPDATE_PEOPLE, params)
    await lifecycle.deactivate_people(session, org_id, [d.id for d in plan.deactivate], now)
    await lifecycle.reactivate_people(session, org_id, [d.id for d in plan.reactivate], now)
    if plan.managers_changed:
        await flag_hierarchy_conflicts(session, org_id)


async def run_import(
    session: AsyncSession,
    org_id: uuid.UUID,
    actor: Person | ApiClient,
    data: bytes,
    *,
    dry_run: bool,
    full_load: bool,
    filename: str | None = None,
) -> ImportOutcome:
    """Plan, then (unless a dry run) apply everything or nothing, and record the import."""
    started = time.perf_counter()
    await session.flush()
    plan = await build_plan(
        session, org_id, data, full_load=full_load,
        protected=actor.id if isinstance(actor, Person) else None,
    )
    rejected = plan.rejected
    if not dry_run and rejected:
        raise Unprocessable(
            f"{len(rejected)} line(s) were rejected; nothing was imported. "
            "Fix them (a dry run lists them) and import again.",
            code="csv_rejected_lines",
            rejected=[r.as_dict() for r in rejected[:1000]],
            rejected_count=len(rejected),
        )
    if not dry_run:
        await _apply(session, org_id, plan)
    record = DirectoryImport(
        organisation_id=org_id,
        actor_person_id=actor.id if isinstance(actor, Person) else None,
        actor_client_id=actor.id if isinstance(actor, ApiClient) else None,
        filename=(filename or None) and filename[:255],
        dry_run=dry_run,
        full_load=full_load,
        status="dry_run" if dry_run else "applied",
        rows=plan.parsed.line_count,
        created=len(plan.creates),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        deactivated=len(plan.deactivate),
        reactivated=len(plan.reactivate),
        rejected=len(rejected),
        duration_ms=int((time.perf_counter() - started) * 1000),
    )
    session.add(record)
    await session.flush()
    if not dry_run and isinstance(actor, Person):
        await events.directory_imported(session, actor, import_id=record.id,
                                        created=record.created, updated=record.updated,
                                        deactivated=record.deactivated)
    await record_audit(
        session, actor, "directory.import" if not dry_run else "directory.import_dry_run",
        "directory_import", record.id,
        {"rows": record.rows, "created": record.created, "updated": record.updated,
         "deactivated": record.deactivated, "rejected": record.rejected,
         "full_load": full_load},
        organisation_id=org_id,
    )
    return ImportOutcome(record=record, plan=plan)
