"""What tracing costs on a long page, by part: the runner's own stabilisation and capture
(assets/runner) with tracing off, screencast frames only, DOM snapshots only, and both (scene's
default), `--rounds` times each, interleaved. CPU is the whole process tree's (Chromium included),
sampled from /proc before and after each execution.

    .venv/bin/python Benchmarks/CaptureBench/trace_cost.py http://127.0.0.1:PORT/library/stdtypes.html --width 1280
"""

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../assets/runner"))
from capture import Capturer  # noqa: E402
from stabilize import WATCH_SCRIPT, stabilize  # noqa: E402
from playwright.async_api import async_playwright  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds():
    """utime + stime of this process and all its descendants."""
    parents, cpu = {}, {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = open(f"/proc/{name}/stat").read()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            parents.setdefault(int(fields[1]), []).append(int(name))
            cpu[int(name)] = int(fields[11]) + int(fields[12])
    total, stack = 0, [os.getpid()]
    while stack:
        pid = stack.pop()
        total += cpu.get(pid, 0)
        stack += parents.get(pid, [])
    return total / TICKS


async def one(browser, url, width, screenshots, snapshots, trace_path):
    context = await browser.new_context(viewport={"width": width, "height": 800})
    await context.add_init_script(WATCH_SCRIPT)
    cpu, began = tree_cpu_seconds(), time.monotonic()
    if screenshots or snapshots:
        await context.tracing.start(screenshots=screenshots, snapshots=snapshots)
    page = await context.new_page()
    await page.goto(url)
    await stabilize(page, {}, {}, 10000, 100_000, lambda message: None)
    capturer = Capturer(page, {}, 100_000, 100_000_000, 60000, 1.0, [])
    await capturer.shoot(*await capturer.measure())
    size = 0
    if screenshots or snapshots:
        await context.tracing.stop(path=trace_path)
        size = os.path.getsize(trace_path)
    await context.close()
    return tree_cpu_seconds() - cpu, time.monotonic() - began, size


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    modes = [(False, False), (True, False), (False, True), (True, True)]
    results = {mode: [] for mode in modes}
    trace_path = os.path.join(tempfile.mkdtemp(), "trace.zip")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for _ in range(args.rounds):
            for mode in modes:
                results[mode].append(await one(browser, args.url, args.width, *mode, trace_path))
        await browser.close()
    print(f"{args.url} at {args.width} px, {args.rounds} rounds, load average {open('/proc/loadavg').read().split()[0]}")
    for (screenshots, snapshots), runs in results.items():
        print(f"  screenshots={screenshots!s:5} snapshots={snapshots!s:5}: CPU median {statistics.median(r[0] for r in runs):.2f} s, "
              f"wall median {statistics.median(r[1] for r in runs):.2f} s, trace.zip {runs[-1][2] / 1e6:.2f} MB")


asyncio.run(main())
