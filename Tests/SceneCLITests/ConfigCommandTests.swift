import Foundation
import Testing
import SceneTestSupport

@Suite struct ConfigCommandTests {
    @Test func validateReportsFiveMistakesWithLinesAndExits65() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let yaml = """
        project:
          name: demo
          baseURL: http://127.0.0.1:8000
        viewports:
          - {name: desktop, width: 1280, hieght: 800}
        pages:
          - id: home
            url: /
          - id: home
            url: /again
          - id: login
            url: "ht!tp://bad"
        batches:
          - id: nightly
            pages: [home, logn]
            retries: many
        """
        try Data(yaml.utf8).write(to: dir.appendingPathComponent("scene.yml"))
        let r = try SceneExecutable.run(["validate"], in: dir)
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        // misspelt key, bad URL, duplicate id, unknown page, wrong type: five mistakes, five errors.
        #expect(errors.count == 5, "\(r.stderr)")
        #expect(errors.allSatisfy { $0.range(of: #"^scene\.yml:\d+:\d+: error: "#, options: .regularExpression) != nil })
        #expect(r.stderr.contains("hint: did you mean 'height'?"))
        #expect(r.stderr.contains("hint: did you mean 'login'?"))

        let json = try SceneExecutable.run(["validate", "--json"], in: dir)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(doc["schemaVersion"] as? Int == 1)
        #expect(doc["valid"] as? Bool == false)
        #expect((doc["diagnostics"] as? [[String: Any]])?.count == 5)
    }

    @Test func initWritesAConfigThatValidatesAndPlans() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try SceneExecutable.run(["init"], in: dir).status == 0)
        #expect(try SceneExecutable.run(["init"], in: dir).status == 64) // refuses to overwrite
        let v = try SceneExecutable.run(["validate"], in: dir)
        #expect(v.status == 0, "\(v.stderr)")
        // Executions counted per batch, never summed over batches that share pages.
        #expect(v.stderr.contains("ok —") && v.stderr.contains("executions per batch: nightly 6"), "\(v.stderr)")
        let plan = try SceneExecutable.run(["plan", "--batch", "nightly", "--json"], in: dir)
        #expect(plan.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let ids = (doc["executions"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        // 2 pages: home (default) + login (default, sign-in) = 3 tasks runs × 2 viewports.
        #expect(ids.count == 6)
        #expect(ids.contains("login~sign-in~mobile~chromium"))
    }

    @Test func shardsOverTheCommandLinePartitionThePlan() throws {
        let dir = try temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = (0..<7).map { "  - {id: p\($0), url: /p\($0)}" }.joined(separator: "\n")
        try Data("project: {name: d, baseURL: \"http://127.0.0.1\"}\nviewports: [800x600, 390x844]\npages:\n\(pages)\n".utf8)
            .write(to: dir.appendingPathComponent("scene.yml"))
        func ids(_ extra: [String]) throws -> [String] {
            let r = try SceneExecutable.run(["plan", "--json"] + extra, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            return (doc?["executions"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        }
        let full = try ids([])
        #expect(full.count == 14)
        var union: [String] = []
        var sizes: [Int] = []
        for k in 1...4 { let part = try ids(["--shard", "\(k)/4"]); union += part; sizes.append(part.count) }
        #expect(union.sorted() == full.sorted())
        #expect(sizes.max()! - sizes.min()! <= 1)
        let bad = try SceneExecutable.run(["plan", "--shard", "5/4"], in: dir)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--shard takes i/n"))
    }

    @Test func schemaPrintsJSONSchema() throws {
        let r = try SceneExecutable.run(["schema"])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((doc["$schema"] as? String)?.contains("json-schema.org") == true)
    }
}
