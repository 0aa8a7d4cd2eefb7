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
    sys.stderr.write(f"{time.strftime('%H:%M:%S')} runner[{os.getpid()}]: {text}\n")
    sys.stderr.flush()
