"""The editors' guide: how data is organised, a field reference and templates from the models, error messages."""

from __future__ import annotations

from macros.core import links
from macros.editors.error_catalog import CATALOG, GROUPS
from macros.editors.model_docs import (
    ROOT_FILES,
    anchor_of,
    blurb_of,
    collections,
    field_docs,
    name_of,
    nested_models,
    reachable_models,
)
from macros.editors.templates import templates
from macros.model.records import Handbook, Status
from macros.render.common import STATUS_EXPLAINED, STATUS_PAGE
from macros.render.page import Page

PAGES = links.EDITORS_PAGES


def _to(here: str, name: str, anchor: str | None = None) -> str:
    """Link target from one page of the guide to another."""
    return links.relative(here, PAGES[name], anchor)


def _front(title: str) -> list[str]:
    """The page heading."""
    return [f"# {title}", ""]


def render_editors_index(hb: Handbook) -> Page:
    """How the data is organised, how to build and preview, and how to add or correct a direction."""
    here = PAGES["index"]
    counts = {c.name: len(getattr(hb, c.name, ())) for c in collections()}
    g = hb.guidelines[0] if hb.guidelines else None
    d = g.directions[0] if g and g.directions else None
    parts = _front("Vejledning for redaktører") + [
        "Denne vejledning er til dig, der retter eller udbygger håndbogen. Du behøver ikke kunne programmere. "
        "Du skal kunne redigere tekstfiler og køre et par kommandoer.",
        "",
        "Håndbogens indhold ligger som data i mappen `data/`. Siderne bliver lavet ud fra data, hver gang "
        "håndbogen bygges. Du retter altså i data – ikke i de færdige sider.",
        "",
        "I vejledningen:",
        "",
        f"- [Felter]({_to(here, 'fields')}): hvad hvert felt betyder, og hvilke der skal udfyldes.",
        f"- [Skabeloner]({_to(here, 'templates')}): en skabelon for hver slags post, klar til at kopiere.",
        f"- [Fejlbeskeder]({_to(here, 'errors')}): hvad fejlene betyder, og hvordan du retter dem.",
        f"- [Arbejdsliste]({_to(here, 'worklist')}): alt, der endnu ikke er bekræftet i 2020-udgaven.",
        f"- [Åbne data]({links.relative(here, links.DATA_PAGE)}) og "
        f"[ændringslog]({links.relative(here, links.CHANGELOG_PAGE)}).",
        "",
        "## Sådan er data organiseret",
        "",
        "Hver slags post har sin fil eller mappe. Store poster, fx retningslinjer, har én fil hver, og filnavnet er "
        "postens id. Små poster står som en liste i én fil.",
        "",
        "| Slags post | Hvor | Poster nu |",
        "|---|---|---|",
    ]
    for c in collections():
        where = f"`{c.path}` (én fil pr. post)" if c.folder else f"`{c.path}` (en liste)"
        name = f"[{name_of(c.model)}]({_to(here, 'fields', anchor_of(c.model))})"
        parts.append(f"| {name} | {where} | {counts[c.name]} |")
    parts += [
        "",
        "Alt skrives i YAML: én linje pr. felt (`felt: værdi`), lister med `- ` og længere tekster som en blok "
        "efter `|`. Tekstfelter må indeholde Markdown, fx **fed** skrift, punktlister og links.",
        "",
        "Sider, der ikke kommer fra data – fx introduktionen og siderne om håndbogen – ligger som Markdown i "
        "mappen `docs/`.",
        "",
        "### Faste id'er",
        "",
        "Hver post har et id, som aldrig bør ændres. Id'et bestemmer filnavn, sideadresse og anker, så links til "
        "håndbogen bliver ved med at virke.",
        "",
    ]
    if g and d:
        parts += [
            f"- Retningslinje `{g.id}` ligger i `data/guidelines/{g.id}.yml` og bliver til siden "
            f"`{links.url_path(links.page('guideline', g.id))}`.",
            f"- Anvisning `{d.id}` har ankeret `#{links.direction_anchor(d.id)}` på retningslinjens side.",
        ]
    parts += [
        "- En lovhenvisning som `sel-101/4` betyder serviceloven § 101, stk. 4 og peger på siden "
        "`love/sel-101/` med ankeret `#stk-4`.",
        "- Kilder nævnes med deres id fra `data/sources.yml`, fx `K1`, og gerne med sidetal.",
        "",
        "### Redaktionel status",
        "",
        "Alle principper, retningslinjer og anvisninger har en status. Den fortæller læseren, hvor sikre vi er "
        f"på, at indholdet svarer til 2020-udgaven. Se også [Redaktionel status]({links.relative(here, STATUS_PAGE)}).",
        "",
    ]
    parts += [f"`{s.value}`\n:   {STATUS_EXPLAINED[s]}\n" for s in Status]
    parts += [
        "Sæt kun `bekræftet`, når du har set indholdet i en 2020-kilde, og skriv kilden med sidetal. "
        f"[Arbejdslisten]({_to(here, 'worklist')}) viser alt, der mangler.",
        "",
        "## Sådan retter du en anvisning",
        "",
        "1. Find retningslinjens fil, fx `data/guidelines/3-4.yml`, og anvisningen under `directions` "
        "(anvisningens id står på siden, fx 3.4.2).",
        "2. Ret teksten i `text`. Skriv med dine egne ord, i korte sætninger og til praktikeren (du/I).",
        "3. Ret `kind`, hvis det er nødvendigt: `lovkrav` skal have mindst én lovhenvisning i `laws`; "
        "`anbefaling` behøver ingen.",
        "4. Opdatér `status` og `sources`. Har du tjekket anvisningen i 2020-udgaven, så skriv `status: bekræftet` "
        "og kilden med sidetal, fx `- source: K1` og `pages: \"60\"`.",
        "5. Byg håndbogen og se siden (se nedenfor).",
        "",
        "Lad `id` være. Andre sider, kommunernes lokale bokse og de åbne data peger på anvisningen med id'et.",
        "",
        "## Sådan tilføjer du en anvisning",
        "",
        f"1. Kopiér skabelonen for en anvisning fra [Skabeloner]({_to(here, 'templates', 'skabelon-guidelines')}) "
        "(den står under `directions` i skabelonen for en retningslinje).",
        "2. Sæt den ind sidst under `directions` i retningslinjens fil.",
        "3. Giv den det næste ledige nummer, fx `3.4.5`, hvis 3.4.4 er den sidste. Genbrug aldrig et nummer.",
        "4. Udfyld `kind`, `text`, `status` og `sources` – og `laws`, hvis det er et lovkrav.",
        "5. Byg håndbogen. Får du en fejl, så slå den op under "
        f"[Fejlbeskeder]({_to(here, 'errors')}).",
        "",
        "## Sådan skriver du en ændringsnote",
        "",
        "Hver side med data har et afsnit «Historik» nederst. Det viser, hvad der er ændret, og hvornår: anvisninger, "
        "der er tilføjet, omformuleret eller fjernet, og ændringer af type og status. Historikken kommer af sig selv "
        "fra versionshistorikken (git), og de samme ændringer står i ændringsfeedet.",
        "",
        "Vil du forklare en ændring, så skriv en kort note i feltet `ændringsnote`:",
        "",
        "- på anvisningen, når noten handler om den ene anvisning, fx "
        "`ændringsnote: Fristen er rettet efter lovændringen 1. januar 2026.`",
        "- på retningslinjen, princippet, paragraffen eller beslutningsvejen, når noten handler om hele ændringen.",
        "",
        "Noten er almindelig tekst (ikke Markdown) og højst 300 tegn. Den vises ved den version, hvor du skrev den "
        "eller ændrede den – altså ved den ændring, du gemmer (committer) sammen med noten. Du behøver ikke slette "
        "den bagefter: en note, der står uændret, bliver ikke vist igen ved senere ændringer. Skriv en ny note, "
        "næste gang du har noget at forklare.",
        "",
        "Historikken viser kun ændringer, der er gemt i versionshistorikken. Bygger du håndbogen med rettelser, der "
        "ikke er gemt endnu, kommer de med i historikken, når du gemmer dem.",
        "",
        "## Sådan hjælper du søgningen",
        "",
        "Søgefeltet retter stavefejl og springer spørgeord som «hvornår» og «skal» over. Ord, som praktikere "
        "bruger, men som håndbogen ikke selv bruger, står i `data/search_phrases.yml` sammen med de ord, søgningen "
        "skal lede efter i stedet. Fx leder «sagsbehandler» efter «afgørelse visitation».",
        "",
        "1. Søg på ordet i den byggede håndbog. Står den rigtige side blandt de tre øverste, skal du intet gøre.",
        "2. Ellers tilføj ordet under `phrases` i den post, der passer, eller lav en ny post efter "
        f"[skabelonen]({_to(here, 'templates', 'skabelon-search_phrases')}). Under `search` skriver du ord fra "
        "den side, læseren skal finde – helst fra sidens titel.",
        "3. Byg håndbogen, og søg igen. Testsættet `tests/search_phone_queries.yml` viser, hvad der forventes; "
        "skriv gerne ordet ind der også.",
        "",
        "## Sådan bygger og ser du håndbogen",
        "",
        "Du skal bruge Python 3.11 eller nyere og programmet `make`. Åbn en terminal i projektets mappe og skriv:",
        "",
        "```sh",
        "make serve",
        "```",
        "",
        "Første gang installerer kommandoen det, der skal bruges. Derefter kan du se håndbogen på "
        "<http://127.0.0.1:8000>. Siden bliver opdateret, hver gang du gemmer en fil. Stop med Ctrl+C.",
        "",
        "Andre kommandoer:",
        "",
        "`make build`",
        ":   Bygger hele håndbogen til mappen `site/`. Fejler buildet, bliver den forrige udgave stående.",
        "",
        "`make test`",
        ":   Kører alle test. Kør dem, før du sender dine rettelser videre.",
        "",
        "Er der fejl i data, stopper buildet og skriver en besked som denne:",
        "",
        "```text",
        next(k.example for k in CATALOG if k.id == "unknown-reference"),
        "```",
        "",
        "Beskeden nævner altid filen, feltet, problemet og en mulig rettelse. Alle problemer står på én gang. "
        f"[Fejlbeskeder]({_to(here, 'errors')}) forklarer dem på dansk.",
        "",
        "## Skriv med egne ord",
        "",
        "- Skriv aldrig sætninger af fra 2020-udgaven eller andre kilder – heller ikke let omskrevet. "
        "Fakta, tal, titler og paragraffer må gerne overføres.",
        "- Skriv kort og klart, til praktikeren (du/I).",
        "- Nævn altid kilden med id og sidetal.",
        "- Links i tekstfelter skrives relativt til den side, teksten står på, fx `[3.4](3-4.md)` fra en "
        "retningslinje til en anden. Buildet stopper, hvis et link eller anker ikke findes.",
        "",
    ]
    return Page(PAGES["index"], "Vejledning for redaktører", "\n".join(parts))


def render_fields(hb: Handbook) -> Page:
    """The field reference: every model reachable from the data, each field with type, rule and meaning."""
    here = PAGES["fields"]
    models = reachable_models()
    files = {c.model: c for c in collections()}
    parents: dict[type, list[str]] = {}
    for model in models:
        for name, field in model.model_fields.items():
            for inner in nested_models(field.annotation):
                parents.setdefault(inner, []).append(
                    f"[{name_of(model)}](#{anchor_of(model)}) → `{field.alias or name}`"
                )
    parts = _front("Felter") + [
        "Her står alle felter i håndbogens data. Siden bliver lavet ud fra selve datamodellen, så den altid passer "
        "til det, buildet tjekker.",
        "",
        "- **Påkrævet** betyder, at feltet skal være der. **Valgfrit** kan udelades; så gælder standardværdien.",
        "- Felter, der ikke står her, er ikke tilladt. En stavefejl i et feltnavn giver en fejl.",
        f"- Se [Skabeloner]({_to(here, 'templates')}) for eksempler på hele poster.",
        "",
    ]
    for model in models:
        parts += [f"## {name_of(model)} {{ #{anchor_of(model)} }}", "", blurb_of(model), ""]
        if model in files:
            c = files[model]
            parts += [f"**Fil:** `{c.path}`" + (" – én fil pr. post; filnavnet er postens id." if c.folder
                                                  else " – en liste af poster."), ""]
        elif model.__name__ in ROOT_FILES:
            parts += [f"**Fil:** {ROOT_FILES[model.__name__]}", ""]
        if model in parents:
            parts += ["**Indgår i:** " + "; ".join(parents[model]), ""]
        by_name = {c.name: c for c in collections()} if model is Handbook else {}
        for f in field_docs(model):
            description = f.description or (f"Posterne i `{by_name[f.name].path}`." if f.name in by_name else "")
            rule = "påkrævet" if f.required else f"valgfrit, standard: `{f.default}`" if f.default != "ingen" \
                else "valgfrit"
            parts += [
                f'<span class="field-name" data-field="{model.__name__}.{f.name}"></span>`{f.name}` – {rule}',
                f":   {description or 'Ingen beskrivelse.'}  \n    Type: {f.type_text}",
                "",
            ]
    return Page(PAGES["fields"], "Felter", "\n".join(parts))


def render_templates(hb: Handbook) -> Page:
    """A YAML template per kind of record, generated from the models."""
    here = PAGES["templates"]
    texts = templates()
    parts = _front("Skabeloner") + [
        "Kopiér skabelonen for den slags post, du vil oprette. Ret værdierne, og slet de valgfrie felter, du ikke "
        "bruger. Linjer, der begynder med `#`, er kommentarer og kan blive stående eller slettes.",
        "",
        f"Skabelonerne bliver lavet ud fra datamodellen. Feltet, typen og reglerne står på [Felter]({_to(here, 'fields')}).",
        "",
    ]
    for c in collections():
        parts += [
            f"## {name_of(c.model)} {{ #skabelon-{c.name} }}",
            "",
            (f"Gem som en ny fil i `{c.path}`, fx `{c.path}<id>.yml`." if c.folder
             else f"Tilføj posten sidst i `{c.path}`."),
            "",
            "```yaml",
            texts[c.name].rstrip("\n"),
            "```",
            "",
        ]
    return Page(PAGES["templates"], "Skabeloner", "\n".join(parts))


def render_errors(hb: Handbook) -> Page:
    """Every kind of data error with a real example, what it means and how to fix it."""
    here = PAGES["errors"]
    parts = _front("Fejlbeskeder") + [
        "Når data ikke kan bruges, stopper buildet og skriver, hvad der er galt. Beskederne er på engelsk og "
        "har altid samme form:",
        "",
        "```text",
        "fil: felt: problem; rettelse",
        "```",
        "",
        "- **fil** er den datafil, du skal rette, fx `data/guidelines/3-4.yml`.",
        "- **felt** er stien til feltet. `directions[1].kind` betyder feltet `kind` i anvisning nr. 2 under "
        "`directions` (der tælles fra 0). I en listefil betyder `[3]` post nr. 4.",
        "- **problem** og **rettelse** står efter kolon og semikolon.",
        "",
        "Alle problemer bliver vist på én gang, så du kan rette dem i ét hug. Kan du ikke finde feltet, så se "
        f"[Felter]({_to(here, 'fields')}).",
        "",
    ]
    for group in GROUPS:
        kinds = [k for k in CATALOG if k.group == group]
        if not kinds:
            continue
        parts += [f"## {group}", ""]
        for k in kinds:
            parts += [
                f"### {k.title} {{ #fejl-{k.id} }}",
                "",
                "```text",
                k.example,
                "```",
                "",
                f"**Det betyder:** {k.meaning}",
                "",
                f"**Sådan retter du:** {k.fix}",
                "",
            ]
    parts += [
        "## Andre fejl",
        "",
        "Stopper buildet med en anden besked, fx om et link, der ikke virker, så står filen og linket i beskeden. "
        "Links i tekstfelter skal pege på en side eller et anker, der findes.",
        "",
    ]
    return Page(PAGES["errors"], "Fejlbeskeder", "\n".join(parts))


def render_editors_guide(hb: Handbook) -> list[Page]:
    """Every page of the editors' guide."""
    from macros.editors.worklist_page import render_worklist

    return [render_editors_index(hb), render_fields(hb), render_templates(hb), render_errors(hb), render_worklist(hb)]
