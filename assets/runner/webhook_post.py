"""Sends one webhook delivery for Scene with Python's standard library only.

Reads one JSON object on stdin: {"url", "headers", "body" (base64), "timeout" (seconds)}.
Prints one JSON object on stdout: {"status": int, "retryAfter": str|null} when the server
answered (any status), or {"error": "..."} when it could not be reached. The error text never
contains the URL (it may carry a token). Scene kills this process when the run's flush time ends.
"""
import base64
import json
import socket
import ssl
import sys
import urllib.error
import urllib.request


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A webhook is a POST to one endpoint: a redirect is an answer, not an instruction to re-send elsewhere.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _describe(reason):
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, (ConnectionResetError, BrokenPipeError)):
        return "connection lost"
    if isinstance(reason, ssl.SSLError):
        return "TLS error: " + (reason.reason or type(reason).__name__)
    return "network error: " + type(reason).__name__


def main():
    request = json.load(sys.stdin)
    outgoing = urllib.request.Request(request["url"], data=base64.b64decode(request["body"]),
                                      headers=request["headers"], method="POST")
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(outgoing, timeout=float(request["timeout"])) as response:
            answer = {"status": response.status, "retryAfter": response.headers.get("Retry-After")}
    except urllib.error.HTTPError as error:
        answer = {"status": error.code, "retryAfter": error.headers.get("Retry-After") if error.headers else None}
    except urllib.error.URLError as error:
        answer = {"error": _describe(error.reason)}
    except (OSError, ValueError) as error:
        answer = {"error": _describe(error)}
    sys.stdout.write(json.dumps(answer) + "\n")


if __name__ == "__main__":
    main()
