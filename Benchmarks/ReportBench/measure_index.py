"""Times the dashboard of a generated report in Chromium: first render (navigation start
to the list drawn; scriptRenderMs = dashboard.js alone) and filter responses (input to
redrawn list). Prints JSON in ms."""
import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

SITE = Path(sys.argv[1]).resolve()


def timed_change(page, action, expected_change=True):
    page.evaluate("() => { window.__before = document.body.dataset.shown; window.__t0 = performance.now(); }")
    action()
    page.wait_for_function("() => document.body.dataset.shown !== window.__before" if expected_change else "() => true")
    return page.evaluate("() => performance.now() - window.__t0")


with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(SITE.as_uri() + "/index.html")
    page.wait_for_selector("#f-count")
    first = int(page.get_attribute("body", "data-rendered-at"))
    shown = int(page.get_attribute("body", "data-shown"))
    out = {"firstRenderMs": round(first), "scriptRenderMs": int(page.get_attribute("body", "data-render-ms")), "rows": shown}
    out["filterStatusMs"] = round(timed_change(page, lambda: page.select_option("#f-status", "failed")))
    out["filterFailuresOnlyMs"] = round(timed_change(page, lambda: page.select_option("#f-status", "")))
    # Search: the input is debounced by 60 ms, included in the number.
    out["searchMs"] = round(timed_change(page, lambda: page.fill("#f-text", "page-77")))
    out["sortByDiffMs"] = round(timed_change(page, lambda: (page.fill("#f-text", ""), page.check("#f-failures"))))
    out["listViewMs"] = round(timed_change(page, lambda: (page.click("#v-list"), page.uncheck("#f-failures"))))
    # The reviewer's selection (review.js): boxes on the page, a tick to the counter redrawn,
    # then a reload with a selection stored.
    page.evaluate("() => { const d = document.querySelector('#changes > details'); if (d) d.open = true; }")
    out["reviewBoxes"] = page.evaluate("() => document.querySelectorAll('.pick-group, .pick-flaky, .pick-x').length")
    if page.locator("#review:not(.hidden) ~ #changes .pick-group").count():
        page.evaluate("() => { window.__t0 = performance.now(); }")
        page.check(".pick-group >> nth=0")
        page.wait_for_function("() => document.body.dataset.selected === '1'")
        out["tickGroupMs"] = round(page.evaluate("() => performance.now() - window.__t0"))
        page.reload()
        page.wait_for_selector("#f-count")
        out["firstRenderWithSelectionMs"] = int(page.get_attribute("body", "data-rendered-at"))
        out["selectionAfterReload"] = page.get_attribute("body", "data-selected")
        page.click("#review-clear")
    browser.close()
print(json.dumps(out))
