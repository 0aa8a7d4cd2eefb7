import Foundation
import SceneBundle
import SceneConfig
@testable import SceneRun
import SceneTestSupport

/// A loopback HTTP server (Python's http.server) over a folder of pages, plus `/status/<code>`,
/// `/hang` (headers sent, body never finished: the load event never fires) and `/flaky/<name>`
/// (503 the first time, 200 after).
final class TestServer: @unchecked Sendable {
    let server: LoopbackScript
    let root: URL
    var base: String { server.base }

    static let script = #"""
import http.server, socketserver, sys, time, os
os.chdir(sys.argv[1])
class Handler(http.server.SimpleHTTPRequestHandler):
    flaky_seen = set()
    def log_message(self, *args): pass
    def do_GET(self):
        if self.path.startswith("/status/"):
            code = int(self.path.split("/")[2])
            self.send_response(code); self.send_header("Content-Type", "text/html"); self.end_headers()
            self.wfile.write(b"<h1>status page</h1>"); return
        if self.path.startswith("/flaky/"):
            # The first request for each path fails, later ones succeed: a flaky page.
            seen = Handler.flaky_seen
            first = self.path not in seen
            seen.add(self.path)
            self.send_response(503 if first else 200); self.send_header("Content-Type", "text/html"); self.end_headers()
            self.wfile.write(b"<h1>flaky page</h1>"); return
        if self.path.startswith("/hang"):
            self.send_response(200); self.send_header("Content-Type", "text/html"); self.send_header("Content-Length", "100000"); self.end_headers()
            self.wfile.write(b"<html><body><h1>loading forever</h1>"); self.wfile.flush()
            time.sleep(60); return
        super().do_GET()
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""#

    /// Serves `pages` plus a copy of everything in `folder` (subfolders included).
    init(pages: [String: String] = [:], copying folder: URL? = nil) throws {
        root = try temporaryDirectory("site")
        if let folder {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: root.appendingPathComponent(name))
            }
        }
        for (name, html) in pages {
            try Data(html.utf8).write(to: root.appendingPathComponent(name))
        }
        let script = root.appendingPathComponent(".server.py")
        try Data(Self.script.utf8).write(to: script)
        server = try LoopbackScript(script: script, arguments: [root.path])
    }

    func stop() {
        server.stop()
        try? FileManager.default.removeItem(at: root)
    }
}

let simplePage = """
<!doctype html><html><head><title>Simple</title><style>body{font:16px sans-serif;margin:20px} .box{width:200px;height:80px;background:#36c}</style></head>
<body><h1>Simple page</h1><div class="box"></div><p>Text.</p>
<label>Name <input id="name"></label><button data-testid="go" onclick="document.title='done'">Go</button></body></html>
"""

/// A config and plan built in code, with short timeouts and light stabilisation so tests stay fast
/// (the stabilisation test passes the full default).
func makeRequest(_ executions: [PlannedExecution], root: URL, retries: Int = 0, concurrency: Int = 2,
                 executionTimeout: Double = 20, runTimeout: Double? = nil, stabilization: Stabilization = Stabilization(autoScroll: false, settleShots: 1),
                 healing: Bool = false) -> RunRequest {
    let batch = Batch(id: "test", concurrency: concurrency, retries: retries, executionTimeoutSeconds: executionTimeout,
                      runTimeoutSeconds: runTimeout, healing: healing)
    let config = Config(project: Project(name: "test"), pages: executions.map(\.page),
                             stabilization: stabilization)
    var request = RunRequest(config: config, plan: Plan(batch: batch, shard: nil, executions: executions))
    request.runsDirectory = root.appendingPathComponent("runs")
    request.baselinesDirectory = root.appendingPathComponent("baselines")
    return request
}
