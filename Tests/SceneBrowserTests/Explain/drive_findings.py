"""Opens execution pages of a real Scene report in Chromium and prints what their findings lists
show and do, as one JSON document for ExplainCorpusTests.

usage: drive_findings.py SITE_DIR PAGE [PAGE ...] [--shots DIR]

Each page (x/<name>.html) is opened from file:// and from a loopback server sending the strict CSP
(the report driver's server). Dialogs (an alert() from injected text), CSP violations, console
errors, page errors and requests leaving the site are recorded; then the first finding is hovered
(its box must appear in every pane) and clicked (the viewer must zoom to it).
"""
import json
import sys
from pathlib import Path

# No __pycache__ beside drive_report.py: SwiftPM would count it as a file of the test target.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Report"))
from drive_report import each_viewer, from_both_origins, transforms  # noqa: E402


def observe(browser, base, allowed, pages, shots):
    r = {"external": [], "console": [], "pageErrors": [], "dialogs": [], "csp": [], "pages": {}}
    for name, page in each_viewer(browser, base, allowed, pages, r):
        p = {"findings": page.locator("button.finding").all_text_contents(),
             "injected": page.eval_on_selector_all("[onerror], [onload], img[src='x'], .findings img, .findings script", "els => els.length"),
             "scripts": page.eval_on_selector_all("script", "els => els.map(s => s.getAttribute('src'))"),
             "panes": page.locator("#stage .canvas").count()}
        if p["findings"]:
            page.hover("button.finding >> nth=0")
            p["boxesOnHover"] = page.locator("#stage .finding-box").count()
            p["boxSize"] = page.eval_on_selector("#stage .finding-box", "e => [e.style.left, e.style.top, e.style.width, e.style.height]")
            page.mouse.move(5, 5)
            p["boxesAfterLeave"] = page.locator("#stage .finding-box").count()
            before = transforms(page)
            page.click("button.finding >> nth=0")
            p["zoomedOnClick"] = transforms(page) != before
            if shots:
                page.hover("button.finding >> nth=0")
                page.screenshot(path=str(Path(shots) / f"findings-{len(r['pages'])}.png"), full_page=True)
        r["pages"][name] = p
    return r


def main():
    arguments = sys.argv[1:]
    shots = None
    if "--shots" in arguments:
        shots = arguments[arguments.index("--shots") + 1]
        del arguments[arguments.index("--shots"):arguments.index("--shots") + 2]
    site, pages = Path(arguments[0]).resolve(), arguments[1:]
    print(json.dumps(from_both_origins(site, lambda browser, base, allowed, first: observe(
        browser, base, allowed, pages, shots if first else None))))


if __name__ == "__main__":
    main()
