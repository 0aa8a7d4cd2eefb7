"""Scene's recorder: opens a browser with tracing on and the in-page recorder
(recorder.js), records what the user does, and saves trace.zip + recorded.json.

    python recorder.py --url URL --out DIR [--timeout S] [--headless]
                       [--executable-path PATH] [--drive SCRIPT.py]

Recording stops on a "stop" line on stdin, SIGINT (Ctrl-C) or SIGTERM, the timeout,
the last page being closed, or -- with --drive -- when the drive script returns (it
runs with `page`, `context` and `expect` in scope: a scripted user, for tests).
stdout carries one JSON object per line: ready, action, stopped. Logs go to stderr.
Password fields are never read: their actions carry "redacted": true and no value.
"""
import argparse
import json
import os
import pathlib
import signal
import sys
import threading
import time
import traceback

from playwright.sync_api import expect, sync_playwright

HERE = pathlib.Path(__file__).resolve().parent


def emit(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def log(text):
    sys.stderr.write(f"recorder: {text}\n")
    sys.stderr.flush()


class Recording:
    """Actions as the page reports them, folded the way a person would describe them."""

    def __init__(self, started):
        self.started = started
        self.actions = []

    def add(self, action):
        action["timeMs"] = round((time.monotonic() - self.started) * 1000, 1)
        last = self.actions[-1] if self.actions else None
        same_element = last is not None and last.get("selectors", {}).get("css") == action.get("selectors", {}).get("css") \
            and last.get("frame") == action.get("frame")
        # Keystrokes into one field are one fill; a double click replaces its first click.
        if last and same_element and last["kind"] == "fill" and action["kind"] == "fill":
            last.update({k: v for k, v in action.items() if k != "timeMs"})
            if action.get("redacted"):
                last.pop("value", None)
            return
        if last and same_element and last["kind"] == "click" and action["kind"] == "dblclick":
            self.actions.pop()
        action["index"] = len(self.actions)
        self.actions.append(action)
        emit({"type": "action", "action": action})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=float, default=0, help="seconds; 0 = until stopped")
    parser.add_argument("--headless", action="store_true")
    parser.add_argument("--executable-path", default=None)
    parser.add_argument("--drive", default=None, help="a Python script that drives the page, then recording stops")
    args = parser.parse_args()

    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stop = threading.Event()
    reason = {"value": None}

    def request_stop(why):
        if not stop.is_set():
            reason["value"] = why
            stop.set()

    # A parent may have blocked or ignored these signals; the recorder must hear them.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    signal.signal(signal.SIGINT, lambda *_: request_stop("signal"))
    signal.signal(signal.SIGTERM, lambda *_: request_stop("signal"))

    def read_stdin():
        for line in sys.stdin:
            if line.strip().lower() == "stop":
                request_stop("stdin")
                return

    if not args.drive:
        threading.Thread(target=read_stdin, daemon=True).start()

    script = (HERE / "recorder.js").read_text(encoding="utf-8")
    executable = args.executable_path or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    started = time.monotonic()
    recording = Recording(started)
    drive_error = None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=args.headless, args=["--no-sandbox"])
        context = browser.new_context()
        context.tracing.start(screenshots=True, snapshots=True)
        context.expose_binding("__sceneRecord", lambda source, action: recording.add(dict(action)))
        context.add_init_script(script=script)
        page = context.new_page()
        recording.add({"kind": "navigate", "selectors": {}, "value": args.url, "url": args.url})
        page.goto(args.url)
        emit({"type": "ready", "url": page.url})
        log("recording; send 'stop' on stdin or press Ctrl-C to finish")
        if args.drive:
            source = pathlib.Path(args.drive).read_text(encoding="utf-8")
            try:
                exec(compile(source, args.drive, "exec"), {"page": page, "context": context, "expect": expect, "__name__": "__scene_drive__"})
                request_stop("drive")
            except Exception:  # the recording is still saved: it shows where the script failed
                drive_error = traceback.format_exc()
                log(drive_error)
                request_stop("drive-failed")
        while not stop.is_set():
            if args.timeout and time.monotonic() - started > args.timeout:
                request_stop("timeout")
                break
            pages = [p for p in context.pages if not p.is_closed()]
            if not pages:
                request_stop("closed")
                break
            pages[0].wait_for_timeout(100)  # lets Playwright deliver the page's reports
        pages = [p for p in context.pages if not p.is_closed()]
        if pages:
            pages[0].wait_for_timeout(150)  # the last reports still in flight
        context.tracing.stop(path=str(out / "trace.zip"))
        browser.close()
    document = {"schemaVersion": 1, "tool": "scene-recorder", "url": args.url, "stopReason": reason["value"],
                "actions": recording.actions}
    if drive_error:
        document["driveError"] = drive_error.strip().splitlines()[-1]
    tmp = out / "recorded.json.tmp"
    tmp.write_text(json.dumps(document, indent=2), encoding="utf-8")
    tmp.replace(out / "recorded.json")
    emit({"type": "stopped", "reason": reason["value"], "actions": len(recording.actions)})
    return 3 if drive_error else 0


if __name__ == "__main__":
    sys.exit(main())
