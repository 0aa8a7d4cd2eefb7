import Foundation
import Testing
import SceneTestSupport

/// `scene run --shard` + `scene merge` and `scene import backstop` through the built binary.
@Suite(.serialized) struct ScaleCommandTests {
    static let repository = repositoryRoot

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not one JSON document: \(text)")
    }

    /// The parts of summary.json that must not depend on sharding.
    func comparable(_ summary: [String: Any]) -> String {
        let executions = (summary["executions"] as? [[String: Any]] ?? []).map { e in
            ["id", "status", "level", "failing"].map { "\(e[$0] ?? "-")" }.joined(separator: " ") + " error:\(e["error"] != nil)"
        }
        let counts = summary["counts"] as? [String: Any] ?? [:]
        let run = summary["run"] as? [String: Any] ?? [:]
        return "\(run["status"] ?? "") \(run["batch"] ?? "") shard:\(run["shard"] ?? "none") "
            + ["total", "planned", "notRun", "failing"].map { "\($0)=\(counts[$0] ?? "")" }.joined(separator: " ")
            + " \((counts["byStatus"] as? [String: Int] ?? [:]).sorted { $0.key < $1.key })\n" + executions.joined(separator: "\n")
    }

    @Test func shardsRunByTheCLIMergeIntoTheUnshardedReport() throws {
        let python = Self.repository.appendingPathComponent(".venv/bin/python").path
        try #require(FileManager.default.isExecutableFile(atPath: python), "\(python) missing: run `make venv` (real Playwright needed)")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "/usr/bin/chromium missing: run `make apt`")
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, colour) in [("one", "#1b5e20"), ("two", "#0d47a1"), ("three", "#b71c1c")] {
            let html = "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\"><title>\(name)</title></head>"
                + "<body style=\"margin:0\"><h1 style=\"background:\(colour);color:#fff;padding:20px\">\(name)</h1></body></html>"
            try Data(html.utf8).write(to: dir.appendingPathComponent("\(name).html"))
        }
        let config = """
        project: {name: cli-shards}
        viewports: [480x360]
        pages:
          - {id: one, url: "file://\(dir.path)/one.html"}
          - {id: two, url: "file://\(dir.path)/two.html"}
          - {id: three, url: "file://\(dir.path)/three.html"}
          - {id: missing, url: "file://\(dir.path)/not-there.html"}
        batches:
          - {id: nightly, retries: 0, concurrency: 2}
        runner: {python: "\(python)", executablePath: /usr/bin/chromium}
        """
        try Data(config.utf8).write(to: dir.appendingPathComponent("scene.yml"))

        func run(_ extra: [String], exit: Int32) throws -> [String: Any] {
            let result = try SceneExecutable.run(["run", "--batch", "nightly", "--json"] + SceneExecutable.recordMissingBaselines + extra, in: dir)
            #expect(result.status == exit, "exit 2 = the missing page (4th: shard 2) is an execution error: \(result.stderr)")
            return try json(result.stdout)
        }
        let one = try run(["--shard", "1/2", "--no-report"], exit: 0)
        let two = try run(["--shard", "2/2", "--no-report"], exit: 2)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("baselines"))  // the full run records them anew, as the shards did
        let full = try run([], exit: 2)

        let out = dir.appendingPathComponent("merged")
        let merged = try SceneExecutable.run(["merge", try #require(two["runDirectory"] as? String), try #require(one["runDirectory"] as? String),
                                  "--out", out.path, "--json"], in: dir)
        #expect(merged.status == 2, "\(merged.stderr)")
        let doc = try json(merged.stdout)
        #expect(doc["schemaVersion"] as? Int == 1)
        #expect(doc["total"] as? Int == 4 && doc["status"] as? String == "error")
        #expect((doc["missingShards"] as? [Int]) == [])

        let fullRun = URL(fileURLWithPath: try #require(full["runDirectory"] as? String))
        let fullSummary = try json(String(contentsOf: fullRun.appendingPathComponent("report/summary.json"), encoding: .utf8))
        let mergedSummary = try json(String(contentsOf: out.appendingPathComponent("report/summary.json"), encoding: .utf8))
        #expect(comparable(mergedSummary) == comparable(fullSummary))
        #expect(comparable(mergedSummary).contains("shard:none"))

        // The merged artifact, downloaded elsewhere, is approved from: what the filters choose, into the folder named.
        let downloaded = dir.appendingPathComponent("downloaded")
        try FileManager.default.copyItem(at: out, to: downloaded)
        let approved = dir.appendingPathComponent("approved")
        let approve = try SceneExecutable.run(["approve", downloaded.path, "--filter", "two", "--baselines", approved.path, "--yes", "--json"], in: dir)
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(try json(approve.stdout)["approved"] as? [String] == ["two~default~480x360~chromium"])
        let promoted = try FileManager.default.subpathsOfDirectory(atPath: approved.path).filter { $0.hasSuffix(".png") }
        #expect(promoted == ["two/default/480x360-chromium.png"], "\(promoted)")
        let broken = try SceneExecutable.run(["approve", downloaded.path, "--filter", "missing", "--baselines", approved.path, "--yes"], in: dir)
        #expect(broken.status == 64 && broken.stderr.contains("nothing to approve"), "an execution without a screenshot is never promoted: \(broken.stderr)")

        // Merging again into the same folder, or a shard twice, is refused.
        let again = try SceneExecutable.run(["merge", try #require(one["runDirectory"] as? String), try #require(two["runDirectory"] as? String), "--out", out.path], in: dir)
        #expect(again.status == 64 && again.stderr.contains("exists and is not empty"))
        let twice = try SceneExecutable.run(["merge", try #require(one["runDirectory"] as? String), try #require(one["runDirectory"] as? String),
                                 "--out", dir.appendingPathComponent("m2").path], in: dir)
        #expect(twice.status == 65 && twice.stderr.contains("shard 1 is also given by"))
        let missing = try SceneExecutable.run(["merge", try #require(one["runDirectory"] as? String), "--out", dir.appendingPathComponent("m3").path], in: dir)
        #expect(missing.status == 65 && missing.stderr.contains("missing shard(s) 2 of 2"))
    }

    @Test func backstopImportWritesAConfigThatValidates() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixture = Self.repository.appendingPathComponent("Tests/Fixtures/scale/backstop.json").path
        let out = dir.appendingPathComponent("scene.yml").path
        let imported = try SceneExecutable.run(["import", "backstop", fixture, "--out", out, "--json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let doc = try json(imported.stdout)
        #expect(doc["pages"] as? Int == 3 && doc["viewports"] as? Int == 2)
        #expect((doc["notConverted"] as? [String])?.contains { $0.contains("onReadyScript") } == true)
        #expect(imported.stderr.contains("warning: not converted: scenarios[2]: no url; skipped"))
        let validated = try SceneExecutable.run(["validate", "--config", out])
        #expect(validated.status == 0, "\(validated.stderr)\(validated.stdout)")

        let overwrite = try SceneExecutable.run(["import", "backstop", fixture, "--out", out])
        #expect(overwrite.status == 64 && overwrite.stderr.contains("--force"))
        let bad = dir.appendingPathComponent("bad.json")
        try Data("{\"scenarios\": [".utf8).write(to: bad)
        let broken = try SceneExecutable.run(["import", "backstop", bad.path])
        #expect(broken.status == 65 && broken.stderr.contains("is not valid JSON"))
        let stdout = try SceneExecutable.run(["import", "backstop", fixture])
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("# Converted from backstop.json"))
    }
}
