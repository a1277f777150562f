"""Temporary git repositories with a known history: a first commit, then three commits that change, add and delete
directions. The small fixture data for the renderers (tests/test_versions.py, test_render_history.py, test_feed.py),
a copy of the real data for full builds (tests/test_history_browser.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import yaml

from tests.conftest import FIXTURE_DATA, REPO, edit_file

G = "data/guidelines/3-4.yml"
# (commit date, what the commit does): the expected history, oldest first
DATES = ("2025-01-31T12:00:00+01:00", "2025-02-10T09:30:00+01:00", "2025-03-02T15:00:00+01:00",
         "2025-04-15T08:00:00+02:00")
OLD_3_4_2 = "Fortæl borgeren om fristen ved første kontakt."
NEW_3_4_2 = "Fortæl borgeren om fristen på 14 dage ved første kontakt & skriv det i journalen."
OLD_3_4_1 = "Behandlingen skal være i gang senest 14 dage efter henvendelsen."
NEW_3_4_1 = "Behandlingen skal være sat i gang senest 14 dage efter, at borgeren bad om den."
NEW_3_4_3 = "Send borgeren en påmindelse dagen før den første samtale."
NOTE_G = "Ordlyden er tjekket mod 2020-udgaven."
NOTE_3_4_3 = "Ny anbefaling efter ønske fra kommunerne."
OLD_STK_4 = "Behandlingen skal være i gang senest 14 dage efter henvendelsen."
NEW_STK_4 = "Kommunen skal sætte behandlingen i gang senest 14 dage efter, at borgeren har bedt om den."
ADDED_3_4_3 = f"""  - id: 3.4.3
    kind: anbefaling
    text: {NEW_3_4_3}
    status: redaktionel
    ændringsnote: {NOTE_3_4_3}
    sources:
      - source: K1
sources:
  - source: K1
    pages: "60"
"""


def git(cwd: Path, *args: str, date: str = DATES[0]) -> str:
    """Run git with a fixed identity and date, so the repository's history is known."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def make_history_repo(root: Path) -> Path:
    """Build the repository under root; return its data folder.

    1. the fixture data as it is;
    2. 3.4.1 reworded and confirmed (lovtekst → bekræftet), 3.4.2 reworded and made a lovkrav, stk. 4 of
       SEL § 101 reworded, and a change note on the guideline;
    3. 3.4.3 added, with its own change note;
    4. 3.4.2 deleted.
    """
    shutil.copytree(FIXTURE_DATA, root / "data")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first", date=DATES[0])

    edit_file(root / G, OLD_3_4_1, NEW_3_4_1)
    edit_file(root / G, "    status: lovtekst\n", "    status: bekræftet\n")
    edit_file(root / G, f"    kind: anbefaling\n    text: {OLD_3_4_2}\n",
              f"    kind: lovkrav\n    text: {NEW_3_4_2}\n    laws: [sel-101/4]\n")
    edit_file(root / G, "target_group: Visitatorer.\n", f"target_group: Visitatorer.\nændringsnote: {NOTE_G}\n")
    edit_file(root / "data/laws.yml", f"summary: {OLD_STK_4}", f"summary: {NEW_STK_4}")
    git(root, "commit", "-q", "-am", "change", date=DATES[1])

    edit_file(root / G, 'sources:\n  - source: K1\n    pages: "60"\n', ADDED_3_4_3)
    git(root, "commit", "-q", "-am", "add", date=DATES[2])

    text = (root / G).read_text(encoding="utf-8")
    start = text.index("  - id: 3.4.2\n")
    end = text.index("  - id: 3.4.3\n")
    (root / G).write_text(text[:start] + text[end:], encoding="utf-8")
    git(root, "commit", "-q", "-am", "delete", date=DATES[3])
    return root / "data"


# The same three kinds of change on a copy of the real data, for full builds (the hand-written pages link to it).
# 3.4.6 and 3.4.8 are directions no other file refers to, so deleting one leaves every link whole.
REAL_CHANGED, REAL_DELETED, REAL_ADDED = "3.4.6", "3.4.8", "3.4.11"


def make_real_history_repo(root: Path) -> Path:
    """A repository of the real data: 1. as it is; 2. 3.4.6 reworded and its status changed, 3.4.8 reworded;
    3. 3.4.11 added with a change note; 4. 3.4.8 deleted. Edited through YAML, so only these values change."""
    shutil.copytree(REPO / "data", root / "data")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first", date=DATES[0])
    path = root / G
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    by_id = {d["id"]: d for d in raw["directions"]}
    for did in (REAL_CHANGED, REAL_DELETED):
        assert did in by_id and not any(
            did in p.read_text(encoding="utf-8") for p in (root / "data").rglob("*.yml") if p != path
        ), f"{did} must exist and no other data file may refer to it"

    def commit(message: str, date: str) -> None:
        path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
        git(root, "commit", "-q", "-am", message, date=date)

    by_id[REAL_CHANGED]["text"] = "Tilbyd borgeren en gratis samtale med en læge, før den sociale behandling begynder."
    by_id[REAL_CHANGED]["status"] = "redaktionel" if by_id[REAL_CHANGED]["status"] != "redaktionel" else "bekræftet"
    by_id[REAL_DELETED]["text"] = by_id[REAL_DELETED]["text"].strip() + " Skriv det i journalen."
    commit("change", DATES[1])
    raw["directions"].append({"id": REAL_ADDED, "kind": "anbefaling", "text": NEW_3_4_3, "status": "redaktionel",
                              "ændringsnote": NOTE_3_4_3, "sources": [{"source": "K1"}]})
    commit("add", DATES[2])
    raw["directions"] = [d for d in raw["directions"] if d["id"] != REAL_DELETED]
    commit("delete", DATES[3])
    return root / "data"
