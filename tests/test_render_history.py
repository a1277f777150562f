"""Historik on record pages and the version marks on their parts (macros/render/history.py), from a real git history."""

from __future__ import annotations

import re

import pytest

from macros.core import links
from macros.model.edition import BuildInfo
from macros.model.git_history import read_history, read_versions
from macros.model.load import load_handbook
from macros.model.versions import ItemChange, State
from macros.render.flow import render_flow_page
from macros.render.guideline import render_guideline
from macros.render.history import plain, render_change
from macros.render.law import render_law
from macros.render.principle import render_principle
from macros.render.texts import handbook_texts
from tests.conftest import FIXTURE_DATA
from tests.history_repo import NEW_3_4_1, NEW_STK_4, NOTE_3_4_3, NOTE_G, OLD_3_4_1, OLD_STK_4, make_history_repo


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(handbook at HEAD, versions) of the temporary repository."""
    data = make_history_repo(tmp_path_factory.mktemp("repo"))
    return load_handbook(data), read_versions(data, read_history(data))


def revisions(page: str) -> dict[int, str]:
    """The HTML of each version in a page's Historik (up to the next version), keyed by number, in page order."""
    chunks = page.split('<div class="history__revision" id="historik-v')[1:]
    found = {}
    for chunk in chunks:
        number, _, rest = chunk.partition('"')
        assert rest.startswith(f' data-changed="{number}">'), chunk[:80]
        found[int(number)] = rest
    return found


def test_guideline_history_lists_each_change_newest_first(built):
    hb, versions = built
    page = render_guideline(hb, hb.guideline("3-4"), info=BuildInfo(versions=versions)).body
    history = page.split("## Historik { #historik data-search-exclude }", 1)[1]
    assert page.index("</article>") < page.index("## Historik")  # raw HTML outside the article stays raw
    found = revisions(history)
    assert list(found) == [4, 3, 2, 1]
    assert '<time datetime="2025-04-15">15. april 2025</time>' in found[4]
    # v4: 3.4.2 deleted, its last text shown (escaped) and no link to an anchor that is gone
    assert '<p class="history__what">Anvisning 3.4.2 er fjernet.</p>' in found[4]
    assert "ved første kontakt &amp; skriv det i journalen." in found[4]
    assert "#anvisning-3.4.2" not in history
    # v3: 3.4.3 added with its badge, text and note
    assert ('<a href="#anvisning-3.4.3">Anvisning 3.4.3</a> er tilføjet. '
            '<span class="badge badge--anbefaling">Anbefaling</span>') in found[3]
    assert f'<p class="history__note"><strong>Note:</strong> {NOTE_3_4_3}</p>' in found[3]
    # v2: the guideline's note; 3.4.1 reworded and confirmed, old beside new; 3.4.2 became a lovkrav
    assert f"<strong>Redaktørens note:</strong> {NOTE_G}" in found[2]
    assert ('<a href="#anvisning-3.4.1">Anvisning 3.4.1</a> er ændret: Teksten er omformuleret. '
            "Status er ændret fra «Lovtekst» til «Bekræftet».") in found[2]
    assert (f'<div class="history-diff__old"><p class="history-diff__label">Før</p><p>{OLD_3_4_1}</p></div>'
            f'<div class="history-diff__new"><p class="history-diff__label">Efter</p><p>{NEW_3_4_1}</p></div>') in found[2]
    assert ("Anvisning 3.4.2 er ændret: Teksten er omformuleret. Typen er ændret fra anbefaling til lovkrav. "
            'Lovgrundlaget er ændret fra intet til <abbr title="Serviceloven">SEL</abbr> § 101, stk. 4.') in found[2]
    assert found[2].count('<li class="history__change') == 2
    assert "Retningslinjen kom med i håndbogen med 2 anvisninger." in found[1]
    assert 'data-history="retningslinjer/3-4" data-version="4" data-version-date="2025-04-15"' in history


def test_directions_carry_the_version_that_last_changed_them(built):
    hb, versions = built
    page = render_guideline(hb, hb.guideline("3-4"), info=BuildInfo(versions=versions)).body
    marks = dict(re.findall(r'data-direction="([\d.]+)"[^>]*? data-changed="(\d+)"', page))
    assert marks == {"3.4.1": "2", "3.4.3": "3"}


def test_law_principle_and_flow_pages_have_their_history(built):
    hb, versions = built
    law = render_law(hb, hb.law("sel-101"), versions).body
    assert list(revisions(law)) == [2, 1]
    assert '<a href="#stk-4">Stk. 4</a> er ændret: Teksten er omformuleret.' in law
    assert f"<p>{OLD_STK_4}</p>" in law and f"<p>{NEW_STK_4}</p>" in law
    assert '<div class="law-part" id="stk-4" data-changed="2" markdown>' in law
    principle = render_principle(hb, hb.principle("helhed"), versions).body
    assert list(revisions(principle)) == [1] and "Princippet kom med i håndbogen." in principle
    flow = render_flow_page(hb, hb.flows[0], "<svg></svg>", versions).body
    assert "Beslutningsvejen kom med i håndbogen." in flow
    assert 'id="flow-garanti-frist" data-changed="1"' in flow


def test_without_history_the_page_says_so_and_marks_nothing():
    NO_HISTORY = handbook_texts()("historik-mangler")  # noqa: N806 (the sentence docs/tekstblokke.md holds)
    assert NO_HISTORY.startswith("Historikken er ikke med")
    hb = load_handbook(FIXTURE_DATA)
    page = render_guideline(hb, hb.guideline("3-4"), info=BuildInfo()).body
    assert f"## Historik {{ #historik data-search-exclude }}\n\n{NO_HISTORY}\n{{ .history-missing data-search-exclude }}" in page
    assert "data-changed" not in page and "data-history" not in page
    assert NO_HISTORY in render_law(hb, hb.law("sel-101")).body and NO_HISTORY in render_principle(hb, hb.principles[0]).body


def test_old_texts_are_plain_escaped_text(built):
    hb, _ = built
    old = State(text='Se **[3.5](3-5.md)** og <script>alert("x")</script> & `kode`', kind="anbefaling")
    new = State(text="Ny <b>tekst</b>", kind="anbefaling")
    html = render_change(hb, "guideline", ItemChange("anvisning:9.9.9", "changed", old, new), {})
    assert "<p>Se 3.5 og &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; kode</p>" in html
    assert "<p>Ny &lt;b&gt;tekst&lt;/b&gt;</p>" in html and "<script>" not in html
    assert plain("### Titel\n\nTekst med [link](a.md) og ![billede](b.png).") == "Titel Tekst med link og billede."


def test_history_links_to_the_feed_from_every_record_page(built):
    hb, versions = built
    page = render_guideline(hb, hb.guideline("3-4"), info=BuildInfo(versions=versions)).body
    assert f"[ændringsfeedet]({links.relative(links.page('guideline', '3-4'), links.FEED)})" in page


def test_older_versions_are_folded_away_below_the_newest():
    from macros.model.versions import Revision, build_versions
    from macros.render.history import SHOWN_OPEN

    hb = load_handbook(FIXTURE_DATA)
    texts = [f"id: 3-4\ntitle: T\ndirections:\n  - {{id: 3.4.1, text: udgave {n}}}\n" for n in range(SHOWN_OPEN + 2)]
    versions = build_versions([(Revision(n, f"2025-01-{n:02}", f"2025-01-{n:02}T00:00:00Z", f"h{n}"),
                                {"guidelines/3-4.yml": text}) for n, text in enumerate(texts, start=1)])
    page = render_guideline(hb, hb.guideline("3-4"), info=BuildInfo(versions=versions)).body
    shown, _, folded = page.partition('<details class="history__older"><summary>Ældre ændringer (2)</summary>')
    assert list(revisions(shown)) == list(range(SHOWN_OPEN + 2, 2, -1))
    assert list(revisions(folded)) == [2, 1]
