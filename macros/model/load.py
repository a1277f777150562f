"""Read data/ into a validated Handbook; every problem becomes a DataError naming file, field and fix."""

from __future__ import annotations

import difflib
import pickle
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from macros.core import cache
from macros.model.checks import check_references
from macros.model.course import Course
from macros.model.flow import Flow
from macros.model.records import (
    MARKUP_ERRORS,
    URL,
    Change,
    Guideline,
    Handbook,
    Law,
    Method,
    Phase,
    Principle,
    SearchPhrase,
    Source,
    Term,
    Theme,
)

try:  # the C loader is many times faster; fall back only where libyaml is missing
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as Loader


class DataError(Exception):
    """Bad data: the message lists each problem as 'file: field: problem; fix'."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# collection name -> (model, file or folder under data/)
COLLECTIONS: dict[str, tuple[type[BaseModel], str]] = {
    "sources": (Source, "sources.yml"),
    "themes": (Theme, "themes.yml"),
    "principles": (Principle, "principles.yml"),
    "phases": (Phase, "phases.yml"),
    "laws": (Law, "laws.yml"),
    "guidelines": (Guideline, "guidelines"),
    "terms": (Term, "terms.yml"),
    "methods": (Method, "methods"),
    "changes": (Change, "changes.yml"),
    "flows": (Flow, "flows"),
    "courses": (Course, "courses"),
    "search_phrases": (SearchPhrase, "search_phrases.yml"),
}
REQUIRED = {"sources", "themes", "principles", "phases", "laws", "guidelines"}


# The YAML of the last load, keyed by file text: the history compares old versions with these without parsing
# the current ones again (macros/model/git_history.py). Read only; cleared at each load.
_parsed: dict[str, object] = {}
PARSE_CACHE = "yaml"  # the disk cache's kind (macros/core/cache.py) for the parses of a data folder's files
PARSES_KEPT = 8  # data folders: the real one, test and benchmark datasets


def parsed_texts() -> dict[str, object]:
    """File text -> parsed YAML for every file the last load read."""
    return _parsed


def load_handbook(data_dir: Path | str) -> Handbook:
    """Load, validate and cross-check every data file; raise DataError listing all problems."""
    data_dir = Path(data_dir)
    _parsed.clear()
    # PyYAML builds its values in Python, the slowest step of a load: a file whose text is the same as at the last
    # good load of this folder takes its parse from the disk cache (looked up by the text, so never a stale one)
    entry = cache.key(str(data_dir.resolve()), yaml.__version__, Loader.__name__)
    kept = _cached_parses(entry)
    problems: list[str] = []
    collections: dict[str, list] = {}
    for name, (model, rel) in COLLECTIONS.items():
        path = data_dir / rel
        if not path.exists():
            if name in REQUIRED:
                problems.append(f"{_show(path, data_dir)}: missing; create it (see the editors' guide)")
            continue
        collections[name] = _load_collection(path, data_dir, model, problems, kept)
    # files sort as text (3-10 before 3-2); the handbook's order is numeric
    collections["guidelines"] = sorted(collections.get("guidelines", []), key=_number_key)
    if problems:
        raise DataError(problems)
    handbook = Handbook(**collections)
    problems.extend(check_references(handbook, data_dir.name))
    if problems:
        raise DataError(problems)
    if _parsed.keys() != kept.keys():  # a file changed, came or went: keep this good load's parses
        cache.store(PARSE_CACHE, entry, pickle.dumps(_parsed, protocol=pickle.HIGHEST_PROTOCOL), keep=PARSES_KEPT)
    return handbook


def _cached_parses(entry: str) -> dict[str, object]:
    """File text -> parse, as kept at the last good load of a data folder; empty if none (or unreadable)."""
    parses = cache.load_value(PARSE_CACHE, entry, pickle.loads)
    return parses if isinstance(parses, dict) else {}


def _files(path: Path) -> list[Path]:
    """The YAML files of a collection: a folder's *.yml in name order, or the one file."""
    return sorted(path.glob("*.yml")) if path.is_dir() else [path]


def _number_key(guideline) -> tuple[int, ...]:
    """Sort key for ids like 3-10."""
    return tuple(int(x) for x in guideline.id.split("-") if x.isdigit())


def _load_collection(path: Path, data_dir: Path, model: type[BaseModel], problems: list[str],
                     kept: dict[str, object]) -> list:
    """A folder holds one record per file (file name == id); a file holds a list of records (kept: parses by text)."""
    records = []
    if path.is_dir():
        for file in _files(path):
            raw = _read_yaml(file, data_dir, problems, kept)
            if raw is None:
                continue
            shown = _show(file, data_dir)
            if not isinstance(raw, dict):
                problems.append(f"{shown}: expected a mapping of fields; write 'field: value' lines")
                continue
            record = _validate(model, raw, shown, "", problems)
            if record is not None:
                if getattr(record, "id", file.stem) != file.stem:
                    problems.append(
                        f"{shown}: id: '{record.id}' differs from the file name; "
                        f"rename the file to {record.id}.yml or set id: {file.stem}"
                    )
                records.append(record)
        return records
    raw = _read_yaml(path, data_dir, problems, kept)
    if raw is None:
        return records
    shown = _show(path, data_dir)
    if not isinstance(raw, list):
        problems.append(f"{shown}: expected a list of records; start each record with '- '")
        return records
    for index, item in enumerate(raw):
        prefix = f"[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{shown}: {prefix}: expected a mapping of fields; write 'field: value' lines")
            continue
        record = _validate(model, item, shown, prefix, problems)
        if record is not None:
            records.append(record)
    return records


def _read_yaml(path: Path, data_dir: Path, problems: list[str], kept: dict[str, object]):
    """Parse one YAML file (or take its kept parse); a syntax error names the line and column."""
    try:
        text = path.read_text(encoding="utf-8")
        if text not in _parsed:
            _parsed[text] = kept[text] if text in kept else yaml.load(text, Loader=Loader)
        return _parsed[text]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown line"
        problems.append(
            f"{_show(path, data_dir)}: {where}: malformed YAML ({error.problem}); "
            "check indentation and quote text containing ':' or '#'"
        )
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{_show(path, data_dir)}: cannot read file ({error}); save it as UTF-8 text")
    return None


def _validate(model: type[BaseModel], raw: dict, shown: str, prefix: str, problems: list[str]):
    """Validate one record; turn pydantic errors into file/field/fix lines."""
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        for item in error.errors():
            problems.append(_explain(model, item, shown, prefix))
        return None


def _explain(model: type[BaseModel], item: dict, shown: str, prefix: str) -> str:
    """One pydantic error as 'file: path: problem; fix'."""
    loc = item["loc"]
    field = _path(prefix, loc)
    kind = item["type"]
    if kind == "missing":
        return f"{shown}: {field}: required field missing; add '{loc[-1]}: …'"
    if kind == "extra_forbidden":
        known = _fields_at(model, loc[:-1])
        hint = difflib.get_close_matches(str(loc[-1]), known, n=1)
        fix = f"did you mean '{hint[0]}'?" if hint else f"allowed: {', '.join(sorted(known))}"
        return f"{shown}: {field}: unknown field; {fix}"
    if kind in ("literal_error", "enum"):
        expected = item.get("ctx", {}).get("expected", "")
        return f"{shown}: {field}: '{item.get('input')}' is not allowed; use {expected}"
    if kind == "string_pattern_mismatch" and item.get("ctx", {}).get("pattern") == URL:
        return f"{shown}: {field}: '{item.get('input')}' is not a web address; write a full https:// address"
    if kind == "string_pattern_mismatch":
        pattern = item.get("ctx", {}).get("pattern", "")
        return f"{shown}: {field}: '{item.get('input')}' has the wrong form; it must match {pattern}"
    if kind == "string_too_long":
        limit = item.get("ctx", {}).get("max_length", "")
        return f"{shown}: {field}: too long ({len(str(item.get('input')))} characters); shorten it to at most {limit}"
    if kind in MARKUP_ERRORS:  # the message carries its own fix (macros/model/records.py)
        return f"{shown}: {field}: {item['msg']}"
    if kind == "too_short":
        return f"{shown}: {field}: must not be empty; add at least one entry"
    return f"{shown}: {field}: {item['msg']}; correct the value"


def _path(prefix: str, loc: tuple) -> str:
    """A field path like directions[2].kind."""
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(record)"


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names (and aliases) of the model reached by following loc."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            field = next((f for f in current.model_fields.values() if f.alias == part), None)
        inner = _inner_model(field.annotation) if field else None
        if inner is None:
            return []
        current = inner
    return [f.alias or name for name, f in current.model_fields.items()]


def _inner_model(annotation) -> type[BaseModel] | None:
    """The record model inside an annotation such as tuple[Direction, ...]."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found:
            return found
    return None


def _show(path: Path, data_dir: Path) -> str:
    """A path as the editor sees it, e.g. data/guidelines/3-4.yml."""
    try:
        return f"{data_dir.name}/{path.relative_to(data_dir).as_posix()}"
    except ValueError:
        return str(path)
