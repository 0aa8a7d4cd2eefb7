"""Serves a documentation folder installed by a Debian package (see `make docsites`) on a free
loopback port, printed on the first line of stdout. Optional edits change one page as served,
for tests that need a real site with a known change:

    python3 serve.py /usr/share/doc/python3.11/html --edit 'library/re.html::Regular::Irregular'

Each `--edit PATH::OLD::NEW` replaces the first OLD with NEW in PATH's bytes (UTF-8); an edit
whose OLD is not found stops the server with an error, so a test never passes on an unchanged page.
"""

import argparse
import functools
import http.server
import os
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--edit", action="append", default=[])
    args = parser.parse_args()
    root = os.path.realpath(args.root)
    edits = {}
    for spec in args.edit:
        path, old, new = spec.split("::", 2)
        with open(os.path.join(root, path), "rb") as handle:
            body = handle.read()
        if old.encode() not in body:
            sys.exit(f"serve.py: '{old}' is not in {path}")
        edits["/" + path] = body.replace(old.encode(), new.encode(), 1)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):
            body = edits.get(self.path.split("?", 1)[0])
            if body is None:
                return super().do_GET()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
