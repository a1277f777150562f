"""Browser: the self-assessment checklist in the real build – saved answers, CSV export/import, robustness."""

from __future__ import annotations

import csv
import io
import json

import pytest
from playwright.sync_api import expect

from macros.model.load import load_handbook
from macros.render.checklist import checklist_items
from tests.conftest import REPO

PAGE = "selvevaluering/"
KEY = "stofhaandbog.selvevaluering.v1"
ITEMS = checklist_items(load_handbook(REPO / "data"))
HEADER = ["id", "type", "titel", "status", "note"]
# a few answers, including notes Excel and CSV must carry safely: ';', quotes, a line break, a formula
ANSWERS = {
    "kvalitetsstandard-6": ("opfyldt", "Står i afsnit 4; ajour"),
    "3.4.1": ("delvist", 'Vi måler "fra afgørelsen"\nskal rettes'),
    "3.5.2": ("ikke opfyldt", "=ingen ASI"),
    "2.4.7": ("ikke relevant", ""),
    "3.9.9": ("", "Drøftes på næste personalemøde"),
}


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="da-DK", accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def page(context, base_url):
    page = context.new_page()
    page.goto(base_url + PAGE)
    page.locator("[data-checklist-tools]").wait_for(state="visible")
    return page


def item(page, item_id: str):
    return page.locator(f'[data-item="{item_id}"]')


def answer(page, item_id: str, status: str, note: str) -> None:
    item(page, item_id).locator(f'input[type=radio][value="{status}"]').check()
    if note:
        item(page, item_id).locator("textarea").fill(note)


def state_on_page(page) -> dict[str, tuple[str, str]]:
    """Every item's (status, note) as the inputs show them."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-item]')].map(el => {
            const checked = el.querySelector('input[type=radio]:checked');
            return [el.dataset.item, [checked ? checked.value : '', el.querySelector('textarea').value]];
        }))"""
    )


def export_csv(page) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("button", name="Eksportér CSV").click()
    download = info.value
    assert download.suggested_filename.startswith("selvevaluering-") and download.suggested_filename.endswith(".csv")
    with open(download.path(), "rb") as handle:
        return handle.read()


def rows_of(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM, so Excel reads æøå"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def import_csv(page, data: bytes, name: str = "svar.csv") -> None:
    page.locator("input[type=file][data-action=import]").set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": data}]
    )


def fill_answers(page) -> None:
    for item_id, (status, note) in ANSWERS.items():
        answer(page, item_id, status, note)


def test_every_item_is_on_the_page_with_a_status_choice(page):
    assert page.locator("[data-item]").count() == len(ITEMS)
    ids = page.eval_on_selector_all("[data-item]", "els => els.map(e => e.dataset.item)")
    assert ids == [i.id for i in ITEMS]
    group = item(page, "3.4.1").get_by_role("group", name="Status for anvisning 3.4.1")
    assert group.get_by_role("radio").count() == 5
    assert item(page, "3.4.1").get_by_label("Note til anvisning 3.4.1").is_visible()


def test_statuses_and_notes_survive_a_reload(page):
    fill_answers(page)
    page.reload()
    page.locator("[data-checklist-tools]").wait_for(state="visible")
    shown = state_on_page(page)
    for item_id, (status, note) in ANSWERS.items():
        assert shown[item_id] == [status, note]
    assert shown["3.4.2"] == ["", ""]
    summary = page.locator("[data-checklist-summary]").inner_text()
    assert f"Vurderet: 4 af {len(ITEMS)} punkter" in summary
    assert "Delvist: 1" in summary and "Ikke relevant: 1" in summary
    stored = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    assert stored["version"] == 1 and stored["items"]["3.4.1"]["status"] == "delvist"


def test_export_has_one_row_per_item_and_reimports_to_the_same_state(page, context, browser, base_url):
    fill_answers(page)
    before = state_on_page(page)
    data = export_csv(page)
    rows = rows_of(data)
    assert rows[0] == HEADER
    body = rows[1:]
    assert [r[0] for r in body] == [i.id for i in ITEMS]
    assert all(len(r) == 5 for r in body)
    by_id = {r[0]: r for r in body}
    for i in ITEMS:
        assert by_id[i.id][1] == i.type and by_id[i.id][2] == i.title
    for item_id, (status, note) in ANSWERS.items():
        expected_note = "'" + note if note.startswith("=") else note  # Excel must not run it as a formula
        assert by_id[item_id][3:] == [status, expected_note]
    assert by_id["3.4.2"][3:] == ["", ""]

    # a fresh browser profile: nothing stored, then the import restores everything
    other = browser.new_context(accept_downloads=True)
    fresh = other.new_page()
    fresh.goto(base_url + PAGE)
    fresh.locator("[data-checklist-tools]").wait_for(state="visible")
    assert all(v == ["", ""] for v in state_on_page(fresh).values())
    import_csv(fresh, data)
    # reading the file is asynchronous: wait for the message instead of reading it at once
    expect(fresh.locator("[data-checklist-message]")).to_contain_text("Importeret: " + str(len(ITEMS)) + " punkter")
    assert state_on_page(fresh) == before
    fresh.reload()
    fresh.locator("[data-checklist-tools]").wait_for(state="visible")
    assert state_on_page(fresh) == before
    assert rows_of(export_csv(fresh)) == rows
    other.close()


def test_import_can_be_undone(page):
    answer(page, "3.4.1", "opfyldt", "før")
    data = "\ufeffid;type;titel;status;note\r\n3.4.1;lovkrav;x;ikke opfyldt;efter\r\n".encode()
    import_csv(page, data)
    assert state_on_page(page)["3.4.1"] == ["ikke opfyldt", "efter"]
    page.get_by_role("button", name="Fortryd importen").click()
    assert state_on_page(page)["3.4.1"] == ["opfyldt", "før"]


MALFORMED = {
    "wrong header": ("nummer;type;titel;status;note\n3.4.1;lovkrav;x;opfyldt;\n", "Første linje skal være overskrifterne"),
    "unknown id": ("id;type;titel;status;note\n3.4.1;lovkrav;x;opfyldt;\n9.9.9;lovkrav;x;opfyldt;\n",
                   "Linje 3: id '9.9.9' findes ikke i tjeklisten"),
    "bad status": ("id;type;titel;status;note\n3.4.1;lovkrav;x;måske;\n", "Linje 2: status 'måske' for 3.4.1 kendes ikke"),
    "unclosed quote": ('id;type;titel;status;note\n3.4.1;lovkrav;x;opfyldt;"åben note\n', "bliver aldrig afsluttet"),
    "duplicate id": ("id;type;titel;status;note\n3.4.1;lovkrav;x;opfyldt;\n3.4.1;lovkrav;x;delvist;\n",
                     "Linje 3: id '3.4.1' står også i linje 2"),
    "too many fields": ("id;type;titel;status;note\n3.4.1;lovkrav;x;opfyldt;a;b\n", "Linje 2: har 6 felter"),
    "empty": ("", "Filen er tom"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_import_is_refused_with_a_message_and_changes_nothing(page, name):
    text, expected = MALFORMED[name]
    fill_answers(page)
    before = state_on_page(page)
    stored = page.evaluate(f"localStorage.getItem('{KEY}')")
    import_csv(page, text.encode("utf-8"), name="forkert.csv")
    message = page.get_by_role("alert")
    expect(message).to_contain_text("forkert.csv blev ikke importeret")
    assert "Intet er ændret" in message.inner_text()
    assert expected in message.inner_text()
    assert state_on_page(page) == before
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == stored


def test_corrupted_storage_gives_a_message_and_keeps_a_backup(page):
    page.evaluate(f"localStorage.setItem('{KEY}', '{{\"version\": 1, \"items\": ')")
    page.reload()
    page.locator("[data-checklist-tools]").wait_for(state="visible")
    message = page.get_by_role("alert").inner_text()
    assert "kunne ikke læses" in message and "Intet er tabt" in message
    backups = page.evaluate(
        "Object.keys(localStorage).filter(k => k.startsWith('" + KEY + ".backup-')).map(k => localStorage.getItem(k))"
    )
    assert backups == ['{"version": 1, "items": ']
    # the list still works, and the next answer is saved cleanly
    answer(page, "3.4.1", "opfyldt", "")
    page.reload()
    page.locator("[data-checklist-tools]").wait_for(state="visible")
    assert state_on_page(page)["3.4.1"] == ["opfyldt", ""]
    assert page.get_by_role("alert").count() == 0


def test_filters_by_type_theme_and_phase(page):
    page.get_by_label("Type").select_option("lovkrav")
    shown = page.eval_on_selector_all("[data-item]:not([hidden])", "els => els.map(e => e.dataset.item)")
    expected = [i.id for i in ITEMS if i.type in ("lovkrav", "kvalitetsstandard")]
    assert shown == expected
    assert f"Filteret viser {len(expected)} af {len(ITEMS)} punkter" in page.locator("[data-checklist-summary]").inner_text()
    page.get_by_label("Type").select_option("")
    page.get_by_label("Fase").select_option("afdaekning")
    page.get_by_label("Tema").select_option("borgerforloeb")
    shown = page.eval_on_selector_all("[data-item]:not([hidden])", "els => els.map(e => e.dataset.item)")
    assert shown == [i.id for i in ITEMS if i.phase == "afdaekning" and i.theme == "borgerforloeb"]
    assert page.locator('[data-group="2-1"]').is_hidden()  # empty groups step aside


def test_without_js_every_item_is_listed_for_printing(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGE)
    assert page.locator("[data-item]").count() == len(ITEMS)
    assert page.locator(".check-item__paper").first.is_visible()
    assert not page.locator("[data-checklist-tools]").is_visible()
    assert page.locator(".checklist-nojs").is_visible()
    context.close()
