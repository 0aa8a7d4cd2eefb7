"""Real-Chromium side of SceneLocate's tests (run with the project's .venv python).

  snapshot SITE OUT       serve SITE (sample-runs/heal) on 127.0.0.1, run assets/runner/snapshot.js on
                          every page of v1/ and v2/ in Chromium, write OUT/<version>-<page>.json =
                          {"snapshot": <snapshot.js result>, "expect": {data-expect key: element index}}
  verify SITE CHECKS      run each check's LocatorSpec with Playwright; print one JSON document with,
                          per check, how many elements it matches and the data-expect of the match

The expect map is computed here, outside snapshot.js, by matching boxes: the scorer never sees data-expect.
"""
import functools
import http.server
import json
import os
import sys
import threading

from playwright.sync_api import sync_playwright

HERE = os.path.dirname(os.path.abspath(__file__))
SNAPSHOT_JS = os.path.join(HERE, "..", "..", "..", "assets", "runner", "snapshot.js")
VERSIONS = ["v1", "v2"]
PAGES = ["login.html", "shop.html", "checkout.html"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def open_browser(p):
    return p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])


def expect_map(page, elements):
    """data-expect key -> index of the snapshot element with the same tag and box."""
    marks = []
    for frame in page.frames:
        for handle in frame.query_selector_all("[data-expect]"):
            box = handle.bounding_box()
            if not box or box["width"] == 0 or box["height"] == 0:
                continue
            key = handle.get_attribute("data-expect")
            tag = handle.evaluate("e => e.localName")
            marks.append((key, tag, box))
    result = {}
    for key, tag, box in marks:
        hits = [e["index"] for e in elements if e["tag"] == tag
                and all(abs(e["box"][k] - box[k]) < 1.5 for k in ("x", "y", "width", "height"))]
        if len(hits) == 1:
            result[key] = hits[0]
    return result


def snapshot(site, out):
    source = open(SNAPSHOT_JS, encoding="utf-8").read()
    server = serve(site)
    os.makedirs(out, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = open_browser(p)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            for version in VERSIONS:
                for name in PAGES:
                    page.goto(f"http://127.0.0.1:{server.server_port}/{version}/{name}", wait_until="load")
                    snap = page.evaluate(source)
                    # The address carries a random port: keep the path only so fixtures are stable.
                    snap["url"] = f"/{version}/{name}"
                    doc = {"snapshot": snap, "expect": expect_map(page, snap["elements"])}
                    with open(os.path.join(out, f"{version}-{name.replace('.html', '')}.json"), "w", encoding="utf-8") as f:
                        json.dump(doc, f, indent=1, ensure_ascii=False)
                        f.write("\n")
            browser.close()
    finally:
        server.shutdown()


def locate(page, spec):
    root = page
    if spec.get("frame"):
        for frame in spec["frame"].split(" >> "):
            root = root.frame_locator(frame)
    exact = spec.get("exact")
    if spec.get("testId") is not None:
        loc = root.get_by_test_id(spec["testId"])
    elif spec.get("role") is not None:
        kwargs = {}
        if spec.get("name") is not None:
            kwargs["name"] = spec["name"]
            if exact is not None:
                kwargs["exact"] = exact
        loc = root.get_by_role(spec["role"], **kwargs)
    elif spec.get("label") is not None:
        loc = root.get_by_label(spec["label"], exact=bool(exact))
    elif spec.get("placeholder") is not None:
        loc = root.get_by_placeholder(spec["placeholder"], exact=bool(exact))
    elif spec.get("text") is not None:
        loc = root.get_by_text(spec["text"], exact=bool(exact))
    elif spec.get("css") is not None:
        loc = root.locator(spec["css"])
    elif spec.get("xpath") is not None:
        loc = root.locator("xpath=" + spec["xpath"])
    else:
        raise ValueError(f"locator without a strategy: {spec}")
    if spec.get("nth") is not None:
        loc = loc.nth(spec["nth"])
    return loc


def verify(site, checks_path):
    checks = json.load(open(checks_path, encoding="utf-8"))
    server = serve(site)
    results = []
    try:
        with sync_playwright() as p:
            browser = open_browser(p)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            current = None
            for check in checks:
                url = f"http://127.0.0.1:{server.server_port}/{check['version']}/{check['page']}"
                if url != current:
                    page.goto(url, wait_until="load")
                    current = url
                loc = locate(page, check["locator"])
                count = loc.count()
                found = loc.first.get_attribute("data-expect", timeout=2000) if count >= 1 else None
                results.append({"id": check["id"], "count": count, "found": found})
            browser.close()
    finally:
        server.shutdown()
    json.dump({"results": results}, sys.stdout)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("snapshot", "verify"):
        sys.exit(__doc__)
    (snapshot if sys.argv[1] == "snapshot" else verify)(sys.argv[2], sys.argv[3])
