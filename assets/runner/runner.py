#!/usr/bin/env python3
"""Scene's Playwright runner: one browser kept alive, a fresh context (with tracing) per execution,
several executions at once. Newline-delimited JSON on stdin/stdout, logs on stderr.
The protocol is described in docs/RUNNER-PROTOCOL.md.

Only the standard library and playwright are used, so this file runs unchanged inside the
official Playwright Python container image.
"""

import argparse
import asyncio
import json
import os
import signal
import sys
import threading

PROTOCOL_VERSION = 1
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from protocol import emit, error_text, log  # noqa: E402


def fatal(error, hint=None, code=3):
    emit({"type": "fatal", "error": error, "hint": hint})
    log(f"fatal: {error}")
    sys.exit(code)


try:
    from playwright.async_api import async_playwright
    from importlib.metadata import version as package_version
except ImportError as exc:  # pragma: no cover - exercised by the 'Playwright missing' test
    fatal(f"Playwright for Python is not installed for {sys.executable}: {exc}",
          "install it with `pip install playwright` in the interpreter scene uses (runner.python or $SCENE_PYTHON)", 4)

from execution import Execution  # noqa: E402
from browser_watch import exit_when_browser_dies  # noqa: E402


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Scene Playwright runner (driven over stdin/stdout)")
    parser.add_argument("--browser", default="chromium", choices=["chromium", "firefox", "webkit"])
    parser.add_argument("--executable-path", default=None,
                        help="browser executable (default for chromium: /usr/bin/chromium when it exists)")
    parser.add_argument("--endpoint", default=None, help="ws:// Playwright server or http:// CDP endpoint")
    parser.add_argument("--headed", action="store_true")
    return parser.parse_args(argv)


class Runner:
    """Routes messages between scene and the running executions."""

    def __init__(self, args):
        self.args = args
        self.loop = asyncio.get_running_loop()
        self.inbox = asyncio.Queue()
        self.executions = {}
        self.pending_resolves = {}
        self.next_request_id = 1
        self.browser = None
        snapshot_path = os.path.join(HERE, "snapshot.js")
        self.snapshot_source = open(snapshot_path, encoding="utf-8").read() if os.path.exists(snapshot_path) else None
        layout_path = os.path.join(HERE, "layout.js")
        self.layout_source = open(layout_path, encoding="utf-8").read() if os.path.exists(layout_path) else None

    def start_reader(self):
        """stdin is read by a thread (works for pipes, files and terminals alike)."""
        def read():
            for raw in sys.stdin.buffer:
                self.loop.call_soon_threadsafe(self.inbox.put_nowait, raw)
            self.loop.call_soon_threadsafe(self.inbox.put_nowait, None)
        threading.Thread(target=read, name="stdin", daemon=True).start()

    async def launch(self, playwright):
        kind = getattr(playwright, self.args.browser)
        if self.args.endpoint:
            try:
                if self.args.endpoint.startswith("http"):
                    return await kind.connect_over_cdp(self.args.endpoint)
                return await kind.connect(self.args.endpoint)
            except Exception as exc:
                fatal(f"cannot connect to the browser endpoint {self.args.endpoint}: {error_text(exc, 600)}",
                      "check that the Playwright server or CDP endpoint is running")
        options = {"headless": not self.args.headed}
        # scene passes the browser its discovery found (runner.executablePath, /usr/bin/chromium);
        # in a container, where scene passes none, the same system-browser rule applies here.
        path = self.args.executable_path
        if path is None and self.args.browser == "chromium" and os.path.exists("/usr/bin/chromium"):
            path = "/usr/bin/chromium"
        if path is not None:
            if not os.path.isfile(path) or not os.access(path, os.X_OK):
                fatal(f"{self.args.browser} executable not found at {path}",
                      "install it (apt-get install chromium) or set runner.executablePath in scene.yml")
            options["executable_path"] = path
        if self.args.browser == "chromium":
            options["args"] = ["--no-sandbox"]
        try:
            return await kind.launch(**options)
        except Exception as exc:
            fatal(f"cannot start {self.args.browser}: {error_text(exc, 600)}",
                  "install the browser (apt-get install chromium) or set runner.executablePath in scene.yml")

    async def run(self):
        self.start_reader()
        async with async_playwright() as playwright:
            self.browser = await self.launch(playwright)
            closing = []
            exit_when_browser_dies(self.browser, lambda: bool(closing))
            emit({"type": "hello", "protocol": PROTOCOL_VERSION, "runner": "scene-runner",
                  "python": sys.version.split()[0], "playwright": package_version("playwright"),
                  "browser": {"name": self.args.browser, "version": self.browser.version},
                  "pid": os.getpid(), "snapshot": self.snapshot_source is not None,
                  "layout": self.layout_source is not None})
            while True:
                raw = await self.inbox.get()
                if raw is None:
                    log("stdin closed: stopping")
                    break
                if not self.dispatch(raw):
                    break
            for task in [e.task for e in self.executions.values()]:
                task.cancel()
            if self.executions:
                await asyncio.wait([e.task for e in self.executions.values()], timeout=10)
            closing.append(True)
            await self.browser.close()

    def dispatch(self, raw):
        """Handles one line from scene; False means stop."""
        try:
            message = json.loads(raw)
            kind = message["type"]
        except (ValueError, KeyError, TypeError) as exc:
            log(f"ignoring a line that is not a protocol message ({exc})")
            emit({"type": "log", "level": "error", "message": f"runner got an invalid message: {exc}"})
            return True
        if kind == "execute":
            self.start_execution(message)
        elif kind == "cancel":
            execution = self.executions.get(message.get("executionId"))
            if execution is not None:
                execution.cancel(message.get("reason") or "cancelled by scene")
        elif kind == "resolved":
            future = self.pending_resolves.pop(message.get("requestId"), None)
            if future is not None and not future.done():
                future.set_result(message)
        elif kind == "shutdown":
            log("shutdown requested")
            return False
        elif kind == "ping":
            emit({"type": "pong", "running": sorted(self.executions)})
        else:
            emit({"type": "log", "level": "error", "message": f"unknown message type '{kind}'"})
        return True

    def start_execution(self, message):
        execution_id = message.get("executionId")
        if not execution_id or execution_id in self.executions:
            emit({"type": "result", "executionId": execution_id, "status": "error",
                  "error": "execute message without a new executionId", "steps": [], "artifacts": {}})
            return
        execution = Execution(self, message)
        self.executions[execution_id] = execution

        async def run_and_report():
            try:
                result = await execution.run()
            except Exception as exc:  # a bug in the runner must still answer the execution
                log(f"internal error in {execution_id}: {exc!r}")
                result = {"type": "result", "executionId": execution_id, "status": "error",
                          "error": f"runner internal error: {error_text(exc, 600)}", "steps": [], "artifacts": {}}
            self.executions.pop(execution_id, None)
            emit(result)

        execution.task = asyncio.ensure_future(run_and_report())

    async def resolve(self, request, timeout_s=60):
        """Sends a `resolve` request to scene and waits for its `resolved` answer."""
        request_id = self.next_request_id
        self.next_request_id += 1
        future = self.loop.create_future()
        self.pending_resolves[request_id] = future
        emit(dict(request, type="resolve", requestId=request_id))
        try:
            return await asyncio.wait_for(future, timeout_s)
        except asyncio.TimeoutError:
            self.pending_resolves.pop(request_id, None)
            return {"ok": False, "error": f"scene did not answer the resolve request within {timeout_s} s"}


async def main(argv):
    try:
        os.setpgrp()  # a terminal's Ctrl-C goes to scene, which stops us over the protocol
    except OSError:
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A parent's worker thread may have spawned us with signals blocked; the browser must get them.
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    runner = Runner(parse_arguments(argv))
    await runner.run()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
