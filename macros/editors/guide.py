"""The editors' guide's tables and lists, from the model: Markdown fragments for the pages in docs/redaktoer/.

Every sentence of the guide is in those pages; a sentence that sits inside a generated list comes in as an argument
from the page, with {name} for the values filled in here. The field descriptions and error explanations are in
fields.yml and error_catalog.yml beside this module.
"""

from __future__ import annotations

from macros.core import links
from macros.editors.error_catalog import catalog, groups, load_catalog
from macros.editors.model_docs import (
    anchor_of,
    blurb_of,
    collections,
    field_docs,
    file_of,
    load_model_texts,
    name_of,
    nested_models,
    reachable_models,
)
from macros.editors.templates import templates
from macros.editors.texts import fill
from macros.model.records import Handbook, Status
from macros.render.common import STATUS_EXPLAINED


def check_texts() -> None:
    """Read and check the guide's own data files (fields.yml, error_catalog.yml); raise DataError naming file and field."""
    load_model_texts()
    load_catalog()


def collection_rows(hb: Handbook, here: str) -> str:
    """The rows of the table of collections: name (linked to its fields), where it lives, how many records."""
    fields_page = links.EDITORS_PAGES["fields"]
    rows = []
    for c in collections():
        where = f"`{c.path}` (én fil pr. post)" if c.folder else f"`{c.path}` (en liste)"
        name = f"[{name_of(c.model)}]({links.relative(here, fields_page, anchor_of(c.model))})"
        rows.append(f"| {name} | {where} | {len(getattr(hb, c.name, ()))} |")
    return "\n".join(rows)


def id_examples(hb: Handbook, guideline: str, direction: str) -> str:
    """List items naming the first guideline's file and page and its first direction's anchor ('' without one).

    guideline: a sentence with {id}, {fil} and {side}; direction: a sentence with {id} and {anker}."""
    g = hb.guidelines[0] if hb.guidelines else None
    d = g.directions[0] if g and g.directions else None
    if not (g and d):
        return ""
    page = links.url_path(links.page("guideline", g.id))
    return "\n".join([
        "- " + fill(guideline, id=g.id, fil=f"data/guidelines/{g.id}.yml", side=page),
        "- " + fill(direction, id=d.id, anker=links.direction_anchor(d.id)),
    ])


def status_definitions() -> str:
    """Each editorial status as a definition: the value editors write and what it means."""
    return "\n".join(f"`{s.value}`\n:   {STATUS_EXPLAINED[s]}\n" for s in Status)


def error_example(error_id: str) -> str:
    """The example message of one kind of error."""
    found = next((k for k in catalog() if k.id == error_id), None)
    if found is None:
        raise ValueError(f"error_example('{error_id}'): no such error in macros/editors/error_catalog.yml; "
                         f"use one of: {', '.join(k.id for k in catalog())}")
    return found.example


def field_reference(folder: str, list_file: str) -> str:
    """Every model reachable from the data, each field with its rule, description and type.

    folder / list_file: what the file line says after the path of a folder (one file per record) or a list file."""
    models = reachable_models()
    files = {c.model: c for c in collections()}
    by_name = {c.name: c for c in collections()}
    parents: dict[type, list[str]] = {}
    for model in models:
        for name, field in model.model_fields.items():
            for inner in nested_models(field.annotation):
                parents.setdefault(inner, []).append(
                    f"[{name_of(model)}](#{anchor_of(model)}) → `{field.alias or name}`"
                )
    parts = []
    for model in models:
        parts += [f"## {name_of(model)} {{ #{anchor_of(model)} }}", "", blurb_of(model), ""]
        if model in files:
            c = files[model]
            parts += [f"**Fil:** `{c.path}` – {folder if c.folder else list_file}", ""]
        elif file_of(model):
            parts += [f"**Fil:** {file_of(model)}", ""]
        if model in parents:
            parts += ["**Indgår i:** " + "; ".join(parents[model]), ""]
        for f in field_docs(model):
            description = f.description
            if not description and model is Handbook and f.name in by_name:
                description = f"Posterne i `{by_name[f.name].path}`."
            rule = "påkrævet" if f.required else f"valgfrit, standard: `{f.default}`" if f.default != "ingen" \
                else "valgfrit"
            parts += [
                f'<span class="field-name" data-field="{model.__name__}.{f.name}"></span>`{f.name}` – {rule}',
                f":   {description or 'Ingen beskrivelse.'}  \n    Type: {f.type_text}",
                "",
            ]
    return "\n".join(parts)


def record_templates(new_file: str, add_to_list: str, file_comment: str, list_comment: str) -> str:
    """A section per kind of record: where it goes and its YAML template. {sti} in each text is the path."""
    texts = templates(file_comment, list_comment)
    parts = []
    for c in collections():
        parts += [
            f"## {name_of(c.model)} {{ #skabelon-{c.name} }}",
            "",
            fill(new_file if c.folder else add_to_list, sti=c.path),
            "",
            "```yaml",
            texts[c.name].rstrip("\n"),
            "```",
            "",
        ]
    return "\n".join(parts)


def error_sections() -> str:
    """Every kind of data error by group, with a real example, what it means and how to fix it."""
    parts = []
    for group in groups():
        kinds = [k for k in catalog() if k.group == group]
        if not kinds:
            continue
        parts += [f"## {group}", ""]
        for k in kinds:
            parts += [
                f"### {k.title} {{ #fejl-{k.id} }}",
                "",
                "```text",
                k.example,
                "```",
                "",
                f"**Det betyder:** {k.meaning}",
                "",
                f"**Sådan retter du:** {k.fix}",
                "",
            ]
    return "\n".join(parts)
