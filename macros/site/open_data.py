"""The data-driven parts of the 'Åbne data' page (docs/aabne-data.md): version facts, example ids, the citation."""

from __future__ import annotations

from dataclasses import dataclass

from macros.core import links
from macros.core.escape import md_text
from macros.editors.model_docs import collections, name_of
from macros.model.edition import BuildInfo, danish_date, edition_line
from macros.model.records import Handbook
from macros.site.export import FORMAT_VERSION, citation_line, content_hash


@dataclass(frozen=True)
class OpenData:
    """What the page says about this build's export, each part ready to place in Markdown."""

    edition: str  # the edition line
    changed: str  # when data/ last changed (Danish date, or 'ukendt')
    data_version: str  # the latest data version's number, or 'ukendt'
    digest: str  # the content hash
    format_version: int
    other_collections: str  # '- name: count' lines for collections the page does not name by hand
    id_table: str  # a table row each for a guideline, a direction and a stk. with their ids and addresses
    citation: str  # how to cite the data


def open_data(hb: Handbook, info: BuildInfo) -> OpenData:
    """The facts of this build's export."""
    digest = content_hash(hb)
    latest = info.versions.latest()
    return OpenData(
        edition=md_text(edition_line(info.edition)),
        changed=danish_date(info.history.latest()),
        data_version=str(latest.number) if latest else "ukendt",
        digest=digest,
        format_version=FORMAT_VERSION,
        other_collections="\n".join(f"- {name}: {count}" for name, count in _other_collections(hb)),
        id_table=_id_table(hb),
        citation=md_text(citation_line(info, digest)),
    )


def _id_table(hb: Handbook) -> str:
    """The first guideline, direction and stk. with their ids and addresses ('' without directions)."""
    directions = hb.directions()
    if not directions:
        return ""
    g, d = directions[0]
    page_url = links.url_path(links.page("guideline", g.id))
    rows = [
        "| Post | Id | Adresse |",
        "|---|---|---|",
        f"| Retningslinje {g.number} | `{g.id}` | `{page_url}` |",
        f"| Anvisning {d.id} | `{d.id}` | `{page_url}#{links.direction_anchor(d.id)}` |",
    ]
    if hb.laws and hb.laws[0].parts:
        law, part = hb.laws[0], hb.laws[0].parts[0]
        rows.append(f"| {md_text(f'{law.abbreviation} {law.paragraph}')}, stk. {part.stk} | `{law.id}/{part.stk}` | "
                    f"`{links.url_path(links.page('law', law.id))}#{links.stk_anchor(part.stk)}` |")
    return "\n".join(rows)


# Collections the page names by hand; any other collection is listed by its Danish model name.
NAMED = {"principles", "themes", "guidelines", "laws", "phases", "flows", "terms", "methods", "changes", "sources"}


def _other_collections(hb) -> list[tuple[str, int]]:
    """(Danish name, count) for collections added after the page was written, e.g. course modules."""
    return [(name_of(c.model), len(getattr(hb, c.name, ()))) for c in collections()
            if c.name not in NAMED and getattr(hb, c.name, ())]
