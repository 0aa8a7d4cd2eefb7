#!/usr/bin/env python3
"""Renders the benchmark pairs with Chromium into Benchmarks/.work/ (kept out of git).

Article pages (full-page screenshots of a long generated article, written by Chromium as
8-bit RGB) at 1280x3500, 1920x15000 and 3446x10728 (1723 CSS px at device scale 2). For
each size: <name>-a.png, a copy <name>-same.png (byte-identical), <name>-b.png with small
edits (a few words, a button colour), and <name>-shift.png with a 12-px banner pushing the
page down (page 12 px taller).

Shifted pairs of the same size (the page's height is fixed, so content pushed down is cut
at the bottom), 1920x15000: <name>-insert.png (a 160-px block inserted after section 3),
<name>-remove.png (section 5 removed, everything below moves up 330 px) and
<name>-moves.png (a 12-px banner on top, sections 8 and 9 swapped, a word changed in
section 20, section 30 removed).

Photo pages (RGB, most rows Paeth- or Sub-filtered, little to deflate away: the decode-heavy
case) at 1600x6000 (9.6 MP) and 2400x16000 (38.4 MP): p<size>-a.png and -b.png (a caption
changed, one photo replaced).

Run from the repository root: .venv/bin/python Benchmarks/DiffBench/make_pairs.py"""
import base64
import os
import random
import shutil
import struct
import zlib

from playwright.sync_api import sync_playwright

OUT = os.path.join(os.path.dirname(__file__), "..", ".work")
SIZES = [("s1280x3500", 1280, 3500, 1), ("s1920x15000", 1920, 15000, 1), ("s3446x10728", 1723, 5364, 2)]
PHOTO_SIZES = [("p1600x6000", 1600, 6000), ("p2400x16000", 2400, 16000)]
WORDS = ("visual regression screenshot baseline observed viewport browser report batch page task "
         "diff pixel anti-aliasing threshold heatmap region band shift layout").split()


def section(i, edited):
    text = " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(90))
    if edited and i == 9:
        text = text.replace("baseline", "reference", 2)
    if edited == "word" and i == 20:
        text = text.replace("pixel", "pixels", 1)
    hue = (i * 37) % 360
    return (f"<section><h2>Section {i}: {WORDS[i % len(WORDS)]}</h2><p>{text}</p>"
            f"<div class=box style='background:linear-gradient(90deg,hsl({hue},70%,60%),hsl({hue + 90},70%,40%))'></div>"
            f"<button style='background:{'#c36' if edited is True and i == 4 else '#36c'}'>Action {i}</button></section>")


def article(height, edited=False, banner=False, order=None, same_height=False):
    count = (height - 400) // 330 + 1
    order = order if order is not None else list(range(count))
    blocks = "".join(section(i, edited) if i != "insert" else "<div class=insert></div>" for i in order)
    return f"""<!doctype html><html><head><style>
body {{ margin: 0; font: 16px/1.5 'DejaVu Sans', sans-serif; color: #222; }}
main {{ max-width: 1100px; height: {height}px; box-sizing: border-box; overflow: hidden; margin: 0 auto; padding: 16px; }}
section {{ height: 314px; border-bottom: 1px solid #ddd; margin-bottom: 16px; }}
.box {{ height: 60px; border-radius: 10px; margin: 8px 0; }}
button {{ color: #fff; border: 0; border-radius: 6px; padding: 6px 16px; font-size: 15px; }}
.banner {{ height: 12px; background: #f4c430; }}
.insert {{ height: 144px; margin-bottom: 16px; background: #eef3ff; border: 1px solid #99b; border-radius: 8px; }}
</style></head><body>{'<div class=banner></div>' if banner else ''}<main style='height:{height - (12 if banner and same_height else 0)}px'>{blocks}</main></body></html>"""


def shifted_pages(height):
    count = (height - 400) // 330 + 1
    plain = list(range(count))
    insert = plain[:4] + ["insert"] + plain[4:]
    remove = [i for i in plain if i != 5]
    moves = [i for i in plain if i != 30]
    moves[8], moves[9] = moves[9], moves[8]
    return {"insert": article(height, order=insert), "remove": article(height, order=remove),
            "moves": article(height, edited="word", banner=True, order=moves, same_height=True)}


def photo_png(seed, width=480, height=320):
    """A photo-like RGB image: smooth colour fields plus grain (deflates poorly, like a photo)."""
    rng = random.Random(seed)
    cx, cy = rng.uniform(0, width), rng.uniform(0, height)
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
            row += bytes((max(0, min(255, int(120 + 100 * ((x * 3 + seed * 17) % 256) / 256 - d / 6 + rng.randint(-18, 18)))),
                          max(0, min(255, int(90 + 120 * y / height + rng.randint(-18, 18)))),
                          max(0, min(255, int(160 - d / 4 + rng.randint(-18, 18))))))
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(png).decode()


def photo_page(height, photos, edited):
    cards = []
    for i in range((height - 200) // 380 * 3):
        caption = " ".join(WORDS[(i * 5 + k) % len(WORDS)] for k in range(12))
        if edited and i == 7:
            caption = caption.replace("report", "record")
        photo = photos[(i + (1 if edited and i == 12 else 0)) % len(photos)]
        cards.append(f"<figure><img src='{photo}' style='filter:hue-rotate({i * 29 % 360}deg)'><figcaption>{caption}</figcaption></figure>")
    return f"""<!doctype html><html><head><style>
body {{ margin: 0; font: 15px/1.4 'DejaVu Sans', sans-serif; color: #222; background: #fafafa; }}
main {{ height: {height}px; overflow: hidden; display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; padding: 16px; box-sizing: border-box; }}
figure {{ margin: 0; height: 364px; background: linear-gradient(180deg, #fff, #e8eef7); border-radius: 8px; overflow: hidden; }}
img {{ width: 100%; height: 300px; object-fit: cover; display: block; }}
figcaption {{ padding: 6px 10px; }}
</style></head><body><main>{''.join(cards)}</main></body></html>"""


os.makedirs(OUT, exist_ok=True)
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    for name, width, height, scale in SIZES:
        page = browser.new_page(viewport={"width": width, "height": 800}, device_scale_factor=scale)
        for suffix, edited, banner in (("a", False, False), ("b", True, False), ("shift", False, True)):
            page.set_content(article(height, edited, banner))
            page.screenshot(path=os.path.join(OUT, f"{name}-{suffix}.png"), full_page=True)
        shutil.copyfile(os.path.join(OUT, f"{name}-a.png"), os.path.join(OUT, f"{name}-same.png"))
        if name == "s1920x15000":
            for suffix, html in shifted_pages(height).items():
                page.set_content(html)
                page.screenshot(path=os.path.join(OUT, f"{name}-{suffix}.png"), full_page=True)
        page.close()
    photos = [photo_png(seed) for seed in range(4)]
    for name, width, height in PHOTO_SIZES:
        page = browser.new_page(viewport={"width": width, "height": 800})
        for suffix, edited in (("a", False), ("b", True)):
            page.set_content(photo_page(height, photos, edited))
            page.screenshot(path=os.path.join(OUT, f"{name}-{suffix}.png"), full_page=True)
        page.close()
    browser.close()
