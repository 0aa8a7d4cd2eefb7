"""The reference points of RunBench: the same work as a scene execution (fresh context,
tracing with screenshots + snapshots, goto, full-page screenshot, trace.zip) written as a
bare Playwright loop, `concurrency` at a time.

  --mode contexts: one browser, fresh contexts (the floor scene is measured against)
  --mode browsers: a new browser per execution
"""

import argparse
import asyncio
import os

from playwright.async_api import async_playwright


async def one(browser, url, out, index):
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    await context.tracing.start(screenshots=True, snapshots=True)
    page = await context.new_page()
    await page.goto(url, wait_until="load")
    data = await page.screenshot(full_page=True)
    folder = os.path.join(out, f"e{index:02d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "observed.png"), "wb") as handle:
        handle.write(data)
    await context.tracing.stop(path=os.path.join(folder, "trace.zip"))
    await context.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["contexts", "browsers"], required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    launch = {"executable_path": "/usr/bin/chromium", "args": ["--no-sandbox"]}
    gate = asyncio.Semaphore(args.concurrency)
    async with async_playwright() as playwright:
        shared = await playwright.chromium.launch(**launch) if args.mode == "contexts" else None

        async def run(index):
            async with gate:
                if shared is not None:
                    await one(shared, args.url, args.out, index)
                else:
                    browser = await playwright.chromium.launch(**launch)
                    await one(browser, args.url, args.out, index)
                    await browser.close()

        await asyncio.gather(*(run(i) for i in range(args.count)))
        if shared is not None:
            await shared.close()


asyncio.run(main())
