#!/usr/bin/env python3
"""Loopback test site for the reliability suite. Prints its port, then serves until killed.

  /login/...        a server-rendered login form: a password input whose value attribute holds
                    $SITE_REMEMBERED (HTML-escaped), one its script fills with $SITE_SCRIPTED and logs
  /private/...      basic auth (user `ada`, password from $SITE_PASSWORD), a login form whose
                    page logs document.cookie to the console and reflects posted values
  /hostile/...      pages that attack the tool: script-bearing titles, console text and URLs,
                    dialogs, popups, downloads, redirect loops, a 50,000 px page, a huge DOM
  .../cookie-check  200 when the request carries the cookie session=$SITE_COOKIE, else 403
  /hang             accepts the request and never answers
  /plain/<n>.html   a small page (resource-bound batches)
"""
import base64, html, http.server, json, os, socketserver, sys, time

PAYLOAD = "<script>window.__xss=1;alert('t')</script>\"onerror=alert(1) javascript:alert(2) <img src=x onerror=window.__xss=2>"
PASSWORD = os.environ.get("SITE_PASSWORD", "")


def page(title, body, head=""):
    return f"<!doctype html><html><head><meta charset=utf-8><title>{title}</title>{head}</head><body>{body}</body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body, content_type="text/html; charset=utf-8", headers=()):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.do_GET()

    def do_GET(self):
        path = self.path
        if "/cookie-check" in path:
            wanted = "session=" + os.environ.get("SITE_COOKIE", "-")
            ok = wanted in (self.headers.get("Cookie") or "").split("; ")
            return self.send(200 if ok else 403, page("Cookie check", "<h1>%s</h1>" % ("ok" if ok else "wrong cookie")))
        if path.startswith("/hang"):
            time.sleep(3600)
            return
        if path.startswith("/plain/"):
            n = path.split("/")[-1].split(".")[0]
            return self.send(200, page(f"Plain {n}", f"<h1>Page {n}</h1>" + "".join(
                f"<p style='height:120px;background:hsl({(int(n) * 37 + i * 11) % 360},60%,80%)'>Block {i}</p>" for i in range(12))))
        if path.startswith("/login/done"):
            return self.send(200, page("Signed in", "<h1>Welcome back</h1>"))
        if path.startswith("/login"):
            remembered = html.escape(os.environ.get("SITE_REMEMBERED", ""), quote=True)
            scripted = json.dumps(os.environ.get("SITE_SCRIPTED", ""))
            return self.send(200, page("Sign in", f"""
<h1>Sign in</h1>
<form method=post action="/login/done">
<label>User <input name=user value="ada"></label>
<label>Current <INPUT Type=PASSWORD id=current name=current
  Value="{remembered}"></label>
<label>Token <input type='password' id=token name=token></label>
<label>New <input type=password id=new name=new></label>
<label>Again <input type=password id=again name=again></label>
<div id=remember data-remember="{remembered}">remembered</div>
<button>Sign in</button></form>
<script>document.getElementById('token').value = {scripted};
console.log('token set: ' + document.getElementById('token').value)</script>"""))
        if path.startswith("/private/"):
            expected = "Basic " + base64.b64encode(f"ada:{PASSWORD}".encode()).decode()
            if not PASSWORD or self.headers.get("Authorization") != expected:
                return self.send(401, "no", headers=[("WWW-Authenticate", 'Basic realm="scene"')])
            return self.send(200, page("Members", """
<h1>Members</h1>
<form method=post action="/private/done.html">
<label>Email <input name=email></label>
<label>Password <input name=password type=password></label>
<label>PIN <input id=pin name=pin type=password></label>
<label>Comment <input id=comment name=comment></label>
<button>Sign in</button></form>
<script>console.log('cookies: ' + document.cookie)</script>"""), headers=[("Set-Cookie", "server-session=srv-" + PASSWORD[::-1])])
        if path.startswith("/hostile/redirect"):
            n = int(path.rsplit("/", 1)[-1] or 0) if path.rsplit("/", 1)[-1].isdigit() else 0
            return self.send(302, "", headers=[("Location", f"/hostile/redirect/{n + 1}")])
        if path.startswith("/hostile/download"):
            return self.send(200, page("Download", "<a id=d href='/hostile/file'>file</a><script>document.getElementById('d').click()</script>"))
        if path.startswith("/hostile/file"):
            return self.send(200, b"EVIL-DOWNLOAD\n", "application/octet-stream",
                             [("Content-Disposition", 'attachment; filename="../../scene-evil-download.txt"')])
        if path.startswith("/hostile/tall"):
            return self.send(200, page("Tall", "<div style='height:50000px;background:linear-gradient(#fff,#39f)'>tall</div>"))
        if path.startswith("/hostile/dom"):
            # 200,000 nodes: 20,000 blocks of 4 elements + 4 text nodes + 1 text node, clipped to 2,000 px.
            rows = "<p><b>a</b><i>b</i><u>c</u><s>d</s>.</p>" * 20_000
            return self.send(200, page("Huge DOM", f"<div style='height:2000px;overflow:hidden;font-size:4px;line-height:4px'>{rows}</div>"))
        if path.startswith("/hostile/"):
            script = f"""<script>
console.log({PAYLOAD!r}); console.error({PAYLOAD!r});
alert({PAYLOAD!r}); confirm('c'); prompt('p', {PAYLOAD!r});
window.open('/hostile/popup?{PAYLOAD}', '_blank');
history.replaceState(null, '', location.pathname + '?q=' + encodeURIComponent({PAYLOAD!r}));
</script>"""
            return self.send(200, page(PAYLOAD.replace("<", "&lt;"), f"<h1>Hostile</h1><p>{PAYLOAD.replace('<', '&lt;')}</p>"
                                       "<label>Name <input id=name></label>" + script,
                                       head=f"<script>document.title = {PAYLOAD!r}</script>"))
        return self.send(404, page("Not found", "<h1>404</h1>"))


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
