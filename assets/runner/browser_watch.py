"""A runner whose browser died (crash, OOM kill, `kill -9`) can run nothing more: every new
context would fail. It exits instead, so scene starts a fresh runner and retries the executions
that were running (see RunnerPool and the runnerDied retry in Scheduler)."""

import os

from protocol import log

BROWSER_LOST_EXIT_CODE = 5


def exit_when_browser_dies(browser, is_closing):
    """Ends the process when `browser` disconnects, unless the runner is closing it itself."""

    def on_disconnected(_browser):
        if is_closing():
            return
        log("the browser disconnected (crashed or was killed): exiting so scene starts a new runner")
        os._exit(BROWSER_LOST_EXIT_CODE)

    browser.on("disconnected", on_disconnected)
