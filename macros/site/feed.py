"""The Atom feed of content changes (RFC 4287): one entry per change, each linking to its page and anchor.

Written with xml.etree.ElementTree, never by string formatting. Entry ids are urn:uuid values derived from the
commit and the changed part, so they stay the same from build to build. Dates are the commits' RFC 3339 times.
"""

from __future__ import annotations

import datetime as dt
import io
import urllib.parse
import uuid
import xml.etree.ElementTree as ET

from macros.core import links
from macros.model.edition import BuildInfo, danish_date
from macros.model.overlay import Overlay
from macros.model.records import Handbook
from macros.model.versions import ItemChange
from macros.render.history import KIND_NAMES, change_facts, part_anchors, part_label, plain
from macros.render.local import local_label
from macros.render.texts import Texts, handbook_texts

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NAMESPACE = uuid.UUID("6f0c6b0e-5d3c-4a57-9a52-2f1c3f1f7a19")  # this handbook's own uuid5 namespace
FEED_LIMIT = 100  # the newest changes; every page's 'Historik' keeps the whole history
FALLBACK_UPDATED = "2020-09-21T00:00:00Z"  # the 2020 edition's date, for a feed with no entries and no edition date


def _tag(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _sub(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, _tag(name), attrs)
    if text is not None:
        element.text = text
    return element


def entry_id(*parts: str) -> str:
    """A stable, unique entry id: urn:uuid of the commit and the changed part."""
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, chr(31).join(parts))}"


def _moment(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _newest_first(entries) -> list:
    """Entries by time, newest first; a stable sort keeps page order within one commit."""
    return sorted(entries, key=lambda e: _moment(e[0]), reverse=True)


def _date_time(date: dt.date) -> str:
    """A date as an RFC 3339 time (midnight UTC)."""
    return f"{date.isoformat()}T00:00:00Z"


def record_title(hb: Handbook, kind: str, record) -> str:
    """What the feed calls a page, e.g. '3.4 Behandlingsgarantien' or 'SEL § 101'."""
    if kind == "guideline":
        return f"{record.number} {record.short_title}"
    if kind == "principle":
        return f"Princip {record.number}: {record.title}"
    if kind == "law":
        return f"{record.abbreviation} {record.paragraph} – {record.title}"
    return f"Beslutningsvej: {record.title}"


def _records(hb: Handbook):
    """(kind, record) for every record whose page has a history."""
    yield from (("guideline", g) for g in hb.guidelines)
    yield from (("principle", p) for p in hb.principles)
    yield from (("law", law) for law in hb.laws)
    if "flow" in links.SECTIONS:
        yield from (("flow", f) for f in hb.flows)


def _change_summary(hb: Handbook, kind: str, change: ItemChange, note: str) -> str:
    """The change in plain text: what happened, old and new text, the editor's note."""
    lines = []
    if change.action == "added":
        lines.append(f"Tekst: {plain(change.new.text)}" if change.new.text else "")
    elif change.action == "removed":
        lines.append(f"Teksten var: {plain(change.old.text)}" if change.old.text else "")
    elif change.action == "changed":
        lines += change_facts(hb, kind, change)
        if change.old.text != change.new.text and change.prefix != "afsnit":
            lines += [f"Før: {plain(change.old.text)}", f"Efter: {plain(change.new.text)}"]
    for text in (change.note, note):
        if text:
            lines.append(f"Redaktørens note: {text}")
    return "\n".join(line for line in lines if line)


VERBS = {"added": "tilføjet", "removed": "fjernet", "changed": "ændret", "note": "ny note"}


def _changes(hb: Handbook, info: BuildInfo):
    """(time, kind, record, revision entry, change or None for a new page) for every change, in page order."""
    for kind, record in _records(hb):
        for entry in info.versions.of(kind, record.id):
            if entry.action == "created":
                yield entry.revision.time, kind, record, entry, None
                continue
            for change in entry.changes or (ItemChange("titel", "note", None, None, entry.note),):
                yield entry.revision.time, kind, record, entry, change


def history_entries(hb: Handbook, info: BuildInfo, limit: int | None = None):
    """(updated, id, title, page, anchor, summary) for every change to a record that has a page now, newest first
    (a stable sort keeps page order within one commit); only the newest `limit`, if given, are written out."""
    for time, kind, record, entry, change in _newest_first(_changes(hb, info))[:limit]:
        rev = entry.revision
        page = links.page(kind, record.id)
        name = record_title(hb, kind, record)
        if change is None:
            summary = f"{KIND_NAMES[kind].capitalize()} kom med i håndbogen."
            if entry.note:
                summary += f"\nRedaktørens note: {entry.note}"
            yield time, entry_id(rev.full_hash or rev.hash, page), f"{name}: ny side", page, None, summary
            continue
        label = part_label(kind, change)
        verb = VERBS[change.action]
        title = f"{name}: {label[0].lower() + label[1:] if change.prefix == 'titel' else label} {verb}"
        anchor = part_anchors(kind, record).get(change.key) if change.action != "removed" else None
        # the record's own note goes with the first change (the one made up for a note alone, if none)
        note = entry.note if not entry.changes or change is entry.changes[0] else ""
        yield (time, entry_id(rev.full_hash or rev.hash, page, change.key), title, page,
               anchor or links.history_anchor(rev.number), _change_summary(hb, kind, change, note))


def overlay_entries(hb: Handbook, overlay: Overlay | None, texts: Texts | None = None):
    """One entry per municipal box, dated by its 'updated' field, linking to the box beside the national text."""
    if overlay is None:
        return
    from macros.render.local import box_home

    footer = texts or handbook_texts()

    numbers: dict[str, int] = {}
    for box in overlay.boxes:
        numbers[box.target] = numbers.get(box.target, 0) + 1
        anchor = links.local_box_anchor(box.target, numbers[box.target])
        title = f"{local_label(overlay)}: {box.title}"
        yield (_date_time(box.updated), entry_id("lokal", overlay.municipality, anchor, box.updated.isoformat()),
               title, box_home(hb, box.target), anchor,
               f"{plain(footer('lokal-boks-fod', kommune=overlay.municipality, dato=danish_date(box.updated)))}\n"
               f"{plain(box.text)}")


def render_feed(hb: Handbook, info: BuildInfo, site_name: str, site_url: str = "",
                use_directory_urls: bool = True, overlay: Overlay | None = None, texts: Texts | None = None) -> bytes:
    """The whole feed as UTF-8 XML; URLs are absolute under site_url, else relative to the feed (the site root)."""

    def url(src: str, anchor: str | None = None) -> str:
        path = links.url_path(src, use_directory_urls) or "./"
        target = f"{path}#{anchor}" if anchor else path
        return urllib.parse.urljoin(site_url, target) if site_url else target

    # the municipality's boxes are few and its readers' own: all of them, beside the newest national changes
    texts = texts or handbook_texts()
    entries = _newest_first([*history_entries(hb, info, FEED_LIMIT), *overlay_entries(hb, overlay, texts)])
    ET.register_namespace("", ATOM)
    feed = ET.Element(_tag("feed"), {XML_LANG: "da"})
    _sub(feed, "title", f"Ændringer i {site_name}")
    subtitle = texts("feed-undertitel", antal=FEED_LIMIT)
    if overlay:
        subtitle += " " + texts("feed-undertitel-lokal", kommune=overlay.municipality)
    _sub(feed, "subtitle", plain(subtitle))
    _sub(feed, "id", urllib.parse.urljoin(site_url, links.FEED) if site_url else entry_id("feed", site_name))
    newest = max((_moment(e[0]) for e in entries), default=None)
    published = info.edition.published
    _sub(feed, "updated", newest.isoformat() if newest else (f"{published}T00:00:00Z" if published else FALLBACK_UPDATED))
    _sub(feed, "link", rel="self", type="application/atom+xml",
         href=urllib.parse.urljoin(site_url, links.FEED) if site_url else links.FEED)
    _sub(feed, "link", rel="alternate", type="text/html", href=url(links.CHANGELOG_PAGE))
    author = _sub(feed, "author")
    _sub(author, "name", site_name)
    for updated, identifier, title, page, anchor, summary in entries:
        entry = _sub(feed, "entry")
        _sub(entry, "id", identifier)
        _sub(entry, "title", title)
        _sub(entry, "updated", updated)
        _sub(entry, "link", rel="alternate", type="text/html", href=url(page, anchor))
        _sub(entry, "summary", summary, type="text")
    ET.indent(feed)
    out = io.BytesIO()
    ET.ElementTree(feed).write(out, encoding="utf-8", xml_declaration=True)
    return out.getvalue() + b"\n"
