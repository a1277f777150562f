"""The accessibility statement (tilgængelighedserklæring): a template the local overlay fills in."""

from __future__ import annotations

import datetime as dt

from macros.core.escape import md_attr, md_text
from macros.model.edition import danish_date
from macros.model.overlay import Overlay
from macros.render.local import contact_lines
from macros.render.page import Page

ACCESSIBILITY_PAGE = "tilgaengelighed.md"
WAS_TOOL = "https://www.was.digst.dk/"
DIGST_STATEMENT = "https://digst.dk/digital-inklusion/webtilgaengelighed/om-tilgaengelighedserklaeringen/"
DIGST_COMPLAINTS = "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/"
# When the national edition's own statement text was last reviewed; change it when you review it again.
NATIONAL_REVIEWED = dt.date(2026, 11, 22)
DEPLOY_GUIDE = "drift/index.md"


def render_accessibility(overlay: Overlay | None = None) -> Page:
    """The statement: the national defaults, or the hosting municipality's facts when an overlay is set."""
    access = overlay.accessibility if overlay else None
    organisation = overlay.municipality if overlay else None
    contact = (access.contact if access and access.contact else None) or (overlay.contact if overlay else None)
    reviewed = (access.date if access and access.date else None) or (overlay.date if overlay else NATIONAL_REVIEWED)
    parts = [
        "# Tilgængelighedserklæring",
        "",
        f'<div class="accessibility-statement" data-organisation="{md_attr(organisation or "national")}" markdown>',
        "",
    ]
    if organisation:
        parts += [
            f"{md_text(organisation)} stiller denne udgave af håndbogen til rådighed. Vi vil gerne have, at alle kan bruge den "
            "– også med skærmlæser, med forstørrelse, kun med tastatur eller på en lille skærm.",
            "",
        ]
        if access and access.statement_url:
            parts += [
                f"Den officielle tilgængelighedserklæring for {md_text(organisation)} står i Digitaliseringsstyrelsens WAS-Tool: "
                f"[{access.statement_url}]({access.statement_url})",
                "",
            ]
    else:
        parts += [
            "Håndbogen skal kunne bruges af alle – også med skærmlæser, med forstørrelse, kun med tastatur eller på en "
            "lille skærm. Denne side er den nationale udgaves erklæring. Den er samtidig en skabelon: Når en kommune "
            "eller en anden organisation lægger håndbogen på sit eget websted eller intranet, udfylder den siden med "
            f"sine egne oplysninger. Se [Drift og opsætning]({DEPLOY_GUIDE}).",
            "",
        ]
    parts += [
        "## Mål for tilgængelighed",
        "",
        "Håndbogen er bygget til at leve op til WCAG 2.1 på niveau AA. Det er det niveau, som "
        "webtilgængelighedsloven kræver af offentlige websteder.",
        "",
        "- Al tekst kan læses med skærmlæser, og siderne har overskrifter, der afspejler indholdet.",
        "- Alt kan bruges med tastatur alene.",
        "- Siderne passer til en telefonskærm og kan forstørres, uden at tekst forsvinder.",
        "- Siderne virker uden JavaScript. Søgning og andre hjælpefunktioner kræver dog JavaScript.",
        "- Hele håndbogen kan udskrives eller gemmes som PDF fra én side.",
        "",
        "## Sådan har vi vurderet tilgængeligheden",
        "",
        "Håndbogen bliver testet automatisk, hver gang den bygges. Testene åbner siderne i en rigtig browser, også i "
        "telefonstørrelse, og kontrollerer blandt andet, at siderne kan åbnes og læses, at søgningen virker, og at "
        "siderne kan bruges uden forbindelse til internettet. Automatiske test finder ikke alle problemer. Derfor vil "
        "vi meget gerne høre fra dig, hvis noget ikke virker for dig.",
        "",
        "## Kendte begrænsninger",
        "",
        "- Links til kilder og lovtekster fører til andre websteder, fx retsinformation.dk og social.dk. Deres "
        "tilgængelighed har vi ikke ansvar for.",
        "- Håndbogen er en uofficiel udgave. Den officielle udgivelse fra Socialstyrelsen kan have en anden grad af "
        "tilgængelighed.",
    ]
    if access and access.known_issues.strip():
        parts += ["", access.known_issues.strip()]
    parts += ["", "## Giv os besked om problemer", ""]
    if contact:
        parts += [
            "Oplever du et problem med tilgængeligheden, så kontakt os. Skriv gerne, hvilken side det drejer sig om, "
            "og hvad der ikke virker.",
            "",
            *contact_lines(contact),
            "",
        ]
    else:
        parts += [
            "Oplever du et problem med tilgængeligheden, så kontakt den kommune eller organisation, der har givet dig "
            "adgang til håndbogen. Skriv gerne, hvilken side det drejer sig om, og hvad der ikke virker.",
            "",
        ]
    parts += [
        "## Hvis du ikke får et svar",
        "",
        "Kontakt altid først den myndighed, der står for webstedet. Har du ikke fået et svar inden for 10 "
        "arbejdsdage, eller er du ikke tilfreds med svaret, kan du henvende dig til Digitaliseringsstyrelsen. "
        f"[Læs, hvordan du gør]({DIGST_COMPLAINTS}).",
        "",
        "## Til den, der driver håndbogen",
        "",
        "Offentlige myndigheder skal lave deres officielle tilgængelighedserklæring i Digitaliseringsstyrelsens "
        f"[WAS-Tool]({WAS_TOOL}) og linke til den fra sidefoden. Erklæringen skal have både en telefonisk og en skriftlig "
        "kontaktmulighed og gennemgås mindst én gang om året. "
        f"[Læs mere hos Digitaliseringsstyrelsen]({DIGST_STATEMENT}). Indtast jeres oplysninger og linket til jeres "
        f"WAS-erklæring i den lokale datafil, så vises de her og i sidefoden. Se [Drift og opsætning]({DEPLOY_GUIDE}).",
        "",
        f"Erklæringen er senest gennemgået {danish_date(reviewed)}.",
        "{ .accessibility-statement__date }",
        "",
        "</div>",
        "",
    ]
    return Page(ACCESSIBILITY_PAGE, "Tilgængelighedserklæring", "\n".join(parts))
