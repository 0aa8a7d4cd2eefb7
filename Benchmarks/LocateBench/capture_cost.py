"""What capturing baseline elements costs a locator step (docs/RUNNER-PROTOCOL.md, Baseline elements).

    .venv/bin/python Benchmarks/LocateBench/capture_cost.py [ROUNDS]

Real Chromium on sample-runs/heal/v1/checkout.html: the same hover steps through steps.perform
without and with the snapshot.js description of the target, alternating, plus the description
alone inside the page, and the page snapshot taken before each recorded step for its look-alikes.
Prints per-step wall and runner CPU medians over ROUNDS rounds of 50 steps.
"""
import asyncio
import os
import statistics
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, os.path.join(ROOT, "assets", "runner"))

from playwright.async_api import async_playwright  # noqa: E402
from steps import StepContext, perform  # noqa: E402

SOURCE = open(os.path.join(ROOT, "assets", "runner", "snapshot.js"), encoding="utf-8").read()
PAGE = "file://" + os.path.abspath(os.path.join(ROOT, "sample-runs", "heal", "v1", "checkout.html"))
STEPS = [{"kind": "hover", "locator": {"css": "#first-name"}}, {"kind": "hover", "locator": {"css": "#place-order"}}]


async def round_of(ctx, capture, steps=50):
    ctx.describe_source = SOURCE if capture else None
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(steps):
        await perform(ctx, STEPS[i % 2], 0)
    return (time.perf_counter() - wall) * 1000 / steps, (time.process_time() - cpu) * 1000 / steps


async def main(rounds):
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium")
        page = await browser.new_page()
        await page.goto(PAGE)
        ctx = StepContext(page, PAGE, "/tmp", 5000, {})
        results = {False: [], True: []}
        for _ in range(rounds):
            for capture in (False, True):
                results[capture].append(await round_of(ctx, capture))
        in_page = await page.evaluate("""(src) => { const describe = eval(src), el = document.querySelector('#place-order');
            const t = performance.now(); for (let i = 0; i < 200; i++) describe(el, { values: false });
            return (performance.now() - t) / 200; }""", SOURCE)
        snapshots = []
        for _ in range(20 * rounds):
            t = time.perf_counter()
            await page.evaluate(SOURCE, {"values": False})
            snapshots.append((time.perf_counter() - t) * 1000)
        await browser.close()
    for capture, label in ((False, "step without capture"), (True, "step with capture")):
        walls, cpus = zip(*results[capture])
        print(f"{label:22} wall median {statistics.median(walls):7.2f} ms | runner cpu median {statistics.median(cpus):5.2f} ms")
    print(f"{'describe, in the page':22} {in_page:.3f} ms")
    print(f"{'page snapshot (look-alikes)':22} wall median {statistics.median(snapshots):7.2f} ms")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
