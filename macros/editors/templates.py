"""YAML templates for each kind of record, generated from the models so they always match the schema."""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing

import yaml
from pydantic import BaseModel

from macros.core.escape import YamlDumper
from macros.editors.model_docs import ABSENT, CollectionDoc, blurb_of, collections, field_text, name_of, nested_models
from macros.editors.texts import fill

# Example values come from fields.yml (each field's `example`); fields without one get a value from their default or
# type. tests/test_editors_guide.py validates every template with the real models, so a bad example fails there.
# A list of mappings for a list-of-records field gives one item per mapping (fields not named use the examples).

# Tried in turn for a text field with a pattern and no example, so a new record type gets a valid id.
PATTERN_CANDIDATES = ("eksempel", "3-12", "3.12", "3.12.1", "K1")
FALLBACK = {str: "Skriv her", int: 1, bool: False, dt.date: "2025-01-31"}


def template_yaml(collection: CollectionDoc, folder_note: str = "", list_note: str = "") -> str:
    """A commented YAML template for one record of a collection (a list item for list files).

    folder_note / list_note: a comment line on where the record goes, for a folder or a list file; {sti} is the path.
    """
    model = collection.model
    note = fill(folder_note if collection.folder else list_note, sti=collection.path)
    lines = [f"# {name_of(model)}: {blurb_of(model)}"] + ([f"# {note}"] if note else [])
    lines += _record(model, indent=0, item=not collection.folder, overrides={})
    return "\n".join(lines) + "\n"


def templates(folder_note: str = "", list_note: str = "") -> dict[str, str]:
    """Every collection's template, keyed by collection name."""
    return {c.name: template_yaml(c, folder_note, list_note) for c in collections()}


def _record(model: type[BaseModel], indent: int, item: bool, overrides: dict) -> list[str]:
    """The lines of one record, each field under a comment; as a list item the first key carries the '- '."""
    lines: list[str] = []
    pad = " " * indent
    inner = pad + ("  " if item else "")
    for position, (name, field) in enumerate(model.model_fields.items()):
        key = field.alias or name
        starts_item = item and position == 0
        marker = "påkrævet" if field.is_required() else "valgfri"
        text = field_text(model, key)
        lines.append(f"{pad if starts_item else inner}# {marker}: {text.description}".rstrip())
        prefix = pad + "- " if starts_item else inner
        value = overrides.get(key, _fallback(field) if text.example is ABSENT else text.example)
        models = nested_models(field.annotation)
        if models and isinstance(value, (list, dict)) and not _scalar_list(value):
            lines += _nested(prefix, inner, key, models[0], value, field)
        elif value is None:
            lines.append(f"{inner}# {key}:")
        else:
            lines += _scalar(prefix, inner, key, value)
    return lines


def _scalar_list(value) -> bool:
    """True for a list of plain values (not of records)."""
    return isinstance(value, list) and bool(value) and not isinstance(value[0], dict)


def _nested(prefix: str, inner: str, key: str, model: type[BaseModel], value, field) -> list[str]:
    """A field holding records: one item per example dict (or one generated item)."""
    is_list = typing.get_origin(field.annotation) in (tuple, list)
    items = value if isinstance(value, list) and value else [value if isinstance(value, dict) else {}]
    lines = [f"{prefix}{key}:"]
    for overrides in items if is_list else items[:1]:
        lines += _record(model, indent=len(inner) + 2, item=is_list, overrides=overrides)
    return lines


def _scalar(prefix: str, inner: str, key: str, value) -> list[str]:
    """A scalar, a list of scalars or a Markdown block."""
    if isinstance(value, str) and "\n" in value:
        body = [f"{inner}  {line}" if line else "" for line in value.rstrip("\n").split("\n")]
        return [f"{prefix}{key}: |", *body]
    if isinstance(value, (list, tuple)) and any(" " in str(v) for v in value):
        return [f"{prefix}{key}:", *[f"{inner}  - {_dump(v)}" for v in value]]  # sentences: one per line
    if isinstance(value, (list, tuple)):
        flow = _yaml(list(value)).strip()
        return [f"{prefix}{key}: {flow}"]
    return [f"{prefix}{key}: {_dump(value)}"]


def _dump(value) -> str:
    """One YAML scalar, quoted only where YAML needs it (e.g. '3.4' stays text)."""
    return _yaml(value).removesuffix("\n...\n").strip()


def _yaml(value) -> str:
    """A value as one line of flow-style YAML, by the writer front matter uses (core/escape.py): libyaml's, which
    takes a fifth of the time of PyYAML's own and writes the same text, except that it escapes characters beyond
    U+FFFF (emoji) where PyYAML keeps them."""
    return yaml.dump(value, Dumper=YamlDumper, allow_unicode=True, default_flow_style=True, width=10_000)


def _fallback(field):
    """A value for a field without an example: nested records are generated, else default or type."""
    if nested_models(field.annotation):
        return [{}]
    if not field.is_required():
        default = field.default
        return list(default) if isinstance(default, tuple) else default
    annotation = field.annotation
    pattern = next((m.pattern for m in field.metadata if getattr(m, "pattern", None)), None)
    if pattern:
        return next((c for c in PATTERN_CANDIDATES if re.search(pattern, c)), "Skriv her")
    if typing.get_origin(annotation) in (tuple, list):
        return ["Skriv her"]
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return list(annotation)[-1].value  # for Status: the most cautious value, redaktionel
    return FALLBACK.get(annotation, "Skriv her")
