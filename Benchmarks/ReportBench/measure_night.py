"""Weighs the first screen of a report in Chromium: the bytes a browser downloads when it
opens the dashboard, and each given execution page, and scrolls nowhere (1280 x 900,
served over a loopback server; every response body counted once per page load).

usage: measure_night.py SITE_DIR PAGE... (safe names of execution pages)
Prints {"dashboard": bytes, "pages": {"max": bytes, "mean": bytes, "maxPage": name, "count": n}}.
"""
import functools
import http.server
import json
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def weigh(context, url):
    page = context.new_page()
    sizes = []
    page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]))
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    page.close()
    return sum(sizes)


def main():
    site, pages = Path(sys.argv[1]).resolve(), sys.argv[2:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        # No cache between loads: each page is weighed as a first visit.
        context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=False)
        context.route("**/*", lambda route: route.continue_())
        dashboard = weigh(context, base + "index.html")
        weights = {name: weigh(context, base + "x/" + name + ".html") for name in pages}
        browser.close()
    server.shutdown()
    heaviest = max(weights, key=weights.get) if weights else None
    print(json.dumps({"dashboard": dashboard, "pages": {"max": weights.get(heaviest, 0), "maxPage": heaviest,
                                                        "mean": int(sum(weights.values()) / max(1, len(weights))), "count": len(weights)}}))


if __name__ == "__main__":
    main()
