"""What each data error message means: its pattern, a real example, and the fix in plain Danish.

The messages come from macros/model/load.py, references.py, flow_check.py and overlay.py. tests/test_editors_guide.py
checks that every message those modules can write matches an entry here, and that each example is a message the
loader really produces for a broken copy of the fixture data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorKind:
    """One kind of data error."""

    id: str
    group: str
    title: str
    pattern: str  # searched in the message (re.search)
    example: str  # a real message, as the build prints it
    meaning: str
    fix: str

    def matches(self, message: str) -> bool:
        """True if a message is of this kind."""
        return re.search(self.pattern, message) is not None


GROUPS = (
    "Filer og YAML",
    "Felter og værdier",
    "Henvisninger mellem poster",
    "Retningslinjer og anvisninger",
    "Beslutningsveje",
    "Kommunens lokale fil",
    "Indstillinger og sider",
)

CATALOG: tuple[ErrorKind, ...] = (
    # settings and pages first: their patterns are anchored at the start, and a later, looser one would match too
    ErrorKind(
        "setting-value", "Indstillinger og sider", "En indstilling har en forkert værdi", r"^setting \S+: .* is not allowed",
        "setting HANDBOOK_NAV_GUIDELINES_LIMIT: 'abc' is not allowed; use a whole number, 0 or more (0 lists every "
        "guideline)",
        "En miljøvariabel (`HANDBOOK_…`) eller en indstilling under `extra.handbook` i mkdocs.yml har en værdi, "
        "håndbogen ikke kan bruge. Beskeden nævner indstillingen, værdien og det, der er tilladt.",
        "Ret værdien, som beskeden siger. Miljøvariablen står i den kommando, der bygger håndbogen; de andre står i "
        "mkdocs.yml.",
    ),
    ErrorKind(
        "setting-unknown", "Indstillinger og sider", "En ukendt indstilling", r"^setting \S+: unknown setting",
        "setting extra.handbook.feedbak: unknown setting; did you mean 'feedback'?",
        "Navnet under `extra.handbook` i mkdocs.yml findes ikke. Ofte er det en stavefejl.",
        "Ret navnet til det foreslåede, eller fjern linjen.",
    ),
    ErrorKind(
        "template-error", "Indstillinger og sider", "En makro på en side fejler",
        r": line [^,\s]+: .*(\{\{ … \}\}|the macro call)",
        "docs/om/kilder.md: line 55: 'unknown_macro' is undefined; check the name against the macros on the editors' "
        "page, or remove the {{ … }}",
        "En side med `render_macros: true` har en `{{ … }}` eller `{% … %}`, der ikke kan udføres: navnet findes "
        "ikke, der mangler en parentes, eller makroen fik et forkert argument. Beskeden nævner filen og linjen.",
        "Se på linjen. Ret makroens navn eller argument, eller fjern de krøllede parenteser, hvis teksten bare skal "
        "vises.",
    ),
    ErrorKind(
        "dead-link", "Indstillinger og sider", "Et link eller anker findes ikke",
        r"contains a link '[^']*', but the (target|doc)",
        "Doc file 'retningslinjer/3-4.md' contains a link '3-55.md', but the target 'retningslinjer/3-55.md' is not "
        "found among documentation files.",
        "Et link peger på en side eller et anker, der ikke findes. Beskeden kommer fra MkDocs og nævner siden med "
        "linket og linkets mål. Er siden en retningslinje, en lov eller et princip, står linket i den tilsvarende "
        "datafil.",
        "Ret linket, så det peger på en side, der findes, fx `3-5.md` eller `../love/sel-101.md#stk-2`. Links i "
        "data skrives fra den side, teksten vises på.",
    ),
    ErrorKind(
        "missing-file", "Filer og YAML", "En fil mangler", r": missing; create it",
        "data/laws.yml: missing; create it (see the editors' guide)",
        "En af de filer, håndbogen ikke kan undvære, findes ikke i data/.",
        "Opret filen. Brug skabelonen for den slags post, og tjek, at filnavnet er stavet rigtigt.",
    ),
    ErrorKind(
        "not-a-mapping", "Filer og YAML", "Filen er ikke én post", r"expected a mapping of fields",
        "data/guidelines/3-4.yml: expected a mapping of fields; write 'field: value' lines",
        "Filen (eller posten) skal bestå af linjer med `felt: værdi`, men den er en liste eller en enkelt tekst.",
        "Fjern `- ` foran felterne i en fil med én post, fx en retningslinje. Hvert felt står på sin egen linje.",
    ),
    ErrorKind(
        "not-a-list", "Filer og YAML", "Filen er ikke en liste", r"expected a list of records",
        "data/principles.yml: expected a list of records; start each record with '- '",
        "Filen skal rumme en liste af poster, fx alle principper, men den rummer kun én post uden `- `.",
        "Start hver post med `- ` og ryk dens øvrige felter to mellemrum ind.",
    ),
    ErrorKind(
        "id-not-file-name", "Filer og YAML", "Id og filnavn passer ikke sammen", r": id: '[^']*' differs from the file name",
        "data/guidelines/3-5.yml: id: '3-4' differs from the file name; rename the file to 3-4.yml or set id: 3-5",
        "I mapper med én fil pr. post skal filnavnet være postens id. Ellers passer adresser og ankre ikke.",
        "Omdøb filen, eller ret `id`, så de to er ens.",
    ),
    ErrorKind(
        "malformed-yaml", "Filer og YAML", "YAML-fejl", r"malformed YAML",
        "data/guidelines/3-4.yml: line 12, column 13: malformed YAML (did not find expected ',' or ']'); "
        "check indentation and quote text containing ':' or '#'",
        "Filen kan ikke læses som YAML. Beskeden nævner linje og kolonne, hvor læsningen gik i stå.",
        "Se på linjen og linjen før. Typiske fejl: forkert indrykning, en `[` uden `]`, eller tekst med `:` eller "
        "`#`, som mangler anførselstegn. Lange tekster skrives bedst som blok med `|`.",
    ),
    ErrorKind(
        "cannot-read", "Filer og YAML", "Filen kan ikke læses", r"cannot read file",
        "data/principles.yml: cannot read file ('utf-8' codec can't decode byte 0xe6 in position 7: invalid "
        "continuation byte); save it as UTF-8 text",
        "Filen er ikke gemt som UTF-8, så æ, ø og å ikke kan læses, eller filen kan ikke åbnes.",
        "Gem filen som UTF-8 i din editor (i mange editorer under «Gem som» eller nederst i vinduet).",
    ),
    ErrorKind(
        "required-missing", "Felter og værdier", "Et påkrævet felt mangler", r"required field missing",
        "data/guidelines/3-4.yml: target_group: required field missing; add 'target_group: …'",
        "Et felt, som posten skal have, er ikke udfyldt.",
        "Tilføj feltet. Se på siden Felter, hvad det skal indeholde.",
    ),
    ErrorKind(
        "unknown-field", "Felter og værdier", "Ukendt felt", r": unknown field; ",
        "data/guidelines/3-4.yml: directions[1].staus: unknown field; did you mean 'status'?",
        "Feltets navn findes ikke for den slags post. Ofte er det en stavefejl; beskeden foreslår det nærmeste navn.",
        "Ret navnet til det foreslåede, eller fjern feltet. Felternes navne står på siden Felter.",
    ),
    ErrorKind(
        "not-allowed", "Felter og værdier", "Værdien er ikke tilladt", r"' is not allowed; use ",
        "data/guidelines/3-4.yml: directions[1].kind: 'anbefalet' is not allowed; use 'lovkrav' or 'anbefaling'",
        "Feltet tager kun bestemte værdier, fx `lovkrav` eller `anbefaling`, og en af de fire status.",
        "Skriv en af de værdier, beskeden nævner, præcis som de står.",
    ),
    ErrorKind(
        "wrong-form", "Felter og værdier", "Værdien har forkert form", r"has the wrong form; it must match",
        "data/guidelines/3-4.yml: directions[1].id: '3.4.b' has the wrong form; it must match ^\\d+\\.\\d+\\.\\d+$",
        "Værdien skal følge et fast mønster. `\\d+` betyder ét eller flere cifre, og `\\.` betyder et punktum. "
        "Et anvisnings-id skal fx være tre tal med punktum imellem.",
        "Ret værdien, så den har samme form som eksemplet på siden Felter, fx `3.4.2` eller `3-4`.",
    ),
    ErrorKind(
        "empty-list", "Felter og værdier", "Listen er tom", r"must not be empty; add at least one entry",
        "data/guidelines/3-4.yml: sources: must not be empty; add at least one entry",
        "Listen skal have mindst én post. Det gælder fx kilder: alt i håndbogen skal have en kilde.",
        "Tilføj mindst én post, fx `- source: K1` med sidetal.",
    ),
    ErrorKind(
        "too-long", "Felter og værdier", "Teksten er for lang", r": too long \([^)]* characters\); shorten it",
        "data/guidelines/3-4.yml: directions[1].ændringsnote: too long (301 characters); shorten it to at most 300",
        "Feltet har en grænse for, hvor lang teksten må være. En ændringsnote er fx højst 300 tegn: en sætning "
        "eller to om, hvad du har ændret og hvorfor.",
        "Gør teksten kortere, så den holder sig under grænsen. Beskeden nævner, hvor mange tegn den har nu.",
    ),
    ErrorKind(
        "raw-html", "Felter og værdier", "HTML i en tekst", r"raw HTML is not allowed in text",
        "data/guidelines/3-4.yml: purpose: raw HTML is not allowed in text ('<b>'); use Markdown, e.g. **fed** or "
        "[tekst](side.md)",
        "Tekstfelterne skrives i Markdown. HTML-koder som `<b>` eller `<script>` bliver ikke vist som tekst, men ville "
        "blive en del af siden, så de er ikke tilladt.",
        "Skriv teksten i Markdown i stedet: `**fed**`, `*kursiv*`, `[linktekst](side.md)` og lister med `- `. Skal "
        "tegnet `<` stå i teksten, så skriv det med et mellemrum efter, fx `3 < 4`.",
    ),
    ErrorKind(
        "html-entity", "Felter og værdier", "HTML-tegnkode i en tekst", r"HTML entities are not allowed in text",
        "data/guidelines/3-4.yml: purpose: HTML entities are not allowed in text ('&amp;'); write the character itself",
        "Koder som `&amp;` eller `&#35;` er HTML. I håndbogens data skriver du tegnet selv.",
        "Skriv tegnet direkte, fx `&` i stedet for `&amp;`.",
    ),
    ErrorKind(
        "attribute-list", "Felter og værdier", "Attributliste i en tekst", r"attribute lists are not allowed in text",
        "data/guidelines/3-4.yml: purpose: attribute lists are not allowed in text ('{: .klasse }'); remove the {…} part",
        "En tekst i `{: … }` eller `{ .… }` ville give siden egne klasser eller attributter. Det styrer håndbogen selv.",
        "Fjern delen i krøllede parenteser. Skal teksten se særlig ud, så skriv til den, der vedligeholder håndbogens "
        "udseende.",
    ),
    ErrorKind(
        "script-link", "Felter og værdier", "Et link, der kører kode", r"links must not run code",
        "data/guidelines/3-4.yml: purpose: links must not run code ('](javascript:'); link to a page or an https:// "
        "address",
        "Et link må ikke starte med `javascript:`, `vbscript:` eller `data:`. Den slags links kører kode hos læseren.",
        "Link til en side i håndbogen, fx `[3.4](3-4.md)`, eller til en fuld adresse, der starter med `https://`.",
    ),
    ErrorKind(
        "not-a-url", "Felter og værdier", "Adressen er ikke en webadresse", r"is not a web address",
        "data/sources.yml: [0].url: 'www.social.dk' is not a web address; write a full https:// address",
        "Feltet skal rumme en hel webadresse, som læseren kan følge.",
        "Skriv hele adressen med `https://` foran og uden mellemrum, anførselstegn eller parenteser.",
    ),
    ErrorKind(
        "wrong-value", "Felter og værdier", "Værdien passer ikke til feltet", r"; correct the value$",
        "data/principles.yml: [1].number: Input should be a valid integer, unable to parse string as an integer; "
        "correct the value",
        "Værdien passer ikke til feltet: den har en forkert type (fx tekst, hvor der skal stå et tal), eller den "
        "bryder en regel for feltet (fx antallet af cases i et kursusmodul eller af sætninger i Kort fortalt). "
        "Midten af beskeden er den tekniske forklaring på engelsk.",
        "Skriv en værdi af den type, siden Felter nævner for feltet (fx et tal uden bogstaver), og følg reglen i "
        "feltets beskrivelse.",
    ),
    ErrorKind(
        "duplicate-id", "Henvisninger mellem poster", "Samme id to gange", r": id: duplicate \w+ id '",
        "data/principles.yml: id: duplicate principle id 'helhed'; give each principle its own id",
        "To poster af samme slags har samme id. Så kan håndbogen ikke vide, hvilken en en henvisning peger på.",
        "Giv den ene post et nyt id, og ret de steder, der skal pege på den.",
    ),
    ErrorKind(
        "unknown-reference", "Henvisninger mellem poster", "Henvisning til noget, der ikke findes",
        r"unknown [\w ]+ '[^']*'( \(|; )",
        "data/guidelines/3-4.yml: theme: unknown theme 'borgerforlob' (did you mean 'borgerforloeb'?)",
        "Feltet peger på et id, som ikke findes, fx et tema, et princip, en kilde, en lov, en retningslinje eller "
        "et trin i en beslutningsvej. Beskeden foreslår det nærmeste id eller nævner dem, der findes.",
        "Ret stavningen af id'et, eller opret den post, der peges på.",
    ),
    ErrorKind(
        "phrase-twice", "Henvisninger mellem poster", "Samme hverdagsord to gange", r"' is also listed in \[\w+\]; ",
        "data/search_phrases.yml: [1].phrases[0]: 'visitator' is also listed in [0]; list each phrase once",
        "En vending i listen over hverdagsord står i to poster. Så er det uklart, hvad søgningen skal lede efter.",
        "Slet vendingen fra den ene post, eller saml de to poster til én.",
    ),
    ErrorKind(
        "search-word-unused", "Henvisninger mellem poster", "Søgeordet findes ikke i håndbogen",
        r"\.search: '[^']*' is a word the handbook does not use",
        "data/search_phrases.yml: [0].search: 'sagsbehandlr' is a word the handbook does not use; "
        "search for words from the handbook's own text",
        "Feltet `search` skal nævne ord, som håndbogen selv bruger. Et ord, som ingen side bruger, finder intet.",
        "Ret stavningen, eller vælg et ord fra retningslinjernes tekst eller ordlisten. Et ord må gerne være "
        "begyndelsen af et længere ord: `afgørelse` finder også `afgørelsen`.",
    ),
    ErrorKind(
        "unknown-stk", "Henvisninger mellem poster", "Lovhenvisning til et stykke, der ikke findes",
        r"names stk\. .*, which .* does not have",
        "data/guidelines/3-4.yml: laws[0]: 'sel-101/9' names stk. 9, which data/laws.yml does not have for sel-101 "
        "(stk.: 4); write 'sel-101' or add the stk.",
        "En lovhenvisning som `sel-101/9` betyder stk. 9 i paragraffen, men det stykke står ikke i data/laws.yml.",
        "Ret nummeret, henvis til hele paragraffen (`sel-101`), eller tilføj stykket under `parts` i data/laws.yml.",
    ),
    ErrorKind(
        "number-used-twice", "Henvisninger mellem poster", "Samme nummer to gange", r": number: .* is used twice",
        "data/principles.yml: number: 1 is used twice; number the principles 1-2",
        "To principper har samme nummer.",
        "Nummerér principperne fortløbende.",
    ),
    ErrorKind(
        "number-not-id", "Retningslinjer og anvisninger", "Nummer og id passer ikke sammen",
        r"number: '[^']*' does not match id",
        "data/guidelines/3-4.yml: number: '3.5' does not match id '3-4'; use number: 3.4",
        "En retningslinjes nummer skal svare til dens id: nummer 3.4 hører til id og fil 3-4.",
        "Ret nummeret, eller omdøb filen og id'et, hvis retningslinjen har fået et nyt nummer.",
    ),
    ErrorKind(
        "related-itself", "Retningslinjer og anvisninger", "Retningslinjen henviser til sig selv",
        r"related: lists the guideline itself",
        "data/guidelines/3-4.yml: related: lists the guideline itself; remove '3-4'",
        "Listen over relaterede retningslinjer nævner retningslinjen selv.",
        "Fjern id'et fra `related`.",
    ),
    ErrorKind(
        "direction-number", "Retningslinjer og anvisninger", "Anvisningens nummer passer ikke til retningslinjen",
        r"must start with '[^']*'; renumber it",
        "data/guidelines/3-4.yml: directions[1].id: '3.5.2' must start with '3.4.'; renumber it 3.4.2",
        "En anvisnings id skal begynde med retningslinjens nummer: anvisninger i 3.4 hedder 3.4.1, 3.4.2 osv.",
        "Ret id'et. Skift aldrig id på en anvisning, der allerede er udgivet, uden grund: links peger på den.",
    ),
    ErrorKind(
        "duplicate-direction", "Retningslinjer og anvisninger", "To anvisninger med samme id",
        r"duplicate direction id '",
        "data/guidelines/3-4.yml: directions[1].id: duplicate direction id '3.4.1' (also in "
        "data/guidelines/3-4.yml); give it its own number",
        "To anvisninger har samme id. Id'et er anvisningens faste adresse, så det skal være entydigt.",
        "Giv den nye anvisning det næste ledige nummer. Omnummerér ikke de gamle.",
    ),
    ErrorKind(
        "lovkrav-without-law", "Retningslinjer og anvisninger", "Lovkrav uden lovhenvisning",
        r"a lovkrav must cite at least one law",
        "data/guidelines/3-4.yml: directions[0].laws: a lovkrav must cite at least one law; add laws: [sel-101/4] "
        "(for example) or make it an anbefaling",
        "En anvisning med `kind: lovkrav` skal pege på den paragraf og det stykke, kravet kommer fra.",
        "Tilføj `laws: [sel-101/4]` (den rigtige paragraf og stk.), eller gør anvisningen til en anbefaling.",
    ),
    ErrorKind(
        "list-from-without-items", "Retningslinjer og anvisninger", "Punktliste fra et stykke uden punkter",
        r"names no stk\. with items",
        "data/guidelines/3-4.yml: directions[0].list_from: 'sel-101/4' names no stk. with items in data/laws.yml; "
        "point it at a stk. that has 'items', e.g. bek-1477-4/1",
        "Anvisningen skal vise et lovstykkes punkter, men det stykke, der peges på, har ingen punkter (`items`).",
        "Peg på det rigtige stykke (fx `bek-1477-4/1`), eller tilføj `items` til stykket i data/laws.yml.",
    ),
    ErrorKind(
        "flow-duplicate-node", "Beslutningsveje", "To trin med samme id", r"duplicate node id",
        "data/flows/test.yml: nodes[a]: duplicate node id; give each node its own id",
        "To trin i samme beslutningsvej har samme id, så pilene ikke ved, hvor de skal pege hen.",
        "Giv hvert trin sit eget id, og ret pilene (`edges`).",
    ),
    ErrorKind(
        "flow-unreachable", "Beslutningsveje", "Et trin kan ikke nås", r"cannot be reached from the start node",
        "data/flows/test.yml: nodes[b]: cannot be reached from the start node 'a'; add an edge to 'b' or remove "
        "the node",
        "Ingen pile fører fra starten hen til trinnet, så læseren kan aldrig komme dertil.",
        "Tilføj en pil (`edges`) til trinnet, eller fjern det.",
    ),
    ErrorKind(
        "flow-step", "Beslutningsveje", "Et trin har forkert antal veje videre", r"a step needs exactly one way out",
        "data/flows/test.yml: nodes[a]: a step needs exactly one way out, it has none; add an edge from 'a' or make "
        "it an outcome",
        "Et trin (`step`) skal føre videre til præcis ét andet trin.",
        "Tilføj eller fjern pile fra trinnet. Har trinnet flere veje videre, så gør det til et spørgsmål "
        "(`decision`); har det ingen, så gør det til et slutpunkt (`outcome`).",
    ),
    ErrorKind(
        "flow-outcome", "Beslutningsveje", "Et slutpunkt fører videre", r"an outcome ends the flow",
        "data/flows/test.yml: nodes[b]: an outcome ends the flow, but it has 1 way(s) out; remove the edges from "
        "'b' or make it a step",
        "Et slutpunkt (`outcome`) afslutter beslutningsvejen og må ikke have pile videre.",
        "Fjern pilene fra slutpunktet, eller gør det til et trin (`step`).",
    ),
    ErrorKind(
        "flow-decision", "Beslutningsveje", "Et spørgsmål har for få svar", r"a decision needs at least two ways out",
        "data/flows/test.yml: nodes[a]: a decision needs at least two ways out, it has 1; add one edge per answer "
        "or make it a step",
        "Et spørgsmål (`decision`) skal have mindst to svar, fx Ja og Nej.",
        "Tilføj en pil for hvert svar, eller gør spørgsmålet til et trin (`step`).",
    ),
    ErrorKind(
        "flow-answer-label", "Beslutningsveje", "Et svar mangler tekst", r"has no label; add label",
        "data/flows/test.yml: edges[0].label: the answer from decision 'a' has no label; add label: Ja (or the "
        "answer it stands for)",
        "Pile ud fra et spørgsmål er svar. Læseren skal kunne se, hvilket svar pilen står for.",
        "Skriv svaret i pilens `label`, fx `label: Ja`.",
    ),
    ErrorKind(
        "flow-same-answer", "Beslutningsveje", "To svar med samme tekst", r"two answers are labelled",
        "data/flows/test.yml: nodes[a]: two answers are labelled 'ja'; give each answer its own label",
        "To pile fra samme spørgsmål har samme svar, så læseren ikke kan vælge mellem dem.",
        "Giv hvert svar sin egen tekst.",
    ),
    ErrorKind(
        "overlay-cannot-read", "Kommunens lokale fil", "Den lokale fil kan ikke læses", r"cannot read the overlay",
        "lokal.yml: cannot read the overlay (No such file or directory); check HANDBOOK_OVERLAY or "
        "extra.handbook.overlay",
        "Håndbogen er sat op til at bruge en lokal fil for kommunen, men filen findes ikke på den sti, der er angivet.",
        "Ret stien i `extra.handbook.overlay` i mkdocs.yml eller i miljøvariablen HANDBOOK_OVERLAY.",
    ),
    ErrorKind(
        "overlay-logo-type", "Kommunens lokale fil", "Logoet er ikke et billede", r"logo: '[^']*' is not an image",
        "lokal.yml: logo: 'logo.pdf' is not an image; use one of .svg, .png, .jpg, .jpeg, .webp",
        "Logoet skal være en billedfil, som browsere kan vise.",
        "Gem logoet som SVG eller PNG, og skriv det nye filnavn i `logo`.",
    ),
    ErrorKind(
        "overlay-logo-missing", "Kommunens lokale fil", "Logoet findes ikke", r"logo: file '[^']*' not found",
        "lokal.yml: logo: file 'logo.svg' not found next to the overlay; put the logo in {folder}",
        "Logo-filen ligger ikke, hvor `logo` siger. Stien regnes fra den mappe, den lokale fil ligger i.",
        "Læg logoet i samme mappe som den lokale fil, eller ret stien.",
    ),
)


def kind_of(message: str) -> ErrorKind | None:
    """The first catalog entry a message matches, or None."""
    return next((k for k in CATALOG if k.matches(message)), None)
