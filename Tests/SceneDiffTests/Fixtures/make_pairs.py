#!/usr/bin/env python3
"""Writes the diff fixture pairs: small Chromium screenshots of pages with small changes
(real text anti-aliasing, sub-pixel shifts, transparency) and synthetic noise pairs
(every alpha value, so the blending path is exercised).
Run from this folder with the project venv: ../../../.venv/bin/python make_pairs.py"""
import random
import struct
import zlib

from playwright.sync_api import sync_playwright

PAGE = """<!doctype html><html><head><style>
body {{ margin: 0; font: 15px/1.4 'DejaVu Sans', sans-serif; color: #222; background: {bg}; }}
main {{ padding: 12px 16px; }}
h1 {{ font-size: 22px; margin: 0 0 8px; }}
button {{ background: {button}; color: white; border: 0; border-radius: 6px; padding: 6px 14px; }}
.card {{ border: 1px solid #ccc; border-radius: 8px; padding: 8px; margin-top: 8px; transform: translate({dx}px, {dy}px); }}
.banner {{ height: 12px; background: #f4c430; }}
</style></head><body>{banner}<main>
<h1>{title}</h1>
<p>Visual regression batches through Playwright, diffed and reported.</p>
<button>Sign in</button>
<div class="card">Circle: <svg width="40" height="40"><circle cx="20" cy="20" r="{r}" fill="#c33"/></svg>
<em>{note}</em></div>
</main></body></html>"""

BASE = dict(bg="#fff", button="#3366cc", dx=0, dy=0, r=14, title="Scene dashboard", note="All good", banner="")

PAIRS = {
    "text": dict(title="Scene dashboard!"),
    "button-subtle": dict(button="#3367cd"),
    "button": dict(button="#cc3366"),
    "shift-half-px": dict(dx=0.5, dy=0.25),
    "circle": dict(r=15),
    "note": dict(note="All fine"),
    "transparent": dict(bg="transparent", note="All fine"),
}


# Shift-aware pair with every kind of band: a banner inserted on top (everything below moves
# down), a word changed below it (rows paired at an offset that still differ), a section
# removed, two sections swapped (a moved band).
MOVES = """<!doctype html><html><head><style>
body {{ margin: 0; font: 14px/1.4 'DejaVu Sans', sans-serif; color: #222; background: #fff; }}
main {{ padding: 8px 14px; }}
section {{ border-bottom: 1px solid #ddd; padding: 4px 0 8px; }}
h2 {{ font-size: 17px; margin: 4px 0; }}
.box {{ height: 18px; border-radius: 5px; margin-top: 6px; }}
.banner {{ height: 14px; background: #f4c430; }}
</style></head><body>{banner}<main>{sections}</main></body></html>"""
WORDS = "baseline observed viewport browser report batch page task diff pixel threshold heatmap region band".split()


def moves_page(banner, changed, order):
    sections = []
    for i in order:
        text = " ".join(WORDS[(i * 5 + k * 3) % len(WORDS)] for k in range(24))
        if changed and i == 2:
            text = text.replace("report", "record", 1)
        sections.append(f"<section><h2>Section {i}</h2><p>{text}</p>"
                        f"<div class=box style='background:hsl({i * 47 % 360},60%,55%)'></div></section>")
    return MOVES.format(banner='<div class="banner"></div>' if banner else "", sections="".join(sections))


def shoot(page, params, path, transparent):
    page.set_content(PAGE.format(**params))
    page.screenshot(path=path, omit_background=transparent)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_rgba(path, width, height, pixels):
    raw = b"".join(b"\x00" + bytes(pixels[y * width * 4:(y + 1) * width * 4]) for y in range(height))
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def synthetic():
    rng = random.Random(7)
    w, h = 48, 40
    a = []
    for y in range(h):
        for x in range(w):
            a += [(x * 5) % 256, (y * 6) % 256, rng.randrange(256), rng.choice([255, 255, 0, rng.randrange(256)])]
    b = list(a)
    for i in range(0, len(b), 4):
        if rng.random() < 0.3:
            c = rng.randrange(4)
            b[i + c] = max(0, min(255, b[i + c] + rng.randint(-60, 60)))
    write_rgba("noise-a.png", w, h, a)
    write_rgba("noise-b.png", w, h, b)
    # Sharp shapes with a one-pixel anti-aliased edge, moved by one pixel.
    def shape(offset):
        px = []
        for y in range(h):
            for x in range(w):
                d = (x - 20 - offset) ** 2 + (y - 20) ** 2
                v = 0 if d < 100 else (128 if d < 130 else 255)
                px += [v, v, 255 if v else 0, 255]
        return px
    write_rgba("edge-a.png", w, h, shape(0))
    write_rgba("edge-b.png", w, h, shape(1))


with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 320, "height": 200})
    for name, change in PAIRS.items():
        transparent = change.get("bg") == "transparent"
        shoot(page, BASE | ({"bg": "transparent"} if transparent else {}), f"{name}-a.png", transparent)
        shoot(page, BASE | change, f"{name}-b.png", transparent)
    # Shift-aware pair: a 12-px banner pushes the whole page down (full-page shots of different heights).
    page.set_viewport_size({"width": 320, "height": 160})
    page.set_content(PAGE.format(**BASE))
    page.screenshot(path="banner-a.png", full_page=True)
    page.set_content(PAGE.format(**(BASE | {"banner": '<div class="banner"></div>'})))
    page.screenshot(path="banner-b.png", full_page=True)
    page.set_viewport_size({"width": 360, "height": 200})
    page.set_content(moves_page(False, False, range(8)))
    page.screenshot(path="moves-a.png", full_page=True)
    page.set_content(moves_page(True, True, [0, 1, 2, 3, 6, 5, 7]))
    page.screenshot(path="moves-b.png", full_page=True)
    browser.close()
synthetic()
