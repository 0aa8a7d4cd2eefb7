"""CaptureBench: scene against a bare Playwright script on a real documentation site.

Python's documentation from Debian's python3-doc (`make docsites`), 30 pages (20 of them over
20,000 px tall on the desktop viewport) x desktop + mobile, tracing on, 2 at a time. One
scene run records the baselines (timed, reported apart); then each round runs the peer (peer.py) and a nightly scene run
against those baselines, back to back on the same machine. Prints a Markdown summary.

    swift build -c release --product scene
    python3 Benchmarks/CaptureBench/run.py --rounds 2 [--scene .build/release/scene]
    python3 Benchmarks/CaptureBench/run.py --rounds 1 --site /usr/share/doc/git-doc --pages Benchmarks/CaptureBench/pages-git.txt
"""

import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SITE = "/usr/share/doc/python3.11/html"
PYTHON = os.path.join(ROOT, ".venv/bin/python")


def load():
    return open("/proc/loadavg").read().split()[0]


def timed(command, env=None, log=None):
    began = time.monotonic()
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=log or subprocess.DEVNULL, text=True)
    return time.monotonic() - began, result


def scene_config(work, base, pages):
    lines = ["project:", "  name: capture-bench", f"  baseURL: {base}/", "  runsDirectory: runs",
             "  baselinesDirectory: baselines", "viewports:",
             "  - {name: desktop, width: 1280, height: 800}", "  - {name: mobile, width: 375, height: 667, mobile: true}",
             "pages:"]
    lines += [f"  - {{id: p{i:02d}, url: {path}}}" for i, path in enumerate(pages)]
    lines += ["batches:", "  - id: nightly", "    concurrency: 2", "    retries: 0", "    executionTimeout: 300"]
    path = os.path.join(work, "scene.yml")
    open(path, "w").write("\n".join(lines) + "\n")
    return path


def scene_records(work, run_id):
    return [json.load(open(f)) for f in glob.glob(f"{work}/runs/{run_id}/executions/*/execution.json")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--scene", default=os.path.join(ROOT, ".build/release/scene"))
    parser.add_argument("--pages", default=os.path.join(HERE, "pages.txt"))
    parser.add_argument("--site", default=SITE, help="folder of the site (default: python3-doc's; git-doc's with pages-git.txt)")
    args = parser.parse_args()
    if not os.path.isdir(args.site):
        sys.exit(f"CaptureBench: no site at {args.site}; run `make docsites`")
    work = os.path.join(ROOT, "Benchmarks/.work/CaptureBench")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    server = subprocess.Popen([sys.executable, os.path.join(ROOT, "Tests/Fixtures/docsite/serve.py"), args.site],
                              stdout=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{server.stdout.readline().strip()}"
    pages = [line.strip() for line in open(args.pages) if line.strip()]
    config = scene_config(work, base, pages)
    env = dict(os.environ, SCENE_PYTHON=PYTHON, SCENE_ASSETS=os.path.join(ROOT, "assets"), CI="1")
    count = len(pages) * 2
    log = open(os.path.join(work, "scene.log"), "w")
    rows = []
    try:
        seconds, result = timed([args.scene, "run", "--config", config, "--batch", "nightly", "--json"], env, log)
        rows.append(("scene, first run (records baselines)", json.loads(result.stdout)["runId"], seconds, load()))
        print(f"record: {seconds:.1f} s, load {load()}", file=sys.stderr)
        for round_ in range(1, args.rounds + 1):
            out = os.path.join(work, f"peer-{round_}")
            seconds, result = timed([PYTHON, os.path.join(HERE, "peer.py"), "--base", base + "/", "--pages", args.pages,
                                     "--out", out, "--timeout-ms", "300000"])
            peer = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
            json.dump(peer, open(out + ".json", "w"))
            rows.append((f"peer, round {round_}", peer, seconds, load()))
            print(f"peer {round_}: {seconds:.1f} s, load {load()}", file=sys.stderr)
            seconds, result = timed([args.scene, "run", "--config", config, "--batch", "nightly", "--json"], env, log)
            rows.append((f"scene, nightly round {round_}", json.loads(result.stdout)["runId"], seconds, load()))
            print(f"scene {round_}: {seconds:.1f} s, load {load()}", file=sys.stderr)
    finally:
        server.kill()
    report(work, rows, count)


def report(work, rows, count):
    print(f"| run | wall | per execution | timeouts | load after | notes |\n|---|---|---|---|---|---|")
    for name, data, seconds, load_after in rows:
        if isinstance(data, list):  # the peer
            slow = sum(1 for e in data if e["ms"] > 30000)
            failed = sum(1 for e in data if e["status"] != "passed")
            print(f"| {name} | {seconds:.1f} s | {seconds / count:.2f} s | {failed} (over Playwright's default 30 s: {slow}) | {load_after} | median {statistics.median(e['ms'] for e in data) / 1000:.1f} s each |")
            continue
        records = scene_records(work, data)
        statuses = {}
        for r in records:
            statuses[r["status"]] = statuses.get(r["status"], 0) + 1
        captures = [r.get("capture") or {} for r in records]
        retaken = sum(1 for c in captures if c.get("shots", 1) > 1)
        matched = sum(1 for c in captures if c.get("matchedBaseline"))
        tiles = sum(1 for c in captures if c.get("tiles", 1) > 1)
        cut = sum(1 for c in captures if c.get("cut"))
        summary = json.load(open(f"{work}/runs/{data}/report/summary.json"))
        phases = summary["totals"].get("timings") or {}
        phase_text = ", ".join(f"{k[:-2]} {v / 1000:.0f} s" for k, v in phases.items())
        print(f"| {name} | {seconds:.1f} s | {seconds / count:.2f} s | {statuses.get('timedOut', 0)} | {load_after} | "
              f"{json.dumps(statuses)}; retaken {retaken}/{len(records)}, first shot matched the baseline {matched}, "
              f"tiled {tiles}, cut {cut}; levels {json.dumps(summary['counts']['byLevel'])}; phases summed: {phase_text} |")


if __name__ == "__main__":
    main()
