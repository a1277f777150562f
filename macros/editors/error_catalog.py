"""What each data error message means: its pattern, a real example, and the fix in plain Danish.

The entries live in error_catalog.yml beside this module, so an editor corrects an explanation without touching
Python. The messages come from macros/model/ (load, checks, check_flows, check_courses, overlay, settings) and
macros/adapter/page_macros.py; tests/test_editors_guide.py checks that every message those modules can write matches
an entry, and that each example is a message the code really writes for a broken copy of the fixture data.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from macros.editors.texts import HERE, read_mapping, shown, stamp, validate
from macros.model.load import DataError

CATALOG_FILE = HERE / "error_catalog.yml"


class ErrorKind(BaseModel):
    """One kind of data error."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")  # the anchor on the errors page: #fejl-<id>
    group: str
    title: str = Field(min_length=1)
    pattern: str = Field(min_length=1)  # searched in the message (re.search)
    example: str = Field(min_length=1)  # a real message, as the build prints it
    meaning: str = Field(min_length=1)
    fix: str = Field(min_length=1)

    def matches(self, message: str) -> bool:
        """True if a message is of this kind."""
        return re.search(self.pattern, message) is not None


class Catalog(BaseModel):
    """The whole file: the page's sections in order, and the kinds in the order they are tried."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    groups: tuple[str, ...] = Field(min_length=1)
    errors: tuple[ErrorKind, ...] = Field(min_length=1)


def load_catalog(path: Path = CATALOG_FILE) -> Catalog:
    """The checked catalog; a problem raises DataError naming the file, the entry's field and the fix."""
    return _load_catalog(path, stamp(path))


@cache
def _load_catalog(path: Path, _stamp: int | None) -> Catalog:
    """The catalog as the file is now."""
    problems: list[str] = []
    catalog = validate(Catalog, read_mapping(path), path, "", problems)
    if catalog is not None:
        seen: set[str] = set()
        for index, kind in enumerate(catalog.errors):
            where = f"{shown(path)}: errors[{index}]"
            if kind.id in seen:
                problems.append(f"{where}.id: duplicate error id '{kind.id}'; give each error its own id")
            seen.add(kind.id)
            if kind.group not in catalog.groups:
                allowed = ", ".join(f"'{g}'" for g in catalog.groups)
                problems.append(f"{where}.group: '{kind.group}' is not allowed; use {allowed}")
            try:
                re.compile(kind.pattern)
            except re.error as error:
                problems.append(f"{where}.pattern: not a regular expression ({error}); correct the value")
                continue
            if not kind.matches(kind.example):
                problems.append(f"{where}.example: the pattern does not match the example; correct the value")
    if problems:
        raise DataError(problems)
    return catalog


def catalog() -> tuple[ErrorKind, ...]:
    """Every kind of error, in the order messages are matched."""
    return load_catalog().errors


def groups() -> tuple[str, ...]:
    """The sections of the errors page, in order."""
    return load_catalog().groups


def kind_of(message: str) -> ErrorKind | None:
    """The first catalog entry a message matches, or None."""
    return next((k for k in catalog() if k.matches(message)), None)
