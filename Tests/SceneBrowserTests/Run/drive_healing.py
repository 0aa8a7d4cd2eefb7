"""Opens one execution page of a real Scene report in Chromium and prints what its Healing panel
shows, as one JSON document for ElementIdentityRunTests.

usage: drive_healing.py SITE_DIR PAGE

The page (x/<PAGE>.html) is opened from file:// and from a loopback server sending the strict CSP
(the report driver's server); CSP violations, console and page errors are recorded.
"""
import json
import sys
from pathlib import Path

# No __pycache__ beside drive_report.py: SwiftPM would count it as a file of the test target.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Report"))
from drive_report import from_both_origins, watched_page  # noqa: E402


def observe(browser, base, allowed, name):
    r = {"external": [], "console": [], "pageErrors": [], "dialogs": [], "csp": []}
    context, page = watched_page(browser, allowed, {"width": 1280, "height": 900}, r)
    try:
        page.goto(base + "x/" + name + ".html")
        rows = page.locator("section.healing tbody tr")
        r["rows"] = [rows.nth(i).inner_text() for i in range(rows.count())]
        r["badges"] = page.locator("section.healing .badge").all_text_contents()
        r["warnings"] = page.locator("body").inner_text().count("kept, though it now finds")
        r["csp"] += page.evaluate("() => window.__csp || []")
    finally:
        context.close()
    return r


def main():
    site, name = Path(sys.argv[1]).resolve(), sys.argv[2]
    print(json.dumps(from_both_origins(site, lambda browser, base, allowed, first: observe(browser, base, allowed, name))))


if __name__ == "__main__":
    main()
