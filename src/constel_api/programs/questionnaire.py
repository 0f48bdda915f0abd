"""The matching questionnaire: typed questions, their comparison rules, answer validation.

A matching question says how a mentee's answer is compared with a mentor's: a question
asked to ``both`` roles is compared with itself; a mentee question may instead name the
mentor question it is compared with (``compares_with_key``: the mentee's needs against
what the mentor offers).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter, model_validator

from constel_api.core.schemas import RequestModel
from constel_api.errors import Unprocessable
from constel_api.models import ParticipantRole, QuestionnaireQuestion

ANSWERS_ARE_PROFILE_DATA = (
    "Answers are profile data used for matching: the program's administrators can read them. "
    "They are not confidential notes; do not write anything here you would not share with them."
)

KEY_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
Audience = Literal["mentor", "mentee", "both"]
MatchingRule = Literal["same", "overlap", "covers", "numeric_distance"]


class Label(RequestModel):
    fr: str = Field(min_length=1, max_length=1000)
    en: str = Field(min_length=1, max_length=1000)


class Option(RequestModel):
    value: str = Field(pattern=KEY_PATTERN)
    label: Label


class Matching(RequestModel):
    rule: MatchingRule
    weight: float = Field(ge=0, le=10, description="Relative weight, 0 to 10.")
    compares_with_key: str | None = Field(
        default=None, pattern=KEY_PATTERN,
        description="For a mentee question: the mentor question it is compared with.",
    )


class _QuestionBase(RequestModel):
    key: str = Field(pattern=KEY_PATTERN)
    audience: Audience
    required: bool = True
    label: Label
    help: Label | None = None
    matching: Matching | None = None


def _options_unique(options: list[Option]) -> None:
    values = [o.value for o in options]
    if len(set(values)) != len(values):
        raise ValueError("option values must be unique")


class SingleChoiceQuestion(_QuestionBase):
    type: Literal["single_choice"] = "single_choice"
    options: list[Option] = Field(min_length=2, max_length=100)

    @model_validator(mode="after")
    def _check(self) -> SingleChoiceQuestion:
        _options_unique(self.options)
        if self.matching and self.matching.rule not in ("same", "overlap", "covers"):
            raise ValueError("a single choice compares with same, overlap or covers")
        return self


class MultipleChoiceQuestion(_QuestionBase):
    type: Literal["multiple_choice"] = "multiple_choice"
    options: list[Option] = Field(min_length=2, max_length=100)
    max_choices: int | None = Field(default=None, ge=1, le=100)

    @model_validator(mode="after")
    def _check(self) -> MultipleChoiceQuestion:
        _options_unique(self.options)
        if self.matching and self.matching.rule not in ("overlap", "covers"):
            raise ValueError("a multiple choice compares with overlap or covers")
        return self


class ScaleQuestion(_QuestionBase):
    type: Literal["scale"] = "scale"
    min: int = Field(ge=-100, le=100)
    max: int = Field(ge=-100, le=100)
    min_label: Label | None = None
    max_label: Label | None = None

    @model_validator(mode="after")
    def _check(self) -> ScaleQuestion:
        if self.min >= self.max:
            raise ValueError("min must be below max")
        if self.matching and self.matching.rule not in ("same", "numeric_distance"):
            raise ValueError("a scale compares with same or numeric_distance")
        return self


class FreeTextQuestion(_QuestionBase):
    type: Literal["free_text"] = "free_text"
    max_length: int = Field(default=2000, ge=1, le=10000)

    @model_validator(mode="after")
    def _check(self) -> FreeTextQuestion:
        if self.matching is not None:
            raise ValueError("free text questions cannot be used for matching")
        return self


Question = Annotated[
    SingleChoiceQuestion | MultipleChoiceQuestion | ScaleQuestion | FreeTextQuestion,
    Field(discriminator="type"),
]
QuestionAdapter: TypeAdapter[Question] = TypeAdapter(Question)

_BASE_FIELDS = {"key", "audience", "required", "label", "matching", "type"}


def check_questionnaire(questions: list[Question]) -> None:
    """Cross-question rules the single-question validators cannot see."""
    errors: list[dict[str, Any]] = []
    by_key: dict[str, Question] = {}
    for i, q in enumerate(questions):
        if q.key in by_key:
            errors.append(_err(i, "key", "duplicate question key"))
        by_key[q.key] = q
    for i, q in enumerate(questions):
        m = q.matching
        if m is None:
            continue
        if q.audience == "mentor":
            errors.append(_err(i, "matching", "declare matching on the mentee or both question"))
        elif q.audience == "both" and m.compares_with_key is not None:
            errors.append(_err(i, "matching", "a question for both roles compares with itself"))
        elif q.audience == "mentee":
            target = by_key.get(m.compares_with_key or "")
            if target is None or target.audience != "mentor":
                errors.append(_err(i, "matching",
                                   "compares_with_key must name a mentor question"))
            elif target.type != q.type and {target.type, q.type} != {
                    "single_choice", "multiple_choice"}:
                errors.append(_err(i, "matching", "compared questions must have compatible types"))
    if errors:
        raise Unprocessable("The questionnaire is inconsistent.", code="invalid_questionnaire",
                            errors=errors)


def _err(index: int, field: str, msg: str) -> dict[str, Any]:
    return {"loc": ["body", "questions", index, field], "msg": msg, "type": "value_error"}


def to_row_values(q: Question, position: int) -> dict[str, Any]:
    data = q.model_dump(mode="json")
    definition = {k: v for k, v in data.items() if k not in _BASE_FIELDS}
    return {
        "key": q.key, "position": position, "audience": q.audience, "type": q.type,
        "required": q.required, "label_fr": q.label.fr, "label_en": q.label.en,
        "definition": definition,
        "matching_rule": q.matching.rule if q.matching else None,
        "weight": q.matching.weight if q.matching else None,
        "compares_with_key": q.matching.compares_with_key if q.matching else None,
    }


def from_row(row: QuestionnaireQuestion) -> Question:
    data: dict[str, Any] = {
        "key": row.key, "audience": row.audience, "type": row.type, "required": row.required,
        "label": {"fr": row.label_fr, "en": row.label_en}, **row.definition,
    }
    if row.matching_rule is not None:
        data["matching"] = {"rule": row.matching_rule, "weight": row.weight,
                            "compares_with_key": row.compares_with_key}
    return QuestionAdapter.validate_python(data)


def for_role(questions: list[Question], role: ParticipantRole | str) -> list[Question]:
    return [q for q in questions if q.audience in (str(role), "both")]


def _answer_error(q: Question, value: Any) -> str | None:
    if isinstance(q, SingleChoiceQuestion):
        if not isinstance(value, str) or value not in {o.value for o in q.options}:
            return "not one of the options"
    elif isinstance(q, MultipleChoiceQuestion):
        allowed = {o.value for o in q.options}
        if (not isinstance(value, list) or not all(isinstance(v, str) for v in value)
                or len(set(value)) != len(value)):
            return "a list of distinct option values is expected"
        if not set(value) <= allowed:
            return "not one of the options"
        if q.max_choices is not None and len(value) > q.max_choices:
            return f"at most {q.max_choices} choices"
        if q.required and not value:
            return "at least one choice"
    elif isinstance(q, ScaleQuestion):
        if isinstance(value, bool) or not isinstance(value, int) or not q.min <= value <= q.max:
            return f"an integer from {q.min} to {q.max} is expected"
    elif isinstance(q, FreeTextQuestion) and (not isinstance(value, str)
                                              or len(value) > q.max_length):
        return f"a text of at most {q.max_length} characters is expected"
    return None


def validate_answers(questions: list[Question], answers: dict[str, Any]) -> None:
    """Refuse answers to unknown questions and answers that do not fit their question."""
    by_key = {q.key: q for q in questions}
    errors: list[dict[str, Any]] = []
    for key, value in answers.items():
        q = by_key.get(key)
        if q is None:
            errors.append({"loc": ["body", "answers", key], "msg": "unknown question",
                           "type": "value_error"})
            continue
        if value is None:
            continue
        problem = _answer_error(q, value)
        if problem:
            errors.append({"loc": ["body", "answers", key], "msg": problem,
                           "type": "value_error"})
    if errors:
        raise Unprocessable("Some answers do not fit their questions.", code="invalid_answers",
                            errors=errors)


def is_complete(questions: list[Question], answers: dict[str, Any]) -> bool:
    return all(answers.get(q.key) not in (None, "", []) for q in questions if q.required)
