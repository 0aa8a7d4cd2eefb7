"""Renders the image artifacts of a synthetic run bundle with real Chromium.

usage: make_images.py OUT_DIR
Writes baseline.png, observed.png (a banner inserted, a button recoloured),
reference.png, diff.png, heatmap.png (transparent), thumb.jpg, frame1.jpg, frame2.jpg
and a real trace.zip, then prints {"ok": true}.
"""
import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGE = """<!doctype html><html><head><style>
body{margin:0;font:16px sans-serif;background:#fff;color:#222}
header{background:#24324a;color:#fff;padding:18px 24px;font-size:22px}
.banner{background:#ffd54a;padding:14px 24px}
main{padding:20px 24px} .card{border:1px solid #ccd;border-radius:8px;padding:14px;margin:12px 0;width:520px}
button{background:BTN;color:#fff;border:0;border-radius:6px;padding:10px 18px;font-size:16px}
</style></head><body><header>Acme shop</header>BANNER<main>
<h2>Welcome back</h2><div class="card">Your basket holds 3 items.<br><br><button>Checkout</button></div>
<div class="card">Recommended for you: lamps, chairs and tables.</div>
<div class="card">Newsletter: sign up for weekly deals.</div></main></body></html>"""


def page_html(banner: bool, button: str) -> str:
    return PAGE.replace("BTN", button).replace("BANNER", '<div class="banner">Free shipping this week!</div>' if banner else "")


def overlay(alpha: str) -> str:
    return ("<!doctype html><html><head><style>html,body{margin:0;background:" + alpha + "}"
            "div{position:absolute;background:rgba(255,0,60,.85)}</style></head><body>"
            "<div style='left:0;top:66px;width:640px;height:50px'></div>"
            "<div style='left:36px;top:244px;width:108px;height:42px'></div></body></html>")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 640, "height": 480})
        context.tracing.start(screenshots=True, snapshots=True)
        page = context.new_page()
        page.set_content(page_html(False, "#2f6fdb"))
        page.screenshot(path=str(out / "baseline.png"))
        page.screenshot(path=str(out / "frame1.jpg"), type="jpeg", quality=60, scale="css")
        page.set_content(page_html(False, "#3a78e0"))
        page.screenshot(path=str(out / "reference.png"))
        page.set_content(page_html(True, "#d9342b"))
        page.click("button")
        page.screenshot(path=str(out / "observed.png"))
        page.screenshot(path=str(out / "frame2.jpg"), type="jpeg", quality=60)
        page.screenshot(path=str(out / "thumb.jpg"), type="jpeg", quality=50, clip={"x": 0, "y": 0, "width": 640, "height": 400})
        context.tracing.stop(path=str(out / "trace.zip"))
        page.set_content(overlay("#f2f2f2"))
        page.screenshot(path=str(out / "diff.png"))
        page.set_content(overlay("transparent"))
        page.screenshot(path=str(out / "heatmap.png"), omit_background=True)
        browser.close()
    print(json.dumps({"ok": True}))


if __name__ == "__main__":
    main()
