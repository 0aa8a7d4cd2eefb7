"""The wire: one JSON document per line on stdout, human logs on stderr."""

import json
import os
import sys
import time


def emit(message):
    """Writes one protocol message. Only the event-loop thread calls this, so lines never interleave."""
    sys.stdout.write(json.dumps(message, separators=(",", ":"), ensure_ascii=False) + "\n")
    sys.stdout.flush()


def log(text):
    """A line in the runner's log (best effort: a full disk must not fail an execution)."""
    try:
        sys.stderr.write(f"{time.strftime('%H:%M:%S')} runner[{os.getpid()}]: {text}\n")
        sys.stderr.flush()
    except OSError:
        pass


def error_text(exc, limit=2000):
    """An exception's whole message on one line, for the user: Playwright's call log included (its
    lines joined by ' | ', the ===== banners dropped), cut at `limit` characters with a note."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip() and not line.strip().startswith("=====")]
    text = " | ".join(lines) if lines else type(exc).__name__
    text = text.replace("Call log: | ", "Call log: ")
    if len(text) > limit:
        text = text[:limit] + f" … ({len(text) - limit} more characters)"
    return text
