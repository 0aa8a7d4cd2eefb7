#!/usr/bin/env python3
"""Opens every HTML page of a report in Chromium and reports anything hostile content made
happen: dialogs, script execution (window.__xss, set by the payloads), CSP violations, page
errors, popups. Prints one JSON document: {"pages": n, "problems": [...]}.

usage: check_report.py REPORT_DIR [TEXT]   (TEXT: count the pages that show it as text)
"""
import asyncio, json, os, sys
from playwright.async_api import async_playwright

WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


async def main(root, text):
    pages = sorted(os.path.join(d, f) for d, _, files in os.walk(root) for f in files if f.endswith(".html"))
    problems = []
    showing = 0
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = await browser.new_context()
        await context.add_init_script(WATCH)
        for path in pages:
            page = await context.new_page()
            name = os.path.relpath(path, root)
            page.on("dialog", lambda d, n=name: (problems.append(f"{n}: {d.type} dialog: {d.message[:80]}"), asyncio.ensure_future(d.dismiss())))
            page.on("popup", lambda pg, n=name: problems.append(f"{n}: a popup opened: {pg.url}"))
            page.on("pageerror", lambda e, n=name: problems.append(f"{n}: page error: {str(e)[:120]}"))
            await page.goto("file://" + os.path.abspath(path), wait_until="load")
            await page.wait_for_timeout(300)
            # Open every collapsed part so lazily rendered text is rendered too.
            await page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
            await page.wait_for_timeout(100)
            state = await page.evaluate("() => ({xss: window.__xss || null, csp: window.__csp || [], text: document.body ? document.body.innerText : ''})")
            if text and text in state["text"]:
                showing += 1
            if state["xss"]:
                problems.append(f"{name}: a payload ran (window.__xss = {state['xss']})")
            for violation in state["csp"]:
                problems.append(f"{name}: CSP violation: {violation}")
            await page.close()
        await browser.close()
    print(json.dumps({"pages": len(pages), "problems": problems, "pagesShowingText": showing}))


asyncio.run(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
