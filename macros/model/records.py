"""The handbook's data model: typed, frozen records validated once per build."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, field_validator
from pydantic_core import PydanticCustomError

from macros.model.index import HandbookIndex

# Markdown fields are written into pages as Markdown, so markup that Markdown passes through untouched is refused
# here: raw HTML (tags, comments), character entities, attribute lists and script links. Plain-text fields are
# escaped wherever they are shown instead (macros/core/escape.py).
_RAW_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?=[\s/>])[^>]*>?|<!--|<![A-Za-z\[]|<\?")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")
_ATTR_LIST = re.compile(r"\{:?\s*(?:[.#][A-Za-z_-]|[A-Za-z_-][\w-]*\s*=)[^}\n]*\}?")
_SCRIPT_LINK = re.compile(r"\]\(\s*<?\s*(?:javascript|vbscript|data):|^\s*\[[^\]]+\]:\s*<?\s*(?:javascript|vbscript|data):",
                          re.IGNORECASE | re.MULTILINE)


MARKUP_ERRORS = frozenset({"raw_html", "html_entity", "attribute_list", "script_link"})


def _markdown_only(text: str) -> str:
    """Refuse markup that would pass through Markdown into the page untouched."""
    checks = (
        (_RAW_HTML, "raw_html", "raw HTML is not allowed in text ({found}); use Markdown, e.g. **fed** or [tekst](side.md)"),
        (_ENTITY, "html_entity", "HTML entities are not allowed in text ({found}); write the character itself"),
        (_ATTR_LIST, "attribute_list", "attribute lists are not allowed in text ({found}); remove the {…} part"),
        (_SCRIPT_LINK, "script_link", "links must not run code ({found}); link to a page or an https:// address"),
    )
    for pattern, kind, message in checks:
        match = pattern.search(text)
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
    return Field(
        default="", alias="ændringsnote", max_length=NOTE_MAX,
        description=f"Kort note om den ændring, du gemmer nu (højst {NOTE_MAX} tegn, almindelig tekst). Den vises under "
        "Historik og i ændringsfeedet ved den version, hvor noten blev skrevet eller ændret.",
    )


# A lower-case id used in file names, URLs and anchors: letters, digits and hyphens only.
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
SUMMARY_MAX = 400  # characters in a guideline's "Kort fortalt"
# a sentence ends at . ! or ? before a capital letter or the end ("stk. 4" and "fx" do not end one)
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ\"“]|\s*$)")


class SourceRef(Record):
    """A pointer to a source, optionally with the pages or section it supports."""

    source: str = Field(description="Id i data/sources.yml, fx K1.")
    pages: str | None = Field(default=None, description="Sidetal eller afsnit, fx '52-54'.")
    note: Markdown | None = Field(default=None, description="Kort note om, hvad kilden bekræfter.")


class Source(Record):
    """A publication, web page or law text we rely on."""

    id: str = Field(description="Kort id, fx K1 eller K-STOF37.")
    title: str = Field(description="Kildens titel.")
    publisher: str | None = Field(default=None, description="Udgiver.")
    date: str | None = Field(default=None, description="Dato eller år.")
    url: str | None = Field(default=None, pattern=URL, description="Adresse, hvis kilden er online.")
    note: Markdown | None = Field(default=None, description="Forbehold, fx sekundær kopi.")


class Theme(Record):
    """One of the two themes (chapters 2 and 3)."""

    id: Slug = Field(description="Id, fx organisering.")
    chapter: int = Field(description="Kapitelnummer i 2020-udgaven.")
    title: str = Field(description="Temaets titel.")
    official_title: str = Field(description="Kapitlets titel i 2020-udgaven.")
    page: int | None = Field(default=None, description="Sidetal i 2020-udgaven.")
    summary: Markdown = Field(description="Kort beskrivelse med egne ord.")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Kilder.")


class Principle(Record):
    """One of the seven overarching principles."""

    id: Slug = Field(description="Id, fx helhed.")
    number: int = Field(ge=1, le=7, description="Nummer 1-7 (håndbogens rækkefølge).")
    title: str = Field(description="Kort etiket (redaktionel, indtil ordlyden er bekræftet).")
    summary: Markdown = Field(description="Én sætning om princippet.")
    description: Markdown = Field(default="", description="Markdown: hvad princippet betyder i praksis.")
    why: Markdown = Field(default="", description="Markdown: hvorfor princippet er vigtigt.")
    status: Status = Field(description="Redaktionel status.")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Kilder.")
    changes_note: str = change_note()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Deadline(Record):
    """A statutory or recommended deadline that binds a phase."""

    label: str = Field(description="Fx 'Behandling iværksat'.")
    rule: Markdown = Field(description="Fristen med egne ord, fx 'senest 14 dage efter henvendelsen'.")
    laws: tuple[str, ...] = Field(default=(), description="Lovhenvisninger, fx sel-101/4.")


class Phase(Record):
    """A phase of the citizen's path."""

    id: Slug = Field(description="Id, fx afdaekning.")
    order: int = Field(ge=1, description="Rækkefølge i forløbet.")
    title: str = Field(description="Fasens navn.")
    summary: Markdown = Field(description="Hvad der sker i fasen.")
    deadlines: tuple[Deadline, ...] = Field(default=(), description="Frister i fasen.")


class LawPart(Record):
    """One stk. (subsection) of a law paragraph, summarised in our own words."""

    stk: int = Field(ge=1, description="Stykkets nummer.")
    summary: Markdown = Field(description="Indholdet med egne ord.")
    items: tuple[Markdown, ...] = Field(
        default=(),
        description="Stykkets nummererede punkter (nr. 1, 2, …) med egne ord, fx kvalitetsstandardens 15 punkter. "
        "Selvevalueringen bygger på dem.",
    )
    new_2020: bool = Field(default=False, description="Nyt eller ændret ved lov nr. 1421/2019.")
    confirmed: bool = Field(default=True, description="False, hvis ordlyden ikke er set i kilden.")


class Law(Record):
    """A law paragraph (a page); its stk. are the parts a direction can cite."""

    id: Slug = Field(description="Id, fx sel-101.")
    act: str = Field(description="Lovens korte navn, fx Serviceloven.")
    abbreviation: str = Field(description="Forkortelse, fx SEL.")
    paragraph: str = Field(description="Paragraf, fx '§ 101'.")
    title: str = Field(description="Emne med egne ord.")
    summary: Markdown = Field(description="Kort sammenfatning med egne ord.")
    practice: Markdown = Field(default="", description="Markdown: hvad det betyder i praksis.")
    parts: tuple[LawPart, ...] = Field(default=(), description="Stykker.")
    url: str = Field(pattern=URL, description="Officiel tekst (retsinformation.dk).")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Kilder.")
    changes_note: str = change_note()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Direction(Record):
    """An anvisning: a statutory requirement or a recommendation."""

    id: str = Field(pattern=r"^\d+\.\d+\.\d+$", description="Stabilt id, fx 3.4.2.")
    kind: Literal["lovkrav", "anbefaling"] = Field(description="lovkrav eller anbefaling.")
    text: Markdown = Field(description="Anvisningen med egne ord.")
    laws: tuple[str, ...] = Field(default=(), description="Lovhenvisninger, fx sel-101/4.")
    status: Status = Field(description="Redaktionel status.")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Kilder.")
    principles: tuple[Slug, ...] = Field(default=(), description="Principper anvisningen bærer.")
    phase: Slug | None = Field(default=None, description="Forløbsfase, hvis en anden end retningslinjens.")
    note: Markdown = Field(default="", description="Uddybning eller forbehold.")
    list_from: str | None = Field(
        default=None,
        description="Lovhenvisning til et stykke med punkter (fx bek-1477-4/1); punkterne vises under teksten, "
        "så listen kun står ét sted i data.",
    )
    keywords: tuple[str, ...] = Field(default=(), alias="søgeord", description="Ekstra søgeord.")
    changes_note: str = change_note()

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Guideline(Record):
    """A retningslinje with its directions and prose layers."""

    id: Slug = Field(pattern=r"^\d+-\d+$", description="Id = filnavn, fx 3-4.")
    number: str = Field(pattern=r"^\d+\.\d+$", description="Nummer, fx 3.4.")
    title: str = Field(description="Titel.")
    short_title: str = Field(description="Kort titel til menu og tabeller.")
    theme: Slug = Field(description="Tema-id.")
    status: Status = Field(description="Status for titel, nummer og placering.")
    pages: str | None = Field(default=None, description="Sidetal i 2020-udgaven, fx '52'.")
    principles: tuple[Slug, ...] = Field(default=(), description="Principper.")
    phase: Slug | None = Field(default=None, description="Forløbsfase.")
    laws: tuple[str, ...] = Field(default=(), description="Lovgrundlag.")
    related: tuple[Slug, ...] = Field(default=(), description="Relaterede retningslinjer.")
    methods: tuple[Slug, ...] = Field(default=(), description="Metoder.")
    summary: str = Field(
        min_length=1,
        max_length=SUMMARY_MAX,
        description=f"Kort fortalt: svaret i én til tre korte sætninger med egne ord (klarsprog, højst {SUMMARY_MAX} "
        "tegn). Står øverst på siden, før anvisningerne, og på udskriftssiden. Det er altid håndbogens egen "
        "sammenfatning, så siden mærker den Redaktionel; skriv kun det, anvisningerne og lovgrundlaget bærer.",
    )
    purpose: Markdown = Field(description="Formål med egne ord.")
    target_group: Markdown = Field(description="Målgruppe med egne ord.")
    directions: tuple[Direction, ...] = Field(default=(), description="Anvisninger.")
    background: Markdown = Field(default="", description="Markdown: baggrund og viden.")
    practice: Markdown = Field(default="", description="Markdown: sådan kan I gøre.")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Kilder.")
    keywords: tuple[str, ...] = Field(default=(), alias="søgeord", description="Ekstra søgeord.")
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

    id: Slug = Field(description="Id, fx behandlingsgaranti.")
    term: str = Field(description="Termen.")
    definition: Markdown = Field(description="Definition med egne ord.")
    abbreviations: tuple[Abbreviation, ...] = Field(default=(), description="Forkortelser, fx MI (ét ord: bogstaver, tal, - og /).")
    synonyms: tuple[str, ...] = Field(default=(), description="Synonymer og bøjninger.")
    english: str | None = Field(default=None, description="Engelsk term.")
    sources: tuple[SourceRef, ...] = Field(default=(), description="Kilder.")


class Method(Record):
    """A treatment method described in the sources."""

    id: Slug = Field(description="Id, fx motiverende-samtale.")
    name: str = Field(description="Navn.")
    abbreviation: str | None = Field(default=None, description="Forkortelse.")
    summary: Markdown = Field(description="Én sætning.")
    description: Markdown = Field(description="Markdown: hvad metoden er.")
    target_group: Markdown = Field(description="For hvem.")
    evidence: Markdown = Field(description="Viden om virkning i klart sprog.")
    named_in_2020: bool = Field(default=False, description="True kun hvis en kilde bekræfter det.")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Kilder.")


class SearchPhrase(Record):
    """Words practitioners type that the handbook does not use, and what search looks for instead."""

    phrases: tuple[str, ...] = Field(
        min_length=1,
        description="Ord og vendinger, som praktikere skriver, fx 'sagsbehandler' eller 'stoppe helt'. Små bogstaver; "
        "en bøjet form findes også (visitator finder visitatoren).",
    )
    search: str = Field(
        description="Det, søgningen leder efter i stedet: ord, som håndbogen selv bruger, fx 'afgørelse visitation'.",
    )
    note: str = Field(default="", description="Hvorfor vendingen peger hertil (vises ikke for læseren).")


class Change(Record):
    """What changed for one 2020 guideline compared with the 2016 edition."""

    guideline: Slug = Field(description="2020-retningslinjens id.")
    counterparts_2016: tuple[str, ...] = Field(default=(), description="2016-modstykker.")
    summary: Markdown = Field(description="Hvad der er ændret, med egne ord.")
    status: Status = Field(description="Redaktionel status for sammenstillingen.")
    sources: tuple[SourceRef, ...] = Field(min_length=1, description="Kilder.")


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
        return self._index

    def law(self, ref: str) -> Law:
        """The law a reference like 'sel-101/4' points at."""
        return self._index.laws[ref.split("/", 1)[0]]

    def law_items(self, ref: str) -> tuple[str, ...]:
        """The numbered items of the stk. a reference like 'bek-1477-4/1' names."""
        law_id, _, stk = ref.partition("/")
        self.law(law_id)  # an unknown law is an error; an unknown stk. has no items
        part = self._index.law_parts.get(f"{law_id}/{stk}")
        return part.items if part else ()

    def guideline(self, guideline_id: str) -> Guideline:
        """The guideline with this id."""
        return self._index.guidelines[guideline_id]

    def principle(self, principle_id: str) -> Principle:
        """The principle with this id."""
        return self._index.principles[principle_id]

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id."""
        return self._index.themes[theme_id]

    def phase(self, phase_id: str) -> Phase:
        """The phase with this id."""
        return self._index.phases[phase_id]

    def method(self, method_id: str) -> Method:
        """The method with this id."""
        return self._index.methods[method_id]

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        return self._index.sources[source_id]

    def directions(self) -> tuple[tuple[Guideline, Direction], ...]:
        """Every (guideline, direction) pair in handbook order."""
        return self._index.pairs

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
