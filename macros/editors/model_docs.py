"""What the editors' guide says about the models: Danish names, files, and each field's type and rules.

The Danish texts (model names, one line per model, each field's description and template example) live in
fields.yml beside this module; this module checks them against the models and adds the types and rules.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import types
import typing
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from annotated_types import Ge, Le, MinLen
from pydantic import BaseModel, ConfigDict, Field

from macros.editors.texts import HERE, read_mapping, shown, stamp, validate
from macros.model.load import COLLECTIONS, REQUIRED, DataError
from macros.model.overlay import Overlay
from macros.model.records import Handbook, Status

# The documented roots: the national data, and the optional local file a municipality keeps.
ROOTS: tuple[type[BaseModel], ...] = (Handbook, Overlay)
FIELDS_FILE = HERE / "fields.yml"
ABSENT = object()  # a field without an example in fields.yml


class FieldText(BaseModel):
    """What fields.yml says about one field."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = ""
    example: Any = ABSENT  # any YAML value; validated by the real model in tests/test_editors_guide.py


class ModelText(BaseModel):
    """What fields.yml says about one model: its Danish name, one line about it, its file (roots) and fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    description: str = ""
    file: str = ""
    fields: dict[str, Any] = {}


class FieldsFile(BaseModel):
    """The whole file: descriptions shared by every record with the field, and each model's own texts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    shared: dict[str, Any] = {}
    models: dict[str, Any]


@dataclass(frozen=True)
class ModelDoc:
    """One model's checked texts."""

    name: str
    description: str
    file: str
    fields: dict[str, FieldText]


# each file's texts as load_model_texts last read them: guide.check_texts reads fields.yml at the start of every
# build, so the guide's many look-ups in that build need not stat the file again
_loaded: dict[Path, tuple[dict[str, FieldText], dict[str, ModelDoc]]] = {}


def load_model_texts(path: Path | None = None) -> tuple[dict[str, FieldText], dict[str, ModelDoc]]:
    """The shared field texts and each model's texts (of fields.yml unless path says otherwise), checked against the
    models; DataError names file and field."""
    path = path or FIELDS_FILE
    texts = _loaded[path] = _load_model_texts(path, stamp(path))
    return texts


def model_texts() -> tuple[dict[str, FieldText], dict[str, ModelDoc]]:
    """fields.yml's texts as this build checked them (read now if nothing has yet)."""
    return _loaded.get(FIELDS_FILE) or load_model_texts()


@cache
def _load_model_texts(path: Path, _stamp: int | None) -> tuple[dict[str, FieldText], dict[str, ModelDoc]]:
    """The texts as the file is now."""
    problems: list[str] = []
    raw = validate(FieldsFile, read_mapping(path), path, "", problems)
    if raw is None:
        raise DataError(problems)
    models = {m.__name__: m for m in reachable_models()}
    keys = {name: [f.alias or n for n, f in m.model_fields.items()] for name, m in models.items()}
    every_key = sorted({k for ks in keys.values() for k in ks})
    shared = _field_texts(raw.shared, every_key, path, "shared", problems)
    docs = {}
    for name, entry in raw.models.items():
        if name not in models:
            hint = difflib.get_close_matches(str(name), list(models), n=1)
            fix = f"did you mean '{hint[0]}'?" if hint else f"use one of: {', '.join(models)}"
            problems.append(f"{shown(path)}: models.{name}: unknown model '{name}'; {fix}")
            continue
        text = validate(ModelText, entry, path, f"models.{name}", problems)
        if text is not None:
            fields = _field_texts(text.fields, keys[name], path, f"models.{name}.fields", problems)
            docs[name] = ModelDoc(text.name, text.description, text.file, fields)
    if problems:
        raise DataError(problems)
    return shared, docs


def _field_texts(raw: dict, known: list[str], path: Path, prefix: str, problems: list[str]) -> dict[str, FieldText]:
    """Each field's texts, for fields the model has."""
    out = {}
    for key, entry in raw.items():
        if key not in known:
            hint = difflib.get_close_matches(str(key), known, n=1)
            fix = f"did you mean '{hint[0]}'?" if hint else f"allowed: {', '.join(known)}"
            problems.append(f"{shown(path)}: {prefix}.{key}: unknown field; {fix}")
            continue
        text = validate(FieldText, entry, path, f"{prefix}.{key}", problems)
        if text is not None:
            out[key] = text
    return out


def _doc(model: type[BaseModel]) -> ModelDoc | None:
    """A model's texts, if fields.yml has them."""
    return model_texts()[1].get(model.__name__)


def name_of(model: type[BaseModel]) -> str:
    """The Danish name of a model (its class name if fields.yml has none)."""
    doc = _doc(model)
    return doc.name if doc else model.__name__


def blurb_of(model: type[BaseModel]) -> str:
    """The one-line Danish description of a model."""
    doc = _doc(model)
    return doc.description if doc else ""


def file_of(model: type[BaseModel]) -> str:
    """Where a root's data lives (Markdown), e.g. for Handbook the whole data/ folder."""
    doc = _doc(model)
    return doc.file if doc else ""


def field_text(model: type[BaseModel], key: str) -> FieldText:
    """What fields.yml says about a field: the model's own description, else the shared one (not for Handbook,
    whose fields are the files of data/)."""
    doc = _doc(model)
    own = (doc.fields.get(key) if doc else None) or FieldText()
    shared = model_texts()[0].get(key)
    if own.description or shared is None or model is Handbook:
        return own
    return own.model_copy(update={"description": shared.description})


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


def anchor_of(model: type[BaseModel]) -> str:
    """The anchor of a model's section on the field reference page."""
    return f"model-{model.__name__.lower()}"


@cache  # the guide asks for each field's records many times a build; annotations never change (a forward reference
# that model_rebuild resolves is another annotation)
def nested_models(annotation) -> tuple[type[BaseModel], ...]:
    """The record models inside an annotation such as tuple[Direction, ...] or Contact | None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return (annotation,)
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found += [m for m in nested_models(arg) if m not in found]
    return tuple(found)


def reachable_models(roots: tuple[type[BaseModel], ...] = ROOTS) -> list[type[BaseModel]]:
    """Every model reachable from the roots through their fields, roots first, then in field order."""
    Handbook.model_rebuild()  # resolves Handbook.flows and .courses, which refer to modules imported after it
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
            description=field_text(model, field.alias or name).description,
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
