"""What changed in the data, commit by commit: numbered versions and the changes to each record's parts (pure).

The input is the text of each record file at each commit that changed it (macros/model/git_history.py reads it from git).
Old versions are read as plain YAML, never validated: a record that was valid then may not fit today's model.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

import yaml

try:  # the C loader is many times faster; fall back only where libyaml is missing
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as Loader

NOTE_KEYS = ("ændringsnote", "change_note")  # the editor's change note (alias first, as editors write it)
# Record kind -> (the field holding its parts, the part's id field, the part's main text field, key prefix)
PARTS = {
    "guideline": ("directions", "id", "text", "anvisning"),
    "law": ("parts", "stk", "summary", "stk"),
    "flow": ("nodes", "id", "label", "trin"),
}
# Short texts shown old beside new, besides the title: record kind -> field
SUMMARY = {"principle": "summary", "law": "summary", "flow": "summary"}
# Longer Markdown sections: a change is named, not shown side by side. Record kind -> fields in page order
SECTIONS = {
    "guideline": ("purpose", "target_group", "background", "practice"),
    "principle": ("description", "why"),
    "law": ("practice",),
    "flow": (),
}
# Compared field by field and named in the history, not part of 'other'
OWN_FIELDS = ("id", "kind", "status", "laws", *NOTE_KEYS)


@dataclass(frozen=True)
class Revision:
    """One commit that changed data/: its number (1 = the oldest), date, RFC 3339 time and hashes."""

    number: int
    date: str
    time: str
    hash: str
    full_hash: str = ""


@dataclass(frozen=True)
class State:
    """One part of a record as it was at a revision; 'other' holds the remaining fields as canonical JSON."""

    text: str = ""
    kind: str | None = None
    status: str | None = None
    laws: tuple[str, ...] = ()
    other: tuple[tuple[str, str], ...] = ()
    name: str = ""  # what readers call the part, e.g. a flow step's label (empty: its key names it)


@dataclass(frozen=True)
class ItemChange:
    """A change to one part of a record: key like 'anvisning:3.4.2', 'stk:4', 'afsnit:purpose', 'titel'."""

    key: str
    action: str  # added | removed | changed | note (only the editor's note is new)
    old: State | None
    new: State | None
    note: str = ""

    @property
    def part_id(self) -> str:
        """The part's own id, e.g. '3.4.2' for 'anvisning:3.4.2' ('' for the record's own fields)."""
        return self.key.partition(":")[2]

    @property
    def prefix(self) -> str:
        """The kind of part: anvisning, stk, trin, afsnit, titel or resume."""
        return self.key.partition(":")[0]

    def other_changed(self) -> tuple[str, ...]:
        """The names of the other fields that differ between old and new."""
        old, new = dict(self.old.other if self.old else ()), dict(self.new.other if self.new else ())
        return tuple(k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k))


@dataclass(frozen=True)
class PageRevision:
    """What one revision changed in one record (a page): it appeared, disappeared, or parts changed."""

    revision: Revision
    action: str  # created | deleted | changed
    changes: tuple[ItemChange, ...] = ()
    note: str = ""  # the record's own change note, when written or changed in this revision
    parts: int = 0  # number of parts (e.g. directions) when the record appeared


@dataclass(frozen=True)
class Versions:
    """The data's numbered versions and each record's changes; empty without git history."""

    revisions: tuple[Revision, ...] = ()  # oldest first
    records: dict[tuple[str, str], tuple[PageRevision, ...]] = field(default_factory=dict)  # newest first
    last: dict[tuple[str, str, str], Revision] = field(default_factory=dict)  # (kind, id, key) -> last change

    @property
    def available(self) -> bool:
        """True when the build has history to show."""
        return bool(self.revisions)

    def latest(self) -> Revision | None:
        """The newest version, or None."""
        return self.revisions[-1] if self.revisions else None

    def of(self, kind: str, record_id: str) -> tuple[PageRevision, ...]:
        """A record's revisions, newest first."""
        return self.records.get((kind, record_id), ())

    def part_changed(self, kind: str, record_id: str, key: str) -> Revision | None:
        """The revision that last changed one part of a record (or added it), or None."""
        return self.last.get((kind, record_id, key))


def records_in(rel: str, raw) -> dict[tuple[str, str], dict]:
    """The records a data file holds, keyed (kind, id); other files hold none that have a page with history."""
    folder, _, name = rel.partition("/")
    if folder in ("guidelines", "flows") and name.endswith(".yml") and "/" not in name:
        kind = "guideline" if folder == "guidelines" else "flow"
        return {(kind, name[:-4]): raw} if isinstance(raw, dict) else {}
    kind = {"principles.yml": "principle", "laws.yml": "law"}.get(rel)
    if kind is None or not isinstance(raw, list):
        return {}
    return {(kind, str(r["id"])): r for r in raw if isinstance(r, dict) and r.get("id") is not None}


def tracked(rel: str) -> bool:
    """True for the data files whose records have pages with a history."""
    folder, _, name = rel.partition("/")
    in_folder = folder in ("guidelines", "flows") and name.endswith(".yml") and "/" not in name
    return in_folder or rel in ("principles.yml", "laws.yml")


def _text(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _state(raw: dict, text_field: str, skip: tuple[str, ...], name_field: str | None = None) -> tuple[State, str]:
    """A part's state and its change note."""
    laws = raw.get("laws")
    state = State(
        text=_text(raw.get(text_field)),
        kind=raw.get("kind") if isinstance(raw.get("kind"), str) else None,
        status=str(raw["status"]) if raw.get("status") is not None else None,
        laws=tuple(str(x) for x in laws) if isinstance(laws, list) else (),
        other=tuple(sorted((str(k), _canonical(v)) for k, v in raw.items()
                           if k not in OWN_FIELDS and k != text_field and k not in skip)),
        name=_text(raw.get(name_field)) if name_field else "",
    )
    return state, note_of(raw)


def note_of(raw: dict) -> str:
    """The editor's change note in a record or part ('' if none)."""
    return next((_text(raw[k]) for k in NOTE_KEYS if isinstance(raw, dict) and raw.get(k)), "")


def parts_of(kind: str, raw: dict) -> dict[str, tuple[State, str]]:
    """Every comparable part of a record, in page order: title, summary, sections, then its parts."""
    if not isinstance(raw, dict):
        return {}
    children = PARTS.get(kind)
    summary = SUMMARY.get(kind)
    sections = SECTIONS.get(kind, ())
    skip = ("title", *(s for s in [summary] if s), *sections, *([children[0]] if children else []))
    title_state, _ = _state(raw, "title", skip)
    out: dict[str, tuple[State, str]] = {"titel": (title_state, "")}
    if summary:
        out["resume"] = (State(text=_text(raw.get(summary))), "")
    for name in sections:
        out[f"afsnit:{name}"] = (State(text=_text(raw.get(name))), "")
    if children:
        field_name, id_field, text_field, prefix = children
        items = raw.get(field_name)
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and item.get(id_field) is not None:
                name_field = "label" if kind == "flow" else None
                out[f"{prefix}:{item[id_field]}"] = _state(item, text_field, (), name_field)
    return out


def diff_parts(old: dict[str, tuple[State, str]], new: dict[str, tuple[State, str]]) -> tuple[ItemChange, ...]:
    """The changes from one version of a record's parts to the next, in the new page order, removed parts last."""
    changes = []
    for key in [*new, *(k for k in old if k not in new)]:
        before, after = old.get(key), new.get(key)
        if before is None and after is not None:
            if after[0] != State():  # an empty section that appears is no change a reader can see
                changes.append(ItemChange(key, "added", None, after[0], after[1]))
        elif after is None and before is not None:
            if before[0] != State():
                changes.append(ItemChange(key, "removed", before[0], None))
        elif before is not None and after is not None:
            if before[0] != after[0]:
                changes.append(ItemChange(key, "changed", before[0], after[0], after[1] if after[1] != before[1] else ""))
            elif after[1] and after[1] != before[1]:
                changes.append(ItemChange(key, "note", before[0], after[0], after[1]))
    return tuple(changes)


def parse(text: str | None):
    """A file version's YAML, or None when it is missing or not valid YAML (such a version is skipped)."""
    if text is None:
        return None
    try:
        return yaml.load(text, Loader=Loader)
    except yaml.YAMLError:
        return None


def build_versions(commits, known: Mapping[str, object] | None = None) -> Versions:
    """Versions from (Revision, {file: text or None when deleted}) pairs, oldest first.

    known: file text -> its parsed YAML, for versions already parsed elsewhere (the current files, by the loader).
    """
    known = known or {}
    files: dict[str, object] = {}  # the newest known content of each file
    parts_now: dict[tuple[str, str], dict] = {}  # each record's parts at the newest version seen
    records: dict[tuple[str, str], list[PageRevision]] = {}
    last: dict[tuple[str, str, str], Revision] = {}
    revisions = []
    for revision, changed in commits:
        revisions.append(revision)
        for rel, text in sorted(changed.items()):
            raw = known[text] if text in known else parse(text)
            if text is not None and raw is None:
                continue  # a broken version never built; the next good one is compared with the last good one
            before, after = records_in(rel, files.get(rel)), records_in(rel, raw)
            files[rel] = raw
            for key in [*after, *(k for k in before if k not in after)]:
                if before.get(key) is after.get(key):
                    continue
                new_parts = parts_of(key[0], after[key]) if key in after else {}
                entry = _record_revision(key[0], revision, before.get(key), after.get(key),
                                         parts_now.get(key, {}), new_parts)
                parts_now[key] = new_parts
                if entry is None:
                    continue
                records.setdefault(key, []).append(entry)
                if entry.action == "created":
                    for part in new_parts:
                        last[(*key, part)] = revision
                for change in entry.changes:
                    last[(*key, change.key)] = revision
    return Versions(
        revisions=tuple(revisions),
        records={key: tuple(reversed(entries)) for key, entries in records.items()},
        last=last,
    )


def _record_revision(kind: str, revision: Revision, old: dict | None, new: dict | None,
                     old_parts: dict, new_parts: dict) -> PageRevision | None:
    """What one revision did to one record (parts: its parts before and after), or None when nothing changed."""
    if old is None and new is not None:
        children = PARTS.get(kind)
        count = len(new.get(children[0]) or []) if children and isinstance(new.get(children[0]), list) else 0
        return PageRevision(revision, "created", note=note_of(new), parts=count)
    if new is None:
        return PageRevision(revision, "deleted") if old is not None else None
    if old == new:
        return None  # a list file changed, but not this record
    changes = diff_parts(old_parts, new_parts)
    note = note_of(new) if note_of(new) != note_of(old) else ""
    if not changes and not note:
        return None
    return PageRevision(revision, "changed", changes, note)
