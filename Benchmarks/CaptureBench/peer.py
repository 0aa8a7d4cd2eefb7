"""The peer of CaptureBench: a bare Playwright script doing what scene does for each execution,
with nothing else: a fresh context with tracing (screenshots + snapshots), goto, one full-page
screenshot, trace.zip, `--concurrency` at a time in one browser. Prints one JSON line per execution."""

import argparse
import asyncio
import json
import os
import time

from playwright.async_api import async_playwright

VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "mobile": {"width": 375, "height": 667}}


async def one(browser, base, path, viewport, out, timeout_ms):
    began = time.monotonic()
    context = await browser.new_context(viewport=VIEWPORTS[viewport], is_mobile=viewport == "mobile",
                                        has_touch=viewport == "mobile")
    await context.tracing.start(screenshots=True, snapshots=True)
    page = await context.new_page()
    folder = os.path.join(out, path.replace("/", "_") + "-" + viewport)
    os.makedirs(folder, exist_ok=True)
    status = "passed"
    try:
        await page.goto(base + path, wait_until="load", timeout=timeout_ms)
        await page.screenshot(path=os.path.join(folder, "observed.png"), full_page=True, timeout=timeout_ms)
    except Exception as exc:  # a timeout is the peer's result too
        status = "timedOut" if "Timeout" in str(exc) else "error"
    await context.tracing.stop(path=os.path.join(folder, "trace.zip"))
    await context.close()
    print(json.dumps({"page": path, "viewport": viewport, "status": status, "ms": (time.monotonic() - began) * 1000}), flush=True)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--pages", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--timeout-ms", type=int, default=30000)  # Playwright's default
    args = parser.parse_args()
    pages = [line.strip() for line in open(args.pages) if line.strip()]
    gate = asyncio.Semaphore(args.concurrency)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])

        async def run(path, viewport):
            async with gate:
                await one(browser, args.base, path, viewport, args.out, args.timeout_ms)

        await asyncio.gather(*(run(p, v) for p in pages for v in VIEWPORTS))
        await browser.close()


asyncio.run(main())
