"""Renders the image artifacts of a synthetic run bundle with real Chromium.

usage: make_images.py OUT_DIR
Writes baseline.png and observed.png (full pages of a documentation-like site: observed has
a notice inserted near the top, which moves everything below it, and a button recoloured),
reference.png (the baseline with the button in another blue), thumb.jpg, frame1.jpg,
frame2.jpg and a real trace.zip, then prints {"ok": true}. The diff and heatmap images are
made by SceneDiff in the test itself.
"""
import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

WORDS = ("scene report page batch viewer baseline shard merge night history image strip budget content "
         "static host upload artifact thumbnail chromium trace action locator step browser pixel band").split()


def paragraph(n: int, words: int) -> str:
    return " ".join(WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(words)).capitalize() + "."


def page_html(notice: bool, button: str) -> str:
    sections = []
    for s in range(8):
        sections.append(f"<h2>{s + 1}. {paragraph(s, 4)}</h2>")
        sections.append(f"<p>{paragraph(s * 3 + 1, 40)}</p>")
        if s == 2:
            sections.append(f'<div class="card">Your basket holds 3 items.<br><br><button>Checkout</button></div>')
        sections.append(f"<p>{paragraph(s * 3 + 2, 30)}</p>")
    body = "".join(sections)
    inserted = f'<p class="notice">Free shipping this week! {paragraph(99, 25)}</p>' if notice else ""
    return ("<!doctype html><html><head><style>"
            "body{margin:0;font:15px/1.5 'DejaVu Sans',sans-serif;background:#fff;color:#222}"
            "header{background:#24324a;color:#fff;padding:18px 24px;font-size:22px}"
            "main{padding:12px 24px} .notice{background:#ffd54a;padding:12px 16px;margin:0 0 12px}"
            ".card{border:1px solid #ccd;border-radius:8px;padding:14px;margin:12px 0;width:420px}"
            f"button{{background:{button};color:#fff;border:0;border-radius:6px;padding:10px 18px;font-size:16px}}"
            f"</style></head><body><header>Acme docs</header><main><h1>Welcome back</h1>{inserted}{body}</main></body></html>")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 640, "height": 480})
        context.tracing.start(screenshots=True, snapshots=True)
        page = context.new_page()
        page.set_content(page_html(False, "#2f6fdb"))
        page.screenshot(path=str(out / "baseline.png"), full_page=True)
        page.screenshot(path=str(out / "frame1.jpg"), type="jpeg", quality=60, scale="css")
        page.set_content(page_html(False, "#3a78e0"))
        page.screenshot(path=str(out / "reference.png"), full_page=True)
        page.set_content(page_html(True, "#d9342b"))
        page.click("button")
        page.screenshot(path=str(out / "observed.png"), full_page=True)
        page.screenshot(path=str(out / "frame2.jpg"), type="jpeg", quality=60)
        page.screenshot(path=str(out / "thumb.jpg"), type="jpeg", quality=50, clip={"x": 0, "y": 0, "width": 320, "height": 240}, scale="css")
        context.tracing.stop(path=str(out / "trace.zip"))
        browser.close()
    print(json.dumps({"ok": True}))


if __name__ == "__main__":
    main()
