import Foundation
import SceneTestSupport
import Testing

/// The report of a real demo night must stay publishable: the demo of `make demo`
/// (sample-runs/scene.yml and its site) run twice through real Chromium, a baseline night
/// and a comparison night after the demo's CSS change, and each report folder weighed as
/// an upload sees it (`du --apparent-size -l`: every file whole, a hard link as a copy).
@Suite(.serialized) struct ReportBudgetTests {
    /// Per execution, on average, as uploaded (docs/REPORT.md).
    static let passingBudget = 150 * 1024, failingBudget = 3 * 1024 * 1024

    @Test func demoNightsFitTheReportBudget() throws {
        let environment = try browserEnvironment()
        let dir = try temporaryDirectory("budget")
        defer { try? FileManager.default.removeItem(at: dir) }
        let samples = repositoryRoot.appendingPathComponent("sample-runs")
        try FileManager.default.copyItem(at: samples.appendingPathComponent("scene.yml"), to: dir.appendingPathComponent("scene.yml"))
        try FileManager.default.copyItem(at: samples.appendingPathComponent("site"), to: dir.appendingPathComponent("site"))
        let serverScript = dir.appendingPathComponent("serve.py")
        try Data("""
        import functools, http.server, sys
        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args): pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=sys.argv[1]))
        print(server.server_address[1], flush=True)
        server.serve_forever()

        """.utf8).write(to: serverScript)
        let server = try LoopbackScript(script: serverScript, arguments: [dir.appendingPathComponent("site").path])
        defer { server.stop() }
        var env = environment
        env["SCENE_BASE_URL"] = server.base + "/"
        let config = dir.appendingPathComponent("scene.yml").path

        let baseline = try SceneExecutable.run(["run", "--config", config, "--batch", "demo", "--json"] + SceneExecutable.recordMissingBaselines,
                                              environment: env)
        #expect(baseline.status == 0, "baseline night: \(baseline.stderr.suffix(2000))")
        // The demo's change (sample-runs/demo.sh): the featured plan and its prices turn orange.
        let css = dir.appendingPathComponent("site/style.css")
        try (try String(contentsOf: css, encoding: .utf8) + "\n.featured { border-color: #d9480f; }\n.price { color: #d9480f; }\n")
            .write(to: css, atomically: true, encoding: .utf8)
        let comparison = try SceneExecutable.run(["run", "--config", config, "--batch", "demo", "--json"], environment: env)
        #expect(comparison.status == 1, "comparison night finds the change: \(comparison.stderr.suffix(2000))")

        for (night, result) in [("baseline", baseline), ("comparison", comparison)] {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(night): \(result.stdout)")
            let site = URL(fileURLWithPath: try #require(document["report"] as? String, "\(night): no report")).deletingLastPathComponent()
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("summary.json"))) as? [String: Any])
            let counts = try #require(summary["counts"] as? [String: Any])
            let total = try #require(counts["total"] as? Int), failing = try #require(counts["failing"] as? Int)
            #expect(total == 12)
            let budget = (total - failing) * Self.passingBudget + failing * Self.failingBudget
            let size = try Self.apparentSize(site)
            FileHandle.standardError.write(Data("ReportBudgetTests: \(night) night: \(size) bytes for \(total - failing) passing and \(failing) failing executions (budget \(budget))\n".utf8))
            #expect(size <= budget, "\(night) night: the report weighs \(size) bytes, over its budget of \(budget) (\(total - failing) passing, \(failing) failing)")
            if night == "comparison" {
                #expect(failing > 0 && failing < total, "the change fails the pages that show prices, not the others: \(failing)")
                let history = try String(contentsOf: site.appendingPathComponent("history.html"), encoding: .utf8)
                #expect(history.contains("2 runs"), "the comparison night's history holds the baseline night, by reference")
            }
        }
    }

    /// `du --apparent-size -l -s -B1`.
    static func apparentSize(_ url: URL) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/du")
        process.arguments = ["--apparent-size", "-l", "-s", "-B1", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).split(separator: "\t").first ?? "") ?? .max
    }
}
