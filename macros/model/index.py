"""The handbook's indexes, built once per handbook: records by id, reverse links and the reading orders.

Renderers look records up here instead of scanning the collections, and take the orders from here instead of
sorting again. Everything is derived from the handbook's fields alone, so two handbooks with equal fields have
equal indexes. Unknown ids: the by-id maps raise KeyError; the reverse maps answer with an empty tuple.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # records.py builds the index, so the index only names the records
    from macros.model.course import Course
    from macros.model.flow import Flow
    from macros.model.records import (
        Change,
        Direction,
        Guideline,
        Handbook,
        Law,
        LawPart,
        Method,
        Phase,
        Principle,
        Source,
        Term,
        Theme,
    )

Pair = tuple["Guideline", "Direction"]
T = TypeVar("T")
_WORD = re.compile(r"\w+")


def _first(pairs: Iterable[tuple[object, object]]) -> Mapping:
    """A map from (key, value) pairs; on a repeated key the first value wins, as a scan would find it (load reports
    duplicate ids). Typed read-only; a plain dict, so a handbook still copies and pickles."""
    found: dict = {}
    for key, value in pairs:
        found.setdefault(key, value)
    return found


def _by_id(records: Iterable) -> Mapping:
    """Records by id."""
    return _first((r.id, r) for r in records)


def _grouped(pairs: Iterable[tuple[object, object]]) -> dict[object, tuple]:
    """key -> the values with that key, in the order given."""
    groups: dict[object, list] = {}
    for key, value in pairs:
        groups.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in groups.items()}


# ' word word ' to search for in a text reduced to its words (whole-word tests are plain substring tests), and its
# words; '' for a one-word needle, which is in a text when its word is: nothing is left to search for
Needle = tuple[str, frozenset[str]]


def guideline_text(g: Guideline) -> str:
    """Every piece of prose on a guideline page that comes from the data."""
    pieces = [g.title, g.purpose, g.target_group, g.background, g.practice]
    pieces += [piece for d in g.directions for piece in (d.text, d.note)]
    return "\n".join(pieces)


class TermFinder:
    """Finds the terms a guideline's text uses. Each name, synonym and abbreviation is reduced to its words once and
    filed under its first word, so a text is tested only for the needles whose first word it has."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms = tuple(terms)
        # names and synonyms in lower case, abbreviations as written: first word -> (term's position, needle)
        self._names: dict[str, list[tuple[int, Needle]]] = {}
        self._abbreviations: dict[str, list[tuple[int, Needle]]] = {}
        for position, term in enumerate(self.terms):
            for name in (term.term, *term.synonyms):
                self._file(self._names, position, name.lower())
            for abbreviation in term.abbreviations:
                self._file(self._abbreviations, position, abbreviation)

    @staticmethod
    def _file(filed: dict[str, list[tuple[int, Needle]]], position: int, name: str) -> None:
        words = _WORD.findall(name)
        if words:  # a name without a word can never be found
            phrase = " " + " ".join(words) + " " if len(words) > 1 else ""
            filed.setdefault(words[0], []).append((position, (phrase, frozenset(words))))

    def terms_in(self, g: Guideline) -> tuple[Term, ...]:
        """The terms the guideline's text uses as whole words, in the order given."""
        words = _WORD.findall(guideline_text(g))
        text = " " + " ".join(words) + " "
        vocabulary = frozenset(words)
        # lower case never turns a letter into a space, so these are the words of text.lower()
        lower_vocabulary = frozenset(map(str.lower, vocabulary))
        found: set[int] = set()
        # names match in any case, abbreviations only as written ('MI' is not 'mi'). A needle can only be in the
        # text if each of its words is, which a set says fast; so only needles filed under a word of the text count
        for text_words, within, filed in ((lower_vocabulary, text.lower(), self._names),
                                          (vocabulary, text, self._abbreviations)):
            for word in text_words & filed.keys():
                for position, (phrase, parts) in filed[word]:
                    if position not in found and parts <= text_words and phrase in within:
                        found.add(position)
        return tuple(self.terms[position] for position in sorted(found))


def terms_in(terms: Iterable[Term], g: Guideline) -> tuple[Term, ...]:
    """The terms a guideline's text uses as whole words, in the order given."""
    return TermFinder(terms).terms_in(g)


class HandbookIndex:
    """Lookups over one handbook. The maps named after a collection hold its records by id (read-only)."""

    def __init__(self, hb: Handbook) -> None:
        self.sources: Mapping[str, Source] = _by_id(hb.sources)
        self.themes: Mapping[str, Theme] = _by_id(hb.themes)
        self.principles: Mapping[str, Principle] = _by_id(hb.principles)
        self.phases: Mapping[str, Phase] = _by_id(hb.phases)
        self.laws: Mapping[str, Law] = _by_id(hb.laws)
        self.guidelines: Mapping[str, Guideline] = _by_id(hb.guidelines)
        self.terms: Mapping[str, Term] = _by_id(hb.terms)
        self.methods: Mapping[str, Method] = _by_id(hb.methods)
        self.flows: Mapping[str, Flow] = _by_id(hb.flows)
        self.courses: Mapping[str, Course] = _by_id(hb.courses)
        # a guideline's change record; law parts by reference ('sel-101/4'); directions as (guideline, direction)
        self.changes: Mapping[str, Change] = _first((c.guideline, c) for c in hb.changes)
        self.law_parts: Mapping[str, LawPart] = _first(
            (f"{law.id}/{part.stk}", part) for law in self.laws.values() for part in law.parts
        )
        self.pairs: tuple[Pair, ...] = tuple((g, d) for g in hb.guidelines for d in g.directions)
        self.directions: Mapping[str, Pair] = _first((d.id, (g, d)) for g, d in self.pairs)

        # the reading orders; sorted() is stable, so ties keep data order
        self.themes_by_chapter = tuple(sorted(hb.themes, key=lambda t: t.chapter))
        self.principles_by_number = tuple(sorted(hb.principles, key=lambda p: p.number))
        self.phases_by_order = tuple(sorted(hb.phases, key=lambda p: p.order))
        self.methods_by_name = tuple(sorted(hb.methods, key=lambda m: m.name.casefold()))
        self.terms_by_name = tuple(sorted(hb.terms, key=lambda t: t.term.lower()))
        self.flows_by_order = tuple(sorted(hb.flows, key=lambda f: (f.order, f.id)))
        self.courses_by_kind = tuple(sorted(hb.courses, key=self._course_key))

        # reverse links, each in handbook order
        self._related_to = _grouped((r, g) for g in hb.guidelines for r in dict.fromkeys(g.related))
        self._by_theme = _grouped((g.theme, g) for g in hb.guidelines)
        self._by_guideline_phase = _grouped((g.phase, g) for g in hb.guidelines)
        self._by_method = _grouped((m, g) for g in hb.guidelines for m in dict.fromkeys(g.methods))
        self._by_guideline_law = _grouped(
            (law_id, g) for g in hb.guidelines for law_id in dict.fromkeys(r.partition("/")[0] for r in g.laws)
        )
        self._by_phase = _grouped((d.phase or g.phase, (g, d)) for g, d in self.pairs)
        self._carrying = _grouped(
            (p, (g, d)) for g, d in self.pairs for p in dict.fromkeys(d.principles or g.principles)
        )
        self._citing = _grouped((ref.partition("/")[0], (g, d, ref)) for g, d in self.pairs for ref in d.laws)
        self._flows_of = _grouped((gid, f) for f in self.flows_by_order for gid in dict.fromkeys(f.guidelines))
        self._all_terms = hb.terms
        self._all_guidelines = hb.guidelines
        self._common: dict[float, frozenset[str]] = {}
        self._derived: dict[Callable, object] = {}  # Handbook.derived: function -> its value for this handbook

    def __eq__(self, other: object) -> bool:
        # pydantic compares private attributes too; the index follows from the fields, which it compares already
        return isinstance(other, HandbookIndex)

    __hash__ = None  # type: ignore[assignment]  # equal to every index: never a key

    def _course_key(self, course: Course) -> tuple:
        """Theme modules (by chapter), then principle modules (by number), then the legal framework."""
        if course.kind == "tema":
            theme = self.themes.get(course.target)
            return (0, theme.chapter if theme else 0, course.id)
        if course.kind == "princip":
            principle = self.principles.get(course.target)
            return (1, principle.number if principle else 0, course.id)
        return (2, 0, course.id)

    def related_to(self, guideline_id: str) -> tuple[Guideline, ...]:
        """The guidelines that name this guideline as related."""
        return self._related_to.get(guideline_id, ())

    def theme_guidelines(self, theme_id: str) -> tuple[Guideline, ...]:
        """The guidelines of a theme."""
        return self._by_theme.get(theme_id, ())

    def phase_guidelines(self, phase_id: str | None) -> tuple[Guideline, ...]:
        """The guidelines whose own phase is this one (None: those bound to no phase)."""
        return self._by_guideline_phase.get(phase_id, ())

    def phase_directions(self, phase_id: str | None) -> tuple[Pair, ...]:
        """(guideline, direction) pairs in a phase: the direction's own phase, else its guideline's (None: no phase)."""
        return self._by_phase.get(phase_id, ())

    def carrying(self, principle_id: str) -> tuple[Pair, ...]:
        """(guideline, direction) pairs that carry a principle: the direction's own principles, else its guideline's."""
        return self._carrying.get(principle_id, ())

    def citing(self, law_id: str) -> tuple[tuple[Guideline, Direction, str], ...]:
        """(guideline, direction, reference) for every reference a direction makes to a law (any stk.)."""
        return self._citing.get(law_id, ())

    def law_guidelines(self, law_id: str) -> tuple[Guideline, ...]:
        """The guidelines whose own legal basis names a law (any stk.)."""
        return self._by_guideline_law.get(law_id, ())

    def method_guidelines(self, method_id: str) -> tuple[Guideline, ...]:
        """The guidelines whose methods list names a method."""
        return self._by_method.get(method_id, ())

    def guideline_flows(self, guideline_id: str) -> tuple[Flow, ...]:
        """The flows shown on a guideline's page, in flow order."""
        return self._flows_of.get(guideline_id, ())

    @cached_property
    def _terms(self) -> TermFinder:
        """The terms' needles, made once per handbook (on first use: most copies of a handbook never ask)."""
        return TermFinder(self._all_terms)

    @cached_property
    def _term_index(self) -> tuple[dict[str, tuple[Term, ...]], dict[str, tuple[Guideline, ...]]]:
        """(guideline id -> terms it uses, term id -> guidelines using it): read from the text on first use, as it
        is the one costly index (every term against every guideline's text)."""
        used = [(g, self._terms.terms_in(g)) for g in self._all_guidelines]
        return _first((g.id, terms) for g, terms in used), _grouped((t.id, g) for g, terms in used for t in terms)

    def terms_used(self, g: Guideline) -> tuple[Term, ...]:
        """The glossary terms a guideline's text uses, in glossary (data) order; a guideline that is not this
        handbook's own (an edited copy) is read afresh."""
        if self.guidelines.get(g.id) is g:
            return self._term_index[0][g.id]
        return self._terms.terms_in(g)

    def term_guidelines(self, term_id: str) -> tuple[Guideline, ...]:
        """The guidelines whose text uses a term."""
        return self._term_index[1].get(term_id, ())

    def derived(self, compute: Callable[[Handbook], T], hb: Handbook) -> T:
        """compute(hb) for the handbook this index was built from, computed on first use (Handbook.derived)."""
        if compute not in self._derived:
            self._derived[compute] = compute(hb)
        return self._derived[compute]  # type: ignore[return-value]

    def common_terms(self, share: float) -> frozenset[str]:
        """Ids of the terms used by more than this share of the guidelines (every guideline page asks)."""
        if share not in self._common:
            limit = share * len(self._all_guidelines)
            self._common[share] = frozenset(t.id for t in self._all_terms if len(self.term_guidelines(t.id)) > limit)
        return self._common[share]
