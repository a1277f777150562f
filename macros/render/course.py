"""Course modules for trainers: one page per module (handout, projector sections) and the overview's list
(docs/kurser/index.md)."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import html_text, md_text
from macros.model.course import Course
from macros.model.records import Handbook
from macros.render.common import law_label
from macros.render.direction_list import direction_list
from macros.render.page import Page
from macros.render.texts import Texts, handbook_texts

KIND_TITLES = {"tema": "Temaer", "princip": "Principper", "lovgrundlag": "Lovgrundlaget"}
KIND_LABELS = {"tema": "Tema", "princip": "Princip", "lovgrundlag": "Lovgrundlag"}


def ordered_courses(hb: Handbook) -> list[Course]:
    """Theme modules (by chapter), then principle modules (by number), then the legal framework."""
    return list(hb.index.courses_by_kind)


def course_subject(hb: Handbook, course: Course, here: str) -> str:
    """What the module is about, linked: the theme, the principle or the law overview."""
    if course.kind == "tema":
        theme = hb.theme(course.target)
        return f"Tema: [Kap. {theme.chapter} {md_text(theme.title)}]({links.relative(here, links.page('theme', theme.id))})"
    if course.kind == "princip":
        principle = hb.principle(course.target)
        target = links.relative(here, links.page("principle", principle.id))
        return f"Princip {principle.number}: [{md_text(principle.title)}]({target})"
    return f"Lovgrundlaget: [Oversigt over love og bekendtgørelser]({links.relative(here, links.index_page('law'))})"


def _pairs(hb: Handbook, direction_ids) -> list:
    """(guideline, direction) pairs for ids, in the order given."""
    return [hb.index.directions[i] for i in direction_ids]


def case_guidelines(hb: Handbook, course: Course, case) -> list[str]:
    """The guidelines a case points to: those of its directions, then its own extra ones."""
    ids = [g.id for g, _ in _pairs(hb, case.directions)] + list(case.guidelines)
    return list(dict.fromkeys(ids))


def course_guidelines(hb: Handbook, course: Course) -> list[str]:
    """Every guideline the module's cases point to, in handbook order."""
    named = {g for case in course.cases for g in case_guidelines(hb, course, case)}
    return [g.id for g in hb.guidelines if g.id in named]


def course_laws(hb: Handbook, course: Course) -> list[str]:
    """Law paragraphs cited by the directions the cases turn on, in data order."""
    cited = {ref.partition("/")[0] for case in course.cases for _, d in _pairs(hb, case.directions) for ref in d.laws}
    return [law.id for law in hb.laws if law.id in cited]


def _numbered(items) -> list[str]:
    return [f"{n}. {item.strip()}" for n, item in enumerate(items, 1)]


def _section(css: str, lines: list[str]) -> list[str]:
    """One projector screen: a <section> that reads as a normal part of the page without JS."""
    return [f'<section class="course-section {css}" markdown>', "", *lines, "", "</section>", ""]


def render_course(hb: Handbook, course: Course, texts: Texts | None = None) -> Page:
    """The Markdown page of a course module: goals, introduction, cases with their directions, reflection."""
    texts = texts or handbook_texts()
    here = links.page("course", course.id)
    facts = [f"**{course_subject(hb, course, here)}**"]
    if course.duration:
        facts.append(f"**Varighed:** {md_text(course.duration)}")
    parts = [
        f"# {md_text(course.title)}",
        "",
        f'<article class="course" data-course="{course.id}" markdown>',
        "",
        # hidden until the course section of assets/handbook.js shows it: without JS the page is a plain, printable handout
        '<div class="course-tools" hidden>',
        '<button type="button" class="md-button md-button--primary course-tools__projector" data-projector-start>'
        "Vis på projektor</button>",
        f'<p class="course-tools__hint">{html_text(texts("kursus-projektor"))}</p>',
        "</div>",
        "",
    ]
    parts += _section("course-section--start", [
        "## Om modulet",
        "",
        "  \n".join(facts),
        "",
        "**Efter modulet kan deltagerne:**",
        "",
        *[f"- {goal.strip()}" for goal in course.learning_goals],
    ])
    parts += _section("course-section--intro", ["## Introduktion", "", course.introduction.strip()])
    for number, case in enumerate(course.cases, 1):
        parts += _section("course-section--case", [
            f"## Case {number}: {md_text(case.title)} {{ #case-{case.id} }}",
            "",
            '<div class="course-case__story" markdown>',
            "",
            case.story.strip(),
            "",
            "</div>",
            "",
            "**Spørgsmål til casen**",
            "",
            *_numbered(case.questions),
        ])
        guidelines = ", ".join(
            f"[{hb.guideline(g).number} {md_text(hb.guideline(g).short_title)}]({links.relative(here, links.page('guideline', g))})"
            for g in case_guidelines(hb, course, case)
        )
        parts += _section("course-section--directions", [
            f"## Case {number}: anvisningerne {{ #case-{case.id}-anvisninger }}",
            "",
            texts("kursus-case-anvisninger"),
            "",
            direction_list(hb, _pairs(hb, case.directions), here, css="direction-list course-directions"),
            f"**Læs mere:** {guidelines}",
            "{ .course-read }",
        ])
    parts += _section("course-section--reflection", [
        "## Fælles refleksion",
        "",
        *_numbered(course.reflection_questions),
    ])
    parts += _section("course-section--more", ["## Læs mere i håndbogen", "", *_read_more(hb, course, here)])
    parts += ["</article>", ""]
    return Page(here, f"Kursusmodul: {course.title}", "\n".join(parts), assets=frozenset({links.TOOLS_JS}))


def _read_more(hb: Handbook, course: Course, here: str) -> list[str]:
    """Links back to the handbook: the subject, the guidelines and laws the cases use, the overview."""
    lines = [f"- {course_subject(hb, course, here)}"]
    for g_id in course_guidelines(hb, course):
        g = hb.guideline(g_id)
        lines.append(f"- [{g.number} {md_text(g.short_title)}]({links.relative(here, links.page('guideline', g.id))})")
    for law_id in course_laws(hb, course):
        law = hb.law(law_id)
        lines.append(f"- [{md_text(law_label(hb, law.id))} – {md_text(law.title)}]({links.relative(here, links.page('law', law.id))})")
    lines.append(f"- [Alle kursusmoduler]({links.relative(here, links.index_page('course'))})")
    return lines


def course_list(hb: Handbook, here: str) -> str:
    """Every course module grouped by kind, with its number of cases and duration (docs/kurser/index.md)."""
    parts = []
    for kind in ("tema", "princip", "lovgrundlag"):
        courses = [c for c in ordered_courses(hb) if c.kind == kind]
        if not courses:
            continue
        parts += [f"## {KIND_TITLES[kind]}", ""]
        for course in courses:
            target = links.relative(here, links.page("course", course.id))
            extra = f" · {md_text(course.duration)}" if course.duration else ""
            parts.append(f"- [{md_text(course.title)}]({target}) – {len(course.cases)} cases{extra}")
        parts.append("")
    return "\n".join(parts)
