"""The editorial worklist: every record whose status is not confirmed, with where it lives and what to check."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel

from macros.core import links
from macros.editors.model_docs import name_of, nested_models
from macros.model.load import COLLECTIONS
from macros.model.records import CONFIRMED, Guideline, Handbook, SourceRef, Status


@dataclass(frozen=True)
class WorkItem:
    """One unconfirmed record: what it is, where to edit it and where it is shown."""

    key: str  # stable marker, e.g. direction:3.4.2
    label: str  # e.g. 'Anvisning 3.4.2'
    status: Status
    guideline: str | None  # the guideline it belongs to, if any
    file: str  # e.g. data/guidelines/3-4.yml
    field: str  # where in the file, e.g. directions[1]; '' for the whole file
    page: str | None  # source path of the page that shows it
    anchor: str | None
    sources: tuple[SourceRef, ...]


def worklist_items(hb: Handbook) -> tuple[WorkItem, ...]:
    """Every record with a status other than bekræftet/lovtekst, in data order (directions inside guidelines).
    Found once per handbook: the worklist page asks for the count and for the list."""
    return hb.derived(_worklist_items)


def _worklist_items(hb: Handbook) -> tuple[WorkItem, ...]:
    """The worklist, read from every record of the handbook that can have a status."""
    items: list[WorkItem] = []
    for collection, (model, rel) in COLLECTIONS.items():
        if not _has_status(model):
            continue
        for index, record in enumerate(getattr(hb, collection, ())):
            folder = not rel.endswith(".yml")
            file = f"data/{rel}/{record.id}.yml" if folder else f"data/{rel}"
            where = "" if folder else f"[{index}]"
            items += _walk(record, collection, file, where, None)
    return tuple(items)


def _walk(record: BaseModel, collection: str, file: str, where: str, parent: Guideline | None) -> list[WorkItem]:
    """The record itself (if unconfirmed) and any unconfirmed records nested in it."""
    guideline = record if isinstance(record, Guideline) else parent
    found = []
    has_status, holding = _fields(type(record))
    if has_status and isinstance(record.status, Status) and record.status not in CONFIRMED:
        found.append(_item(record, collection, file, where, guideline))
    for name in holding:
        value = getattr(record, name)
        if isinstance(value, tuple):
            for index, inner in enumerate(value):
                if isinstance(inner, BaseModel):
                    path = f"{where}.{name}[{index}]" if where else f"{name}[{index}]"
                    found += _walk(inner, collection, file, path, guideline)
    return found


@cache
def _fields(model: type[BaseModel]) -> tuple[bool, tuple[str, ...]]:
    """(whether the model has a status field, the fields whose records can have one): found once per model, so the
    walk skips every field that cannot lead to an unconfirmed record (texts, ids, source references)."""
    holding = tuple(name for name, field in model.model_fields.items()
                    if any(_has_status(inner) for inner in nested_models(field.annotation)))
    return "status" in model.model_fields, holding


def _has_status(model: type[BaseModel], outer: tuple[type[BaseModel], ...] = ()) -> bool:
    """True if the model, or a record nested in it at any depth, has a status field."""
    if model in outer:  # a model nested in itself adds nothing new
        return False
    return "status" in model.model_fields or any(
        _has_status(inner, (*outer, model))
        for field in model.model_fields.values() for inner in nested_models(field.annotation)
    )


def _item(record: BaseModel, collection: str, file: str, where: str, guideline: Guideline | None) -> WorkItem:
    """A WorkItem with a label, key and page for the kinds the handbook shows."""
    model = type(record).__name__
    guideline_id = guideline.id if guideline else getattr(record, "guideline", None)
    page = anchor = None
    if model == "Direction":
        key, label = f"direction:{record.id}", f"Anvisning {record.id}"
        page, anchor = links.page("guideline", guideline_id), links.direction_anchor(record.id)
    elif model == "Guideline":
        key, label = f"guideline:{record.id}", f"Retningslinje {record.number} {record.short_title}: titel, nummer og placering"
        page = links.page("guideline", record.id)
    elif model == "Principle":
        key, label = f"principle:{record.id}", f"Princip {record.number}: {record.title}"
        page = links.page("principle", record.id)
    elif model == "Change":
        key, label = f"change:{record.guideline}", f"Hvad er nyt siden 2016 ({record.guideline.replace('-', '.')})"
        page = links.page("guideline", record.guideline)
    else:  # a record type added later: listed without a link until it gets one here
        ident = getattr(record, "id", where)
        key, label = f"{collection}:{ident}", f"{name_of(type(record))} {ident}"
    return WorkItem(key=key, label=label, status=record.status, guideline=guideline_id, file=file, field=where,
                    page=page, anchor=anchor, sources=getattr(record, "sources", ()))
