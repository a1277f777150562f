"""The handbook's data model: typed, frozen records validated once per build."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, field_validator
from pydantic_core import PydanticCustomError

from macros.model.index import HandbookIndex

# Markdown fields are written into pages as Markdown, so markup that Markdown passes through untouched is refused
# here: raw HTML (tags, comments), character entities, attribute lists and script links. Plain-text fields are
# escaped wherever they are shown instead (macros/core/escape.py).
_RAW_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*>?|<!--|<![A-Za-z\[]|<\?")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
_ATTR_LIST = re.compile(r"\{:?\s*(?:[.#][A-Za-z_-]|[A-Za-z_-][\w-]*\s*=)[^}\n]*\}?")
_SCRIPT_LINK = re.compile(r"\]\(\s*<?\s*(?:javascript|vbscript|data):", re.IGNORECASE)  # [text](javascript:…)
_SCRIPT_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s*<?\s*(?:javascript|vbscript|data):",  # [ref]: javascript:…
                                re.IGNORECASE | re.MULTILINE)
_MARKUP_SIGN = re.compile(r"[<&{\]]")  # every match of the four patterns above holds one of these characters


T = TypeVar("T")  # a value derived from a handbook (Handbook.derived)

MARKUP_ERRORS = frozenset({"raw_html", "html_entity", "attribute_list", "script_link"})


def _script_link(text: str) -> re.Match | None:
    """The first link in text that would run code: an inline link or a link reference definition."""
    # two patterns, not one with two branches: a fixed first character (']') lets the regex engine skip ahead to it,
    # and only a text with ']:' can hold a definition. A match of one never starts where the other's does.
    found = [m for m in (_SCRIPT_LINK.search(text), "]:" in text and _SCRIPT_DEFINITION.search(text)) if m]
    return min(found, key=re.Match.start, default=None)


_MARKUP_CHECKS = (  # in this order: a text with several kinds of markup is refused for the first kind found
    (_RAW_HTML.search, "raw_html", "raw HTML is not allowed in text ({found}); use Markdown, e.g. **fed** or [tekst](side.md)"),
    (_ENTITY.search, "html_entity", "HTML entities are not allowed in text ({found}); write the character itself"),
    (_ATTR_LIST.search, "attribute_list", "attribute lists are not allowed in text ({found}); remove the {…} part"),
    (_script_link, "script_link", "links must not run code ({found}); link to a page or an https:// address"),
)


def _markdown_only(text: str) -> str:
    """Refuse markup that would pass through Markdown into the page untouched."""
    if _MARKUP_SIGN.search(text) is None:  # most texts: one quick pass settles it
        return text
    for search, kind, message in _MARKUP_CHECKS:
        match = search(text)
        if match:
            raise PydanticCustomError(kind, message, {"found": repr(match.group(0).strip()[:40])})
    return text


# An address readers follow: http(s) only, with no characters that would end a Markdown link or an attribute.
URL = r"^https?://[^\s<>\"'()\\]+$"

# An abbreviation becomes an inline explanation on every page (Markdown's abbr syntax), so it is one word.
Abbreviation = Annotated[str, Field(pattern=r"^[0-9A-Za-zÆØÅæøå][0-9A-Za-zÆØÅæøå./-]*$")]

# A field written as Markdown (links, emphasis, lists); raw HTML is refused at load.
Markdown = Annotated[str, AfterValidator(_markdown_only)]


class Record(BaseModel):
    """Base for every record: unknown keys are errors and records never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Status(StrEnum):
    """Editorial status: how sure we are that an item is the 2020 guidelines' content."""

    bekraeftet = "bekræftet"
    lovtekst = "lovtekst"
    grundlag_2016 = "2016-grundlag"
    redaktionel = "redaktionel"


CONFIRMED = frozenset({Status.bekraeftet, Status.lovtekst})
NOTE_MAX = 300  # a change note is a sentence or two, not a second text


def change_note():
    """The optional 'ændringsnote' field: the editor's short note on the change saved with it."""
    return Field(default="", alias="ændringsnote", max_length=NOTE_MAX)


# A lower-case id used in file names, URLs and anchors: letters, digits and hyphens only.
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
SUMMARY_MAX = 400  # characters in a guideline's "Kort fortalt"
# a sentence ends at . ! or ? before a capital letter or the end ("stk. 4" and "fx" do not end one)
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ\"“]|\s*$)")


class SourceRef(Record):
    """A pointer to a source, optionally with the pages or section it supports."""

    source: str
    pages: str | None = None
    note: Markdown | None = None


class Source(Record):
    """A publication, web page or law text we rely on."""

    id: str
    title: str
    publisher: str | None = None
    date: str | None = None
    url: str | None = Field(default=None, pattern=URL)
    note: Markdown | None = None


class Theme(Record):
    """One of the two themes (chapters 2 and 3)."""

    id: Slug
    chapter: int
    title: str
    official_title: str
    page: int | None = None
    summary: Markdown
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class Principle(Record):
    """One of the seven overarching principles."""

    id: Slug
    number: int = Field(ge=1, le=7)
    title: str
    summary: Markdown
    description: Markdown = ""
    why: Markdown = ""
    status: Status
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    changes_note: str = change_note()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Deadline(Record):
    """A statutory or recommended deadline that binds a phase."""

    label: str
    rule: Markdown
    laws: tuple[str, ...] = ()


class Phase(Record):
    """A phase of the citizen's path."""

    id: Slug
    order: int = Field(ge=1)
    title: str
    summary: Markdown
    deadlines: tuple[Deadline, ...] = ()


class LawPart(Record):
    """One stk. (subsection) of a law paragraph, summarised in our own words."""

    stk: int = Field(ge=1)
    summary: Markdown
    items: tuple[Markdown, ...] = ()
    new_2020: bool = False
    confirmed: bool = True


class Law(Record):
    """A law paragraph (a page); its stk. are the parts a direction can cite."""

    id: Slug
    act: str
    abbreviation: str
    paragraph: str
    title: str
    summary: Markdown
    practice: Markdown = ""
    parts: tuple[LawPart, ...] = ()
    url: str = Field(pattern=URL)
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    changes_note: str = change_note()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Direction(Record):
    """An anvisning: a statutory requirement or a recommendation."""

    id: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    kind: Literal["lovkrav", "anbefaling"]
    text: Markdown
    laws: tuple[str, ...] = ()
    status: Status
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    principles: tuple[Slug, ...] = ()
    phase: Slug | None = None
    note: Markdown = ""
    list_from: str | None = None
    keywords: tuple[str, ...] = Field(default=(), alias="søgeord")
    changes_note: str = change_note()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Guideline(Record):
    """A retningslinje with its directions and prose layers."""

    id: Slug = Field(pattern=r"^\d+-\d+$")
    number: str = Field(pattern=r"^\d+\.\d+$")
    title: str
    short_title: str
    theme: Slug
    status: Status
    pages: str | None = None
    principles: tuple[Slug, ...] = ()
    phase: Slug | None = None
    laws: tuple[str, ...] = ()
    related: tuple[Slug, ...] = ()
    methods: tuple[Slug, ...] = ()
    summary: str = Field(min_length=1, max_length=SUMMARY_MAX)
    purpose: Markdown
    target_group: Markdown
    directions: tuple[Direction, ...] = ()
    background: Markdown = ""
    practice: Markdown = ""
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    keywords: tuple[str, ...] = Field(default=(), alias="søgeord")
    changes_note: str = change_note()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def lovkrav_first(self) -> tuple[Direction, ...]:
        """The directions in the order pages list them: lovkrav first, each group in data order (ids never change)."""
        return (*(d for d in self.directions if d.kind == "lovkrav"), *(d for d in self.directions if d.kind != "lovkrav"))

    @field_validator("summary")
    @classmethod
    def _one_to_three_sentences(cls, value: str) -> str:
        """Kort fortalt is short: one to three sentences, each ending in . ! or ?."""
        count = len(SENTENCE_END.findall(value.strip()))
        if not 1 <= count <= 3:
            raise ValueError(f"has {count} sentences; write one to three short sentences, each ending with a full stop")
        return value


class Term(Record):
    """A glossary entry."""

    id: Slug
    term: str
    definition: Markdown
    abbreviations: tuple[Abbreviation, ...] = ()
    synonyms: tuple[str, ...] = ()
    english: str | None = None
    sources: tuple[SourceRef, ...] = ()


class Method(Record):
    """A treatment method described in the sources."""

    id: Slug
    name: str
    abbreviation: str | None = None
    summary: Markdown
    description: Markdown
    target_group: Markdown
    evidence: Markdown
    named_in_2020: bool = False
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class SearchPhrase(Record):
    """Words practitioners type that the handbook does not use, and what search looks for instead."""

    phrases: tuple[str, ...] = Field(min_length=1)
    search: str
    note: str = ""


class Change(Record):
    """What changed for one 2020 guideline compared with the 2016 edition."""

    guideline: Slug
    counterparts_2016: tuple[str, ...] = ()
    summary: Markdown
    status: Status
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class Handbook(Record):
    """The whole validated dataset."""

    sources: tuple[Source, ...]
    themes: tuple[Theme, ...]
    principles: tuple[Principle, ...]
    phases: tuple[Phase, ...]
    laws: tuple[Law, ...]
    guidelines: tuple[Guideline, ...]
    terms: tuple[Term, ...] = ()
    methods: tuple[Method, ...] = ()
    changes: tuple[Change, ...] = ()
    flows: tuple[flow_model.Flow, ...] = ()
    courses: tuple[course_model.Course, ...] = ()
    search_phrases: tuple[SearchPhrase, ...] = ()

    _index: HandbookIndex = PrivateAttr()

    def model_post_init(self, context, /) -> None:
        """Build the indexes once, when the handbook is made."""
        self._index = HandbookIndex(self)

    def model_copy(self, *, update=None, deep: bool = False) -> Handbook:
        """A copy with its own indexes: a copy with updated fields must not answer from the old ones."""
        copy = super().model_copy(update=update, deep=deep)
        copy._index = HandbookIndex(copy)
        return copy

    @property
    def index(self) -> HandbookIndex:
        """Records by id, reverse links and reading orders (macros/model/index.py)."""
        # read from pydantic's own store of private attributes: `self._index` first fails the normal lookup and then
        # checks for a descriptor (about ten times slower), and renderers ask for the index tens of thousands of times
        return self.__pydantic_private__["_index"]

    def derived(self, compute: Callable[[Handbook], T]) -> T:
        """compute(self), computed once for this handbook: for a value that follows from the data alone and that
        several steps of a build ask for (the content hash, the editors' worklist). Never change what it returns."""
        return self.index.derived(compute, self)

    def law(self, ref: str) -> Law:
        """The law a reference like 'sel-101/4' points at."""
        return self.index.laws[ref.split("/", 1)[0]]

    def law_items(self, ref: str) -> tuple[str, ...]:
        """The numbered items of the stk. a reference like 'bek-1477-4/1' names."""
        law_id, _, stk = ref.partition("/")
        self.law(law_id)  # an unknown law is an error; an unknown stk. has no items
        part = self.index.law_parts.get(f"{law_id}/{stk}")
        return part.items if part else ()

    def guideline(self, guideline_id: str) -> Guideline:
        """The guideline with this id."""
        return self.index.guidelines[guideline_id]

    def principle(self, principle_id: str) -> Principle:
        """The principle with this id."""
        return self.index.principles[principle_id]

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id."""
        return self.index.themes[theme_id]

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id."""
        return self.index.phases[phase_id]

    def method(self, method_id: str) -> Method:
        """The method with this id."""
        return self.index.methods[method_id]

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        return self.index.sources[source_id]

    def directions(self) -> tuple[tuple[Guideline, Direction], ...]:
        """Every (guideline, direction) pair in handbook order."""
        return self.index.pairs

    def direction_phase(self, guideline: Guideline, direction: Direction) -> str | None:
        """The phase a direction belongs to: its own, else its guideline's."""
        return direction.phase or guideline.phase

    def direction_principles(self, guideline: Guideline, direction: Direction) -> tuple[str, ...]:
        """The principles a direction carries: its own, else its guideline's."""
        return direction.principles or guideline.principles


# Flows and courses live in their own modules, which build on Record above. Imported last, so any module may be
# imported first; pydantic resolves the forward references Handbook.flows and .courses on first use.
from macros.model import course as course_model  # noqa: E402
from macros.model import flow as flow_model  # noqa: E402
