"""How the matching states its reasons: constraint codes with words, score breakdowns.

``OVERRIDABLE`` names the hard constraints an admin may knowingly set aside (management
chain, same unit, their own exclusion). Breakdowns are stored as numbers with a proposal
and put into words (French and English, by :mod:`explain`) when read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from constel_api.matching.constraints import Reason
from constel_api.matching.explain import CriterionScore
from constel_api.matching.inputs import NO_CRITERION, Cohort

OVERRIDABLE = frozenset({Reason.HIERARCHY, Reason.SAME_UNIT, Reason.EXCLUDED})

REASON_TEXT: dict[Reason, dict[str, str]] = {
    Reason.HIERARCHY: {
        "en": "One is in the other's management chain ({distance} level(s) apart).",
        "fr": "L'un est dans la ligne hiérarchique de l'autre ({distance} niveau(x)).",
    },
    Reason.SAME_UNIT: {
        "en": "Both work in the same unit and this program pairs across units.",
        "fr": "Tous deux sont dans la même unité et ce programme l'exclut.",
    },
    Reason.REFUSED_BEFORE: {
        "en": "This pairing was refused or withdrawn before in this program.",
        "fr": "Ce binôme a déjà été refusé ou interrompu dans ce programme.",
    },
    Reason.EXCLUDED: {
        "en": "An administrator excluded this pair.",
        "fr": "Un administrateur a exclu ce binôme.",
    },
    Reason.INELIGIBLE_MENTEE: {
        "en": "The mentee is not waiting for a mentor (not eligible or already paired).",
        "fr": "Le mentoré n'attend pas de mentor (non éligible ou déjà en binôme).",
    },
    Reason.INELIGIBLE_MENTOR: {
        "en": "The mentor is not eligible in this program.",
        "fr": "Le mentor n'est pas éligible dans ce programme.",
    },
    Reason.DECLINED: {
        "en": "The mentor declined this program.",
        "fr": "Le mentor a décliné ce programme.",
    },
    Reason.NO_CAPACITY: {
        "en": "The mentor has no capacity left.",
        "fr": "Le mentor n'a plus de place.",
    },
}


def reason_items(reasons: Sequence[Reason], distance: int | None = None) -> list[dict[str, Any]]:
    """Reasons as the API states them: stable code, overridable flag, words."""
    return [
        {
            "code": r.value,
            "overridable": r in OVERRIDABLE,
            "text": {lang: t.format(distance=distance) for lang, t in REASON_TEXT[r].items()},
        }
        for r in reasons
    ]


def breakdown_of(cohort: Cohort, i: int, j: int) -> list[dict[str, Any]]:
    """Per-criterion breakdown stored with a proposal (numbers; words rendered on read)."""
    items = cohort.scorer.explain(i, j)
    return [
        {"criterion": c.criterion, "code": c.code, "value": round(c.value, 4),
         "points": round(c.points, 2), "max_points": round(c.max_points, 2),
         "params": _jsonable(c.params)}
        for c in items if c.criterion != NO_CRITERION
    ]


def render_breakdown(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        cs = CriterionScore(item["criterion"], item["code"], item["value"], item["points"],
                            item["max_points"], dict(item.get("params") or {}))
        out.append({**item, "text": {"fr": cs.text("fr"), "en": cs.text("en")}})
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, float):
        return round(value, 4)
    return value
