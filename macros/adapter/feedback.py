"""The 'Meld en fejl' link: a mailto or a configured URL with the page filled in; no form, no tracking."""

from __future__ import annotations

from urllib.parse import quote

LINK_TEXT = "Meld en fejl på denne side"


def feedback_href(target: str | None, title: str | None, page_url: str | None) -> str | None:
    """The link for one page; mailto gets a subject and body, a URL may use {side} and {titel}; None if unset."""
    if not target:
        return None
    title = title or ""
    page_url = page_url or ""
    if target.startswith("mailto:"):
        subject = f"Fejl i håndbogen: {title}".rstrip(": ")
        body = f"Side: {page_url}\n\nHvad er forkert, og hvad burde der stå?\n"
        joiner = "&" if "?" in target else "?"
        return f"{target}{joiner}subject={quote(subject)}&body={quote(body)}"
    return target.replace("{side}", quote(page_url, safe="")).replace("{titel}", quote(title, safe=""))
