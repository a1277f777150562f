"""A synthetic handbook of N guidelines for the scaling benchmark, made through the real model.

The real data is copied (laws, principles, themes, phases, sources, flows, …) and guidelines are added
until there are N: each is a real guideline's structure and text under a new id, with its directions
renumbered and its links taken out (they would point at anchors of the page it was copied from).
Every record is validated by macros.model.records.Guideline before it is written, and the build validates all."""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import yaml

from macros.model.load import load_handbook
from macros.model.records import Guideline

LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
FIRST_SYNTHETIC = 100  # ids 2-100, 3-100, … never clash with the real ones


def _unlink(value):
    """Markdown links to plain text, recursively through dicts, lists and strings."""
    if isinstance(value, str):
        return LINK.sub(r"\1", value)
    if isinstance(value, list):
        return [_unlink(v) for v in value]
    if isinstance(value, dict):
        return {k: _unlink(v) for k, v in value.items()}
    return value


def synthetic_guideline(template: Guideline, chapter: int, index: int) -> Guideline:
    """A copy of template as guideline {chapter}-{index}, validated by the real model."""
    raw = _unlink(template.model_dump(mode="json", by_alias=True, exclude_defaults=True))
    number = f"{chapter}.{index}"
    raw.update(id=f"{chapter}-{index}", number=number, title=f"{raw['title']} (syntetisk {number})",
               short_title=f"{raw['short_title']} {number}", related=[r for r in raw.get("related", [])])
    raw["directions"] = [{**d, "id": f"{number}.{i}"} for i, d in enumerate(raw.get("directions", []), start=1)]
    themes = {2: "organisering", 3: "borgerforloeb"}
    raw["theme"] = themes.get(chapter, raw["theme"])
    return Guideline.model_validate(raw)


def make_dataset(real_data: Path, dest: Path, total: int) -> Path:
    """Copy real_data to dest and add guidelines until the handbook has `total`; return dest."""
    shutil.copytree(real_data, dest, dirs_exist_ok=True)
    handbook = load_handbook(real_data)
    templates = [g for g in handbook.guidelines if g.directions]
    chapters = sorted({int(g.id.split("-")[0]) for g in handbook.guidelines})
    needed = total - len(handbook.guidelines)
    counters = {c: itertools.count(FIRST_SYNTHETIC) for c in chapters}
    for n, template in zip(range(needed), itertools.cycle(templates), strict=False):
        chapter = chapters[n % len(chapters)]
        guideline = synthetic_guideline(template, chapter, next(counters[chapter]))
        data = guideline.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        (dest / "guidelines" / f"{guideline.id}.yml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return dest
