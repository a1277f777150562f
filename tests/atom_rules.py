"""RFC 4287's rules for an Atom feed, checked with the standard library (the tests need no feed package)."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from macros.site.feed import ATOM

A = f"{{{ATOM}}}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def atom_problems(xml: bytes) -> list[str]:
    """What breaks RFC 4287 (sections 3.3, 4.1.1, 4.1.2, 4.2.7): required elements, their number, dates, ids."""
    root = ET.fromstring(xml)
    problems = []
    if root.tag != f"{A}feed":
        return [f"root is {root.tag}, not atom:feed"]

    def once(parent, name, where, required=True):
        found = parent.findall(f"{A}{name}")
        if len(found) > 1 or (required and not found):
            problems.append(f"{where}: {len(found)} atom:{name} (must be {'exactly' if required else 'at most'} one)")

    def date(element, where):
        if element is not None and not (RFC3339.match(element.text or "") and
                                        dt.datetime.fromisoformat((element.text or "").replace("Z", "+00:00"))):
            problems.append(f"{where}: {element.tag} '{element.text}' is no RFC 3339 date-time")

    def alternates(parent, where):
        pairs = [(x.get("type"), x.get("hreflang")) for x in parent.findall(f"{A}link")
                 if x.get("rel", "alternate") == "alternate"]
        if len(pairs) != len(set(pairs)):
            problems.append(f"{where}: two alternate links with the same type and hreflang")
        if any(not x.get("href") for x in parent.findall(f"{A}link")):
            problems.append(f"{where}: a link without href")
        return pairs

    for name in ("id", "title", "updated"):
        once(root, name, "feed")
    once(root, "subtitle", "feed", required=False)
    date(root.find(f"{A}updated"), "feed")
    alternates(root, "feed")
    feed_author = root.find(f"{A}author/{A}name") is not None
    ids = [root.findtext(f"{A}id")]
    for index, entry in enumerate(root.findall(f"{A}entry")):
        where = f"entry {index}"
        for name in ("id", "title", "updated"):
            once(entry, name, where)
        for name in ("summary", "content", "published"):
            once(entry, name, where, required=False)
        date(entry.find(f"{A}updated"), where)
        if not alternates(entry, where) and entry.find(f"{A}content") is None:
            problems.append(f"{where}: no alternate link and no content")
        if not feed_author and entry.find(f"{A}author/{A}name") is None:
            problems.append(f"{where}: no author (and the feed has none)")
        for text in entry.findall(f"{A}summary") + entry.findall(f"{A}title"):
            if text.get("type", "text") not in ("text", "html", "xhtml"):
                problems.append(f"{where}: {text.tag} has type {text.get('type')}")
        ids.append(entry.findtext(f"{A}id"))
    problems += [f"id '{i}' is no IRI" for i in ids if not IRI.match(i or "")]
    if len(ids) != len(set(ids)):
        problems.append("ids are not unique")
    return problems
