"""Read the editors' text files beside this module (error explanations, field descriptions) with the loader's messages."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from macros.model.load import DataError, _explain

HERE = Path(__file__).parent
ROOT = HERE.parent.parent  # the project folder: messages show paths from here, e.g. macros/editors/fields.yml


def stamp(path: Path) -> int | None:
    """The file's modification time: a loader cached by (path, stamp) reads the file again once it is edited
    (mkdocs serve keeps the modules loaded across rebuilds)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def shown(path: Path) -> str:
    """A path as the editor sees it, relative to the project folder."""
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def read_mapping(path: Path) -> dict:
    """Parse a YAML file that must hold a mapping; a problem becomes a DataError naming the file (and line)."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)  # C: read on every build
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown line"
        raise DataError([f"{shown(path)}: {where}: malformed YAML ({error.problem}); "
                         "check indentation and quote text containing ':' or '#'"]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise DataError([f"{shown(path)}: cannot read file ({error}); save it as UTF-8 text"]) from None
    if not isinstance(raw, dict):
        raise DataError([f"{shown(path)}: expected a mapping of fields; write 'field: value' lines"])
    return raw


def validate(model: type[BaseModel], raw: object, path: Path, prefix: str, problems: list[str]):
    """The record, or None with each problem added as 'file: field: problem; fix'."""
    if not isinstance(raw, dict):
        problems.append(f"{shown(path)}: {prefix}: expected a mapping of fields; write 'field: value' lines")
        return None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        problems += [_explain(model, item, shown(path), prefix) for item in error.errors()]
        return None


def fill(text: str, **values: str) -> str:
    """The text with each {name} replaced by its value; other braces stay as they are."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text
