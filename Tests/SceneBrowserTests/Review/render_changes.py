#!/usr/bin/env python3
"""Renders the change-grouping corpus with Chromium: for two unrelated sites (`north`, used while
writing the fingerprint; `south`, held out), 16 pages at two viewports, a baseline and a changed
version of each. Every change is an element marked data-change="<label>"; the script writes
<out>/<site>/<page>-<viewport>-{a,b}.png and <out>/truth.json: per screenshot pair, the labels
and boxes (CSS px = image px) of its changes in the changed version.

Changes: the header on every page (a nav item added); page-specific ones (a price, a paragraph,
a colour block); look-alike traps that must not be merged (a button's text to two different
words, a badge to two different colours); one change repeated at different heights (a promo
ribbon, which must be merged); a carousel showing its next slide on two pages.

Usage: render_changes.py <out-folder>"""
import json
import os
import sys

from playwright.sync_api import sync_playwright

SITES = {
    "north": {"font": "sans-serif", "head": "#234", "accent": "#36c", "name": "Northwind", "nav": ["Home", "Shop", "About"], "new": "Blog"},
    "south": {"font": "serif", "head": "#f4efe6", "accent": "#a33", "name": "Southbank Books", "nav": ["Catalogue", "Events", "Visit"], "new": "Journal"},
}
VIEWPORTS = {"desktop": (1280, 720), "mobile": (414, 800)}
PAGES = 16


def body(site, n, changed):
    s = SITES[site]
    parts = [f"<h1>{s['name']} page {n}</h1>", f"<p>Intro text for page {n} of {site}, long enough to wrap on a phone screen.</p>"]
    if n == 1:
        parts.append(f"<p>Price: <span data-change='price'>{'$12' if changed else '$10'}</span></p>")
    if n == 2:
        parts.append(f"<p data-change='paragraph'>{'Delivery takes three to five days.' if changed else 'Delivery takes two days.'}</p>")
    if n == 3:
        parts.append(f"<div data-change='block' style='width:120px;height:40px;background:{'#3a3' if changed else '#aaa'}'></div>")
    if n in (4, 5):
        word = {4: "Buy now", 5: "Buy new"}[n] if changed else "Buy"
        parts.append(f"<p><button data-change='button-{n}'>{word}</button></p>")
    if n in (6, 7):
        colour = {6: "#26c", 7: "#2a4"}[n] if changed else "#c22"
        parts.append(f"<p><span data-change='badge-{n}' style='display:inline-block;padding:4px 10px;color:#fff;background:{colour}'>New</span></p>")
    if n in (8, 9, 10):
        parts.append("<div style='height:%dpx'></div>" % (40 * (n - 8)))
        parts.append("<p><span data-change='promo' style='display:inline-block;padding:4px 10px;border:2px solid %s'>%s</span></p>"
                     % (s["accent"], "Free shipping this week" if changed else "Members save 10%"))
    if n in (11, 12):
        parts.append("<div data-change='carousel' style='width:200px;height:80px;background:%s;color:#fff;padding:8px'>%s</div>"
                     % (("#555", "Slide 2: autumn sale") if changed else ("#777", "Slide 1: new arrivals")))
    parts.append(f"<p>Footer note {n}.</p>")
    return "\n".join(parts)


def html(site, n, changed):
    s = SITES[site]
    nav = s["nav"] + ([s["new"]] if changed else [])
    header = "".join(f"<span>{item}</span>" for item in nav)
    return f"""<!doctype html><html><head><style>
body {{ margin: 0; font: 16px {s['font']}; color: #222 }}
header {{ height: 56px; background: {s['head']}; color: {'#fff' if s['head'] == '#234' else '#222'}; display: flex; gap: 18px; align-items: center; padding: 0 16px }}
main {{ padding: 48px 16px }} button {{ font: 16px {s['font']}; padding: 6px 12px; background: {s['accent']}; color: #fff; border: 0 }}
</style></head><body><header data-change="header"><b>{s['name']}</b>{header}</header><main>{body(site, n, changed)}</main></body></html>"""


def main():
    out = sys.argv[1]
    truth = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for site in SITES:
            os.makedirs(os.path.join(out, site), exist_ok=True)
            for vname, (width, height) in VIEWPORTS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for n in range(PAGES):
                    files = {}
                    for version, changed in (("a", False), ("b", True)):
                        page.set_content(html(site, n, changed))
                        path = os.path.join(out, site, f"p{n}-{vname}-{version}.png")
                        page.screenshot(path=path)
                        files[version] = path
                    boxes = page.eval_on_selector_all("[data-change]", """els => els.map(e => {
                        const r = e.getBoundingClientRect();
                        return {label: e.dataset.change, x: r.x, y: r.y, width: r.width, height: r.height} })""")
                    truth.append({"site": site, "page": f"p{n}", "viewport": vname, "expected": files["a"], "observed": files["b"],
                                  "changes": boxes})
                page.close()
        browser.close()
    with open(os.path.join(out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1)


if __name__ == "__main__":
    main()
