"""The Atom feed of content changes (macros/site/feed.py): exactly the changes in the history, valid by RFC 4287's rules."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from macros.core import links
from macros.model.edition import BuildInfo, Edition
from macros.model.git_history import read_history, read_versions
from macros.model.load import load_handbook
from macros.model.overlay import LocalBox, Overlay
from macros.model.versions import Revision, build_versions
from macros.render.guideline import render_guideline
from macros.site.feed import ATOM, FEED_LIMIT, render_feed
from tests.atom_rules import A, atom_problems
from tests.conftest import FIXTURE_DATA
from tests.history_repo import DATES, NEW_3_4_2, NOTE_3_4_3, NOTE_G, OLD_3_4_2, make_history_repo

NAME = "Håndbog <test> & co"


def entries(xml: bytes) -> list[dict]:
    root = ET.fromstring(xml)
    return [{"id": e.findtext(f"{A}id"), "title": e.findtext(f"{A}title"), "updated": e.findtext(f"{A}updated"),
             "href": e.find(f"{A}link").get("href"), "summary": e.findtext(f"{A}summary")}
            for e in root.findall(f"{A}entry")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    data = make_history_repo(tmp_path_factory.mktemp("repo"))
    history = read_history(data)
    return load_handbook(data), BuildInfo(Edition(published="2020-09-21"), history, read_versions(data, history))


def test_feed_has_exactly_the_changes_of_the_three_commits(built):
    hb, info = built
    feed = entries(render_feed(hb, info, NAME))
    changes = [(e["updated"], e["title"], e["href"]) for e in feed if not e["title"].endswith(": ny side")]
    g = "3.4 Behandlingsgarantien"
    assert changes == [
        (DATES[3], f"{g}: Anvisning 3.4.2 fjernet", "retningslinjer/3-4/#historik-v4"),
        (DATES[2], f"{g}: Anvisning 3.4.3 tilføjet", "retningslinjer/3-4/#anvisning-3.4.3"),
        (DATES[1], f"{g}: Anvisning 3.4.1 ændret", "retningslinjer/3-4/#anvisning-3.4.1"),
        (DATES[1], f"{g}: Anvisning 3.4.2 ændret", "retningslinjer/3-4/#historik-v2"),
        (DATES[1], "SEL § 101 – Social behandling af stofmisbrug: Stk. 4 ændret", "love/sel-101/#stk-4"),
    ]
    # the first commit brought every page: one entry each, linking to the page
    created = sorted((e["href"], e["updated"]) for e in feed if e["title"].endswith(": ny side"))
    pages = [links.page("guideline", g.id) for g in hb.guidelines] + [links.page("principle", p.id) for p in hb.principles] \
        + [links.page("law", law.id) for law in hb.laws] + [links.page("flow", f.id) for f in hb.flows]
    assert created == sorted((links.url_path(p), DATES[0]) for p in pages)


def test_entries_say_what_changed_with_old_and_new_text_and_notes(built):
    hb, info = built
    by_title = {e["title"]: e["summary"] for e in entries(render_feed(hb, info, NAME))}
    reworded = by_title["3.4 Behandlingsgarantien: Anvisning 3.4.2 ændret"]
    assert "Typen er ændret fra anbefaling til lovkrav." in reworded
    assert f"Før: {OLD_3_4_2}\nEfter: {NEW_3_4_2}" in reworded
    assert f"Redaktørens note: {NOTE_G}" in by_title["3.4 Behandlingsgarantien: Anvisning 3.4.1 ændret"]
    assert f"Redaktørens note: {NOTE_3_4_3}" in by_title["3.4 Behandlingsgarantien: Anvisning 3.4.3 tilføjet"]
    assert f"Teksten var: {NEW_3_4_2}" in by_title["3.4 Behandlingsgarantien: Anvisning 3.4.2 fjernet"]


def test_feed_follows_the_atom_rules_and_ids_are_stable(built):
    hb, info = built
    xml = render_feed(hb, info, NAME)
    assert xml.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert atom_problems(xml) == []
    root = ET.fromstring(xml)
    assert root.findtext(f"{A}title") == f"Ændringer i {NAME}"  # data text survives as text, escaped by the serialiser
    assert root.findtext(f"{A}updated") == DATES[3]
    assert xml == render_feed(hb, info, NAME)  # same history, same ids and bytes
    assert all(e["id"].startswith("urn:uuid:") for e in entries(xml))


def test_urls_are_absolute_under_the_site_url_and_relative_otherwise(built):
    hb, info = built
    site = "https://intra.example.dk/haandbog/"
    absolute = ET.fromstring(render_feed(hb, info, NAME, site_url=site))
    hrefs = [x.get("href") for x in absolute.iter(f"{A}link")]
    assert hrefs and all(h.startswith(site) for h in hrefs)
    assert absolute.find(f"{A}link[@rel='self']").get("href") == site + links.FEED
    assert absolute.findtext(f"{A}id") == site + links.FEED
    assert f"{site}retningslinjer/3-4/#anvisning-3.4.3" in hrefs
    relative = ET.fromstring(render_feed(hb, info, NAME, use_directory_urls=False))
    hrefs = [x.get("href") for x in relative.iter(f"{A}link")]
    assert relative.find(f"{A}link[@rel='self']").get("href") == links.FEED
    assert "retningslinjer/3-4.html#anvisning-3.4.3" in hrefs and not any("://" in h for h in hrefs)


def test_municipal_boxes_are_entries_linking_to_the_box(built):
    hb, info = built
    overlay = Overlay(municipality="Testby Kommune", date=dt.date(2025, 5, 1), boxes=(
        LocalBox(target="3-4", title="Vores frist", text="Tekst.", updated=dt.date(2025, 5, 1)),
        LocalBox(target="3.4.1", title="Første <boks> & mere", text="Tekst.", updated=dt.date(2025, 4, 20)),
        LocalBox(target="3.4.1", title="Anden boks", text="Se [3.4](3-4.md).", updated=dt.date(2024, 12, 1)),
    ))
    xml = render_feed(hb, info, NAME, overlay=overlay)
    assert atom_problems(xml) == []
    local = [(e["updated"], e["title"], e["href"]) for e in entries(xml) if "Testby" in e["title"]]
    assert local == [
        ("2025-05-01T00:00:00Z", "Sådan gør vi i Testby Kommune: Vores frist", "retningslinjer/3-4/#lokal-3-4-1"),
        ("2025-04-20T00:00:00Z", "Sådan gør vi i Testby Kommune: Første <boks> & mere",
         "retningslinjer/3-4/#lokal-3.4.1-1"),
        ("2024-12-01T00:00:00Z", "Sådan gør vi i Testby Kommune: Anden boks", "retningslinjer/3-4/#lokal-3.4.1-2"),
    ]
    page = render_guideline(hb, hb.guideline("3-4"), overlay, info).body
    for anchor in ("lokal-3-4-1", "lokal-3.4.1-1", "lokal-3.4.1-2"):
        assert f'id="{anchor}"' in page


def test_without_history_the_feed_is_valid_and_empty():
    hb = load_handbook(FIXTURE_DATA)
    xml = render_feed(hb, BuildInfo(Edition(published="2020-09-21")), NAME)
    assert atom_problems(xml) == [] and entries(xml) == []
    assert ET.fromstring(xml).findtext(f"{A}updated") == "2020-09-21T00:00:00Z"


def test_the_rules_catch_what_they_check():
    # the checker itself: a feed without updated, with a bad date and a repeated id is refused
    bad = (f'<feed xmlns="{ATOM}"><id>urn:x:1</id><title>t</title><author><name>a</name></author>'
           '<entry><id>urn:x:1</id><title>e</title><updated>2025-01-31 12:00</updated>'
           '<link href="a"/></entry></feed>').encode()
    assert atom_problems(bad) == [
        "feed: 0 atom:updated (must be exactly one)",
        "entry 0: {http://www.w3.org/2005/Atom}updated '2025-01-31 12:00' is no RFC 3339 date-time",
        "ids are not unique",
    ]


def test_feed_keeps_the_newest_national_changes_and_every_local_box():
    hb = load_handbook(FIXTURE_DATA)
    one = "id: 3-4\ntitle: T\ndirections:\n" + "".join(f"  - {{id: 3.4.{n}, text: t}}\n" for n in (1,))
    many = "id: 3-4\ntitle: T\ndirections:\n" + "".join(f"  - {{id: 3.4.{n}, text: t}}\n"
                                                         for n in range(1, FEED_LIMIT + 6))
    versions = build_versions([(Revision(1, "2025-01-01", "2025-01-01T00:00:00Z", "a"), {"guidelines/3-4.yml": one}),
                               (Revision(2, "2025-02-01", "2025-02-01T00:00:00Z", "b"), {"guidelines/3-4.yml": many})])
    start = dt.date(2024, 1, 1)
    boxes = tuple(LocalBox(target="3-4", title=f"Boks {n}", text="Tekst.", updated=start + dt.timedelta(days=n))
                  for n in range(FEED_LIMIT + 5))
    overlay = Overlay(municipality="Testby Kommune", date=start, boxes=boxes)
    titles = [e["title"] for e in entries(render_feed(hb, BuildInfo(versions=versions), NAME, overlay=overlay))]
    national = [t for t in titles if "Testby" not in t]
    assert len(national) == FEED_LIMIT and national[0].endswith("Anvisning 3.4.2 tilføjet")
    assert national[-1].endswith(f"Anvisning 3.4.{FEED_LIMIT + 1} tilføjet")  # the page's first version fell off
    assert len(titles) - len(national) == FEED_LIMIT + 5
