"""The 'Historik' section of a guideline, principle, law or flow page: every dated change to the page's data.

Old and new texts are shown as escaped plain text (an old text may link to a page that no longer exists), in raw
HTML, so the dates do not fill the page's table of contents.
"""

from __future__ import annotations

import re

from macros.core import links
from macros.core.escape import html_attr, html_text
from macros.model.edition import danish_date
from macros.model.records import Handbook, Status
from macros.model.versions import ItemChange, PageRevision, State, Versions
from macros.render.common import KIND_LABELS, STATUS_LABELS, law_label
from macros.render.glossary import abbreviate_html
from macros.render.texts import Texts, handbook_texts

KIND_NAMES = {"guideline": "retningslinjen", "principle": "princippet", "law": "paragraffen", "flow": "beslutningsvejen"}
SECTION_TITLES = {
    ("guideline", "purpose"): "Formål",
    ("guideline", "target_group"): "Målgruppe",
    ("guideline", "background"): "Baggrund og viden",
    ("guideline", "practice"): "Sådan kan I gøre",
    ("principle", "description"): "I praksis",
    ("principle", "why"): "Hvorfor det er vigtigt",
    ("law", "practice"): "Hvad det betyder i praksis",
}
# The data fields a reader may not know by their key, named in plain Danish
FIELD_NAMES = {
    "sources": "kilder", "søgeord": "søgeord", "keywords": "søgeord", "principles": "principper", "phase": "fase",
    "note": "uddybning", "list_from": "punktliste", "related": "relaterede retningslinjer", "methods": "metoder",
    "pages": "sidetal", "short_title": "kort titel", "number": "nummer", "theme": "tema", "edges": "pile",
    "start": "første trin", "order": "rækkefølge", "guidelines": "retningslinjer", "directions": "anvisninger",
    "text": "uddybning", "items": "punkter", "new_2020": "mærket «Nyt i 2020»", "confirmed": "mærket om ordlyden",
    "act": "lov", "abbreviation": "forkortelse", "paragraph": "paragraf", "url": "link til lovteksten",
}
SHOWN_OPEN = 5  # newer revisions shown; older ones are folded away (optional depth)
_LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\([^)]*\)")
_MARKS = re.compile(r"\*\*|__|`|^#+\s*", re.MULTILINE)


def plain(text: str) -> str:
    """Markdown as one line of plain text: links become their label, emphasis and heading marks go."""
    # most texts have no link and no mark: a substring test is much quicker than a pass of the regex
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "**" in text or "__" in text or "`" in text or "#" in text:
        text = _MARKS.sub("", text)
    return " ".join(text.split())


def part_anchors(kind: str, record) -> dict[str, str]:
    """The anchors of a record's parts as they are on its page now, keyed like the history ('anvisning:3.4.2')."""
    if kind == "guideline":
        return {f"anvisning:{d.id}": links.direction_anchor(d.id) for d in record.directions}
    if kind == "law":
        return {f"stk:{p.stk}": links.stk_anchor(p.stk) for p in record.parts}
    if kind == "flow":
        return {f"trin:{n.id}": links.flow_node_anchor(record.id, n.id) for n in record.nodes}
    return {}


def part_label(kind: str, change: ItemChange) -> str:
    """What a reader calls the changed part, e.g. 'Anvisning 3.4.2' or 'Afsnittet «Formål»' (plain text)."""
    prefix, part = change.prefix, change.part_id
    if prefix == "anvisning":
        return f"Anvisning {part}"
    if prefix == "stk":
        return f"Stk. {part}"
    if prefix == "trin":
        state = change.new or change.old
        return f"Trinnet «{state.name or part}»" if state else f"Trinnet {part}"
    if prefix == "afsnit":
        return f"Afsnittet «{SECTION_TITLES.get((kind, part), part)}»"
    if prefix == "resume":
        return "Den korte beskrivelse"
    return KIND_NAMES[kind].capitalize()


def _status(value: str | None) -> str:
    try:
        return STATUS_LABELS[Status(value)]
    except ValueError:
        return str(value)


def _laws(hb: Handbook, refs: tuple[str, ...]) -> str:
    """Law references as readers write them (an old reference no longer in the data stays as written)."""
    if not refs:
        return "intet"
    out = []
    for ref in refs:
        try:
            out.append(law_label(hb, ref))
        except KeyError:
            out.append(ref)
    return ", ".join(out)


def _names(fields: tuple[str, ...]) -> str:
    """'kilder og søgeord'."""
    names = list(dict.fromkeys(FIELD_NAMES.get(f, f) for f in fields))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def change_facts(hb: Handbook, kind: str, change: ItemChange) -> list[str]:
    """The change in short plain sentences (besides the texts shown old beside new)."""
    old, new = change.old or State(), change.new or State()
    facts = []
    if change.action == "changed":
        if old.text != new.text:
            if change.prefix == "afsnit":
                facts.append("Teksten er skrevet." if not old.text else
                             "Teksten er fjernet." if not new.text else "Teksten er ændret.")
            elif change.prefix == "titel":
                facts.append("Titlen er ændret.")
            else:
                facts.append("Teksten er omformuleret.")
        if old.kind != new.kind:
            facts.append(f"Typen er ændret fra {KIND_LABELS.get(old.kind, old.kind or 'ingen').lower()} "
                         f"til {KIND_LABELS.get(new.kind, new.kind or 'ingen').lower()}.")
        if old.status != new.status:
            facts.append(f"Status er ændret fra «{_status(old.status)}» til «{_status(new.status)}».")
        if old.laws != new.laws:
            facts.append(f"Lovgrundlaget er ændret fra {_laws(hb, old.laws)} til {_laws(hb, new.laws)}.")
        other = change.other_changed()
        if other:
            facts.append(f"Desuden er {_names(other)} ændret." if facts else f"{_names(other).capitalize()} er ændret.")
    return facts


def _text(hb: Handbook, text: str) -> str:
    """Plain text as HTML with its abbreviations explained (the section is raw HTML, which Markdown's abbr skips)."""
    return abbreviate_html(hb, html_text(text))


def _diff(old: str | None, new: str | None) -> str:
    """Old text beside new, both already HTML (stacked on a phone); one column when a part was added or removed."""
    cells = []
    if old is not None:
        cells.append(f'<div class="history-diff__old"><p class="history-diff__label">Før</p><p>{old}</p></div>')
    if new is not None:
        label = "Efter" if old is not None else "Tekst"
        cells.append(f'<div class="history-diff__new"><p class="history-diff__label">{label}</p><p>{new}</p></div>')
    return f'<div class="history-diff">{"".join(cells)}</div>'


def render_change(hb: Handbook, kind: str, change: ItemChange, anchors: dict[str, str]) -> str:
    """One change as a list item: what changed, the old and new texts, the editor's note."""
    label = html_text(part_label(kind, change))
    if change.key in anchors and change.action != "removed":
        label = f'<a href="#{html_attr(anchors[change.key])}">{label}</a>'
    old, new = change.old, change.new
    badge = ""
    if change.action == "added":
        if new.kind in KIND_LABELS:
            badge = f' <span class="badge badge--{new.kind}">{KIND_LABELS[new.kind]}</span>'
        head, diff = f"{label} er tilføjet.{badge}", _diff(None, _text(hb, plain(new.text))) if new.text else ""
    elif change.action == "removed":
        head, diff = f"{label} er fjernet.", _diff(_text(hb, plain(old.text)), None) if old.text else ""
    elif change.action == "note":
        head, diff = f"{label}: redaktørens note.", ""
    else:
        head = f"{label} er ændret: " + _text(hb, " ".join(change_facts(hb, kind, change)))
        show = old.text != new.text and change.prefix != "afsnit"
        diff = _diff(_text(hb, plain(old.text)), _text(hb, plain(new.text))) if show else ""
    note = f'<p class="history__note"><strong>Note:</strong> {_text(hb, change.note)}</p>' if change.note else ""
    return (f'<li class="history__change history__change--{change.action}">'
            f'<p class="history__what">{head}</p>{diff}{note}</li>')


def render_revision(hb: Handbook, kind: str, entry: PageRevision, anchors: dict[str, str]) -> str:
    """One dated revision of a page with its changes."""
    rev = entry.revision
    anchor = links.history_anchor(rev.number)
    parts = [
        f'<div class="history__revision" id="{anchor}" data-changed="{rev.number}">',
        f'<h3 class="history__when"><time datetime="{html_attr(rev.date)}">{html_text(danish_date(rev.date))}</time>'
        f' <span class="history__version">version {rev.number}</span></h3>',
    ]
    if entry.note:
        parts.append(f'<p class="history__note"><strong>Redaktørens note:</strong> {_text(hb, entry.note)}</p>')
    if entry.action == "created":
        count = f" med {entry.parts} {'anvisning' if entry.parts == 1 else 'anvisninger'}" if kind == "guideline" else ""
        parts.append(f'<p class="history__what">{KIND_NAMES[kind].capitalize()} kom med i håndbogen{count}.</p>')
    elif entry.changes:
        parts.append('<ul class="history__changes">')
        parts += [render_change(hb, kind, change, anchors) for change in entry.changes]
        parts.append("</ul>")
    parts.append("</div>")
    return "".join(parts)


def render_history(hb: Handbook, versions: Versions, kind: str, record, from_page: str,
                   texts: Texts | None = None) -> list[str]:
    """The 'Historik' section (Markdown lines) of a record's page."""
    texts = texts or handbook_texts()
    feed = links.relative(from_page, links.FEED)
    parts = [f"## Historik {{ #{links.HISTORY_ANCHOR} data-search-exclude }}", ""]
    if not versions.available:
        return [*parts, texts("historik-mangler"), "{ .history-missing data-search-exclude }", ""]
    entries = versions.of(kind, record.id)
    latest = versions.latest()
    parts += [
        texts("historik-intro", hvad=KIND_NAMES[kind], feed=feed),
        "{ data-search-exclude }",
        "",
    ]
    if not entries:
        return [*parts, texts("historik-ingen"), "{ data-search-exclude }", ""]
    anchors = part_anchors(kind, record)
    shown = [render_revision(hb, kind, e, anchors) for e in entries[:SHOWN_OPEN]]
    older = [render_revision(hb, kind, e, anchors) for e in entries[SHOWN_OPEN:]]
    folded = (f'<details class="history__older"><summary>Ældre ændringer ({len(older)})</summary>{"".join(older)}'
              "</details>") if older else ""
    key = html_attr(from_page.removesuffix(".md"))
    parts += [
        # a <section>, so no element inside has the excluded element's tag: the theme's search tells them apart by
        # tag only. Searching finds today's text, never an old wording.
        f'<section class="history" data-search-exclude data-history="{key}" data-version="{latest.number}" '
        f'data-version-date="{html_attr(latest.date)}">{"".join(shown)}{folded}</section>',
        "",
    ]
    return parts


def changed_attr(versions: Versions, kind: str, record_id: str, key: str) -> str:
    """' data-changed="N"' for a part's element (N = the version that last changed it), or ''."""
    revision = versions.part_changed(kind, record_id, key)
    return f' data-changed="{revision.number}"' if revision else ""
