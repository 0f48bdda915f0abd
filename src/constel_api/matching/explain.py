"""Per-criterion breakdown of a pair, as numbers and as words (French and English).

Each item carries a stable ``code`` (the message key the web client translates) and its
parameters, e.g. ``{"criterion": "goals", "code": "covers", "covered": 3, "of": 4,
"points": 21.5, "max_points": 28.6}``; ``text("fr")`` renders it for the API as is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from constel_api.matching.criteria import Criterion, Rule
from constel_api.matching.rules import outer_values, set_counts

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "missing": "{criterion}: no answer to compare",
        "same.yes": "same {criterion}: {mentor}",
        "same.no": "different {criterion} ({mentee} / {mentor})",
        "different.yes": "different {criterion} ({mentee} / {mentor})",
        "different.no": "same {criterion}: {mentor}",
        "site.same": "same site ({mentor})",
        "site.remote": "remote work possible",
        "site.no": "different sites ({mentee} / {mentor})",
        "overlap": "{in_common} of {union} {criterion} in common",
        "covers": "{covered} of {of} {criterion} covered",
        "common.yes": "{criterion} in common: {common}",
        "common.no": "no {criterion} in common",
        "numeric": "{criterion}: {mentee} and {mentor} (distance {distance} on {range})",
        "gap.yes": "{criterion} gap of {gap} (at least {min_gap} wanted)",
        "gap.no": "{criterion} gap of {gap} (less than the {min_gap} wanted)",
    },
    "fr": {
        "missing": "{criterion} : pas de réponse à comparer",
        "same.yes": "même {criterion} : {mentor}",
        "same.no": "{criterion} différent ({mentee} / {mentor})",
        "different.yes": "{criterion} différent ({mentee} / {mentor})",
        "different.no": "même {criterion} : {mentor}",
        "site.same": "même site ({mentor})",
        "site.remote": "travail à distance possible",
        "site.no": "sites différents ({mentee} / {mentor})",
        "overlap": "{in_common} {criterion} en commun sur {union}",
        "covers": "{covered} {criterion} couverts sur {of}",
        "common.yes": "{criterion} en commun : {common}",
        "common.no": "aucun {criterion} en commun",
        "numeric": "{criterion} : {mentee} et {mentor} (écart {distance} sur {range})",
        "gap.yes": "écart de {criterion} de {gap} (au moins {min_gap} souhaité)",
        "gap.no": "écart de {criterion} de {gap} (moins que les {min_gap} souhaités)",
    },
}


@dataclass(frozen=True)
class CriterionScore:
    """One criterion's share of a pair's 0–100 score."""

    criterion: str
    code: str  # message key, see MESSAGES
    value: float  # rule value in [0, 1]
    points: float  # contribution to the 0–100 score
    max_points: float  # what a perfect fit on this criterion would give
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "criterion": self.criterion,
            "code": self.code,
            **self.params,
            "points": round(self.points, 2),
            "max_points": round(self.max_points, 2),
        }

    def text(self, lang: str = "fr") -> str:
        template = MESSAGES.get(lang, MESSAGES["en"])[self.code]
        params = {k: _fmt(v) for k, v in self.params.items()}
        return template.format(criterion=self.criterion, **params)


def _fmt(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def describe(crit: Criterion, mentee: int, mentor: int, max_points: float) -> CriterionScore:
    """Breakdown item for one criterion of one pair."""
    value = float(outer_values(crit, np.array([mentee]), np.array([mentor]), np.float64)[0, 0])
    code, params = _params(crit, mentee, mentor, value)
    return CriterionScore(crit.key, code, value, value * max_points, max_points, params)


def _params(crit: Criterion, i: int, j: int, value: float) -> tuple[str, dict[str, Any]]:
    rule = crit.rule
    if rule in (Rule.SAME, Rule.DIFFERENT, Rule.SITE):
        a, b = int(crit.mentee[i]), int(crit.mentor[j])
        labels = {"mentee": crit.label(a), "mentor": crit.label(b)}
        if rule is Rule.SITE:
            assert crit.mentee_remote is not None
            assert crit.mentor_remote is not None
            remote = bool(crit.mentee_remote[i] or crit.mentor_remote[j])
            same = a >= 0 and a == b
            code = "site.same" if same else "site.remote" if remote else "site.no"
            return code, {**labels, "same_site": same, "remote": remote}
        if a < 0 or b < 0:
            return "missing", {}
        return f"{rule.value}.{'yes' if value else 'no'}", labels
    if rule in (Rule.OVERLAP, Rule.COVERS, Rule.COMMON):
        common, size_a, _, union = set_counts(crit, i, j)
        names = [crit.label(k) for k in common]
        if rule is Rule.COVERS:
            return "covers", {"covered": len(common), "of": size_a, "items": names}
        if rule is Rule.OVERLAP:
            return "overlap", {"in_common": len(common), "union": union, "items": names}
        return ("common.yes" if common else "common.no"), {"common": names}
    a_val, b_val = float(crit.mentee[i]), float(crit.mentor[j])
    if np.isnan(a_val) or np.isnan(b_val):
        return "missing", {}
    if rule is Rule.NUMERIC:
        assert crit.value_range is not None
        lo, hi = crit.value_range
        return "numeric", {
            "mentee": a_val,
            "mentor": b_val,
            "distance": abs(float(np.clip(a_val, lo, hi)) - float(np.clip(b_val, lo, hi))),
            "range": hi - lo,
        }
    assert crit.min_gap is not None
    return f"gap.{'yes' if value else 'no'}", {"gap": b_val - a_val, "min_gap": crit.min_gap}
