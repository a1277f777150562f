"""Course modules for trainers: learning goals, an introduction and 2-3 fictional cases, one module per file."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from macros.model.records import Markdown, Record, Slug

CourseKind = Literal["tema", "princip", "lovgrundlag"]


class Case(Record):
    """A fictional case vignette and the directions it turns on."""

    id: Slug = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=1)
    story: Markdown = Field(min_length=1)
    questions: tuple[Markdown, ...] = Field(min_length=1)
    directions: tuple[str, ...] = Field(min_length=1)
    guidelines: tuple[Slug, ...] = ()


class Course(Record):
    """A course module on a theme, a principle or the legal framework (file name == id)."""

    id: Slug = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    kind: CourseKind
    target: Slug | None = None
    title: str = Field(min_length=1)
    duration: str | None = None
    learning_goals: tuple[Markdown, ...] = Field(min_length=1)
    introduction: Markdown = Field(min_length=1)
    cases: tuple[Case, ...]
    reflection_questions: tuple[Markdown, ...] = Field(min_length=1)

    @field_validator("cases")
    @classmethod
    def _two_or_three_distinct_cases(cls, cases: tuple[Case, ...]) -> tuple[Case, ...]:
        """A module has 2-3 cases with distinct ids (the ids are anchors on the page)."""
        if not 2 <= len(cases) <= 3:
            raise ValueError(f"a module needs 2-3 cases, this one has {len(cases)}; add or remove a case")
        ids = [c.id for c in cases]
        for case_id in ids:
            if ids.count(case_id) > 1:
                raise ValueError(f"case id '{case_id}' is used twice; give each case its own id")
        return cases
