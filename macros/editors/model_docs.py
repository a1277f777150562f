"""What the editors' guide says about the models: Danish names, files, and each field's type and rules."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from dataclasses import dataclass

from annotated_types import Ge, Le, MinLen
from pydantic import BaseModel

from macros.model.load import COLLECTIONS, REQUIRED
from macros.model.overlay import Overlay
from macros.model.records import Handbook, Status

# Danish name and one line per model. A model reachable from Handbook or Overlay needs an entry here
# (tests/test_editors_guide.py fails otherwise), so a new record type is explained the day it is added.
MODEL_NAMES: dict[str, tuple[str, str]] = {
    "Handbook": ("Håndbogen", "Hele datasættet: alle mapper og filer i data/ tilsammen."),
    "Source": ("Kilde", "En udgivelse, webside eller lovtekst, som håndbogen bygger på."),
    "SourceRef": ("Kildehenvisning", "En henvisning til en kilde, evt. med sidetal."),
    "Theme": ("Tema", "Et af de to temaer (kapitel 2 og 3)."),
    "Principle": ("Princip", "Et af de syv overordnede principper."),
    "Phase": ("Fase", "En fase i borgerens forløb."),
    "Deadline": ("Frist", "En frist, der gælder i en fase."),
    "Law": ("Lovparagraf", "En paragraf, som håndbogen forklarer på sin egen side."),
    "LawPart": ("Lovstykke", "Et stykke (stk.) i en paragraf, sammenfattet med egne ord."),
    "Guideline": ("Retningslinje", "En retningslinje med sine anvisninger og tekstlag."),
    "Direction": ("Anvisning", "Et lovkrav eller en anbefaling i en retningslinje."),
    "Term": ("Ordlisteord", "Et ord i ordlisten med forklaring og forkortelser."),
    "Method": ("Metode", "En behandlingsmetode, som kilderne beskriver."),
    "SearchPhrase": ("Hverdagsord i søgningen", "Ord og vendinger, som praktikere skriver, og hvad søgningen leder "
                     "efter i stedet."),
    "Change": ("Ændring fra 2016", "Hvad der er nyt i en 2020-retningslinje i forhold til 2016-udgaven."),
    "Flow": ("Beslutningsvej", "Et flow af trin, spørgsmål og slutpunkter (tekst og diagram)."),
    "FlowNode": ("Trin i beslutningsvej", "Et trin, et spørgsmål eller et slutpunkt."),
    "FlowEdge": ("Pil i beslutningsvej", "En pil fra et trin til et andet, evt. med et svar."),
    "Course": ("Kursusmodul", "Et undervisningsmodul til undervisere: læringsmål, oplæg, cases og refleksion."),
    "Case": ("Case", "En opdigtet case med spørgsmål og de anvisninger, den drejer sig om."),
    "Overlay": ("Kommunens lokale fil", "Kommunens egne oplysninger og 'Sådan gør vi'-bokse (én fil uden for data/)."),
    "Contact": ("Kontakt", "Hvem læseren kan kontakte."),
    "LocalBox": ("Lokal boks", "En 'Sådan gør vi i …'-boks ved en retningslinje eller anvisning."),
    "Accessibility": ("Tilgængelighed", "Oplysninger til tilgængelighedserklæringen."),
}
# The documented roots: the national data, and the optional local file a municipality keeps.
ROOTS: tuple[type[BaseModel], ...] = (Handbook, Overlay)
ROOT_FILES = {
    "Handbook": "hele mappen `data/`; hvert felt herunder er en fil eller mappe.",
    "Overlay": "den fil, `extra.handbook.overlay` i mkdocs.yml (eller miljøvariablen HANDBOOK_OVERLAY) peger på.",
}


@dataclass(frozen=True)
class FieldDoc:
    """One field as the guide shows it."""

    name: str  # the key editors write (the alias, if the field has one)
    type_text: str  # Danish Markdown, may link to another model's section
    required: bool
    default: str  # shown for optional fields, e.g. '""' or '[]'
    description: str


@dataclass(frozen=True)
class CollectionDoc:
    """Where one kind of record lives in data/."""

    name: str  # Handbook field, e.g. guidelines
    model: type[BaseModel]
    path: str  # e.g. data/guidelines/ or data/sources.yml
    folder: bool  # one file per record (file name == id) or one list file
    required: bool


def name_of(model: type[BaseModel]) -> str:
    """The Danish name of a model (its class name if none is registered)."""
    return MODEL_NAMES.get(model.__name__, (model.__name__, ""))[0]


def blurb_of(model: type[BaseModel]) -> str:
    """The one-line Danish description of a model."""
    return MODEL_NAMES.get(model.__name__, ("", ""))[1]


def anchor_of(model: type[BaseModel]) -> str:
    """The anchor of a model's section on the field reference page."""
    return f"model-{model.__name__.lower()}"


def nested_models(annotation) -> list[type[BaseModel]]:
    """The record models inside an annotation such as tuple[Direction, ...] or Contact | None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found = []
    for arg in typing.get_args(annotation):
        found += [m for m in nested_models(arg) if m not in found]
    return found


def reachable_models(roots: tuple[type[BaseModel], ...] = ROOTS) -> list[type[BaseModel]]:
    """Every model reachable from the roots through their fields, roots first, then in field order."""
    seen: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.append(model)
        for field in model.model_fields.values():
            for inner in nested_models(field.annotation):
                visit(inner)

    for root in roots:
        visit(root)
    return seen


def collections() -> list[CollectionDoc]:
    """Each collection of data/ with its model and path, in the loader's order."""
    out = []
    for name, (model, rel) in COLLECTIONS.items():
        folder = not rel.endswith(".yml")
        out.append(CollectionDoc(name, model, f"data/{rel}/" if folder else f"data/{rel}", folder, name in REQUIRED))
    return out


def field_docs(model: type[BaseModel]) -> list[FieldDoc]:
    """The fields of a model in declaration order, as the guide shows them."""
    docs = []
    for name, field in model.model_fields.items():
        docs.append(FieldDoc(
            name=field.alias or name,
            type_text=type_text(field.annotation, field.metadata),
            required=field.is_required(),
            default="" if field.is_required() else _default_text(field.default),
            description=field.description or "",
        ))
    return docs


def type_text(annotation, metadata=()) -> str:
    """A Danish description of a field type with its rules, e.g. 'liste af [Kildehenvisning](#…), mindst 1'."""
    rules = []
    for item in metadata:
        if isinstance(item, Ge):
            rules.append(f"mindst {item.ge}")
        elif isinstance(item, Le):
            rules.append(f"højst {item.le}")
        elif isinstance(item, MinLen):
            rules.append(f"mindst {item.min_length} {'post' if item.min_length == 1 else 'poster'}")
        elif getattr(item, "pattern", None):
            rules.append(f"skal passe til mønsteret `{item.pattern}`")
    base = _base_type(annotation)
    return base + (f" ({', '.join(rules)})" if rules else "")


def _base_type(annotation) -> str:
    """The type alone, without rules."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:  # e.g. model.Markdown: a str with a check; its rules show in type_text
        inner, *metadata = typing.get_args(annotation)
        return type_text(inner, metadata)
    args = [a for a in typing.get_args(annotation) if a is not type(None) and a is not Ellipsis]
    if origin in (typing.Union, types.UnionType):
        return " eller ".join(_base_type(a) for a in args)
    if origin in (tuple, list):
        inner = args[0] if args else str
        plain = typing.get_args(inner)[0] if typing.get_origin(inner) is typing.Annotated else inner
        word = "tekster" if plain is str else _base_type(inner)
        return f"liste af {word}"
    if origin is typing.Literal:
        return "en af " + ", ".join(f"`{a}`" for a in typing.get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{name_of(annotation)}](#{anchor_of(annotation)})"
    if annotation is Status:
        return "status: " + ", ".join(f"`{s.value}`" for s in Status)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "en af " + ", ".join(f"`{s.value}`" for s in annotation)
    return {str: "tekst", int: "heltal", bool: "ja/nej (`true` eller `false`)",
            dt.date: "dato, skrevet som 2025-01-31"}.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _default_text(value) -> str:
    """A default value as editors would write it in YAML."""
    if value is None:
        return "ingen"
    if value == "":
        return '""'
    if value == ():
        return "[]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
