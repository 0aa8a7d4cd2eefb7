"""Opens execution pages of a real Scene report in Chromium and prints what their viewers show of
the ignored areas, as one JSON document for IgnoredAreaRunTests.

usage: drive_ignored.py SITE_DIR PAGE [PAGE ...]

Each page (x/<name>.html) is opened from file:// and from a loopback server sending the strict CSP
(the report driver's server); CSP violations, console and page errors are recorded.
"""
import json
import sys
from pathlib import Path

# No __pycache__ beside drive_report.py: SwiftPM would count it as a file of the test target.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Report"))
from drive_report import each_viewer, from_both_origins  # noqa: E402


def observe(browser, base, allowed, pages):
    r = {"external": [], "console": [], "pageErrors": [], "dialogs": [], "csp": [], "pages": {}}
    for name, page in each_viewer(browser, base, allowed, pages, r):
        r["pages"][name] = {
            "listed": page.locator("button.region.ignored").all_text_contents(),
            "boxes": page.locator("#stage .box.ignored").count(),
            "exceededBoxes": page.locator("#stage .box.ignored.exceeded").count(),
            "panes": page.locator("#stage .canvas").count(),
        }
    return r


def main():
    site, pages = Path(sys.argv[1]).resolve(), sys.argv[2:]
    print(json.dumps(from_both_origins(site, lambda browser, base, allowed, first: observe(browser, base, allowed, pages))))


if __name__ == "__main__":
    main()
