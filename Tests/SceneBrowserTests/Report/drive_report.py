"""Drives a generated Scene report in real Chromium and prints one JSON document of
observations for the Swift test to assert.

usage: drive_report.py SITE_DIR MAIN_PAGE HOSTILE_PAGE [--shots DIR]

The site is opened twice: from file:// and from a loopback server that sends
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


def loaded_images(page):
    return page.eval_on_selector_all("#stage img", "els => els.map(e => ({cls: e.className, ok: e.complete && e.naturalWidth > 0}))")


def press(page, key):
    """A key for the page itself, not for whichever control has focus."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.keyboard.press(key)


def wait_images(page):
    page.wait_for_function("() => Array.from(document.querySelectorAll('#stage img')).every(i => i.complete)")


def check_origin(browser, base: str, allowed_prefix: str, site: Path, main: str, hostile: str, shots):
    r = {"external": [], "console": [], "pageErrors": [], "dialogs": [], "csp": []}
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    context.add_init_script(LISTEN_CSP)

    def route(route):
        url = route.request.url
        if url.startswith(allowed_prefix) or url.startswith("data:"):
            route.continue_()
        else:
            r["external"].append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: r["console"].append(m.type + ": " + m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: r["pageErrors"].append(str(e)))

    def on_dialog(d):
        r["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)

    def collect_csp():
        r["csp"] += page.evaluate("() => window.__csp || []")

    # Dashboard
    page.goto(base + "index.html")
    page.wait_for_selector("#f-count")
    d = {"shownAll": int(page.get_attribute("body", "data-shown")), "matrixCells": page.locator("#matrix a.cell").count()}
    d["matrixThumbsLoaded"] = page.eval_on_selector_all("#matrix img", "els => els.filter(e => e.naturalWidth > 0).length")
    page.select_option("#f-status", "failed")
    d["shownFailed"] = int(page.get_attribute("body", "data-shown"))
    page.select_option("#f-status", "")
    page.fill("#f-text", "about")
    page.wait_for_function("() => document.body.dataset.shown === '2'", timeout=3000)
    d["shownSearch"] = int(page.get_attribute("body", "data-shown"))
    page.fill("#f-text", "")
    page.check("#f-failures")
    page.wait_for_function("() => document.body.dataset.shown === '3'", timeout=3000)
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
    for key, mode in zip("123456", ["side", "slider", "onion", "heatmap", "diff", "single"]):
        press(page, key)
        wait_images(page)
        v["modes"][mode] = {"mode": page.get_attribute("#viewer", "data-mode"), "images": loaded_images(page)}
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
    v["clipAfterDrag"] = page.eval_on_selector("img.observed.overlay", "e => e.style.clipPath")
    # Both layers must sit exactly on top of each other (same box on screen).
    v["layersAligned"] = page.evaluate("""() => {
        const a = document.querySelector('img.expected').getBoundingClientRect();
        const b = document.querySelector('img.overlay').getBoundingClientRect();
        return [a.x, a.y, a.width, a.height].every((v, i) => Math.abs(v - [b.x, b.y, b.width, b.height][i]) < 0.5);
    }""")
    handle.focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    v["sliderAfterKeys"] = int(handle.get_attribute("aria-valuenow"))
    v["urlAfterSliderKeys"] = page.url
    # Onion opacity.
    press(page, "3")
    page.fill("#opacity", "80")
    v["onionOpacity"] = page.eval_on_selector("img.overlay", "e => getComputedStyle(e).opacity")
    press(page, "4")
    wait_images(page)
    v["heatmapVisible"] = page.eval_on_selector("img.heatmap", "e => e.naturalWidth > 0 && getComputedStyle(e).opacity > 0 && e.getBoundingClientRect().width > 0")
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
    # Region jump.
    page.click("button.region >> nth=1")
    v["regionTransform"] = transforms(page)
    v["activeBoxes"] = page.locator("#stage .box.active").count()
    v["bands"] = page.locator("#stage .bandmark").count()
    v["traceLink"] = page.get_attribute("#trace-link", "href")
    v["frames"] = page.eval_on_selector_all(".filmstrip img", "els => els.length")
    v["notPerformed"] = page.locator(".not-performed").count()
    v["missing"] = page.locator(".missing").count()
    v["failedActions"] = page.locator("tr.failed").count()
    v["consoleLines"] = page.locator("ol.console li").count()
    v["consoleText"] = page.locator("ol.console li .msg").all_text_contents()
    v["reproBlocks"] = page.locator(".script pre").count()
    page.click("button.copy >> nth=0")
    try:
        page.wait_for_function("() => document.querySelector('button.copy').textContent === 'Copied'", timeout=3000)
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
    collect_csp()
    r["hostile"] = h

    # History index: static SVG charts and links to each run's report.
    page.goto(base + "history/index.html")
    r["history"] = {"bars": page.locator("svg rect").count(),
                    "runLinks": page.eval_on_selector_all("table.runs a", "els => els.map(a => a.getAttribute('href'))")}
    page.click("table.runs a >> nth=0")
    page.wait_for_selector("#f-count")
    r["history"]["openedRunShows"] = int(page.get_attribute("body", "data-shown"))
    collect_csp()
    context.close()
    return r


def main():
    site, main_page, hostile = Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3]
    shots = sys.argv[sys.argv.index("--shots") + 1] if "--shots" in sys.argv else None
    server = serve(site)
    port = server.server_address[1]
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        try:
            out["file"] = check_origin(browser, site.as_uri() + "/", "file://", site, main_page, hostile, shots)
            out["http"] = check_origin(browser, f"http://127.0.0.1:{port}/", f"http://127.0.0.1:{port}/", site, main_page, hostile, None)
        finally:
            browser.close()
            server.shutdown()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
