import Foundation
import Testing
import SceneTestSupport

/// A site that attacks the tool (site_server.py /hostile/...): script-bearing titles, URLs,
/// console messages and form values, alert/confirm/prompt, window.open, a download with a
/// path-escaping name, a redirect loop, a 50,000 px page, 200,000 nodes.
@Suite("Hostile site", .serialized)
struct HostileSiteTests {
    static let formValue = #""><script>window.__xss=4</script>' onerror=alert(5) javascript:alert(6)"#

    static func config(base: String) -> String {
        """
        project: {name: hostile, baseURL: "\(base)/"}
        viewports: [{name: small, width: 480, height: 360}]
        pages:
          - {id: payloads, url: "hostile/index.html?q=\\"><script>window.__xss=3</script>", tasks: [form]}
          - {id: download, url: hostile/download}
          - {id: redirects, url: hostile/redirect/0}
          - {id: tall, url: hostile/tall}
          - {id: dom, url: hostile/dom}
        tasks:
          - id: form
            steps:
              - fill: {css: "#name", value: '\(formValue.replacingOccurrences(of: "'", with: "''"))'}
        batches:
          - id: hostile
            concurrency: 2
            retries: 0
            executionTimeout: 40s
        stabilization: {settleShots: 2}
        """
    }

    @Test func batchCompletesAndTheReportIsInert() throws {
        let environment = try browserEnvironment()
        let server = try siteServer()
        defer { server.stop() }
        let work = try temporaryDirectory("hostile")
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(Self.config(base: server.base).utf8).write(to: work.appendingPathComponent("scene.yml"))
        let downloadName = "scene-evil-download.txt"
        let watched = [work.deletingLastPathComponent(), work, FileManager.default.homeDirectoryForCurrentUser,
                       FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent("Downloads"), repositoryRoot]
        let before = Set(watched.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0.path)) ?? [] })
        #expect(!before.contains(downloadName), "a download from an earlier run is lying around")

        let started = Date()
        let result = try SceneExecutable.run(["run", "--config", "scene.yml", "--json"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(Date().timeIntervalSince(started) < 300)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
        let executions = Dictionary(uniqueKeysWithValues: ((document["executions"] as? [[String: Any]]) ?? []).map {
            (String(($0["id"] as? String ?? "").split(separator: "~").first ?? ""), $0)
        })
        #expect(executions.count == 5, "\(executions.keys)")
        // Each execution passes or fails with a clear error. The redirect loop cannot load; a page that
        // starts a download while loading never fires Playwright's load event (a known limit, docs/RELIABILITY.md).
        for page in ["payloads", "tall"] {
            #expect(executions[page]?["status"] as? String == "newBaseline", "\(page): \(executions[page] ?? [:])")
        }
        // 200,000 nodes may outlast a time limit on a loaded machine: then the error names the limit (and where it was).
        let dom = executions["dom"] ?? [:]
        let domError = dom["error"] as? String ?? ""
        #expect(dom["status"] as? String == "newBaseline" || ["(executionTimeout) while", "(navigationTimeout", "(captureTimeout"].contains { domError.contains($0) },
                "\(dom)")
        #expect((executions["redirects"]?["error"] as? String ?? "").contains("ERR_TOO_MANY_REDIRECTS"), "\(executions["redirects"] ?? [:])")
        let download = executions["download"] ?? [:]
        #expect(download["status"] as? String == "newBaseline" || (download["error"] as? String ?? "").contains("load event never fired"), "\(download)")

        // Nothing was written outside the output folder: no download anywhere we can see.
        let after = Set(watched.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0.path)) ?? [] })
        #expect(!after.contains(downloadName))
        let workEntries = Set(try FileManager.default.contentsOfDirectory(atPath: work.path))
        #expect(workEntries.subtracting(["scene.yml", "runs", "baselines"]).filter { !$0.hasPrefix(".scene-std") }.isEmpty, "\(workEntries)")
        let everything = try everyFile(under: work)
        #expect(!everything.contains { $0.name.hasSuffix(downloadName) || $0.data.starts(with: Data("EVIL-DOWNLOAD".utf8)) })

        // The report, opened in Chromium: no dialog, no payload ran, no CSP violation; the payload shows as text.
        let report = try #require(document["report"] as? String)
        let verdict = try runChecker("check_report.py", [URL(fileURLWithPath: report).deletingLastPathComponent().path, "<script>window.__xss=1"],
                                     environment: environment)
        #expect((verdict["pages"] as? Int ?? 0) >= 6, "\(verdict)")
        #expect((verdict["problems"] as? [String] ?? ["no verdict"]).isEmpty, "\(verdict)")
        #expect((verdict["pagesShowingText"] as? Int ?? 0) >= 1, "the hostile title should be visible as text somewhere: \(verdict)")
    }
}
