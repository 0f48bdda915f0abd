"""KPI exports for people: headers, figures and periods in words, rates as percentages.

The default export keeps machine keys (``figure``, ``category``) for API clients; this one
is what a program manager opens in a spreadsheet: one language, no ids, a suppressed cell
says why it is empty, and the file is named after the program and the day.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import Any, Literal
from urllib.parse import quote

from constel_api.metrics.export import Shown
from constel_api.metrics.figures import OutputCell

Language = Literal["fr", "en"]


_HEADERS: dict[Language, tuple[str, ...]] = {
    "fr": ("Programme", "Périmètre", "Unité", "Période", "Indicateur", "Détail", "Valeur",
           "Sur", "Remarque"),
    "en": ("Program", "Scope", "Unit", "Period", "Figure", "Detail", "Value", "Out of",
           "Note"),
}

_FIGURES: dict[str, tuple[str, str]] = {
    "participants": ("Participants", "Participants"),
    "participants_by_role": ("Participants par rôle", "Participants by role"),
    "invitations": ("Invitations", "Invitations"),
    "invitation_acceptance_rate": ("Taux d’acceptation des invitations",
                                   "Invitation acceptance rate"),
    "match": ("Mentorés mis en relation", "Mentees matched"),
    "match_rate": ("Taux de mise en relation", "Match rate"),
    "days_to_match": ("Jours avant mise en relation", "Days to match"),
    "days_to_match_median": ("Jours avant mise en relation (médiane)", "Days to match (median)"),
    "pairs": ("Binômes", "Pairs"),
    "sessions": ("Séances", "Sessions"),
    "attendance": ("Séances tenues ou manquées", "Sessions held or missed"),
    "attendance_rate": ("Taux de séances tenues", "Sessions held rate"),
    "absences": ("Absences", "Absences"),
    "completion": ("Fins de mentorat", "Ends of mentorship"),
    "completion_rate": ("Taux de mentorats menés à terme", "Completion rate"),
    "withdrawals": ("Retraits", "Withdrawals"),
    "withdrawal_reasons": ("Motifs de retrait", "Withdrawal reasons"),
    "mentor_load": ("Mentorés suivis par les mentors", "Mentees followed by mentors"),
    "mentor_load_mean": ("Mentorés par mentor (moyenne)", "Mentees per mentor (mean)"),
    "mentor_capacity": ("Capacité des mentors", "Mentor capacity"),
    "mentor_utilisation": ("Taux d’occupation des mentors", "Mentor utilisation"),
    "mentors_at_capacity": ("Mentors complets", "Mentors at capacity"),
    "objectives": ("Objectifs", "Objectives"),
    "objectives_achievement_rate": ("Taux d’objectifs atteints", "Objectives achieved rate"),
    "action_items": ("Actions", "Action items"),
    "action_items_done_rate": ("Taux d’actions réalisées", "Action items done rate"),
    "introductions": ("Mises en contact", "Introductions"),
    "event_attendance": ("Présence aux événements", "Event attendance"),
    "event_attendance_rate": ("Taux de présence aux événements", "Event attendance rate"),
    "satisfaction": ("Avis de satisfaction", "Satisfaction answers"),
    "satisfaction_mean": ("Satisfaction (moyenne sur 5)", "Satisfaction (mean out of 5)"),
    "days_to_first_session": ("Jours avant la première séance", "Days to first session"),
    "days_to_first_session_median": ("Jours avant la première séance (médiane)",
                                     "Days to first session (median)"),
    "sessions_per_pair": ("Binômes actifs", "Active pairs"),
    "sessions_per_pair_mean": ("Séances par binôme (moyenne)", "Sessions per pair (mean)"),
    "sessions_per_pair_median": ("Séances par binôme (médiane)", "Sessions per pair (median)"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "mentor": ("mentors", "mentors"), "mentee": ("mentorés", "mentees"),
    "both": ("les deux", "both"), "other": ("autre", "other"),
    "invited": ("invités", "invited"), "applied": ("candidats", "applied"),
    "eligible": ("éligibles", "eligible"), "ineligible": ("non éligibles", "ineligible"),
    "active": ("actifs", "active"), "declined": ("ont décliné", "declined"),
    "withdrawn": ("retirés", "withdrawn"), "completed": ("terminés", "completed"),
    "pending": ("en attente", "pending"), "accepted": ("acceptées", "accepted"),
    "matched": ("mis en relation", "matched"), "unmatched": ("sans binôme", "unmatched"),
    "proposed": ("proposés", "proposed"), "refused": ("refusés", "refused"),
    "scheduled": ("prévues", "scheduled"), "held": ("tenues", "held"),
    "missed": ("manquées", "missed"), "cancelled": ("annulées", "cancelled"),
    "defined": ("définis", "defined"), "in_progress": ("en cours", "in progress"),
    "achieved": ("atteints", "achieved"), "abandoned": ("abandonnés", "abandoned"),
    "open": ("à faire", "open"), "done": ("réalisées", "done"),
    "present": ("présents", "present"), "absent": ("absents", "absent"),
    "excused": ("excusés", "excused"), "unrecorded": ("non renseignée", "not recorded"),
    "at_capacity": ("complets", "at capacity"),
    "below_capacity": ("avec de la place", "below capacity"),
    "unspecified": ("non précisé", "unspecified"),
}

_SCOPES: dict[str, tuple[str, str]] = {
    "all": ("Ensemble", "All"),
    "unit": ("Unité et sous-unités", "Unit and sub-units"),
    "own": ("Rattachés directement à l’unité", "Attached to the unit directly"),
}

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def _index(language: Language) -> int:
    return 0 if language == "fr" else 1


def header(language: Language) -> tuple[str, ...]:
    return _HEADERS[language]


def figure_label(figure: str, language: Language) -> str:
    words = _FIGURES.get(figure)
    return words[_index(language)] if words else figure.replace("_", " ")


def category_label(category: str | None, language: Language) -> str:
    """``mentee:eligible`` reads "mentorés éligibles"; no category is the whole figure."""
    if category is None:
        return "Total" if language == "en" else "Ensemble"
    parts = [_WORDS.get(p, (p, p))[_index(language)] for p in category.split(":")]
    return " ".join(parts)


def period_label(period: date | None, granularity: str, language: Language) -> str:
    if period is None:
        return "Toute la période" if language == "fr" else "Whole period"
    if granularity == "quarter":
        quarter = (period.month - 1) // 3 + 1
        return f"T{quarter} {period.year}" if language == "fr" else f"Q{quarter} {period.year}"
    months = _MONTHS_FR if language == "fr" else _MONTHS_EN
    return f"{months[period.month - 1]} {period.year}"


def _number(value: float | int, language: Language) -> str:
    text = f"{value:g}" if isinstance(value, int) else f"{round(value, 1):g}"
    return text.replace(".", ",") if language == "fr" else text


def value_cell(cell: OutputCell, language: Language) -> Any:
    """The value as a person reads it: nothing when suppressed, a percentage for a rate."""
    if cell.suppressed or cell.value is None:
        return None
    if cell.kind == "rate":
        percent = round(float(cell.value) * 100, 1)
        sep = "\u00a0" if language == "fr" else ""
        return Shown(float(cell.value), f"{_number(percent, language)}{sep}%", percent=True)
    if isinstance(cell.value, float) and not cell.value.is_integer():
        return Shown(round(cell.value, 1), _number(cell.value, language))
    return int(cell.value)


def note(cell: OutputCell, threshold: int, language: Language) -> str:
    if not cell.suppressed:
        return ""
    if cell.reason in ("small_group", "small_denominator"):
        return (f"masqué : moins de {threshold} personnes" if language == "fr"
                else f"hidden: fewer than {threshold} people")
    return ("masqué pour protéger l’anonymat" if language == "fr"
            else "hidden to protect anonymity")


def rows(program_name: str | None, units: dict[Any, str], granularity: str, threshold: int,
         cells: list[OutputCell], language: Language) -> Iterator[tuple[Any, ...]]:
    """One row per published or suppressed cell, every word in ``language``."""
    for c in cells:
        yield (
            program_name or ("Tous les programmes" if language == "fr" else "All programs"),
            _SCOPES.get(c.scope, (c.scope, c.scope))[_index(language)],
            units.get(c.unit_id, "") if c.unit_id else "",
            period_label(c.period, granularity, language),
            figure_label(c.figure, language),
            category_label(c.category, language),
            value_cell(c, language),
            None if c.suppressed or c.denominator is None else c.denominator,
            note(c, threshold, language),
        )


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "programme"


def content_disposition(program_name: str | None, day: date, ext: str,
                        language: Language) -> str:
    """``Indicateurs - Mentorat 2026 - 2026-12-03.csv`` (RFC 6266, with an ASCII fallback)."""
    word = "Indicateurs" if language == "fr" else "Figures"
    scope = program_name or ("tous les programmes" if language == "fr" else "all programs")
    name = f"{word} - {scope} - {day.isoformat()}.{ext}"
    name = re.sub(r'[\\/:*?"<>|\r\n]+', " ", name)
    fallback = f"{_slug(word)}-{_slug(scope)}-{day.isoformat()}.{ext}"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
