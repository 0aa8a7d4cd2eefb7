"""Tiles of one page as the runner takes them (assets/runner/capture.py), written to a folder for
StitchBench: `python capture_tiles.py URL OUT_DIR [--width 1280] [--max-height 1000000]`."""

import argparse
import asyncio
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../assets/runner"))
from capture import Capturer, write_shot  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--max-height", type=int, default=1_000_000)
    args = parser.parse_args()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = await browser.new_page(viewport={"width": args.width, "height": 800})
        await page.goto(args.url)
        notes = []
        capturer = Capturer(page, {}, args.max_height, 1_000_000_000, 60000, 1.0, notes)
        width, height = await capturer.measure()
        shot = await capturer.shoot(width, height)
        os.makedirs(args.out, exist_ok=True)
        names = write_shot(args.out, "page", shot)
        print(f"{width}x{height} CSS px in {len(names)} tile(s): {' '.join(names)}", notes)
        await browser.close()


asyncio.run(main())
