"""The task pane page and the add-in's Excel code in a real headless Chromium (Debian's chromium,
driven by playwright through its executable path; skipped, visibly, where it is absent). The
Excel side runs against a stand-in `Excel` namespace that records every call and property set."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time

import httpx
import pytest

CHROMIUM = os.environ.get("CFA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (.ci/run installs Debian's chromium)"),
]

STAND_IN = """
window.__calls = [];
const rec = (...args) => window.__calls.push(JSON.parse(JSON.stringify(args)));
function makeRange(address) {
  return {
    address: address,
    values: [[3], [7], [""], ["abc"]],
    isNullObject: false,
    load(props) { rec("range.load", address, props); },
    getUsedRangeOrNullObject(valuesOnly) { rec("getUsedRangeOrNullObject", address, valuesOnly); return makeRange(address); },
    conditionalFormats: {
      add(type) { rec("conditionalFormats.add", address, type);
                  return { set(props) { rec("set", address, props); } }; },
    },
  };
}
function sheet(name) {
  return { getRange(a) { rec("getRange", name, a); return makeRange(name ? name + "!" + a : a); } };
}
window.Excel = {
  run: async (fn) => {
    rec("Excel.run");
    const context = {
      workbook: {
        getSelectedRange() { rec("getSelectedRange"); return makeRange("Sheet1!B2:B5"); },
        worksheets: {
          getItem(name) { rec("worksheets.getItem", name); return sheet(name); },
          getActiveWorksheet() { rec("getActiveWorksheet"); return sheet(""); },
        },
      },
      sync: async () => rec("sync"),
    };
    return fn(context);
  },
};
window.Office = { onReady(cb) { const info = { host: "Excel", platform: "PC" }; if (cb) cb(info); return Promise.resolve(info); } };
"""


@pytest.fixture
def live_server(fake_source):
    """The app over the fake source, served by uvicorn on a free port in a thread."""
    import torch
    import uvicorn

    from cf_assistant.server.app import create_app
    from cf_assistant.server.settings import Settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Settings(torch_threads=torch.get_num_threads()))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _page(browser, base, init_script=None):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    page.route("https://appsforoffice.microsoft.com/**", lambda route: route.abort())  # never online
    if init_script:
        page.add_init_script(init_script)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page, errors


def _suggest(page, text):
    page.fill("#request", text)
    page.click("#suggest")
    page.wait_for_function("document.getElementById('status').textContent.includes('suggestion')"
                           " || document.getElementById('error').textContent.length > 0")


def test_task_pane_shows_candidates_cells_and_payload(browser, live_server):
    page, errors = _page(browser, live_server)
    page.goto(live_server + "/")
    page.fill("#values", "3\n7\n\nabc")
    _suggest(page, "highlight cells greater than 5")
    first = page.locator(".candidate").first
    assert first.get_attribute("data-code") == "GreaterThan(5)"
    assert first.locator("td.hit").all_inner_texts() == ["7", "abc"]
    assert first.locator(".count").inner_text() == "2 of 4 cells formatted"
    assert not first.locator("button.apply").is_visible()  # not inside Excel
    first.locator("button.copy").click()
    shown = json.loads(first.locator("pre.payload").inner_text())
    api = httpx.post(live_server + "/v1/suggest", json={"text": "highlight cells greater than 5",
                                                        "values": ["3", "7", "", "abc"]}).json()
    assert shown == api["candidates"][0]["officejs"]
    page.wait_for_function("document.querySelector('.candidate .origin:last-of-type') !== null")
    copied = page.evaluate("navigator.clipboard.readText().catch(() => null)")
    assert copied is None or json.loads(copied) == shown
    _suggest(page, "   ")
    assert "empty" in page.inner_text("#error")
    assert errors == []


def test_addin_reads_the_selection_and_applies_the_payload(browser, live_server):
    page, errors = _page(browser, live_server, STAND_IN)
    page.goto(live_server + "/?office=1")
    assert page.evaluate("document.body.classList.contains('in-excel')")
    _suggest(page, "highlight cells greater than 5")
    first = page.locator(".candidate").first
    assert first.locator("td.hit").all_inner_texts() == ["7", "abc"]  # the selection's values
    read = page.evaluate("window.__calls.splice(0)")
    assert read == [["Excel.run"], ["getSelectedRange"], ["getUsedRangeOrNullObject", "Sheet1!B2:B5", True],
                    ["range.load", "Sheet1!B2:B5", "address"], ["range.load", "Sheet1!B2:B5", "values"], ["sync"]]
    first.locator("button.apply").click()
    page.wait_for_function("document.querySelector('.candidate').textContent.includes('applied to')")
    payload = httpx.post(live_server + "/v1/suggest", json={"text": "highlight cells greater than 5",
                                                            "range": "Sheet1!B2:B5"}).json()["candidates"][0]["officejs"]
    assert payload["type"] == "CellValue"
    assert page.evaluate("window.__calls.splice(0)") == [
        ["Excel.run"], ["worksheets.getItem", "Sheet1"], ["getRange", "Sheet1", "B2:B5"],
        ["conditionalFormats.add", "Sheet1!B2:B5", "CellValue"], ["set", "Sheet1!B2:B5", payload["props"]],
        ["sync"],
    ]
    assert errors == []


def test_apply_code_on_quoted_sheets_and_bad_payloads(browser, live_server):
    page, errors = _page(browser, live_server, STAND_IN)
    page.goto(live_server + "/?office=1")
    payload = httpx.post(live_server + "/v1/suggest", json={"text": "nothing valid", "k": 1}).json()
    assert payload["candidates"] == []
    custom = {"type": "Custom", "props": {"custom": {"format": {"fill": {"color": "#FFC7CE"}},
                                                     "rule": {"formula": "=AND(C3>5,NOT(LEN(TRIM(C3))=0))"}}}}
    page.evaluate("p => CFA.excel.applyPayload(p, \"'Q''s data'!C3:C9\")", custom)
    assert page.evaluate("window.__calls.splice(0)") == [
        ["Excel.run"], ["worksheets.getItem", "Q's data"], ["getRange", "Q's data", "C3:C9"],
        ["conditionalFormats.add", "Q's data!C3:C9", "Custom"], ["set", "Q's data!C3:C9", custom["props"]], ["sync"],
    ]
    page.evaluate("p => CFA.excel.applyPayload(p, 'D2:D4')", custom)
    assert page.evaluate("window.__calls.splice(0)")[1:3] == [["getActiveWorksheet"], ["getRange", "", "D2:D4"]]
    refused = page.evaluate("CFA.excel.applyPayload({type: 5}).then(() => 'applied', e => e.message)")
    assert "not an Office.js payload" in refused
    assert page.evaluate("window.__calls.length") == 0
    assert errors == []
