"""The editors' worklist page: unconfirmed items grouped by guideline, each with what to check and where."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import html_attr, md_text
from macros.editors.worklist import WorkItem, worklist_items
from macros.model.records import Guideline, Handbook, Status
from macros.render.common import STATUS_LABELS, status_label
from macros.render.page import Page

HERE = links.EDITORS_PAGES["worklist"]
# What to check, per status: a short line on each item, the full steps once at the top of the page.
WHAT_TO_CHECK = {
    Status.grundlag_2016: "Find modstykket i 2020-udgaven.",
    Status.redaktionel: "Sammenlign med 2020-udgavens formulering.",
}
HOW_TO_CHECK = {
    Status.grundlag_2016: (
        "Punktet bygger på 2016-udgaven. Find modstykket i 2020-udgaven. Findes det, så ret teksten, så den "
        "dækker 2020-indholdet, tilføj 2020-kilden med sidetal og sæt status til `bekræftet`. Findes det ikke, "
        "så skriv det i feltet `note`, eller fjern posten."
    ),
    Status.redaktionel: (
        "Punktet er håndbogens egen sammenfatning eller titel. Sammenlign med 2020-udgavens formulering, ret "
        "indholdet, så det svarer til 2020-udgaven, tilføj 2020-kilden med sidetal og sæt status til `bekræftet`."
    ),
}


def where_to_look(hb: Handbook, g: Guideline | None) -> str:
    """Where in the official publication an editor should look, e.g. '2020-udgaven s. 60' (Markdown)."""
    if g is None:
        return "2020-udgaven (se kilderne nedenfor)"
    if g.pages:
        return f"2020-udgaven s. {md_text(g.pages)}"
    chapter = hb.theme(g.theme).chapter
    return f"2020-udgaven, kapitel {chapter} (sidetallet for {g.number} kender vi ikke; brug indholdsfortegnelsen)"


def render_worklist(hb: Handbook) -> Page:
    """The whole worklist page."""
    items = worklist_items(hb)
    counts = {s: sum(1 for i in items if i.status == s) for s in Status}
    open_counts = ", ".join(f"{counts[s]} med status «{STATUS_LABELS[s].lower()}»" for s in Status if counts[s])
    parts = [
        "# Arbejdsliste for redaktører",
        "",
        "Listen viser alt i håndbogen, som endnu ikke er bekræftet i 2020-udgaven eller følger direkte af loven. "
        "Den er lavet til dig, der har den officielle udgivelse ved hånden og vil tjekke indholdet punkt for punkt.",
        "",
        f"**Åbne punkter:** {len(items)}" + (f" ({open_counts})." if items else "."),
        "",
        "Sådan bruger du listen:",
        "",
        "1. Slå op i 2020-udgaven det sted, punktet nævner.",
        "2. Ret posten i den datafil og det felt, der står under punktet. Skriv altid med egne ord.",
        f"3. Sæt `status: bekræftet`, og tilføj kilden med sidetal. Se [Felter]({_to('fields')}) "
        f"og [Redaktørvejledningen]({_to('index')}).",
        "4. Byg håndbogen og se siden igen. Punktet forsvinder fra listen, når status er `bekræftet` eller `lovtekst`.",
        "",
        "Hvad du skal tjekke, afhænger af punktets status:",
        "",
        *[f"{STATUS_LABELS[status]}\n:   {text}\n" for status, text in HOW_TO_CHECK.items()],
        "Skriv altid med egne ord – også når du retter efter 2020-udgaven. "
        "Listen bliver lavet ud fra data, hver gang håndbogen bygges.",
        "",
    ]
    if not items:
        return Page(HERE, "Arbejdsliste for redaktører", "\n".join(parts + ["Der er ingen åbne punkter.", ""]))
    loose = [i for i in items if i.guideline is None]
    principles = [i for i in loose if i.key.startswith("principle:")]
    others = [i for i in loose if not i.key.startswith("principle:")]
    if principles:
        # the structure section (p. 16 of the PDF) introduces the principles [K1]
        parts += ["## Principper", "", "Slå op i: 2020-udgaven, afsnittet «Opbygning af retningslinjerne» "
                  "(s. 16 i PDF'en), og der, hvor principperne beskrives.", ""]
        parts += [_item(hb, i) for i in principles] + [""]
    for g in hb.guidelines:
        mine = [i for i in items if i.guideline == g.id]
        if not mine:
            continue
        target = links.relative(HERE, links.page("guideline", g.id))
        parts += [
            f"## {g.number} {md_text(g.short_title)} {{ #arbejdsliste-{g.id} }}",
            "",
            f"Slå op i: {where_to_look(hb, g)}. [Gå til retningslinjen]({target}).",
            "",
            *[_item(hb, i) for i in mine],
            "",
        ]
    if others:
        parts += ["## Øvrige poster", "", *[_item(hb, i) for i in others], ""]
    return Page(HERE, "Arbejdsliste for redaktører", "\n".join(parts))


def _item(hb: Handbook, item: WorkItem) -> str:
    """One list item: marker, link, status, what to check, where to edit, current sources."""
    label = md_text(item.label)
    if item.page:
        label = f"[{label}]({links.relative(HERE, item.page, item.anchor)})"
    field = f" → `{item.field}`" if item.field else ""
    sources = "; ".join(_source(r) for r in item.sources) or "ingen"
    return (
        f'- <span class="worklist-item" data-worklist-item="{html_attr(item.key)}"></span>**{label}** '
        f"{status_label(item.status, HERE, always=True)}  \n"
        f"  {WHAT_TO_CHECK.get(item.status, 'Tjek posten mod 2020-udgaven.')} "
        f"Ret i `{item.file}`{field}. Kilder nu: {sources}."
    )


def _source(ref) -> str:
    """A short source reference, e.g. 'K1 s. 60'."""
    return md_text(ref.source + (f" s. {ref.pages}" if ref.pages else ""))


def _to(name: str) -> str:
    """Link target of another page in the editors' guide."""
    return links.relative(HERE, links.EDITORS_PAGES[name])
