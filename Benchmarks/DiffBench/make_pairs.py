#!/usr/bin/env python3
"""Renders the benchmark pairs with Chromium into Benchmarks/.work/ (kept out of git):
full-page screenshots of a long generated article at 1280x3500, 1920x15000 and
3446x10728 (1723 CSS px at device scale 2). For each size: <name>-a.png, a copy
<name>-same.png (byte-identical), <name>-b.png with small edits (a few words, a
button colour), and <name>-shift.png with a 12-px banner pushing the page down.
Run from the repository root: .venv/bin/python Benchmarks/DiffBench/make_pairs.py"""
import os
import shutil

from playwright.sync_api import sync_playwright

OUT = os.path.join(os.path.dirname(__file__), "..", ".work")
SIZES = [("s1280x3500", 1280, 3500, 1), ("s1920x15000", 1920, 15000, 1), ("s3446x10728", 1723, 5364, 2)]
WORDS = ("visual regression screenshot baseline observed viewport browser report batch page task "
         "diff pixel anti-aliasing threshold heatmap region band shift layout").split()


def article(height, edited, banner):
    blocks, y, i = [], 0, 0
    while y < height - 400:
        text = " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(90))
        if edited and i == 9:
            text = text.replace("baseline", "reference", 2)
        hue = (i * 37) % 360
        blocks.append(f"<section><h2>Section {i}: {WORDS[i % len(WORDS)]}</h2><p>{text}</p>"
                      f"<div class=box style='background:linear-gradient(90deg,hsl({hue},70%,60%),hsl({hue + 90},70%,40%))'></div>"
                      f"<button style='background:{'#c36' if edited and i == 4 else '#36c'}'>Action {i}</button></section>")
        y += 330
        i += 1
    return f"""<!doctype html><html><head><style>
body {{ margin: 0; font: 16px/1.5 'DejaVu Sans', sans-serif; color: #222; }}
main {{ max-width: 1100px; height: {height}px; box-sizing: border-box; overflow: hidden; margin: 0 auto; padding: 16px; }}
section {{ height: 314px; border-bottom: 1px solid #ddd; margin-bottom: 16px; }}
.box {{ height: 60px; border-radius: 10px; margin: 8px 0; }}
button {{ color: #fff; border: 0; border-radius: 6px; padding: 6px 16px; font-size: 15px; }}
.banner {{ height: 12px; background: #f4c430; }}
</style></head><body>{'<div class=banner></div>' if banner else ''}<main>{''.join(blocks)}</main></body></html>"""


os.makedirs(OUT, exist_ok=True)
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    for name, width, height, scale in SIZES:
        page = browser.new_page(viewport={"width": width, "height": 800}, device_scale_factor=scale)
        for suffix, edited, banner in (("a", False, False), ("b", True, False), ("shift", False, True)):
            page.set_content(article(height, edited, banner))
            page.screenshot(path=os.path.join(OUT, f"{name}-{suffix}.png"), full_page=True)
        shutil.copyfile(os.path.join(OUT, f"{name}-a.png"), os.path.join(OUT, f"{name}-same.png"))
        page.close()
    browser.close()
