"""A reviewer's session in a generated Scene report, in real Chromium from file:// (the pages'
own CSP meta tag applies), printing one JSON document of observations for the Swift test.

usage: drive_review.py SITE APPROVE_FP FLAKY_FP LIST_ID PAGE_SAFE PAGE_ID DOWNLOAD_PATH
       drive_review.py --decide SITE DOWNLOAD_PATH [--approve FP ...] [--flaky FP ...]

On the dashboard: tick "approve all in group" of APPROVE_FP, mark FLAKY_FP flaky, tick the
execution LIST_ID in the list view; reload; on the execution page PAGE_SAFE tick PAGE_ID; back
on the dashboard (entries of no execution or change of this report stored meanwhile) download
approvals.json (a real Playwright download) to DOWNLOAD_PATH; clear the selection and reload.
Every request leaving the site is aborted and recorded, as are CSP violations, console errors,
page errors and dialogs (drive_report.watched_page).

`--decide`: a reviewer's one decision on a night's dashboard: tick "approve all in group" of each
--approve change and "flaky" of each --flaky one, then download approvals.json to DOWNLOAD_PATH.
"""
import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Report"))
from drive_report import watched_page  # noqa: E402  (the report tests' watched page: external requests, CSP, console, dialogs)


def decide(arguments):
    site, download_path = arguments[0], arguments[1]
    picks = {"--approve": [], "--flaky": []}
    for flag, value in zip(arguments[2::2], arguments[3::2]):
        picks[flag].append(value)
    r = {"external": [], "console": [], "pageErrors": [], "dialogs": [], "csp": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        _, page = watched_page(browser, "file://", {"width": 1280, "height": 900}, r)
        page.set_default_timeout(60000)
        page.goto("file://" + site.rstrip("/") + "/index.html")
        page.wait_for_selector("#review:not(.hidden)")
        page.evaluate("() => document.querySelector('#changes > details').open = true")
        for fingerprint in picks["--approve"]:
            page.check(f'.pick-group[data-fingerprint="{fingerprint}"]')
        for fingerprint in picks["--flaky"]:
            page.check(f'.pick-flaky[data-fingerprint="{fingerprint}"]')
        r["counter"] = page.text_content("#review .review-count")
        with page.expect_download() as info:
            page.click("#review-download")
        info.value.save_as(download_path)
        r["csp"] += page.evaluate("() => window.__csp || []")
        browser.close()
    print(json.dumps(r))


def main():
    if sys.argv[1] == "--decide":
        decide(sys.argv[2:])
        return
    site, approve_fp, flaky_fp, list_id, page_safe, page_id, download_path = sys.argv[1:8]
    base = "file://" + site.rstrip("/") + "/"
    r = {"external": [], "console": [], "pageErrors": [], "dialogs": [], "csp": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        _, page = watched_page(browser, "file://", {"width": 1280, "height": 900}, r)
        page.set_default_timeout(30000)

        def collect_csp():
            r["csp"] += page.evaluate("() => window.__csp || []")

        def counter():
            return page.text_content("#review .review-count")

        def dashboard():
            page.goto(base + "index.html")
            page.wait_for_selector("#f-count")
            page.wait_for_selector("#review:not(.hidden)")

        def state():
            """What the dashboard's boxes and counter say (the Changes section opened)."""
            page.evaluate("() => document.querySelector('#changes > details').open = true")
            return {
                "counter": counter(),
                "group": page.is_checked(f'.pick-group[data-fingerprint="{approve_fp}"]'),
                "flaky": page.is_checked(f'.pick-flaky[data-fingerprint="{flaky_fp}"]'),
                "groupsChecked": page.eval_on_selector_all(".pick-group", "els => els.filter(e => e.checked).map(e => e.dataset.fingerprint)"),
                "flakyChecked": page.eval_on_selector_all(".pick-flaky", "els => els.filter(e => e.checked).map(e => e.dataset.fingerprint)"),
                "downloadEnabled": page.is_enabled("#review-download"),
                "stored": page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('scene.approvals.'))"),
            }

        dashboard()
        before = {"counter": counter(), "downloadEnabled": page.is_enabled("#review-download")}
        page.evaluate("() => document.querySelector('#changes > details').open = true")
        before["boxesVisible"] = page.is_visible(f'.pick-group[data-fingerprint="{approve_fp}"]')
        page.check(f'.pick-group[data-fingerprint="{approve_fp}"]')
        page.check(f'.pick-flaky[data-fingerprint="{flaky_fp}"]')
        # Approving the flaky change unmarks it as flaky: a change is one or the other.
        page.check(f'.pick-group[data-fingerprint="{flaky_fp}"]')
        exclusive = {"group": page.is_checked(f'.pick-group[data-fingerprint="{flaky_fp}"]'),
                     "flaky": page.is_checked(f'.pick-flaky[data-fingerprint="{flaky_fp}"]')}
        page.check(f'.pick-flaky[data-fingerprint="{flaky_fp}"]')
        exclusive["afterFlakyAgain"] = {"group": page.is_checked(f'.pick-group[data-fingerprint="{flaky_fp}"]'),
                                        "flaky": page.is_checked(f'.pick-flaky[data-fingerprint="{flaky_fp}"]')}
        # One execution by itself, in the list view (boxes drawn with the rows).
        page.click("#v-list")
        page.fill("#f-text", list_id)
        page.wait_for_function("() => document.body.dataset.shown === '1'")
        box = f'#list .pick-x[data-id="{list_id}"]'
        page.check(box)
        # The same execution's box in a change card follows.
        card_box_follows = page.is_checked(f'.change-card .pick-x[data-id="{list_id}"]') if page.locator(f'.change-card .pick-x[data-id="{list_id}"]').count() else None
        ticked = state()
        ticked["cardBoxFollows"] = card_box_follows
        ticked["listBoxes"] = page.locator("#list .pick-x").count()
        collect_csp()

        page.reload()
        page.wait_for_selector("#review:not(.hidden)")
        page.wait_for_function("() => document.body.dataset.shown === '1'")
        reloaded = state()
        reloaded["listBox"] = page.is_checked(box)

        # An execution page: its own box, the same selection.
        page.goto(base + "x/" + page_safe + ".html")
        page.wait_for_selector("#review-pick")
        on_page = {"counterBefore": page.text_content("#review-pick .review-count"),
                   "checkedBefore": page.is_checked("#review-pick .pick-x")}
        page.check("#review-pick .pick-x")
        on_page["counterAfter"] = page.text_content("#review-pick .review-count")
        collect_csp()
        # Entries this report does not hold (another report under the same run id: file:// pages
        # share one storage) must be neither counted nor downloaded by the dashboard.
        page.evaluate("""() => {
            const k = 'scene.approvals.' + document.body.dataset.runId, d = JSON.parse(localStorage.getItem(k));
            d.executions.push('ghost~default~small~chromium'); d.groups.push('ffffffffffffffff'); d.flaky.push(42);
            localStorage.setItem(k, JSON.stringify(d));
        }""")

        dashboard()
        back = state()
        with page.expect_download() as info:
            page.click("#review-download")
        download = info.value
        download.save_as(download_path)
        back["suggestedFilename"] = download.suggested_filename
        back["command"] = page.text_content("#review-command")
        collect_csp()

        page.click("#review-clear")
        cleared = state()
        page.reload()
        page.wait_for_selector("#review:not(.hidden)")
        cleared_after_reload = state()
        collect_csp()
        browser.close()
    r.update({"before": before, "exclusive": exclusive, "ticked": ticked, "reloaded": reloaded, "executionPage": on_page,
              "back": back, "cleared": cleared, "clearedAfterReload": cleared_after_reload})
    print(json.dumps(r))


if __name__ == "__main__":
    main()
