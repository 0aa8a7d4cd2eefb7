"""The layout snapshot beside each screenshot: layout.js run in the page right after the final
capture, in the same page state, written as `<artifact>-layout.json` (`layout.json` for the
observed page). scene compares it with the baseline's to say which elements and styles changed.

On Chromium the script runs through the DevTools protocol: a Playwright `evaluate` is a traced
action (DOM snapshots before and after, the returned value kept in trace.zip), which would double
the cost on a large page and put the whole layout into the trace.
"""

import asyncio
import json
import os
import time

from steps import write_atomically

# A layout larger than this is not written (20,000 elements stay far below it).
MAX_BYTES = 32 << 20


def layout_name(artifact):
    """The file of an artifact's layout: `layout.json` for `observed`, `reference-layout.json` ..."""
    return "layout.json" if artifact == "observed" else f"{artifact}-layout.json"


async def capture_layout(page, source, options, output_dir, artifact, timeout_s=30):
    """Runs layout.js on `page` and writes its result. Returns (file name or None, ms, note or None);
    never raises: a page whose layout cannot be read still has its screenshot."""
    began = time.monotonic()
    try:
        text = await asyncio.wait_for(_evaluate(page, source, options), timeout_s)
        if not isinstance(text, str):
            raise ValueError("layout.js returned no string")
        data = text.encode("utf-8")
        if len(data) > MAX_BYTES:
            raise ValueError(f"{len(data) >> 20} MB, more than {MAX_BYTES >> 20} MB")
        name = layout_name(artifact)
        write_atomically(os.path.join(output_dir, name), data)
        return name, round((time.monotonic() - began) * 1000, 1), None
    except Exception as exc:  # noqa: BLE001 - any failure only costs the explanation
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
        return None, round((time.monotonic() - began) * 1000, 1), f"{artifact}: no layout snapshot ({first})"


async def _evaluate(page, source, options):
    browser = page.context.browser
    if browser is not None and browser.browser_type.name == "chromium":
        session = await page.context.new_cdp_session(page)
        try:
            answer = await session.send("Runtime.evaluate", {
                "expression": f"({source})({json.dumps(options)})", "returnByValue": True, "awaitPromise": False})
        finally:
            await session.detach()
        if answer.get("exceptionDetails"):
            details = answer["exceptionDetails"]
            raise RuntimeError((details.get("exception") or {}).get("description") or details.get("text") or "script error")
        return (answer.get("result") or {}).get("value")
    return await page.evaluate(source, options)
