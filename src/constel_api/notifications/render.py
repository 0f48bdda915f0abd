"""Render a notification into a subject, plain text and HTML with inlined CSS.

The words come from the catalogue; the values are whitelisted params (names, dates,
counts). Jinja autoescapes the HTML; the text part is never escaped twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import css_inline
import jinja2

from constel_api.notifications.catalogue import kind as kind_of

LOCALES = ("fr", "en")

_CHROME = {
    "fr": {
        "greeting": "Bonjour {name},",
        "footer": "Ce message ne contient aucun contenu de vos échanges : ouvrez Constel "
                  "pour les lire. Une question ? Écrivez à",
        "footer_nosupport": "Ce message ne contient aucun contenu de vos échanges : "
                            "ouvrez Constel pour les lire.",
        "unsubscribe": "Ne plus recevoir de rappels",
        "date": "%d/%m/%Y",
        "time": "%H:%M",
    },
    "en": {
        "greeting": "Hello {name},",
        "footer": "This message holds none of your exchanges: open Constel to read them. "
                  "A question? Write to",
        "footer_nosupport": "This message holds none of your exchanges: open Constel to "
                            "read them.",
        "unsubscribe": "Stop receiving reminders",
        "date": "%Y-%m-%d",
        "time": "%H:%M",
    },
}


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    link: str


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("constel_api.notifications", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",),
                                            default_for_string=True),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


class _Values(dict[str, str]):
    """Missing params render empty rather than as a template placeholder."""

    def __missing__(self, key: str) -> str:
        return ""


def _values(params: dict[str, Any], locale: str, zone: ZoneInfo) -> _Values:
    chrome = _CHROME[locale]
    values = _Values({k: str(v) for k, v in params.items()})
    for key in ("starts_at", "deadline_at", "on"):
        raw = params.get(key)
        if not raw:
            continue
        moment = datetime.fromisoformat(str(raw)).astimezone(zone)
        stamp = moment.strftime(chrome["date"])
        if key == "starts_at":
            values["date"] = stamp
            values["time"] = f"{moment.strftime(chrome['time'])} ({zone.key})"
        elif key == "deadline_at":
            values["deadline"] = stamp
        else:
            values["date"] = stamp
    return values


def render(
    kind: str,
    locale: str,
    params: dict[str, Any],
    *,
    recipient_name: str,
    organisation: str,
    support: str | None,
    public_url: str,
    timezone: str,
    unsubscribe_url: str | None = None,
) -> Rendered:
    locale = locale if locale in LOCALES else "fr"
    entry = kind_of(kind)
    words = entry.fr if locale == "fr" else entry.en
    values = _values(params, locale, ZoneInfo(timezone))
    chrome = _CHROME[locale]
    subject = words.subject.format_map(values)
    link = public_url.rstrip("/") + entry.path.format_map(values)
    context = {
        "locale": locale,
        "subject": subject,
        "body": words.body.format_map(values),
        "action": words.action,
        "greeting": chrome["greeting"].format(name=recipient_name),
        "organisation": organisation,
        "support": support,
        "footer": chrome["footer"] if support else chrome["footer_nosupport"],
        "link": link,
        "unsubscribe": unsubscribe_url if entry.reminder else None,
        "unsubscribe_label": chrome["unsubscribe"],
    }
    env = _environment()
    html = css_inline.inline(env.get_template("message.html.j2").render(context))
    text = env.get_template("message.txt.j2").render(context)
    return Rendered(subject=subject, text=text, html=html, link=link)
