"""Open data: the validated model as one JSON document with stable ids, page links and its JSON Schema."""

from __future__ import annotations

import hashlib
import json
import platform
import posixpath
from pathlib import Path

import pydantic
import pydantic_core

from macros.core import cache, links
from macros.editors.model_docs import blurb_of, field_text, reachable_models
from macros.model.edition import BuildInfo, danish_date
from macros.model.records import Handbook
from macros.render.citation import HANDBOOK
from macros.render.common import PUBLICATION
from macros.render.texts import Texts, handbook_texts

FORMAT_VERSION = "1.0"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# Which records get a page link, and how: model name -> (field added, description).
ADDED_FIELDS = {
    "page_url": "Adresse på håndbogens side, relativ til håndbogens rod (fx retningslinjer/3-4/#anvisning-3.4.1).",
    "anchor": "Ankeret på siden: det stabile id med et fast forled (fx anvisning-3.4.1).",
}
# Each direction's last change, from the data's history (null in a build without history)
CHANGE_FIELDS = {
    "last_changed": ({"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
                     "Dato for seneste ændring af anvisningen (eller den dag, den kom med)."),
    "version": ({"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                "Dataversionen med anvisningens seneste ændring (samme nummer som under Historik på siden)."),
}
ANCHORED = ("Direction", "LawPart", "Term", "Phase")  # records shown as a section of a page, not a page
# Records with a page of their own: model name -> (kind in links.SECTIONS, collection in Handbook)
PAGED = {
    "Guideline": ("guideline", "guidelines"),
    "Principle": ("principle", "principles"),
    "Law": ("law", "laws"),
    "Theme": ("theme", "themes"),
    "Method": ("method", "methods"),
    "Flow": ("flow", "flows"),
    "Course": ("course", "courses"),
}


def content_hash(hb: Handbook) -> str:
    """A sha256 of the data itself: the same data gives the same hash on every machine. Computed once per handbook
    (the export and the open-data page both show it)."""
    return hb.derived(_content_hash)


def _dump(hb: Handbook) -> dict:
    """The handbook's data as plain JSON values, dumped once per handbook for the hash and the export (which add
    to copies, never to it)."""
    return hb.model_dump(mode="json", by_alias=True)


def _content_hash(hb: Handbook) -> str:
    """The hash of the handbook's data as dumped (before the export adds its page links), keys sorted: the UTF-8
    bytes of json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")), written by pydantic's
    serialiser in a fraction of the time (the same bytes for a model dump's values: see to_json)."""
    return "sha256:" + hashlib.sha256(pydantic_core.to_json(_keys_sorted(hb.derived(_dump)))).hexdigest()


def _keys_sorted(value):
    """A copy of JSON data with the keys of every object in sorted order."""
    if type(value) is dict:
        return {key: _keys_sorted(value[key]) for key in sorted(value)}
    if type(value) is list:
        return [_keys_sorted(item) for item in value]
    return value


def citation_line(info: BuildInfo, digest: str) -> str:
    """How to cite the data set, e.g. '… Data-version sha256:ab12…, 21. september 2020.'."""
    changed = info.history.latest()
    when = f", data ændret {danish_date(changed)}" if changed else ""
    return (f"{HANDBOOK}: åbne data. Uofficiel digital udgave af {PUBLICATION} ({info.edition.label}). "
            f"Data-version {digest[:19]}{when}.")


def export_handbook(hb: Handbook, info: BuildInfo, pages: frozenset[str] | None = None,
                    use_directory_urls: bool = True, texts: Texts | None = None) -> dict:
    """The whole handbook as plain JSON data; page links only to pages in `pages` (default: all)."""
    texts = texts or handbook_texts()

    def url(src: str, anchor: str | None = None) -> str | None:
        if pages is not None and src not in pages:
            return None
        path = links.url_path(src, use_directory_urls)
        return f"{path}#{anchor}" if anchor else path

    def direction(guideline: dict, d: dict) -> dict:
        anchor = links.direction_anchor(d["id"])
        changed = info.versions.part_changed("guideline", guideline["id"], f"anvisning:{d['id']}")
        return {**d, "anchor": anchor, "page_url": url(links.page("guideline", guideline["id"]), anchor),
                "last_changed": changed.date if changed else None, "version": changed.number if changed else None}

    def anchored(record: dict, anchor: str, page: str) -> dict:
        return {**record, "anchor": anchor, "page_url": url(page, anchor)}

    latest = info.versions.latest()
    digest = content_hash(hb)
    # the shared dump stays as it is: the records that get page links are copies (a key added to a copy goes last,
    # a key replaced keeps its place)
    data = dict(hb.derived(_dump))
    for kind, collection in PAGED.values():
        if kind in links.SECTIONS and collection in data:
            data[collection] = [{**record, "page_url": url(links.page(kind, record["id"]))} for record in data[collection]]
    data["guidelines"] = [{**g, "directions": [direction(g, d) for d in g["directions"]]} for g in data["guidelines"]]
    data["laws"] = [
        {**law, "parts": [anchored(part, links.stk_anchor(part["stk"]), links.page("law", law["id"])) for part in law["parts"]]}
        for law in data["laws"]
    ]
    data["terms"] = [anchored(term, links.term_anchor(term["id"]), links.GLOSSARY_PAGE) for term in data["terms"]]
    data["phases"] = [anchored(phase, links.phase_anchor(phase["id"]), links.PATHWAY_PAGE) for phase in data["phases"]]
    return {
        "$schema": posixpath.basename(links.EXPORT_SCHEMA),  # the schema is published beside the data
        "format_version": FORMAT_VERSION,
        "title": f"{HANDBOOK} – åbne data",
        "notice": texts("data-forbehold"),
        "edition": {
            "publication": PUBLICATION,
            "label": info.edition.label,
            "published": info.edition.published,
            "official_url": links.OFFICIAL_URL,
        },
        "version": {"content_hash": digest, "data_changed": info.history.latest(),
                    "data_version": latest.number if latest else None},
        "citation": citation_line(info, digest),
        **data,
    }


def export_schema() -> dict:
    """The JSON Schema of the export: the models' own schema plus the export's envelope and page links."""
    schema = model_schema()
    defs = schema["$defs"]
    models = {m.__name__: m for m in reachable_models()}
    for name, definition in defs.items():
        if name in models:  # the editors' descriptions (macros/editors/fields.yml), not the developers' docstrings
            definition["description"] = blurb_of(models[name])
            for key, prop in definition["properties"].items():
                description = field_text(models[name], key).description
                if description:  # keys in the order pydantic writes them: sorted
                    definition["properties"][key] = dict(sorted({**prop, "description": description}.items()))
    for name in (*PAGED, *ANCHORED):
        if name not in defs:
            continue
        props = defs[name]["properties"]
        props["page_url"] = {"anyOf": [{"type": "string"}, {"type": "null"}], "description": ADDED_FIELDS["page_url"]}
        defs[name].setdefault("required", []).append("page_url")
        if name in ANCHORED:
            props["anchor"] = {"type": "string", "description": ADDED_FIELDS["anchor"]}
            defs[name]["required"].append("anchor")
    for key, (kind, description) in CHANGE_FIELDS.items():
        defs["Direction"]["properties"][key] = {**kind, "description": description}
        defs["Direction"]["required"].append(key)
    text = {"type": "string"}
    envelope = {
        "$schema": {**text, "description": "Filnavnet på dette skema."},
        "format_version": {**text, "description": "Formatets version; ændres, hvis felter fjernes eller skifter betydning."},
        "title": text,
        "notice": {**text, "description": "Forbehold: uofficiel udgave."},
        "edition": {
            "type": "object", "additionalProperties": False,
            "description": "Den officielle udgave, håndbogen følger.",
            "properties": {
                "publication": text, "label": text,
                "published": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
                "official_url": text,
            },
            "required": ["publication", "label", "published", "official_url"],
        },
        "version": {
            "type": "object", "additionalProperties": False,
            "description": "Dataversion: en hash af indholdet, datoen for seneste ændring i data/ og versionens "
                           "nummer (de to sidste er null uden historik).",
            "properties": {
                "content_hash": {"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"},
                "data_changed": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
                "data_version": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
            },
            "required": ["content_hash", "data_changed", "data_version"],
        },
        "citation": {**text, "description": "Sådan kan du henvise til data."},
    }
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": f"{HANDBOOK} – åbne data",
        "description": "Skema for håndbogens åbne data. Genereret fra de samme modeller, som bygger håndbogen.",
        "type": "object",
        "additionalProperties": False,
        "properties": {**envelope, **schema["properties"]},
        "required": [*envelope, *schema["properties"]],
        "$defs": defs,
    }


# The code the models' schema follows from: the model layer and the one below it (tests/test_layers.py)
SCHEMA_CODE = tuple(Path(__file__).resolve().parent.parent / layer for layer in ("core", "model"))


def model_schema() -> dict:
    """The models' own JSON Schema, as pydantic writes it. It follows from the code alone, so it is kept on disk
    (macros/core/cache.py) under a hash of that code and of pydantic's and Python's versions: a build whose models
    are unchanged reads it instead of generating it again. A fresh dict each call: the caller may change it."""
    code = [path.read_bytes() for folder in SCHEMA_CODE for path in sorted(folder.glob("*.py"))]
    name = cache.key(pydantic.VERSION, platform.python_version(), *code)
    if (kept := cache.load_value("schema", name, json.loads)) is not None:
        return kept
    schema = Handbook.model_json_schema(by_alias=True, mode="serialization")
    cache.store("schema", name, json.dumps(schema).encode("utf-8"))
    return json.loads(json.dumps(schema))  # the same dict as one read from the cache (lists, never tuples)


def to_json(value: dict) -> str:
    """Stable, readable JSON (same input, same bytes): indented by one space, non-ASCII characters as they are.

    Written by pydantic's serialiser, which writes the bytes json.dumps(value, ensure_ascii=False, indent=1) would
    in a fraction of the time, for the values a model dump holds: text, integers, booleans, null, lists and
    objects (no model has a float field, the one kind the two would write differently: 1e-07 against 1e-7).
    """
    return pydantic_core.to_json(value, indent=1).decode("utf-8") + "\n"


def export_files(hb: Handbook, info: BuildInfo, pages: frozenset[str] | None = None,
                 use_directory_urls: bool = True, texts: Texts | None = None) -> dict[str, str]:
    """The published files: the data and its schema, keyed by their path in the site."""
    return {
        links.EXPORT_JSON: to_json(export_handbook(hb, info, pages, use_directory_urls, texts)),
        links.EXPORT_SCHEMA: to_json(export_schema()),
    }
