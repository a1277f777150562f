"""The 'Åbne data' page: what the JSON export holds, its version, its stable ids and how to cite it."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.editors.model_docs import collections, name_of
from macros.model.edition import BuildInfo, danish_date, edition_line
from macros.render.page import Page
from macros.site.export import FORMAT_VERSION, citation_line, content_hash

HERE = links.DATA_PAGE


def render_open_data(hb, info: BuildInfo) -> Page:
    """The whole Markdown page."""
    digest = content_hash(hb)
    latest = info.versions.latest()
    json_link = links.relative(HERE, links.EXPORT_JSON)
    schema_link = links.relative(HERE, links.EXPORT_SCHEMA)
    fields = links.relative(HERE, links.EDITORS_PAGES["fields"])
    status = links.relative(HERE, "om/status.md")
    directions = hb.directions()
    parts = [
        "# Åbne data",
        "",
        "Alt indhold i håndbogen findes også som data, du kan hente og bruge i dine egne systemer – fx i en "
        "kommunes intranet, i et undervisningsforløb eller i et fagsystem. Det er de samme data, som håndbogen "
        "bliver bygget af, så de to passer altid sammen.",
        "",
        "## Hent data",
        "",
        f"- [Håndbogen som JSON]({json_link}) (`{links.EXPORT_JSON}`)",
        f"- [JSON Schema for filen]({schema_link}) (`{links.EXPORT_SCHEMA}`)",
        "",
        "Filen rummer:",
        "",
        f"- {len(hb.principles)} principper og {len(hb.themes)} temaer",
        f"- {len(hb.guidelines)} retningslinjer med i alt {len(directions)} anvisninger "
        f"({sum(1 for _, d in directions if d.kind == 'lovkrav')} lovkrav)",
        f"- {len(hb.laws)} lovparagraffer med deres stykker og {len(hb.phases)} faser i borgerens forløb",
        f"- {len(hb.flows)} beslutningsveje, {len(hb.terms)} ord i ordlisten, {len(hb.methods)} metoder "
        f"og {len(hb.changes)} beskrivelser af, hvad der er nyt siden 2016",
        f"- {len(hb.sources)} kilder, som alle poster henviser til",
        *[f"- {name}: {count}" for name, count in _other_collections(hb)],
        "",
        "## Version",
        "",
        f"- **Udgave:** {md_text(edition_line(info.edition))}",
        f"- **Data sidst ændret:** {danish_date(info.history.latest())}",
        f"- **Dataversion:** {latest.number if latest else 'ukendt'} (feltet `version.data_version`; tæller op, "
        "hver gang data ændres, og svarer til numrene under Historik på siderne)",
        f"- **Indholds-hash:** `{digest}`",
        f"- **Formatversion:** {FORMAT_VERSION} (feltet `format_version`; skifter, hvis felter fjernes eller "
        "skifter betydning)",
        "",
        "Hashen er et fingeraftryk af indholdet. Den ændrer sig, når noget i data ændrer sig – og kun da. "
        "Brug den til at se, om du har den nyeste udgave.",
        "",
        "## Faste id'er",
        "",
        "Alle poster har et fast id. Id'et er det samme i data, i sidens adresse og i ankeret på siden, så du "
        "kan linke direkte til en anvisning. Feltet `page_url` er adressen relativt til håndbogens forside, og "
        "`anchor` er ankeret.",
        "",
    ]
    if directions:
        g, d = directions[0]
        page_url = links.url_path(links.page("guideline", g.id))
        parts += [
            "| Post | Id | Adresse |",
            "|---|---|---|",
            f"| Retningslinje {g.number} | `{g.id}` | `{page_url}` |",
            f"| Anvisning {d.id} | `{d.id}` | `{page_url}#{links.direction_anchor(d.id)}` |",
        ]
        if hb.laws and hb.laws[0].parts:
            law, part = hb.laws[0], hb.laws[0].parts[0]
            parts.append(f"| {md_text(f'{law.abbreviation} {law.paragraph}')}, stk. {part.stk} | `{law.id}/{part.stk}` | "
                         f"`{links.url_path(links.page('law', law.id))}#{links.stk_anchor(part.stk)}` |")
        parts.append("")
    parts += [
        "## Felterne",
        "",
        "Felterne hedder det samme som i håndbogens datafiler. Hvad de betyder, står under "
        f"[Felter]({fields}) i vejledningen for redaktører. Eksporten tilføjer kun:",
        "",
        "- øverst: `edition` (udgaven), `version` (hash og dato), `citation` (kildeangivelse) og `notice` (forbehold)",
        "- ved poster med egen side eller eget anker: `page_url` og `anchor`",
        "- ved hver anvisning: `last_changed` (datoen for anvisningens seneste ændring) og `version` (dataversionen "
        "med ændringen). Begge er `null`, hvis håndbogen er bygget uden versionshistorik.",
        "",
        f"Vil du følge med i ændringerne, kan du abonnere på [ændringsfeedet]({links.relative(HERE, links.FEED)}) "
        "(Atom). Hver ændring er et punkt med link til anvisningen.",
        "",
        "Anvisningerne står under den retningslinje, de hører til (`guidelines[].directions[]`). Tekstfelter er "
        "Markdown. Links i dem er skrevet relativt til den side, teksten står på.",
        "",
        "## Status og forbehold",
        "",
        "Håndbogen er ikke Socialstyrelsens udgivelse. Al tekst er håndbogens egen, og den officielle udgivelse har "
        f"forrang. Feltet `status` fortæller, om en post er bekræftet i en 2020-kilde. Se [Redaktionel status]({status}). "
        "Brug kun poster med status `bekræftet` eller `lovtekst`, hvis du skal være sikker på, at indholdet svarer "
        "til 2020-udgaven eller loven.",
        "",
        "## Sådan henviser du til data",
        "",
        "Nævn kilden, når du bruger data. Skriv fx:",
        "",
        f"> {md_text(citation_line(info, digest))}",
        "",
        "## Eksempel",
        "",
        "Alle lovkrav med deres lovhenvisninger, hentet med Python:",
        "",
        "```python",
        "import json",
        "",
        'with open("haandbog.json", encoding="utf-8") as f:',
        "    data = json.load(f)",
        "",
        'for guideline in data["guidelines"]:',
        '    for direction in guideline["directions"]:',
        '        if direction["kind"] == "lovkrav":',
        '            print(direction["id"], direction["laws"], direction["page_url"])',
        "```",
        "",
        "Data bliver lavet på ny, hver gang håndbogen bygges.",
        "",
    ]
    return Page(links.DATA_PAGE, "Åbne data", "\n".join(parts))


# Collections the list above names by hand; any other collection is listed by its Danish model name.
NAMED = {"principles", "themes", "guidelines", "laws", "phases", "flows", "terms", "methods", "changes", "sources"}


def _other_collections(hb) -> list[tuple[str, int]]:
    """(Danish name, count) for collections added after this page was written, e.g. course modules."""
    return [(name_of(c.model), len(getattr(hb, c.name, ()))) for c in collections()
            if c.name not in NAMED and getattr(hb, c.name, ())]
