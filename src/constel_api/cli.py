"""``constel-api`` command line: migrate, create organisations, seed demo data, serve."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from constel_api.config import Settings, get_settings
from constel_api.db import create_engine, create_sessionmaker, resolve_database_url

DEMO_ACCOUNTS_FILE = Path("var/demo-accounts.json")
MAIL_SINK_DIR = Path("var/mail")


async def _in_session(settings: Settings, work):  # type: ignore[no-untyped-def]
    engine = create_engine(resolve_database_url(settings), settings)
    try:
        async with create_sessionmaker(engine)() as session:
            result = await work(session)
            await session.commit()
            return result
    finally:
        await engine.dispose()


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    from constel_api import migrate

    migrate.upgrade(resolve_database_url(settings), args.revision)
    print("database migrated")
    return 0


def cmd_create_org(settings: Settings, args: argparse.Namespace) -> int:
    """The first admin gets a single-use link to choose a password; none is ever printed."""
    from constel_api.models import PasswordTokenPurpose
    from constel_api.notifications.passwords import (
        issue_token,
        request_set_link,
        set_password_url,
    )
    from constel_api.organisations.service import create_organisation

    async def work(session: AsyncSession) -> tuple[str, str | None]:
        org, admin = await create_organisation(
            session,
            settings,
            name=args.name,
            slug=args.slug,
            support_email=args.support_email,
            admin_email=args.admin_email,
            admin_given_name=args.admin_given_name,
            admin_family_name=args.admin_family_name,
            admin_password=None,
        )
        if args.email_link:
            await request_set_link(session, admin)
            return str(org.id), None
        token = await issue_token(session, settings, admin, PasswordTokenPurpose.SET)
        return str(org.id), set_password_url(settings, token)

    org_id, link = asyncio.run(_in_session(settings, work))
    days = settings.password_set_ttl_seconds // 86400
    print(f"organisation {args.slug} created ({org_id})")
    if link is None:
        print(f"first admin: {args.admin_email} — a link to choose a password was e-mailed "
              f"(valid {days} days, usable once; a `constel-api worker` sends it)")
    else:
        print(f"first admin: {args.admin_email} — give them this link to choose a password "
              f"(valid {days} days, usable once):\n  {link}")
    return 0


def _print_demo(accounts: list[dict[str, str]], password: str) -> None:
    print("Demo accounts (organisation « Démo »), all with the password:", password)
    for account in accounts:
        print(f"  {account['role']:<10} {account['email']:<32} {account['name']}")


def cmd_seed_demo(settings: Settings, args: argparse.Namespace) -> int:
    from constel_api.demo import seed_demo

    if settings.environment == "production" and not args.force:
        print("refusing to seed demo data in production (use --force)", file=sys.stderr)
        return 2

    async def work(session: AsyncSession):  # type: ignore[no-untyped-def]
        return await seed_demo(session, settings, args.password)

    seeded = asyncio.run(_in_session(settings, work))
    if seeded is None:
        if DEMO_ACCOUNTS_FILE.is_file():
            saved = json.loads(DEMO_ACCOUNTS_FILE.read_text())
            _print_demo(saved["accounts"], saved["password"])
        else:
            print("demo organisation already present")
        return 0
    accounts, password = seeded
    rows = [{"email": a.email, "role": str(a.role), "name": a.name} for a in accounts]
    DEMO_ACCOUNTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    DEMO_ACCOUNTS_FILE.write_text(json.dumps({"accounts": rows, "password": password}))
    DEMO_ACCOUNTS_FILE.chmod(0o600)
    _print_demo(rows, password)
    return 0


class PortInUse(Exception):
    """The port asked for is taken: said before anything claims to be running."""


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind the listening socket now, so a busy port fails before any work is done."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise PortInUse(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}. "
            f"Another program uses this port; choose another one, e.g. `make run PORT={port + 1}`"
            f" (or `constel-api dev --port {port + 1}`)."
        ) from exc
    sock.set_inheritable(True)
    return sock


def _exit_on_signal(signum: int, _frame: object) -> None:
    # SystemExit runs the atexit hooks, among them the one stopping the embedded database.
    raise SystemExit(128 + signum)


def _as_sigterm(_signum: int, _frame: object) -> None:
    # Whoever handles SIGTERM at this moment (uvicorn while serving, _exit_on_signal
    # before) then shuts down gracefully.
    signal.raise_signal(signal.SIGTERM)


def _stop_with_parent() -> None:
    """Ask Linux to send us SIGTERM when our parent (``make``) dies, even by SIGKILL."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        return


def _serve(settings: Settings, sock: socket.socket, host: str, port: int) -> int:
    import uvicorn

    from constel_api.logging_config import configure_logging
    from constel_api.main import create_app

    configure_logging(settings.log_level)
    app = create_app(settings)
    # Proxy headers are FORWARDED_ALLOW_IPS's business (see create_app), not uvicorn's.
    config = uvicorn.Config(app, log_config=None, proxy_headers=False)
    server = uvicorn.Server(config)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host  # noqa: S104
    print(f"Constel is running on http://{shown}:{port}/  (Ctrl-C to stop)", flush=True)
    server.run(sockets=[sock])
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    try:
        sock = bind_socket(args.host, args.port)
    except PortInUse as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return _serve(settings, sock, args.host, args.port)


def cmd_dev(settings: Settings, args: argparse.Namespace) -> int:
    """Everything ``make run`` needs: database, migrations, demo data, one worker whose
    e-mails land in the ``var/mail/`` catch-all (never a relay), and the server.

    The port is bound first (a busy port is an error before any work), and every way of
    stopping the process stops the embedded database with it: SIGINT, SIGTERM and SIGHUP
    run the cleanup, ``make`` dying sends us SIGTERM, and a watchdog covers SIGKILL.
    """
    try:
        sock = bind_socket(args.host, args.port)
    except PortInUse as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _as_sigterm)
    signal.signal(signal.SIGQUIT, _as_sigterm)
    _stop_with_parent()
    if settings.database_url is None:
        from constel_api.embedded import watch_parent_exit

        resolve_database_url(settings)  # start (or take over) the embedded server
        watch_parent_exit(settings.embedded_data_dir)
    cmd_migrate(settings, argparse.Namespace(revision="heads"))
    cmd_seed_demo(settings, argparse.Namespace(password=None, force=False))
    with _dev_mail_and_worker(settings, args.host, args.port):
        return _serve(settings, sock, args.host, args.port)


@contextlib.contextmanager
def _dev_mail_and_worker(settings: Settings, host: str, port: int) -> Iterator[None]:
    """The SMTP catch-all in this process and one ``constel-api worker`` beside it."""
    import os
    import subprocess

    from constel_api.notifications.sink import start_sink

    sink = None
    try:
        sink = start_sink(MAIL_SINK_DIR, port=settings.smtp_port)
        print(f"E-mails are written to {MAIL_SINK_DIR}/ (SMTP catch-all on 127.0.0.1:"
              f"{settings.smtp_port}); nothing is relayed.", flush=True)
    except OSError as exc:
        print(f"warning: no mail catch-all on port {settings.smtp_port} ({exc}); e-mails wait "
              "in the queue", file=sys.stderr)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host  # noqa: S104
    env = {**os.environ, "CONSTEL_DATABASE_URL": resolve_database_url(settings),
           "CONSTEL_SMTP_HOST": "127.0.0.1", "CONSTEL_SMTP_PORT": str(settings.smtp_port),
           "CONSTEL_SMTP_STARTTLS": "false", "CONSTEL_SMTP_TLS": "false",
           "CONSTEL_PUBLIC_BASE_URL": settings.public_base_url or f"http://{shown}:{port}"}
    worker = subprocess.Popen([sys.executable, "-m", "constel_api.cli", "worker"], env=env)
    try:
        yield
    finally:
        worker.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.wait(timeout=20)
        if sink is not None:
            sink.stop()


def cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    """Run queued jobs and the periodic tasks until interrupted (run as many as needed)."""
    from constel_api.jobs.worker import run
    from constel_api.logging_config import configure_logging

    configure_logging(settings.log_level)
    _stop_with_parent()

    async def work() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await run(resolve_database_url(settings), settings, stop=stop)

    print("Constel worker started (jobs and periodic tasks).", flush=True)
    asyncio.run(work())
    return 0


def cmd_mail_sink(settings: Settings, args: argparse.Namespace) -> int:
    """Development only: an SMTP catch-all on loopback writing messages to a folder."""
    from constel_api.notifications.sink import start_sink

    if settings.environment == "production":
        print("the mail sink is for development only", file=sys.stderr)
        return 2
    sink = start_sink(Path(args.directory), port=args.port)
    print(f"mail sink on 127.0.0.1:{args.port}, writing to {args.directory}/", flush=True)
    try:
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
    finally:
        sink.stop()
    return 0


def cmd_openapi(settings: Settings, args: argparse.Namespace) -> int:
    from constel_api.openapi_export import write_openapi

    write_openapi(Path(args.output))
    print(f"wrote {args.output}")
    return 0


def cmd_purge_expired(settings: Settings, args: argparse.Namespace) -> int:
    """Retention: purge the content of programs closed longer ago than the retention."""
    from constel_api.core.time import utcnow
    from constel_api.gdpr.retention import purge_expired

    async def work(session: AsyncSession):  # type: ignore[no-untyped-def]
        results = await purge_expired(session, utcnow(), dry_run=args.dry_run)
        if args.dry_run:
            await session.rollback()
        return results

    results = asyncio.run(_in_session(settings, work))
    verb = "would purge" if args.dry_run else "purged"
    for r in results:
        counts = ", ".join(f"{k}={v}" for k, v in sorted(r.counts.items()))
        print(f"{verb} program {r.program_id} (organisation {r.organisation_id}, "
              f"closed {r.closed_at:%Y-%m-%d}): {counts}")
    print(f"{len(results)} program(s) {'to purge (dry run)' if args.dry_run else 'purged'}")
    return 0


def cmd_metrics_rollup(settings: Settings, args: argparse.Namespace) -> int:
    """Work off the pilotage rollup's backlog now (after a bulk import, or from a timer)."""
    from constel_api.metrics.rollup import drain

    async def work() -> int:
        engine = create_engine(resolve_database_url(settings), settings)
        try:
            return await drain(create_sessionmaker(engine),
                               progress=lambda line: print(f"metrics rollup: {line}",
                                                           flush=True))
        finally:
            await engine.dispose()

    print(f"metrics rollup: {asyncio.run(work())} people recounted", flush=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="constel-api", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("migrate", help="apply database migrations")
    p.add_argument("--revision", default="heads")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("create-org", help="create an organisation and its first admin")
    p.add_argument("--name", required=True)
    p.add_argument("--slug", required=True)
    p.add_argument("--support-email")
    p.add_argument("--admin-email", required=True)
    p.add_argument("--admin-given-name", required=True)
    p.add_argument("--admin-family-name", required=True)
    p.add_argument("--email-link", action="store_true",
                   help="e-mail the admin's set-password link instead of printing it")
    p.set_defaults(func=cmd_create_org)

    p = sub.add_parser("seed-demo", help="create the demo organisation and print its accounts")
    p.add_argument("--password", help="one password for every demo account (default: random)")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_seed_demo)

    for name, func in (("serve", cmd_serve), ("dev", cmd_dev)):
        p = sub.add_parser(
            name,
            help="run the API (and the built SPA)"
            if name == "serve"
            else "migrate, seed the demo and serve (make run)",
        )
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, default=8000)
        p.set_defaults(func=func)

    p = sub.add_parser("purge-expired", help="purge programs past the retention period")
    p.add_argument("--dry-run", action="store_true", help="only print what would be purged")
    p.set_defaults(func=cmd_purge_expired)

    p = sub.add_parser("metrics-rollup", help="bring the pilotage rollup up to date now")
    p.set_defaults(func=cmd_metrics_rollup)

    p = sub.add_parser("worker", help="run jobs (e-mails) and periodic tasks")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("mail-sink", help="development SMTP catch-all writing to a folder")
    p.add_argument("--directory", default=str(MAIL_SINK_DIR))
    p.add_argument("--port", type=int, default=8025)
    p.set_defaults(func=cmd_mail_sink)

    p = sub.add_parser("openapi", help="write the OpenAPI document")
    p.add_argument("--output", default="openapi/openapi.json")
    p.set_defaults(func=cmd_openapi)
    return parser


def _warn_deprecated_settings() -> None:
    import os

    if "CONSTEL_PUBLIC_URL" in os.environ and "CONSTEL_PUBLIC_BASE_URL" not in os.environ:
        print("warning: CONSTEL_PUBLIC_URL is deprecated; rename it CONSTEL_PUBLIC_BASE_URL "
              "(one address for e-mail and calendar links)", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _warn_deprecated_settings()
    result: int = args.func(get_settings(), args)
    return result


if __name__ == "__main__":
    sys.exit(main())
