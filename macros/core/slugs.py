"""Readable, stable ASCII anchors for Danish headings."""

from __future__ import annotations

import re
import unicodedata

DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def slugify(value: str, separator: str = "-") -> str:
    """'Sådan kan I gøre' -> 'saadan-kan-i-goere' (used by MkDocs' toc extension)."""
    value = value.translate(DANISH)
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[\s_-]+", separator, value)
