import Foundation
import SceneBundle
import SceneConfig
@testable import SceneRun
import SceneTestSupport

/// A loopback HTTP server (Python's http.server) over a folder of pages, plus `/status/<code>`,
/// `/hang` (headers sent, body never finished: the load event never fires), `/flaky/<name>`
/// (503 the first time, 200 after), `/once/<file>` (`<file>.first.html` the first time, `<file>`
/// after: a page that looks different once) and `/slow/<seconds>/<file>` (`<file>` after that long).
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
        if self.path.startswith("/once/"):
            name = self.path[len("/once/"):]
            first = ("once", name) not in Handler.flaky_seen
            Handler.flaky_seen.add(("once", name))
            self.path = "/" + (name + ".first.html" if first else name)
            return super().do_GET()
        if self.path.startswith("/slow/"):
            _, _, seconds, name = self.path.split("/", 3)
            time.sleep(float(seconds))
            self.path = "/" + name
            return super().do_GET()
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
/// (the stabilisation test passes the full default). The page load gets half the execution limit and
/// a step a quarter (5 s at most), so a fault ends with its own phase's message and a broken locator
/// leaves time for healing; tests of the limits themselves set them per page or task.
/// Baselines that do not exist yet are recorded (`--update-baselines=missing`), as most tests start from none;
/// the tests of the comparison default pass `.none`.
func makeRequest(_ executions: [PlannedExecution], root: URL, retries: Int = 0, concurrency: Int = 2,
                 executionTimeout: Double = 20, runTimeout: Double? = nil, stabilization: Stabilization = Stabilization(autoScroll: false, settleShots: 1),
                 healing: Bool = false, updateBaselines: BaselineUpdate = .missing) -> RunRequest {
    var batch = Batch(id: "test", concurrency: concurrency, retries: retries, executionTimeoutSeconds: executionTimeout,
                      runTimeoutSeconds: runTimeout, healing: healing)
    batch.navigationTimeoutSeconds = min(TimeLimits.defaultNavigationSeconds, executionTimeout / 2)
    batch.stepTimeoutSeconds = min(5, executionTimeout / 4)
    let config = Config(project: Project(name: "test"), pages: executions.map(\.page),
                             stabilization: stabilization)
    var request = RunRequest(config: config, plan: Plan(batch: batch, shard: nil, executions: executions))
    request.runsDirectory = root.appendingPathComponent("runs")
    request.baselinesDirectory = root.appendingPathComponent("baselines")
    request.updateBaselines = updateBaselines
    return request
}

/// A table of people, one row each: name, e-mail and an Edit button whose click puts
/// "edit <name>" in the title (so a later step can tell whose button was clicked).
/// `buttonId` names each row's button, when it has an id.
func usersPage(_ people: [String], buttonId: (String) -> String? = { _ in nil }) -> String {
    let rows = people.map { name in
        let id = buttonId(name).map { " id=\"\($0)\"" } ?? ""
        return "<tr><td>\(name)</td><td>\(name.lowercased().replacingOccurrences(of: " ", with: "."))@example.com</td>"
            + "<td><button\(id) onclick=\"document.title='edit \(name)'\">Edit</button></td></tr>"
    }
    return """
    <!doctype html><html><head><title>Users</title></head><body><main><h1>Users</h1>
    <table><thead><tr><th>Name</th><th>E-mail</th><th></th></tr></thead>
    <tbody>\(rows.joined())</tbody></table></main></body></html>
    """
}
