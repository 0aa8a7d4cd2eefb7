"""Drives a generated Scene report in real Chromium and prints one JSON document of
observations for the Swift test to assert.

usage: drive_report.py ROOT_DIR SITE_NAME MAIN_PAGE HOSTILE_PAGE [--shots DIR]

ROOT_DIR holds several report folders side by side (as published); SITE_NAME is the one
under test, whose history links to the others. The site is opened twice: from file:// and
from a loopback server on ROOT_DIR that sends
Content-Security-Policy: default-src 'self'; img-src 'self' data:. Every request that
is neither file:// nor that server is aborted and recorded; CSP violations, console
errors, page errors and dialogs (an alert() from injected script) are recorded.
"""
import functools
import http.server
import json
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CSP = "default-src 'self'; img-src 'self' data:"
LISTEN_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, *args):
        pass


def serve(root: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def transforms(page):
    return page.eval_on_selector_all("#stage .canvas", "els => els.map(e => e.style.transform)")


def from_both_origins(site: Path, check):
    """`check(browser, base, allowed_prefix, first)` on the site from file:// (first), then from a
    loopback server sending the strict CSP, in one Chromium: {"file": ..., "http": ...}."""
    server = serve(site)
    port = server.server_address[1]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        try:
            return {"file": check(browser, site.as_uri() + "/", "file://", True),
                    "http": check(browser, f"http://127.0.0.1:{port}/", f"http://127.0.0.1:{port}/", False)}
        finally:
            browser.close()
            server.shutdown()


def watched_page(browser, allowed_prefix: str, viewport, r):
    """A new context and page that record into `r` what must never happen on a report page:
    requests leaving the site (aborted), console errors and warnings, page errors, dialogs
    (dismissed); CSP violations are collected in the page as window.__csp."""
    context = browser.new_context(viewport=viewport)
    context.add_init_script(LISTEN_CSP)

    def route(route):
        url = route.request.url
        if url.startswith(allowed_prefix) or url.startswith("data:"):
            route.continue_()
        else:
            r["external"].append(url)
            route.abort()

    def on_dialog(d):
        r["dialogs"].append(d.message)
        d.dismiss()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: r["console"].append(m.type + ": " + m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: r["pageErrors"].append(str(e)))
    page.on("dialog", on_dialog)
    return context, page


def each_viewer(browser, base: str, allowed_prefix: str, names, r):
    """Opens each execution page `x/<name>.html` of the site at `base` in turn, in one watched
    1280x900 page (its events into `r`, which gets the CSP violations at the end), and yields
    (name, page) once its viewer is drawn and its images are loaded."""
    context, page = watched_page(browser, allowed_prefix, {"width": 1280, "height": 900}, r)
    try:
        for name in names:
            page.goto(base + "x/" + name + ".html")
            page.wait_for_selector("#stage .pane")
            wait_images(page)
            yield name, page
        r["csp"] += page.evaluate("() => window.__csp || []")
    finally:
        context.close()


def loaded_images(page):
    """Per layer: its class, whether every strip it asked for has loaded, and how many it asked for of how many."""
    return page.eval_on_selector_all("#stage .layer", """els => els.map(l => {
        const strips = Array.from(l.querySelectorAll('img.strip')), asked = strips.filter(i => i.getAttribute('src'));
        return {cls: l.className, ok: asked.length > 0 && asked.every(i => i.complete && i.naturalWidth > 0),
                asked: asked.length, strips: strips.length};
    })""")


def fills(page):
    """Each pane's canvas width on screen against the pane's width (1.0 = fits the width)."""
    return page.eval_on_selector_all("#stage .pane", """panes => panes.map(p => {
        const c = p.querySelector('.canvas');
        return c ? c.getBoundingClientRect().width / p.clientWidth : 0;
    })""")


def press(page, key):
    """A key for the page itself, not for whichever control has focus."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.keyboard.press(key)


def wait_images(page):
    page.wait_for_function("() => Array.from(document.querySelectorAll('#stage img[src]')).every(i => i.complete)", timeout=30000)


def check_origin(browser, root_base: str, name: str, allowed_prefix: str, main: str, hostile: str, shots):
    base = root_base + name + "/"
    r = {"external": [], "console": [], "pageErrors": [], "dialogs": [], "csp": []}
    context, page = watched_page(browser, allowed_prefix, {"width": 1280, "height": 860}, r)

    def collect_csp():
        r["csp"] += page.evaluate("() => window.__csp || []")

    # Dashboard
    page.goto(base + "index.html")
    page.wait_for_selector("#f-count")
    d = {"shownAll": int(page.get_attribute("body", "data-shown")), "matrixCells": page.locator("#matrix a.cell").count()}
    try:
        page.wait_for_function("() => Array.from(document.querySelectorAll('#matrix img')).every(e => e.complete && e.naturalWidth > 0)", timeout=15000)
    except Exception:
        pass
    d["matrixThumbsLoaded"] = page.eval_on_selector_all("#matrix img", "els => els.filter(e => e.naturalWidth > 0).length")
    page.select_option("#f-status", "failed")
    d["shownFailed"] = int(page.get_attribute("body", "data-shown"))
    page.select_option("#f-status", "")
    page.fill("#f-text", "about")
    page.wait_for_function("() => document.body.dataset.shown === '2'", timeout=15000)
    d["shownSearch"] = int(page.get_attribute("body", "data-shown"))
    page.fill("#f-text", "")
    page.check("#f-failures")
    page.wait_for_function("() => document.body.dataset.shown === '3'", timeout=15000)
    d["shownFailuresOnly"] = int(page.get_attribute("body", "data-shown"))
    page.click("#v-list")
    page.select_option("#f-sort", "diff")
    d["firstBySize"] = page.locator("#list tr:nth-child(2) td:nth-child(2) a").text_content()
    d["hash"] = page.evaluate("() => location.hash")
    page.reload()
    page.wait_for_selector("#f-count")
    d["afterReload"] = {"shown": int(page.get_attribute("body", "data-shown")), "failures": page.is_checked("#f-failures"),
                        "sort": page.input_value("#f-sort"), "listVisible": page.is_visible("#list table")}
    d["hostileTitleText"] = page.locator("#list .sub").all_text_contents()
    d["historyLink"] = page.get_attribute("#history-link", "href")
    d["warningBadges"] = page.eval_on_selector_all("#list .badge.warning", "els => els.map(e => e.title)")
    d["runLevel"] = page.text_content("#run-level")
    if shots:
        page.goto(base + "index.html")
        page.wait_for_selector("#matrix img")
        page.wait_for_timeout(300)
        page.screenshot(path=str(Path(shots) / "dashboard.png"))
    collect_csp()
    r["dashboard"] = d

    # Viewer, entered from a filtered dashboard.
    v = {"modes": {}}
    page.goto(base + "index.html#status=failed")
    page.wait_for_selector("#f-count")
    page.goto(base + "x/" + main + ".html")
    page.wait_for_selector("#stage .pane")
    # Entered in side by side, fitted; only the strips on screen are asked for.
    wait_images(page)
    v["sideFill"] = fills(page)
    v["sideImages"] = loaded_images(page)
    for key, mode in zip("123456", ["side", "slider", "onion", "heatmap", "diff", "single"]):
        press(page, "1")
        wait_images(page)
        press(page, key)
        wait_images(page)
        v["modes"][mode] = {"mode": page.get_attribute("#viewer", "data-mode"), "images": loaded_images(page), "fill": fills(page)}
    # The pane follows the window.
    page.set_viewport_size({"width": 1000, "height": 860})
    page.wait_for_timeout(300)
    v["fillAfterResize"] = fills(page)
    page.set_viewport_size({"width": 1280, "height": 860})
    page.wait_for_timeout(300)
    v["bandButtons"] = page.eval_on_selector_all("#viewer .cmp-data:not(.hidden) button.band", "els => els.map(e => e.textContent)")
    v["unstable"] = page.text_content("#unstable")
    v["warnings"] = page.text_content("#warnings")
    # Keyboard help: a toolbar button and the "?" key.
    v["keysHidden"] = page.is_hidden("#keys")
    press(page, "?")
    v["keysShown"] = page.is_visible("#keys") and "1 – 6" in page.text_content("#keys")
    press(page, "?")
    v["keysHiddenAgain"] = page.is_hidden("#keys")
    page.click("#keys-button")
    v["keysButton"] = page.is_visible("#keys")
    page.click("#keys button")
    # History strip: one cell per night, the earlier ones in their own report folders.
    v["strip"] = page.eval_on_selector_all("#history-strip .hcell", "els => els.map(e => e.getAttribute('href'))")
    # Slider with the mouse, then with the keyboard.
    press(page, "2")
    wait_images(page)
    handle = page.locator(".handle")
    box = page.locator("#stage .pane").bounding_box()
    hb = handle.bounding_box()
    page.mouse.move(hb["x"] + hb["width"] / 2, hb["y"] + hb["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.25, box["y"] + 50, steps=5)
    page.mouse.up()
    v["sliderAfterDrag"] = int(handle.get_attribute("aria-valuenow"))
    v["clipAfterDrag"] = page.eval_on_selector(".layer.observed.overlay", "e => e.style.clipPath")
    # Both layers must sit exactly on top of each other (same box on screen).
    v["layersAligned"] = page.evaluate("""() => {
        const a = document.querySelector('.layer.expected').getBoundingClientRect();
        const b = document.querySelector('.layer.overlay').getBoundingClientRect();
        // Same origin and scale; the observed layer is taller (a notice was inserted).
        return [a.x, a.y, a.width].every((v, i) => Math.abs(v - [b.x, b.y, b.width][i]) < 0.5);
    }""")
    handle.focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    v["sliderAfterKeys"] = int(handle.get_attribute("aria-valuenow"))
    v["urlAfterSliderKeys"] = page.url
    # Onion opacity.
    press(page, "3")
    page.fill("#opacity", "80")
    v["onionOpacity"] = page.eval_on_selector(".layer.overlay", "e => getComputedStyle(e).opacity")
    press(page, "4")
    wait_images(page)
    v["heatmapVisible"] = page.eval_on_selector(".layer.heatmap", "e => { const i = e.querySelector('img[src]'); return !!i && i.naturalWidth > 0 && getComputedStyle(e).opacity > 0 && i.getBoundingClientRect().width > 0; }")
    # Diff: the marks are exact pixels: a marks strip is shown 1:1 scaled, never smoothed.
    press(page, "5")
    wait_images(page)
    v["diffMarks"] = page.eval_on_selector(".layer.marks img.strip", "e => getComputedStyle(e).imageRendering")
    # Zoom stays in sync between both sides.
    press(page, "1")
    wait_images(page)
    before = transforms(page)
    page.click("#zoom-in")
    pane = page.locator("#stage .pane").first.bounding_box()
    page.mouse.move(pane["x"] + 100, pane["y"] + 100)
    page.mouse.wheel(0, -300)
    page.mouse.move(pane["x"] + 200, pane["y"] + 200)
    page.mouse.down()
    page.mouse.move(pane["x"] + 150, pane["y"] + 120, steps=4)
    page.mouse.up()
    v["zoom"] = {"before": before, "after": transforms(page), "level": page.text_content("#zoom-level")}
    # Region jump, and a zoomed view survives a mode switch.
    page.click("button.region >> nth=0")
    v["regionTransform"] = transforms(page)
    v["activeBoxes"] = page.locator("#stage .box.active").count()
    v["bands"] = page.locator("#stage .bandmark").count()
    press(page, "2")
    wait_images(page)
    v["zoomKeptOnSwitch"] = fills(page)
    press(page, "1")
    page.click("#zoom-fit")
    v["traceLink"] = page.get_attribute("#trace-link", "href")
    v["traceDownload"] = page.get_attribute("#trace-link", "download")
    v["frames"] = page.eval_on_selector_all(".filmstrip img", "els => els.length")
    v["notPerformed"] = page.locator(".not-performed").count()
    v["missing"] = page.locator(".missing").count()
    v["failedActions"] = page.locator("tr.failed").count()
    v["consoleLines"] = page.locator("ol.console li").count()
    v["consoleText"] = page.locator("ol.console li .msg").all_text_contents()
    v["reproBlocks"] = page.locator(".script pre").count()
    page.click("button.copy >> nth=0")
    try:
        page.wait_for_function("() => document.querySelector('button.copy').textContent === 'Copied'", timeout=15000)
    except Exception:
        pass
    v["copyLabel"] = page.text_content("button.copy >> nth=0")
    if shots:
        press(page, "1")
        wait_images(page)
        page.click("#zoom-fit")
        page.wait_for_timeout(200)
        page.screenshot(path=str(Path(shots) / "viewer.png"))
        press(page, "2")
        wait_images(page)
        page.wait_for_timeout(200)
        page.screenshot(path=str(Path(shots) / "viewer-slider.png"))
        page.screenshot(path=str(Path(shots) / "viewer-trace.png"), full_page=True)
    collect_csp()
    # Keyboard navigation: right = next execution, Esc = back to the dashboard.
    v["modeBeforeRight"] = page.get_attribute("#viewer", "data-mode")
    with page.expect_navigation():
        press(page, "ArrowRight")
    v["afterRight"] = page.url
    with page.expect_navigation():
        press(page, "Escape")
    v["afterEscape"] = page.url
    r["viewer"] = v

    # Hostile execution.
    h = {}
    page.goto(base + "x/" + hostile + ".html")
    page.wait_for_selector("#stage .pane")
    h["titleText"] = page.text_content("#page-title")
    h["javascriptLinks"] = page.eval_on_selector_all("a", "els => els.filter(a => a.href.toLowerCase().startsWith('javascript:')).length")
    h["scriptsInBody"] = page.eval_on_selector_all("script", "els => els.map(s => s.getAttribute('src'))")
    h["injectedElements"] = page.eval_on_selector_all("[onerror], [onload], img[src='x']", "els => els.length")
    h["errorText"] = page.text_content("pre.error-text")
    h["traceText"] = page.text_content("section.trace > p")
    collect_csp()
    r["hostile"] = h

    # History index: static SVG charts, the runs, each linking to its own report folder.
    page.goto(base + "history.html")
    page.wait_for_selector("#history-grid table")
    r["history"] = {"bars": page.locator("svg rect").count(),
                    "runLinks": page.eval_on_selector_all("table.runs a", "els => els.map(a => a.getAttribute('href'))"),
                    "gridRows": page.locator("#history-grid tr").count() - 1}
    page.click("table.runs a >> nth=2")
    page.wait_for_selector("#f-count")
    r["history"]["openedRunURL"] = page.url
    r["history"]["openedRunShows"] = int(page.get_attribute("body", "data-shown"))
    collect_csp()
    # The strip on an execution page opens that execution in an earlier night's report.
    page.goto(base + "x/" + main + ".html")
    page.wait_for_selector("#history-strip .hcell")
    page.click("#history-strip a.hcell >> nth=0")
    page.wait_for_selector("#stage .pane, .first-screen")
    r["history"]["stripOpened"] = page.url
    collect_csp()
    context.close()
    return r


def main():
    root, name, main_page, hostile = Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3], sys.argv[4]
    shots = sys.argv[sys.argv.index("--shots") + 1] if "--shots" in sys.argv else None
    print(json.dumps(from_both_origins(root, lambda browser, base, allowed, first: check_origin(
        browser, base, name, allowed, main_page, hostile, shots if first else None))))


if __name__ == "__main__":
    main()
