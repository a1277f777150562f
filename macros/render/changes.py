"""The "Hvad er nyt i 2020" overview: structural changes, law changes and one row per guideline."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_cell, md_text
from macros.model.records import Change, Handbook, SourceRef
from macros.render.common import law_link, source_list, status_label, table_cell
from macros.render.page import Page

# The guideline the 2020 edition added on follow-up of goals and plan [K-STOF37]; linked only if present.
NEW_FOLLOW_UP_GUIDELINE = "3-8"
# Sources behind the two fixed sections (structure and law); the table adds each change's own sources.
FIXED_SOURCES = ("K1", "K2", "K4", "K5", "K6", "K9", "K23", "K-STOF37", "K10", "K11", "K12", "K14", "K15", "K45")


def change_for(hb: Handbook, guideline_id: str) -> Change | None:
    """The change record of a guideline, if any."""
    return hb.index.changes.get(guideline_id)


def _law(hb: Handbook, ref: str, here: str, text: str) -> str:
    """A law link when the data has that law and stk.; otherwise the plain text (small datasets)."""
    law_id, _, stk = ref.partition("/")
    law = hb.index.laws.get(law_id)
    if law is None or (stk and int(stk) not in {p.stk for p in law.parts}):
        return text
    return law_link(hb, ref, here)


def _guideline_link(hb: Handbook, guideline_id: str, here: str, text: str) -> str:
    """A link to a guideline page when it exists; otherwise the plain text."""
    if guideline_id not in hb.index.guidelines:
        return text
    return f"[{text}]({links.relative(here, links.page('guideline', guideline_id))})"


def _structure(hb: Handbook, here: str) -> list[str]:
    """The big structural changes from the 2016 to the 2020 edition."""
    themes = " og ".join(
        f"[{md_text(t.title)}]({links.relative(here, links.page('theme', t.id))}) (kapitel {t.chapter})"
        for t in hb.index.themes_by_chapter
    )
    principles = links.relative(here, links.index_page("principle"))
    new_guideline = _guideline_link(hb, NEW_FOLLOW_UP_GUIDELINE, here, "opfølgning på borgerens mål og behandlingsplan")
    return [
        "## De store linjer",
        "",
        "- **Nyt navn.** 2016-udgaven hed *Nationale retningslinjer – for den sociale stofmisbrugsbehandling*. "
        "2020-udgaven hedder *Nationale retningslinjer for social stofmisbrugsbehandling*.",
        "- **To temaer i stedet for tre.** I 2016 var retningslinjerne delt i tre temaer: borgerforløbet, "
        "indsatser og ydelser samt organisatoriske og strukturelle forudsætninger. I 2020 er de to sidste lagt "
        f"sammen. Nu er der to temaer: {themes}.",
        "- **Organiseringen står først.** I 2016 kom borgerforløbet først (kapitel 2). I 2020 handler kapitel 2 "
        "om organiseringen af indsatsen, og borgerforløbet følger i kapitel 3.",
        f"- **Syv principper i stedet for otte samlede anbefalinger.** 2020-udgaven bygger på "
        f"[syv overordnede principper]({principles}). 2016-udgaven samlede sine råd i otte anbefalinger.",
        "- **Recovery og rehabilitering** er et gennemgående fokus i hele 2020-udgaven.",
        f"- **En ny retningslinje** om {new_guideline}. Dens præcise titel og nummer har vi ikke set.",
        "- **Tilpasset den nye lov.** Retningslinjerne er tilpasset ændringerne i servicelovens § 101 fra 2020 "
        "(se næste afsnit).",
        "- **Lettere at læse.** Socialstyrelsen kalder 2020-udgaven ny og mere læsevenlig. Den fylder ca. 104 "
        "sider mod 112 i 2016.",
        "- **Et levende dokument.** Socialstyrelsen ser retningslinjerne som et dynamisk dokument, der bliver "
        "opdateret løbende.",
        "",
    ]


def _law_changes(hb: Handbook, here: str) -> list[str]:
    """The 2020 changes to SEL § 101 and the new executive order, each linked to its stk."""

    def law(ref: str, text: str) -> str:
        return _law(hb, ref, here, text)

    return [
        "## Ændringer i loven bag retningslinjerne",
        "",
        "Servicelovens § 101 blev skrevet helt om ved lov nr. 1421 af 17. december 2019. Samme dag kom "
        f"bekendtgørelse nr. 1477 om afdækning, gavekort og kvalitetsstandard. Se også {law('sel-101', 'SEL § 101')}.",
        "",
        "- **Helhedsorienteret afdækning.** Kommunens afgørelse om behandling skal bygge på en helhedsorienteret "
        f"afdækning af borgerens problemer og behov ({law('sel-101/2', 'SEL § 101, stk. 2')}). Kommunen kan bede "
        f"et behandlingstilbud om at lave afdækningen ({law('sel-101/3', 'SEL § 101, stk. 3')}). Afdækningen skal "
        f"omfatte seks områder ({law('bek-1477-1/2', 'BEK nr. 1477/2019 § 1, stk. 2')}).",
        "- **Behandlingsgarantien er videreført.** Behandlingen skal stadig være i gang senest 14 dage efter "
        f"henvendelsen ({law('sel-101/4', 'SEL § 101, stk. 4')}). Afgørelsen skal træffes inden for fristen "
        f"({law('bek-1477-1/1', 'BEK nr. 1477/2019 § 1, stk. 1')}).",
        "- **Behandlingsplan ved start – for alle.** Kommunen skal sørge for, at behandlingstilbuddet laver en "
        f"behandlingsplan, når behandlingen begynder ({law('sel-101/8', 'SEL § 101, stk. 8')}).",
        "- **Gavekort.** Kommunen kan bruge gavekort for at hjælpe borgeren med at blive i behandlingen "
        f"({law('sel-101/9', 'SEL § 101, stk. 9')}). Gavekortene er skattefri og modregnes ikke i offentlige ydelser.",
        "- **Kvalitetsstandarden** skal mindst dække 15 punkter, bl.a. behandlingsplanen og kommunens regler for "
        f"gavekort ({law('bek-1477-4/1', 'BEK nr. 1477/2019 § 4, stk. 1')}). Der skal følges op 1 og 6 måneder "
        f"efter et afsluttet forløb ({law('bek-1477-4/2', 'BEK nr. 1477/2019 § 4, stk. 2')}).",
        "- **Nyt sprog.** Loven taler nu om *personer med et stofmisbrug* i stedet for *stofmisbrugere*.",
        "",
    ]


def _table(hb: Handbook, here: str) -> list[str]:
    """One table per chapter: 2020 guideline | 2016 counterpart | what changed | status."""
    lines = [
        "## Retningslinje for retningslinje",
        "",
        "Tabellerne viser hver 2020-retningslinje, det nærmeste modstykke i 2016-udgaven og det, vi ved om "
        "ændringen. Mærket i sidste kolonne fortæller, hvor sikker sammenstillingen er.",
        "",
    ]
    for theme in hb.index.themes_by_chapter:
        guidelines = hb.index.theme_guidelines(theme.id)
        if not guidelines:
            continue
        lines += [
            f"### Kapitel {theme.chapter}: {md_text(theme.title)}",
            "",
            "| 2020-retningslinje | Modstykke i 2016 | Hvad er ændret | Status |",
            "|---|---|---|---|",
        ]
        for g in guidelines:
            target = links.relative(here, links.page("guideline", g.id))
            first = f"[{g.number} {md_cell(g.short_title)}]({target})"
            change = change_for(hb, g.id)
            if change is None:
                lines.append(f"| {first} | – | _Ingen ændring registreret i håndbogen._ | |")
                continue
            counterparts = "<br>".join(md_cell(c) for c in change.counterparts_2016) or "–"
            label = status_label(change.status, here, always=True)
            lines.append(
                f'| {first} | {counterparts} | {table_cell(change.summary)} | {label} |'
            )
        lines.append("")
    return lines


def _sources(hb: Handbook) -> list[SourceRef]:
    """Every source behind the page, each once, fixed ones first (only ids the data has)."""
    known = hb.index.sources
    ids = [*FIXED_SOURCES, *(ref.source for c in hb.changes for ref in c.sources)]
    unique = dict.fromkeys(i for i in ids if i in known)
    return [SourceRef(source=i) for i in unique]


def render_changes_overview(hb: Handbook) -> Page:
    """The whole 'Hvad er nyt i 2020' page."""
    here = links.CHANGES_PAGE
    parts = [
        "# Hvad er nyt i 2020",
        "",
        '<article class="changes" markdown>',
        "",
        "Den første udgave af retningslinjerne kom 3. marts 2016. Den anden udgave kom i september 2020. "
        "Socialstyrelsen sammenfatter nyhederne i tre punkter: lovændringerne på området (især servicelovens "
        "§ 101), ny forskning og erfaringer fra kommunernes arbejde med retningslinjerne.",
        "",
        '!!! note "Sammenstillingen er håndbogens egen"',
        "    Socialstyrelsen har ikke udgivet en officiel oversigt, der kobler retningslinjerne fra 2016 og 2020. "
        "Koblingerne i tabellerne bygger på titlerne og er mærket *Redaktionel*. Kun hvor en kilde om "
        "2020-udgaven selv nævner ændringen, står der *Bekræftet*.",
        "",
        *_structure(hb, here),
        *_law_changes(hb, here),
        *_table(hb, here),
        "## Kilder",
        "",
        source_list(hb, _sources(hb)),
        "",
        "</article>",
        "",
    ]
    return Page(here, "Hvad er nyt i 2020", "\n".join(parts))
