"""Small shared pieces of rendered Markdown: badges, status labels, law and source references."""

from __future__ import annotations

from macros.core import links
from macros.core.escape import md_text
from macros.model.records import CONFIRMED, Handbook, SourceRef, Status

PUBLICATION = "Socialstyrelsen (2020): Nationale retningslinjer for social stofmisbrugsbehandling"

STATUS_LABELS = {
    Status.bekraeftet: "Bekræftet",
    Status.lovtekst: "Lovtekst",
    Status.grundlag_2016: "Fra 2016-udgaven",
    Status.redaktionel: "Redaktionel",
}
STATUS_EXPLAINED = {
    Status.bekraeftet: "Bekræftet i en kilde om 2020-udgaven.",
    Status.lovtekst: "Kravet følger af den lov, der henvises til.",
    Status.grundlag_2016: "Bygger på 2016-udgaven og er endnu ikke set i 2020-teksten.",
    Status.redaktionel: "Håndbogens egen sammenfatning; 2020-ordlyden er ikke tilgængelig for os.",
}
KIND_LABELS = {"lovkrav": "Lovkrav", "anbefaling": "Anbefaling"}
STATUS_PAGE = "om/status.md"


def kind_badge(kind: str) -> str:
    """The Lovkrav/Anbefaling badge."""
    return f'<span class="badge badge--{kind}">{KIND_LABELS[kind]}</span>'


def status_label(status: Status, from_page: str, always: bool = False) -> str:
    """A small, honest label for unconfirmed items (empty for confirmed ones unless always)."""
    if status in CONFIRMED and not always:
        return ""
    target = links.relative(from_page, STATUS_PAGE)
    return (
        f'[{STATUS_LABELS[status]}]({target} "{STATUS_EXPLAINED[status]}")'
        f"{{ .status .status--{status.value} }}"
    )


def direction_text(hb: Handbook, d) -> str:
    """A direction's Markdown text, followed by the law's numbered items when it lists them (list_from)."""
    text = d.text.strip()
    if not d.list_from:
        return text
    items = "\n".join(f"{n}. {item}" for n, item in enumerate(hb.law_items(d.list_from), start=1))
    return f"{text}\n\n{items}"


def law_label(hb: Handbook, ref: str) -> str:
    """A law reference as readers write it, e.g. 'SEL § 101, stk. 4' (plain text: escape it where it is shown)."""
    law = hb.law(ref)
    _, _, stk = ref.partition("/")
    return f"{law.abbreviation} {law.paragraph}" + (f", stk. {stk}" if stk else "")


def law_link(hb: Handbook, ref: str, from_page: str) -> str:
    """A Markdown link to a law reference's page and stk."""
    return f"[{md_text(law_label(hb, ref))}]({links.to_law(from_page, ref)})"


def law_or_text(hb: Handbook, ref: str, from_page: str, text: str) -> str:
    """A law link when the data has that law and stk.; otherwise the reader's label as plain text (small datasets)."""
    law_id, _, stk = ref.partition("/")
    if law_id not in hb.index.laws or (stk and ref not in hb.index.law_parts):
        return md_text(text)
    return law_link(hb, ref, from_page)


def guideline_or_text(hb: Handbook, guideline_id: str, from_page: str, text: str) -> str:
    """A link with the given text to a guideline's page when the data has it; otherwise the plain text."""
    if guideline_id not in hb.index.guidelines:
        return md_text(text)
    return f"[{md_text(text)}]({links.relative(from_page, links.page('guideline', guideline_id))})"


def law_links(hb: Handbook, refs, from_page: str) -> str:
    """Several law links separated by commas."""
    return "; ".join(law_link(hb, ref, from_page) for ref in refs)


def source_ref(hb: Handbook, ref: SourceRef) -> str:
    """A source reference as one line of Markdown: title, publisher, pages, link."""
    source = hb.source(ref.source)
    title = md_text(source.title)
    parts = [f"[{title}]({source.url})" if source.url else title]
    if source.publisher:
        parts.append(md_text(source.publisher))
    if source.date:
        parts.append(md_text(source.date))
    if ref.pages:
        parts.append(f"s. {md_text(ref.pages)}")
    line = ", ".join(parts) + f" [{md_text(source.id)}]"
    if ref.note:
        line += f" – {ref.note}"
    return line


def source_list(hb: Handbook, refs) -> str:
    """A bulleted Markdown list of source references."""
    return "\n".join(f"- {source_ref(hb, ref)}" for ref in refs)


def table_cell(text: str) -> str:
    """A Markdown field made safe for one Markdown table cell: one line, no bare pipes (plain text: md_cell)."""
    return " ".join(text.split()).replace("|", "\\|")
