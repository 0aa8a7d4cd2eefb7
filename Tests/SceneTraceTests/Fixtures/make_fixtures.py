"""Writes the trace fixtures of SceneTraceTests with whatever Playwright runs this script.

    python make_fixtures.py OUT.zip [--frames]

Serves a small form on 127.0.0.1, performs a fixed list of actions (ACTIONS below,
the tests assert exactly these), one of which fails on purpose, and saves the trace.
"""
import http.server
import pathlib
import sys
import threading

from playwright.sync_api import expect, sync_playwright

PAGE = (pathlib.Path(__file__).parent / "form.html").read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


def main():
    out = sys.argv[1]
    frames = "--frames" in sys.argv
    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 400, "height": 300})
        context.tracing.start(screenshots=frames, snapshots=True)
        page = context.new_page()
        page.goto(url)                                               # navigate
        page.get_by_label("Email").fill("a@b.c")                     # fill
        page.get_by_label("Password").fill("hunter2-secret")         # fill, redacted
        page.get_by_placeholder("Search here").type("hi")           # type
        page.get_by_label("Email").press("Enter")                    # press
        page.get_by_role("checkbox", name="Subscribe").check()       # check
        page.get_by_label("Color").select_option("blue")             # select
        page.get_by_test_id("go").click()                            # click
        page.get_by_role("button", name="Go").dblclick()             # dblclick
        page.get_by_text("Next page").hover()                        # hover
        page.locator("#q").click()                                   # click css
        page.locator("xpath=//h1").click()                           # click xpath
        page.locator("form >> button").nth(0).click()                # click chain
        page.mouse.wheel(0, 100)                                     # scroll
        expect(page.get_by_test_id("go")).to_be_visible()            # assert
        try:
            page.locator("#nope").click(timeout=300)                 # click, fails
        except Exception:
            pass
        page.reload()                                                # reload
        page.go_back()                                               # goBack
        context.tracing.stop(path=out)
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
