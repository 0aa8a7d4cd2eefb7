"""What the layout snapshot costs an execution (issue 20: at most 15 % of its wall time).

    .venv/bin/python Benchmarks/LayoutBench/capture_cost.py [ROUNDS] [--out DIR]

Real Chromium, the runner's own functions in the runner's order: a fresh context with tracing
(screenshots + snapshots), goto, stabilize, capture (full page, up to 3 settle shots), then
capture_layout (assets/runner/layout.js through DevTools), tracing stopped into trace.zip. Pages:
the demo site (sample-runs/site) and a generated page of 5,000 visible elements (and its changed
twin: a banner inserted on top, one price recoloured). Prints, per page, the medians over ROUNDS
of the execution's wall time, the screenshot's and the layout's, and the layout's share.

With --out, the layouts of the 5,000-element pair are written there (baseline-layout.json,
layout.json) for LayoutBench's diff timing.
"""
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, os.path.join(ROOT, "assets", "runner"))

from layout import capture_layout  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402
from stabilize import capture, stabilize  # noqa: E402

SOURCE = open(os.path.join(ROOT, "assets", "runner", "layout.js"), encoding="utf-8").read()
DEMO = os.path.abspath(os.path.join(ROOT, "sample-runs", "site"))
OPTIONS = {"maxElements": 20000, "maxText": 80}  # the runner's defaults (RunnerMessages.LayoutCapture)


def big_page(changed):
    """A catalogue of 1,000 cards of 5 elements (plus the page's own): 5,000+ visible elements."""
    cards = []
    for i in range(1000):
        price_style = ' style="color: #ea580c"' if changed and i == 700 else ""
        cards.append(f'<article class="card" data-testid="card-{i}"><h3>Item {i}</h3>'
                     f'<p class="desc">A sturdy thing, number {i}, for every day.</p>'
                     f'<p class="price"{price_style}>${10 + i % 90}</p><a class="more" href="#i{i}">Details</a></article>')
    banner = '<div class="banner">Prices change on 1 March.</div>' if changed else ""
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Catalogue</title><style>"
            "body{font:14px sans-serif;margin:0} main{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;padding:8px}"
            ".card{border:1px solid #d0d7de;border-radius:6px;padding:6px} .card h3{margin:0;font-size:15px}"
            ".desc{margin:2px 0;color:#57606a} .price{margin:2px 0;color:#1f2937;font-weight:600}"
            ".banner{background:#fff8c5;padding:12px}</style></head><body>"
            f"{banner}<main>{''.join(cards)}</main></body></html>")


async def execution(browser, url, layout_path=None):
    """One execution as the runner does it: (wall, screenshot, layout, layout.js in the page) ms, elements, layout bytes."""
    began = time.perf_counter()
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    await context.tracing.start(screenshots=True, snapshots=True)
    page = await context.new_page()
    await page.goto(url, wait_until="load")
    await stabilize(page, {}, {}, 30000, lambda _: None)
    shot = time.perf_counter()
    await capture(page, {}, 3, 30000)
    shot_ms = (time.perf_counter() - shot) * 1000
    with tempfile.TemporaryDirectory() as folder:
        name, layout_ms, note = await capture_layout(page, SOURCE, OPTIONS, folder, "observed")
        if note:
            raise RuntimeError(note)
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        await context.tracing.stop(path=os.path.join(folder, "trace.zip"))
    await context.close()
    if layout_path:
        with open(layout_path, "wb") as f:
            f.write(data)
    layout = json.loads(data)
    return (time.perf_counter() - began) * 1000, shot_ms, layout_ms, layout["captureMs"], len(layout["elements"]["tag"]), len(data)


async def main(rounds, out):
    folder = tempfile.mkdtemp(prefix="layoutbench-")
    pages = {name[:-5]: "file://" + os.path.join(DEMO, name) for name in sorted(os.listdir(DEMO)) if name.endswith(".html")}
    for changed, name in ((False, "catalogue-5000"), (True, "catalogue-5000-changed")):
        path = os.path.join(folder, name + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(big_page(changed))
        pages[name] = "file://" + path
    results = {name: [] for name in pages}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        await execution(browser, pages["index"])  # warm-up
        for r in range(rounds):
            for name, url in pages.items():
                keep = None
                if out and r == 0 and name.startswith("catalogue"):
                    keep = os.path.join(out, "layout.json" if name.endswith("changed") else "baseline-layout.json")
                results[name].append(await execution(browser, url, keep))
        await browser.close()
    print(f"load average {os.getloadavg()[0]:.1f}; medians of {rounds} round(s)\n")
    print("| page | elements | layout.json | execution wall | screenshot (settle shots) | layout capture | of which in the page | layout share |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, rows in results.items():
        wall, shot, layout, in_page = (statistics.median(x[i] for x in rows) for i in range(4))
        print(f"| {name} | {rows[0][4]:,} | {rows[0][5] / 1024:,.0f} KB | {wall:,.0f} ms | {shot:,.0f} ms | {layout:,.1f} ms "
              f"| {in_page:,.0f} ms | {100 * layout / wall:.1f} % |")


if __name__ == "__main__":
    args = sys.argv[1:]
    out = None
    if "--out" in args:
        out = args[args.index("--out") + 1]
        os.makedirs(out, exist_ok=True)
        del args[args.index("--out"):args.index("--out") + 2]
    asyncio.run(main(int(args[0]) if args else 3, out))
