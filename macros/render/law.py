"""Law pages and the list on the law overview (docs/love/index.md)."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.model.records import Handbook, Law, LawPart
from macros.model.versions import Versions
from macros.render.common import kind_badge, source_list
from macros.render.history import changed_attr, render_history
from macros.render.page import Page
from macros.render.texts import Texts, handbook_texts


def resting_on(hb: Handbook, law_id: str):
    """(guideline, direction, ref) triples whose directions cite this law."""
    return list(hb.index.citing(law_id))


def part_items(part: LawPart) -> list[str]:
    """A stk.'s numbered points as a Markdown list (nr. 1, 2, …), or nothing."""
    if not part.items:
        return []
    return [f"{number}. {item.strip()}" for number, item in enumerate(part.items, 1)] + [""]


def render_law(hb: Handbook, law: Law, versions: Versions | None = None, texts: Texts | None = None) -> Page:
    """The Markdown page of a law paragraph: summary per stk., practice, what rests on it."""
    texts = texts or handbook_texts()
    here = links.page("law", law.id)
    parts = [
        f"# {md_text(f'{law.abbreviation} {law.paragraph} – {law.title}')}",
        "",
        f'<article class="law" data-law="{law.id}" markdown>',
        "",
        f"**{md_text(f'{law.act} {law.paragraph}')}.** {law.summary.strip()}",
        "",
        f"[Læs den officielle lovtekst]({law.url}){{ .md-button }}",
        "",
        texts("lov-forbehold"),
        "{ .law__disclaimer }",
        "",
    ]
    if law.parts:
        parts += ["## Stykke for stykke", ""]
        for part in law.parts:
            flags = []
            if part.new_2020:
                flags.append('<span class="badge badge--new">Nyt i 2020</span>')
            if not part.confirmed:
                flags.append('<span class="badge badge--unconfirmed">Ordlyd ikke set i kilden</span>')
            parts += [
                f'<div class="law-part" id="{links.stk_anchor(part.stk)}"'
                f'{changed_attr(versions, "law", law.id, f"stk:{part.stk}") if versions else ""} markdown>',
                "",
                f"**Stk. {part.stk}.** {part.summary.strip()} {' '.join(flags)}".rstrip(),
                "",
                *part_items(part),
                "</div>",
                "",
            ]
    if law.practice.strip():
        parts += ["## Hvad det betyder i praksis", "", law.practice.strip(), ""]
    parts += ["## Anvisninger, der hviler på bestemmelsen", ""]
    found = resting_on(hb, law.id)
    if not found:
        parts += [texts("lov-ingen-anvisninger"), ""]
    for g, d, ref in found:
        stk = ref.partition("/")[2]
        where = f" (stk. {stk})" if stk else ""
        parts.append(
            f"- [{d.id}]({links.to_direction(here, g.id, d.id)}) {kind_badge(d.kind)} "
            f"{g.number} {md_text(g.short_title)}{where}"
        )
    guidelines = hb.index.law_guidelines(law.id)
    if guidelines:
        parts += ["", "## Retningslinjer med bestemmelsen som lovgrundlag", ""]
        parts += [
            f"- [{g.number} {md_text(g.short_title)}]({links.relative(here, links.page('guideline', g.id))})"
            for g in guidelines
        ]
    parts += ["", "## Kilder", "", source_list(hb, law.sources), "", "</article>", ""]
    parts += render_history(hb, versions or Versions(), "law", law, here, texts)  # outside the article: raw HTML
    return Page(here, f"{law.abbreviation} {law.paragraph} – {law.title}", "\n".join(parts))


def law_list(hb: Handbook, here: str) -> str:
    """Every law paragraph grouped by act, with how many directions rest on it (docs/love/index.md)."""
    parts = []
    acts: dict[str, list[Law]] = {}
    for law in hb.laws:
        acts.setdefault(law.act, []).append(law)
    for act, laws in acts.items():
        parts += [f"## {md_text(act)}", ""]
        for law in laws:
            target = links.relative(here, links.page("law", law.id))
            count = len(resting_on(hb, law.id))
            parts.append(f"- [{md_text(f'{law.abbreviation} {law.paragraph} – {law.title}')}]({target}) ({count} anvisninger)")
        parts.append("")
    return "\n".join(parts)
