"""Course modules for trainers: learning goals, an introduction and 2-3 fictional cases, one module per file."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from macros.model.records import Markdown, Record, Slug

CourseKind = Literal["tema", "princip", "lovgrundlag"]


class Case(Record):
    """A fictional case vignette and the directions it turns on."""

    id: Slug = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Stabilt id inden for modulet, fx ung-henvist.")
    title: str = Field(min_length=1, description="Kort titel på casen, fx 'Mor ringer om sin søn'.")
    story: Markdown = Field(
        min_length=1,
        description="Markdown: den opdigtede fortælling med egne ord. Ingen rigtige personer eller steder.",
    )
    questions: tuple[Markdown, ...] = Field(min_length=1, description="Spørgsmål til casen, som deltagerne drøfter.")
    directions: tuple[str, ...] = Field(
        min_length=1, description="Id'er på de anvisninger, casen drejer sig om, fx 3.4.1."
    )
    guidelines: tuple[Slug, ...] = Field(
        default=(), description="Retningslinjer, casen også peger på (ud over anvisningernes egne), fx 3-4."
    )


class Course(Record):
    """A course module on a theme, a principle or the legal framework (file name == id)."""

    id: Slug = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Id = filnavn, fx tema-borgerforloeb.")
    kind: CourseKind = Field(description="tema, princip eller lovgrundlag.")
    target: Slug | None = Field(
        default=None,
        description="Temaets eller princippets id (fx borgerforloeb eller helhed); tomt for lovgrundlag.",
    )
    title: str = Field(min_length=1, description="Modulets titel.")
    duration: str | None = Field(default=None, description="Forslag til varighed, fx '2 timer'.")
    learning_goals: tuple[Markdown, ...] = Field(min_length=1, description="Læringsmål: hvad deltagerne kan bagefter.")
    introduction: Markdown = Field(min_length=1, description="Markdown: kort oplæg til modulet med egne ord.")
    cases: tuple[Case, ...] = Field(description="2-3 cases, hver med sit eget id.")
    reflection_questions: tuple[Markdown, ...] = Field(
        min_length=1, description="Spørgsmål til fælles refleksion til sidst i modulet."
    )

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
