"""Builds the locate corpus (see README.md) in real Chromium through Playwright.

  build.py sites       render sites/<site>.py into sites/<site>/<version>/*.html
  build.py snapshots   snapshot.js on every page of every version -> snapshots/<site>/<version>-<page>.json
                       ({"snapshot": <snapshot.js result>, "expect": {data-expect key: element index}})
  build.py heal        the healing cases: for every marked element of an older version, the locators
                       people write for it (id, test id, role + name [+ nth], label, placeholder, text,
                       name attribute, XPath, CSS path) that find exactly it there, each run in Chromium
                       on every newer version -> heal/<site>.json with what the locator finds now
  build.py all         the three in order
  build.py STEP SITE.. only these sites (e.g. a site just added: `build.py all clinic`)

Run with the project's venv python from the repository root: .venv/bin/python Tests/LocateCorpus/build.py all
The data-expect markers are read here, outside snapshot.js: the scorer never sees them.
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ inside Swift targets
sys.path.insert(0, os.path.join(HERE, "sites"))
sys.path.insert(0, os.path.join(HERE, "..", "SceneBrowserTests", "Locate"))
from browser_helper import SNAPSHOT_JS, expect_map, locate, open_browser, serve  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

SITES = ["shop", "admin", "content", "travel", "clinic", "events", "bank", "helpdesk", "jobs", "council", "food", "learn", "tasks", "rentals", "forum", "crm", "mail", "energy", "insure", "hr"]
SOURCE = open(SNAPSHOT_JS, encoding="utf-8").read()
VIEWPORT = {"width": 1280, "height": 800}


def versions_of(site):
    return importlib.import_module(site).render()


def pages_of(rendered, version):
    return sorted(name for name in rendered[version] if name.endswith(".html"))


def build_sites():
    for site in SITES:
        rendered = versions_of(site)
        for version, files in rendered.items():
            folder = os.path.join(HERE, "sites", site, version)
            os.makedirs(folder, exist_ok=True)
            for name, text in files.items():
                with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                    f.write(text)


def write_json(path, doc):
    """One element (or case) per line: diffs stay readable, files stay small."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    def dump(x):
        return json.dumps(x, ensure_ascii=False, separators=(",", ":"))
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(doc, dict) and "snapshot" in doc:
            snap = dict(doc["snapshot"])
            elements = snap.pop("elements")
            f.write('{"expect":' + dump(doc["expect"]) + ',\n"snapshot":' + dump(snap)[:-1] + ',"elements":[\n')
            f.write(",\n".join(dump(e) for e in elements))
            f.write("\n]}}\n")
        else:
            items = doc.pop("cases")
            f.write(dump(doc)[:-1] + ',"cases":[\n' + ",\n".join(dump(c) for c in items) + "\n]}\n")


def build_snapshots():
    server = serve(os.path.join(HERE, "sites"))
    try:
        with sync_playwright() as p:
            browser = open_browser(p)
            page = browser.new_page(viewport=VIEWPORT)
            for site in SITES:
                rendered = versions_of(site)
                for version in rendered:
                    for name in pages_of(rendered, version):
                        page.goto(f"http://127.0.0.1:{server.server_port}/{site}/{version}/{name}", wait_until="load")
                        snap = page.evaluate(SOURCE)
                        snap["url"] = f"/{site}/{version}/{name}"
                        doc = {"snapshot": snap, "expect": expect_map(page, snap["elements"])}
                        marked = page.eval_on_selector_all("[data-expect]", "els => els.map(e => e.dataset.expect)")
                        missing = sorted(set(marked) - set(doc["expect"]))
                        if missing:
                            print(f"warning: {site}/{version}/{name}: marked but not in the snapshot: {missing}", file=sys.stderr)
                        write_json(os.path.join(HERE, "snapshots", site, f"{version}-{name[:-5]}.json"), doc)
            browser.close()
    finally:
        server.shutdown()


def action_of(e):
    if e["tag"] == "select" or e.get("role") in ("combobox", "listbox") and e["tag"] == "select":
        return "select"
    if e.get("role") in ("checkbox", "radio", "switch") or e.get("type") in ("checkbox", "radio"):
        return "check"
    if e["tag"] == "textarea" or (e["tag"] == "input" and (e.get("type") or "text") in
                                  ("text", "email", "tel", "search", "url", "number", "password", "date")) \
            or e.get("role") in ("textbox", "searchbox", "spinbutton", "combobox"):
        return "fill" if e.get("type") != "file" else "click"
    return "click"


def css_identifier(s):
    """An id as a CSS selector writes it: a JSF-style "frmContacts:q" is #frmContacts\\:q, a leading
    digit is escaped by its code point (as CSS.escape does); plain ids are unchanged."""
    out = ""
    for i, c in enumerate(s):
        if c.isascii() and (c.isalnum() or c in "-_"):
            out += f"\\{ord(c):x} " if i == 0 and c.isdigit() else c
        else:
            out += "\\" + c
    return out


def candidate_locators(e):
    """(strategy, locator keys) people write for element `e`, most resilient first."""
    out = []
    if e.get("testId") and (e.get("testIdAttr") or "data-testid") == "data-testid":
        out.append(("testId", {"testId": e["testId"]}))
    if e.get("id"):
        out.append(("id", {"css": "#" + css_identifier(e["id"])}))
    if e.get("role") and e.get("name") and len(e["name"]) <= 60:
        out.append(("role", {"role": e["role"], "name": e["name"]}))
    if e.get("label"):
        out.append(("label", {"label": e["label"]}))
    if e.get("placeholder"):
        out.append(("placeholder", {"placeholder": e["placeholder"]}))
    if e.get("text") and e["tag"] in ("a", "button") and len(e["text"]) <= 60:
        out.append(("text", {"text": e["text"]}))
    if e.get("nameAttr"):
        out.append(("nameAttr", {"css": f"{e['tag']}[name=\"{e['nameAttr']}\"]"}))
    if e.get("xpath"):
        out.append(("xpath", {"xpath": e["xpath"]}))
    if e.get("cssPath"):
        out.append(("cssPath", {"css": e["cssPath"]}))
    return out


def probe(page, spec, elements=None):
    """How many elements the locator finds; for one: its marker (None when unmarked), whether it is
    visible, its index in `elements` (the page's snapshot; same tag and box) and, with `elements`,
    its description by snapshot.js (as the runner describes the element a step is about to act on)."""
    loc = locate(page, spec)
    count = loc.count()
    found, visible, index, described = None, False, None, None
    if count == 1 and elements is not None:
        described = loc.first.evaluate(SOURCE, {"values": False})
    if count == 1:
        found = loc.first.get_attribute("data-expect", timeout=5000)
        visible = loc.first.is_visible()
        box = loc.first.bounding_box()
        tag = loc.first.evaluate("e => e.localName")
        if elements is not None and box:
            hits = [e["index"] for e in elements if e["tag"] == tag
                    and all(abs(e["box"][k] - box[k]) < 1.5 for k in ("x", "y", "width", "height"))]
            index = hits[0] if len(hits) == 1 else None
    return count, found, visible, index, described


def build_heal():
    server = serve(os.path.join(HERE, "sites"))
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        with sync_playwright() as p:
            browser = open_browser(p)
            page = browser.new_page(viewport=VIEWPORT)
            for site in SITES:
                rendered = versions_of(site)
                versions = sorted(rendered)
                cases = []
                for i, old in enumerate(versions):
                    for new in versions[i + 1:]:
                        for name in pages_of(rendered, old):
                            if name not in rendered[new]:
                                continue
                            cases += heal_cases(page, base, site, name, old, new)
                doc = {"about": f"Healing cases of the {site} site: locators that find their element in `from` run on `to`. "
                                "`now`: what the locator finds on `to` (count; for one match: its marker, whether it is visible, "
                                "its snapshot index, its description by snapshot.js); "
                                "`intended`: the marker of the element meant on `to` (null: removed, healing must refuse).",
                       "site": site, "cases": cases}
                write_json(os.path.join(HERE, "heal", f"{site}.json"), doc)
                print(f"{site}: {len(cases)} locator cases", file=sys.stderr)
            browser.close()
    finally:
        server.shutdown()


def load_snapshot(site, version, name):
    with open(os.path.join(HERE, "snapshots", site, f"{version}-{name[:-5]}.json"), encoding="utf-8") as f:
        return json.load(f)


def heal_cases(page, base, site, name, old, new):
    before, after = load_snapshot(site, old, name), load_snapshot(site, new, name)
    elements = before["snapshot"]["elements"]
    specs = []
    page.goto(f"{base}/{site}/{old}/{name}", wait_until="load")
    for key, index in sorted(before["expect"].items()):
        e = elements[index]
        if not e.get("interactive", True):
            continue
        for strategy, spec in candidate_locators(e):
            count, found, visible, _, _ = probe(page, spec)
            if count > 1 and strategy == "role":
                # As codegen does when role + name is not unique: the position among the matches.
                loc = locate(page, spec)
                for n in range(count):
                    if loc.nth(n).get_attribute("data-expect") == key:
                        spec = dict(spec, nth=n)
                        strategy = "roleNth"
                        count, found, visible = 1, key, True
                        break
            if count == 1 and found == key and visible:
                specs.append((key, strategy, spec, action_of(e)))
    page.goto(f"{base}/{site}/{new}/{name}", wait_until="load")
    out = []
    for key, strategy, spec, action in specs:
        count, found, visible, index, described = probe(page, spec, after["snapshot"]["elements"])
        now = {"count": count, "found": found, "visible": visible}
        if index is not None:
            now["index"] = index
        if described is not None:
            now["element"] = described
        out.append({"id": f"{name[:-5]}/{old}-{new}/{key}/{strategy}", "page": name, "from": old, "to": new, "key": key,
                    "action": action, "strategy": strategy, "locator": spec, "now": now,
                    "intended": key if key in after["expect"] else None})
    return out


if __name__ == "__main__":
    steps = {"sites": [build_sites], "snapshots": [build_snapshots], "heal": [build_heal],
             "all": [build_sites, build_snapshots, build_heal]}
    if len(sys.argv) < 2 or sys.argv[1] not in steps or not set(sys.argv[2:]) <= set(SITES):
        sys.exit(__doc__)
    if sys.argv[2:]:
        SITES = sys.argv[2:]
    for step in steps[sys.argv[1]]:
        step()
