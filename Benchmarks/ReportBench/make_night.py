"""Renders the screenshots and traces of a generated comparison night with real Chromium.

usage: make_night.py OUT_DIR COUNT FAILING_EVERY

Execution i shows documentation page i // 2 (its own seeded content: navigation, sidebar,
8-20 sections of text, code, tables and figures, 3,000-12,000 px tall at 1280 px) at
desktop (1280) or mobile (390) width. Every FAILING_EVERY-th page changed overnight (at
both widths): a notice is inserted in its third section (everything below moves down) and
a figure is recoloured. Writes OUT_DIR/<i>/{baseline.png, observed.png, trace.zip, meta.json}; an
unchanged execution's observed.png is its baseline.png, byte for byte, as on a real night.
Executions already rendered are kept, so an interrupted run resumes.
"""
import json
import random
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

WORDS = ("the report scene page batch viewer baseline shard merge night history image tile budget content address static "
         "host upload artifact thumbnail chromium playwright trace action locator healing step browser viewport desktop "
         "mobile pixel diff band region heatmap level status failing passing error config selector network cache").split()
STYLE = ("body{margin:0;font:16px/1.6 'DejaVu Sans',sans-serif;color:#222}header{background:#24324a;color:#fff;padding:18px 32px;"
         "font-size:22px}nav{background:#f3f4f6;padding:10px 32px}nav a{margin-right:18px;color:#0969da}main{display:flex;gap:32px;"
         "padding:24px 32px;flex-wrap:wrap}aside{width:220px;flex:none}aside li{margin:6px 0;color:#0969da}article{flex:1;"
         "min-width:300px;max-width:820px}pre{background:#f6f8fa;padding:12px;border-radius:6px;font:13px/1.4 'DejaVu Sans Mono',"
         "monospace;white-space:pre-wrap}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:4px 10px}.note{background:"
         "#fff8c5;border-left:4px solid #d4a72c;padding:10px 14px}.fig{height:180px;border-radius:8px}footer{background:#1d2330;"
         "color:#ccc;padding:30px 32px}")


def para(r, n):
    return " ".join(r.choice(WORDS) for _ in range(n)).capitalize() + "."


def page(seed, changed):
    r = random.Random(seed)
    hue = r.randint(0, 359)
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>Docs {seed}</title><style>{STYLE}</style></head><body>",
             f"<header>Docs {seed} — {para(r, 3)}</header><nav>" + "".join(f"<a href='#'>{r.choice(WORDS)}</a>" for _ in range(8)),
             "</nav><main><aside><ul>" + "".join(f"<li>{para(r, 2)}</li>" for _ in range(r.randint(12, 30))) + "</ul></aside><article>"]
    figures = 0
    for s in range(r.randint(8, 20)):
        parts.append(f"<h2>{s + 1}. {para(r, 4)}</h2>")
        if changed and s == 2:
            parts.append(f"<p class='note'>New in this release: {para(random.Random(seed + 7), 40)}</p>")
        for _ in range(r.randint(1, 4)):
            kind = r.random()
            if kind < 0.6:
                parts.append(f"<p>{para(r, r.randint(30, 90))}</p>")
            elif kind < 0.75:
                parts.append("<pre>" + "\n".join(f"scene {r.choice(WORDS)} --{r.choice(WORDS)} {r.choice(WORDS)}" for _ in range(r.randint(3, 10))) + "</pre>")
            elif kind < 0.85:
                parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{r.choice(WORDS)}</td>" for _ in range(4)) + "</tr>" for _ in range(r.randint(3, 8))) + "</table>")
            elif kind < 0.93:
                h = (hue + 140) % 360 if changed and figures == 0 else hue
                figures += 1
                parts.append(f"<div class='fig' style='background:linear-gradient(135deg,hsl({h},70%,65%),hsl({(h + 60) % 360},60%,70%))'></div>")
            else:
                parts.append(f"<p class='note'>{para(r, 30)}</p>")
    parts.append(f"</article></main><footer>{para(r, 20)}</footer></body></html>")
    return "".join(parts)


def main():
    out, count, every = Path(sys.argv[1]).resolve(), int(sys.argv[2]), int(sys.argv[3])
    html = out / "html"
    html.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for i in range(count):
            folder = out / str(i)
            seed, width = i // 2, (1280 if i % 2 == 0 else 390)
            # A changed page changed at both widths.
            failing = seed % every == every // 2
            if (folder / "meta.json").exists():
                if json.loads((folder / "meta.json").read_text())["failing"] == failing:
                    continue
                shutil.rmtree(folder)
            tmp = out / f".{i}.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir()
            for name, changed in [("v1", False), ("v2", True)] if failing else [("v1", False)]:
                path = html / f"{seed}-{name}.html"
                if not path.exists():
                    path.write_text(page(seed, changed), encoding="utf-8")
            context = browser.new_context(viewport={"width": width, "height": 800 if width > 500 else 844})
            shot = context.new_page()
            if failing:
                shot.goto((html / f"{seed}-v1.html").as_uri())
                shot.screenshot(path=str(tmp / "baseline.png"), full_page=True, animations="disabled", caret="hide")
            context.tracing.start(screenshots=True, snapshots=True)
            shot.goto((html / f"{seed}-{'v2' if failing else 'v1'}.html").as_uri())
            shot.hover("h2")
            shot.screenshot(path=str(tmp / "observed.png"), full_page=True, animations="disabled", caret="hide")
            context.tracing.stop(path=str(tmp / "trace.zip"))
            context.close()
            if not failing:
                shutil.copyfile(tmp / "observed.png", tmp / "baseline.png")
            (tmp / "meta.json").write_text(json.dumps({"page": f"docs-{seed}", "viewport": "desktop" if width > 500 else "mobile",
                                                       "failing": failing, "url": (html / f"{seed}-v1.html").as_uri()}))
            tmp.rename(folder)
            if i % 50 == 0:
                print(f"make_night: {i + 1}/{count}", file=sys.stderr, flush=True)
        browser.close()


if __name__ == "__main__":
    main()
