"""Course checks: each module's theme or principle exists, and so does every direction and guideline a case names."""

from __future__ import annotations

import difflib

from macros.model.records import Handbook

TARGET_KIND = {"tema": "theme", "princip": "principle"}


def check_courses(hb: Handbook, data: str = "data") -> list[str]:
    """Every problem in every course module, as 'data/courses/<id>.yml: field: problem; fix'."""
    problems: list[str] = []
    known = {
        "theme": [t.id for t in hb.themes],
        "principle": [p.id for p in hb.principles],
        "guideline": [g.id for g in hb.guidelines],
        "direction": [d.id for _, d in hb.directions()],
    }
    for course in hb.courses:
        where = f"{data}/courses/{course.id}.yml"
        kind = TARGET_KIND.get(course.kind)
        if kind is None and course.target is not None:
            problems.append(
                f"{where}: target: '{course.target}' is not allowed; use no target for a {course.kind} module"
            )
        elif kind is not None and course.target is None:
            problems.append(f"{where}: target: required field missing; add 'target: …' (the {kind} id)")
        elif kind is not None and course.target not in known[kind]:
            problems.append(f"{where}: target: unknown {kind} '{course.target}' ({_hint(course.target, known[kind])})")
        for c_index, case in enumerate(course.cases):
            for field, kind_, values in (
                ("directions", "direction", case.directions),
                ("guidelines", "guideline", case.guidelines),
            ):
                for index, value in enumerate(values):
                    if value not in known[kind_]:
                        problems.append(
                            f"{where}: cases[{c_index}].{field}[{index}]: unknown {kind_} '{value}' "
                            f"({_hint(value, known[kind_])})"
                        )
    return problems


def _hint(value: str, known: list[str]) -> str:
    """'did you mean …?' when a close id exists, else a short list of known ids."""
    close = difflib.get_close_matches(value, known, n=1)
    if close:
        return f"did you mean '{close[0]}'?"
    shown = ", ".join(known[:12]) + (" …" if len(known) > 12 else "")
    return f"known: {shown}"
