"""A webhook receiver for Scene's tests: a real HTTP server on loopback.

It verifies each delivery's X-Scene-Signature with Python's own hmac module (an
implementation independent of Scene's), appends what it saw to a JSONL file, and can
answer an error status to the first N requests or answer slowly, to exercise retries
and the bounded flush. Prints "PORT <n>" once listening; stops on SIGTERM.
"""
import argparse
import hashlib
import hmac
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--record", required=True, help="JSONL file receiving one line per request")
parser.add_argument("--fail-first", type=int, default=0, help="answer --fail-status to the first N requests")
parser.add_argument("--fail-status", type=int, default=500)
parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before answering")
args = parser.parse_args()
secret = os.environ.get("WEBHOOK_TEST_SECRET", "").encode()
lock = threading.Lock()
seen = 0


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        global seen
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with lock:
            seen += 1
            number = seen
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        given = self.headers.get("X-Scene-Signature")
        status = args.fail_status if number <= args.fail_first else 200
        line = {
            "request": number,
            "path": self.path,
            "event": self.headers.get("X-Scene-Event"),
            "delivery": self.headers.get("X-Scene-Delivery"),
            "timestamp": self.headers.get("X-Scene-Timestamp"),
            "attempt": self.headers.get("X-Scene-Attempt"),
            "contentType": self.headers.get("Content-Type"),
            "authorization": self.headers.get("Authorization"),
            "signature": given,
            "signatureValid": given is not None and hmac.compare_digest(expected, given),
            "answered": status,
            "body": body.decode("utf-8", "replace"),
        }
        if args.delay:
            time.sleep(args.delay)
        with lock, open(args.record, "a") as f:
            f.write(json.dumps(line) + "\n")
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
signal.signal(signal.SIGTERM, lambda *_: (server.server_close(), os._exit(0)))
print(f"PORT {server.server_address[1]}", flush=True)
server.serve_forever()
