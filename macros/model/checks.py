"""Cross-reference checks: every id a record names must exist, and ids must be unique."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from macros.model.check_courses import check_courses
from macros.model.check_flows import check_flows
from macros.model.records import Handbook, SourceRef


def check_references(hb: Handbook, data: str = "data") -> list[str]:
    """Every broken reference or duplicate id in the handbook, as 'file: field: problem; fix'."""
    problems: list[str] = []
    ids = {
        "source": [s.id for s in hb.sources],
        "theme": [t.id for t in hb.themes],
        "principle": [p.id for p in hb.principles],
        "phase": [p.id for p in hb.phases],
        "law": [law.id for law in hb.laws],
        "guideline": [g.id for g in hb.guidelines],
        "method": [m.id for m in hb.methods],
        "term": [t.id for t in hb.terms],
    }
    files = {
        "source": "sources.yml", "theme": "themes.yml", "principle": "principles.yml",
        "phase": "phases.yml", "law": "laws.yml", "guideline": "guidelines/", "method": "methods/",
        "term": "terms.yml",
    }
    id_sets = {kind: set(values) for kind, values in ids.items()}  # for lookups; the lists keep the data's order for hints
    for kind, values in ids.items():
        for dup in sorted(v for v, count in Counter(values).items() if count > 1):
            problems.append(f"{data}/{files[kind]}: id: duplicate {kind} id '{dup}'; give each {kind} its own id")

    def unknown(where: str, field: str, kind: str, value: str) -> None:
        """Record an unknown reference with a 'did you mean' or the known ids."""
        known = ids[kind]
        close = difflib.get_close_matches(value, known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(known)}"
        problems.append(f"{where}: {field}: unknown {kind} '{value}' ({hint})")

    def check_ids(where: str, field: str, kind: str, values) -> None:
        for index, value in enumerate(values):
            if value not in id_sets[kind]:
                unknown(where, f"{field}[{index}]", kind, value)

    def check_sources(where: str, field: str, refs: tuple[SourceRef, ...]) -> None:
        for index, ref in enumerate(refs):
            if ref.source not in id_sets["source"]:
                unknown(where, f"{field}[{index}].source", "source", ref.source)

    def check_laws(where: str, field: str, refs) -> None:
        for index, ref in enumerate(refs):
            law_id, _, stk = ref.partition("/")
            if law_id not in id_sets["law"]:
                unknown(where, f"{field}[{index}]", "law", law_id)
                continue
            parts = [p.stk for p in hb.law(law_id).parts]
            if stk and (not stk.isdigit() or int(stk) not in parts):
                problems.append(
                    f"{where}: {field}[{index}]: '{ref}' names stk. {stk}, which {data}/laws.yml "
                    f"does not have for {law_id} (stk.: {', '.join(map(str, parts)) or 'none'}); "
                    f"write '{law_id}' or add the stk."
                )

    for index, theme in enumerate(hb.themes):
        check_sources(f"{data}/themes.yml", f"[{index}].sources", theme.sources)
    for index, principle in enumerate(hb.principles):
        check_sources(f"{data}/principles.yml", f"[{index}].sources", principle.sources)
    numbers = [p.number for p in hb.principles]
    for dup in sorted(n for n, count in Counter(numbers).items() if count > 1):
        problems.append(f"{data}/principles.yml: number: {dup} is used twice; number the principles 1-{len(numbers)}")
    for index, phase in enumerate(hb.phases):
        for d_index, deadline in enumerate(phase.deadlines):
            check_laws(f"{data}/phases.yml", f"[{index}].deadlines[{d_index}].laws", deadline.laws)
    for index, law in enumerate(hb.laws):
        check_sources(f"{data}/laws.yml", f"[{index}].sources", law.sources)
    for index, term in enumerate(hb.terms):
        check_sources(f"{data}/terms.yml", f"[{index}].sources", term.sources)
    for method in hb.methods:
        check_sources(f"{data}/methods/{method.id}.yml", "sources", method.sources)
    for index, change in enumerate(hb.changes):
        where = f"{data}/changes.yml"
        if change.guideline not in id_sets["guideline"]:
            unknown(where, f"[{index}].guideline", "guideline", change.guideline)
        check_sources(where, f"[{index}].sources", change.sources)

    direction_ids: dict[str, str] = {}
    for g in hb.guidelines:
        where = f"{data}/guidelines/{g.id}.yml"
        if g.number.replace(".", "-") != g.id:
            problems.append(f"{where}: number: '{g.number}' does not match id '{g.id}'; use number: {g.id.replace('-', '.')}")
        if g.theme not in id_sets["theme"]:
            unknown(where, "theme", "theme", g.theme)
        check_ids(where, "principles", "principle", g.principles)
        if g.phase and g.phase not in id_sets["phase"]:
            unknown(where, "phase", "phase", g.phase)
        check_laws(where, "laws", g.laws)
        check_ids(where, "related", "guideline", g.related)
        if g.id in g.related:
            problems.append(f"{where}: related: lists the guideline itself; remove '{g.id}'")
        check_ids(where, "methods", "method", g.methods)
        check_sources(where, "sources", g.sources)
        for index, d in enumerate(g.directions):
            field = f"directions[{index}]"
            if not d.id.startswith(g.number + "."):
                problems.append(f"{where}: {field}.id: '{d.id}' must start with '{g.number}.'; renumber it {g.number}.{index + 1}")
            if d.id in direction_ids:
                problems.append(
                    f"{where}: {field}.id: duplicate direction id '{d.id}' (also in {direction_ids[d.id]}); give it its own number"
                )
            direction_ids[d.id] = where
            if d.kind == "lovkrav" and not d.laws:
                problems.append(
                    f"{where}: {field}.laws: a lovkrav must cite at least one law; "
                    "add laws: [sel-101/4] (for example) or make it an anbefaling"
                )
            check_laws(where, f"{field}.laws", d.laws)
            if d.list_from:
                law_id = d.list_from.partition("/")[0]
                if law_id not in id_sets["law"] or not hb.law_items(d.list_from):
                    problems.append(
                        f"{where}: {field}.list_from: '{d.list_from}' names no stk. with items in {data}/laws.yml; "
                        "point it at a stk. that has 'items', e.g. bek-1477-4/1"
                    )
            check_ids(where, f"{field}.principles", "principle", d.principles)
            if d.phase and d.phase not in id_sets["phase"]:
                unknown(where, f"{field}.phase", "phase", d.phase)
            check_sources(where, f"{field}.sources", d.sources)
    problems.extend(check_flows(hb, data))
    problems.extend(check_courses(hb, data))
    problems.extend(check_search_phrases(hb, data))
    return problems


_WORD = re.compile(r"[^\W_]+")
_WORD_CHARACTER = re.compile(r"[^\W_]")


def _handbook_text(hb: Handbook) -> str:
    """Every text of the handbook's data but its search phrases, in lower case."""
    # the model's JSON (serialised by pydantic's core) holds every text; a newline in it is written '\\n', which
    # would glue an 'n' to the next word
    return hb.model_dump_json(exclude={"search_phrases"}).replace("\\n", " ").lower()


def _starts_a_word(text: str, word: str) -> bool:
    """True when a word of text starts with word: word occurs where no word character comes just before it."""
    # a few searches of the text for the handful of search words, instead of splitting the whole text into words
    at = text.find(word)
    while at >= 0:
        if at == 0 or not _WORD_CHARACTER.match(text, at - 1):
            return True
        at = text.find(word, at + 1)
    return False


def check_search_phrases(hb: Handbook, data: str = "data") -> list[str]:
    """Each everyday phrase is listed once, and search looks for words the handbook uses (search finds prefixes)."""
    problems: list[str] = []
    where = f"{data}/search_phrases.yml"
    if not hb.search_phrases:
        return problems
    text = _handbook_text(hb)
    seen: dict[str, int] = {}
    for index, record in enumerate(hb.search_phrases):
        for p_index, phrase in enumerate(record.phrases):
            key = " ".join(_WORD.findall(phrase.lower()))
            if key in seen:
                problems.append(
                    f"{where}: [{index}].phrases[{p_index}]: '{phrase}' is also listed in [{seen[key]}]; "
                    "list each phrase once"
                )
            seen.setdefault(key, index)
        for word in _WORD.findall(record.search.lower()):
            if not _starts_a_word(text, word):
                problems.append(
                    f"{where}: [{index}].search: '{word}' is a word the handbook does not use; "
                    "search for words from the handbook's own text"
                )
    return problems
