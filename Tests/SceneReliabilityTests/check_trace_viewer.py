#!/usr/bin/env python3
"""Opens a trace.zip in Playwright's own trace viewer, headless: starts `playwright show-trace
--host 127.0.0.1 --port 0 TRACE` (the server `show-trace` runs, with no browser tab), loads the
viewer it serves in Chromium, waits for the action list, selects each action and reads the
password inputs of the DOM snapshot it renders. Prints one JSON document:
{"actions": [...], "passwordInputs": [[type, value, valueAttribute], ...], "errors": [...]}.

usage: check_trace_viewer.py TRACE_ZIP [ACTION_TEXT]   (ACTION_TEXT: an action title to select first)
"""
import asyncio
import json
import os
import re
import signal
import subprocess
import sys

from playwright._impl._driver import compute_driver_executable, get_driver_env
from playwright.async_api import async_playwright

READ_INPUTS = """() => [...document.querySelectorAll('input')]
  .filter(e => e.type === 'password').map(e => [e.type, e.value, e.getAttribute('value')])"""


def start_viewer(trace):
    node, cli = compute_driver_executable()
    environment = dict(get_driver_env(), BROWSER="true")  # `open` of the URL does nothing
    server = subprocess.Popen([node, cli, "show-trace", "--host", "127.0.0.1", "--port", "0", trace],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment,
                              start_new_session=True)
    for line in server.stdout:
        found = re.search(r"Listening on (http://\S+)", line)
        if found:
            return server, found.group(1)
    raise RuntimeError("show-trace printed no URL (exit %s)" % server.wait())


async def inspect(url, first_action):
    result = {"actions": [], "passwordInputs": [], "errors": []}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = await browser.new_page()
        page.on("pageerror", lambda e: result["errors"].append(f"page error: {str(e)[:200]}"))
        await page.goto(url)
        titles = page.locator(".action-title")
        try:
            await titles.first.wait_for(timeout=60000)
        except Exception as exc:
            body = (await page.inner_text("body"))[:300]
            result["errors"].append(f"no action list: {str(exc).splitlines()[0]} (page shows: {body!r})")
            await browser.close()
            return result
        result["actions"] = [t.split("\n")[0] for t in await titles.all_inner_texts()]
        order = sorted(range(await titles.count()), key=lambda i: first_action not in result["actions"][i])
        for index in order:
            await titles.nth(index).click()
            await page.wait_for_timeout(500)
            for frame in page.frames:
                if "/snapshot/" not in frame.url:
                    continue
                try:
                    result["passwordInputs"] += await frame.evaluate(READ_INPUTS)
                except Exception:
                    pass  # a snapshot frame replaced while reading it
        await browser.close()
    return result


def main(trace, first_action=""):
    server, url = start_viewer(os.path.abspath(trace))
    try:
        result = asyncio.run(inspect(url, first_action))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    print(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:])
