"""YAML templates for each kind of record, generated from the models so they always match the schema."""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing

import yaml
from pydantic import BaseModel

from macros.editors.model_docs import CollectionDoc, blurb_of, collections, name_of, nested_models

# Example values, keyed 'Model.field'. Fields without an example get a value from their default or type;
# tests/test_editors_guide.py validates every template with the real models, so a bad example fails there.
# A list of dicts for a list-of-records field gives one item per dict (fields not named use the examples).
EXAMPLES: dict[str, object] = {
    "SearchPhrase.phrases": ["sagsbehandler", "visitator"],
    "SearchPhrase.search": "afgørelse visitation",
    "SearchPhrase.note": "Praktikere kalder den, der træffer afgørelsen, for sagsbehandler eller visitator.",
    "Source.id": "KX1",
    "Source.title": "Titel på kilden",
    "Source.publisher": "Socialstyrelsen",
    "Source.date": "september 2020",
    "Source.url": "https://www.eksempel.dk/side",
    "Source.note": "Sekundær kopi; erstat med den officielle kilde.",
    "SourceRef.source": "K1",
    "SourceRef.pages": "60",
    "SourceRef.note": "Hvad kilden bekræfter (kan udelades).",
    "Theme.id": "borgerforloeb",
    "Theme.chapter": 3,
    "Theme.title": "Et borgerforløb",
    "Theme.official_title": "Kapitlets titel, som den står i 2020-udgaven",
    "Theme.page": 51,
    "Theme.summary": "To til tre sætninger med egne ord om, hvad kapitlet handler om.",
    "Principle.id": "helhed",
    "Principle.number": 2,
    "Principle.title": "Helhedsorienteret indsats",
    "Principle.summary": "Én sætning med egne ord om princippet.",
    "Principle.description": "Hvad princippet betyder i praksis. Skriv med egne ord og i korte afsnit.\n",
    "Principle.why": "Hvorfor princippet er vigtigt.\n",
    "Deadline.label": "Behandling iværksat",
    "Deadline.rule": "Senest 14 dage efter henvendelsen.",
    "Deadline.laws": ["sel-101/4"],
    "Phase.id": "afgoerelse",
    "Phase.order": 3,
    "Phase.title": "Afgørelse og frit valg",
    "Phase.summary": "Hvad der sker i fasen, med egne ord.",
    "LawPart.stk": 4,
    "LawPart.summary": "Stykkets indhold med egne ord.",
    "Law.id": "sel-101",
    "Law.act": "Serviceloven",
    "Law.abbreviation": "SEL",
    "Law.paragraph": "§ 101",
    "Law.title": "Emnet med egne ord",
    "Law.summary": "En kort sammenfatning med egne ord.",
    "Law.practice": "Hvad paragraffen betyder for jer i praksis.\n",
    "Law.url": "https://www.retsinformation.dk/eli/lta/2019/1421",
    "Direction.id": "3.12.1",
    "Direction.kind": "lovkrav",
    "Direction.text": "Anvisningen med egne ord. Skriv den, så den kan stå alene.",
    "Direction.laws": ["sel-101/4"],
    "Direction.status": "redaktionel",
    "Direction.principles": ["helhed"],
    "Direction.phase": "afgoerelse",
    "Direction.note": "Uddybning eller forbehold (kan udelades).",
    "Direction.keywords": ["frist"],
    "Guideline.id": "3-12",
    "Guideline.number": "3.12",
    "Guideline.title": "Retningslinje for …",
    "Guideline.short_title": "Kort titel",
    "Guideline.theme": "borgerforloeb",
    "Guideline.status": "redaktionel",
    "Guideline.pages": "70",
    "Guideline.principles": ["helhed", "systematik"],
    "Guideline.phase": "afgoerelse",
    "Guideline.laws": ["sel-101/4"],
    "Guideline.related": ["3-4"],
    "Guideline.methods": ["motiverende-samtale"],
    "Guideline.summary": "Svaret i én til tre korte sætninger med egne ord.",
    "Guideline.purpose": "Retningslinjens formål med egne ord.\n",
    "Guideline.target_group": "Hvem retningslinjen er skrevet til.\n",
    "Guideline.background": "Baggrund og viden. Links skrives relativt, fx [3.4](3-4.md).\n",
    "Guideline.practice": "Sådan kan I gøre. Brug gerne en punktliste.\n",
    "Guideline.keywords": ["søgeord"],
    "Term.id": "behandlingsgaranti",
    "Term.term": "Behandlingsgaranti",
    "Term.definition": "Forklaringen med egne ord.",
    "Term.abbreviations": [],
    "Term.synonyms": ["behandlingsgarantien"],
    "Term.english": "treatment guarantee",
    "Method.id": "motiverende-samtale",
    "Method.name": "Motiverende samtale",
    "Method.abbreviation": "MI",
    "Method.summary": "Én sætning om metoden.",
    "Method.description": "Hvad metoden er, med egne ord.\n",
    "Method.target_group": "Hvem metoden er til.",
    "Method.evidence": "Hvad vi ved om virkningen, i klart sprog.",
    "Change.guideline": "3-4",
    "Change.counterparts_2016": ["3.4 Retningslinje for behandlingsgarantien"],
    "Change.summary": "Hvad der er ændret, med egne ord.\n",
    "Change.status": "redaktionel",
    "Flow.id": "afgoerelse",
    "Flow.title": "Fra afdækning til afgørelse",
    "Flow.summary": "Hvornår beslutningsvejen hjælper.\n",
    "Flow.start": "afdaekning",
    "Flow.guidelines": ["3-6"],
    "Flow.nodes": [
        {"id": "afdaekning", "kind": "step", "label": "Afdæk borgerens behov"},
        {"id": "bevilget", "kind": "outcome", "label": "Behandling bevilget"},
    ],
    "FlowNode.text": "Uddybning med egne ord.\n",
    "FlowNode.guidelines": ["3-5"],
    "FlowNode.directions": ["3.5.1"],
    "FlowNode.laws": ["sel-101/2"],
    "FlowEdge.from_": "afdaekning",
    "FlowEdge.to": "bevilget",
    "FlowEdge.label": "Ja",
    "Course.id": "tema-borgerforloeb",
    "Course.kind": "tema",
    "Course.target": "borgerforloeb",
    "Course.title": "Et borgerforløb",
    "Course.duration": "2 timer",
    "Course.learning_goals": ["Deltagerne kan forklare behandlingsgarantien."],
    "Course.introduction": "Et kort oplæg med egne ord.\n",
    "Course.cases": [{"id": "mor-ringer", "title": "Mor ringer om sin søn"},
                     {"id": "ung-henvist", "title": "En ung bliver henvist"}],
    "Course.reflection_questions": ["Hvad gør I allerede i dag?"],
    "Case.story": "En opdigtet fortælling med egne ord. Ingen rigtige personer eller steder.\n",
    "Case.questions": ["Hvornår begynder fristen at løbe?"],
    "Case.directions": ["3.4.1"],
    "Case.guidelines": ["3-4"],
}
# Tried in turn for a text field with a pattern and no example, so a new record type gets a valid id.
PATTERN_CANDIDATES = ("eksempel", "3-12", "3.12", "3.12.1", "K1")
FALLBACK = {str: "Skriv her", int: 1, bool: False, dt.date: "2025-01-31"}


def template_yaml(collection: CollectionDoc) -> str:
    """A commented YAML template for one record of a collection (a list item for list files)."""
    model = collection.model
    where = (f"én fil pr. post i {collection.path}; filnavnet er postens id, fx {collection.path}<id>.yml"
             if collection.folder else f"en post i listen i {collection.path}; tilføj den sidst i filen")
    lines = [f"# {name_of(model)}: {blurb_of(model)}", f"# Skabelonen er {where}."]
    lines += _record(model, indent=0, item=not collection.folder, overrides={})
    return "\n".join(lines) + "\n"


def templates() -> dict[str, str]:
    """Every collection's template, keyed by collection name."""
    return {c.name: template_yaml(c) for c in collections()}


def _record(model: type[BaseModel], indent: int, item: bool, overrides: dict) -> list[str]:
    """The lines of one record, each field under a comment; as a list item the first key carries the '- '."""
    lines: list[str] = []
    pad = " " * indent
    inner = pad + ("  " if item else "")
    for position, (name, field) in enumerate(model.model_fields.items()):
        key = field.alias or name
        starts_item = item and position == 0
        marker = "påkrævet" if field.is_required() else "valgfri"
        lines.append(f"{pad if starts_item else inner}# {marker}: {field.description or ''}".rstrip())
        prefix = pad + "- " if starts_item else inner
        value = overrides.get(key, EXAMPLES.get(f"{model.__name__}.{name}", _fallback(field)))
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
        flow = yaml.safe_dump(list(value), allow_unicode=True, default_flow_style=True, width=10_000).strip()
        return [f"{prefix}{key}: {flow}"]
    return [f"{prefix}{key}: {_dump(value)}"]


def _dump(value) -> str:
    """One YAML scalar, quoted only where YAML needs it (e.g. '3.4' stays text)."""
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000)
    return text.removesuffix("\n...\n").strip()


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
