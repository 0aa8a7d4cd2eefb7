import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun

extension ScaleBrowserSuites {
    /// Real Chromium through the real runner: a plan of 4 executions run unsharded, then as
    /// shards 1/2 and 2/2, then merged. The merged bundle must equal the unsharded one apart
    /// from run ids and timings. Every run posts its webhooks to a real loopback receiver.
    @Suite(.serialized) struct ShardMergeIntegrationTests {
        /// The parts of a record that do not depend on timing.
        struct Comparable: Equatable {
            let id: String, url: String, status: ExecutionStatus, attempts: Int, error: String?, title: String?
            let artifacts: Artifacts, level: DiffLevel, steps: [String], actions: [String], consoleErrors: Int
            init(_ r: ExecutionRecord) {
                // An error page's title depends on when Chromium was asked ("Loading …" or the host).
                id = r.id; url = r.url; status = r.status; attempts = r.attempts; title = r.status == .error ? nil : r.title
                error = r.error.map { $0.split(separator: "\n").first.map(String.init) ?? "" }
                artifacts = r.artifacts; level = r.level; consoleErrors = r.consoleErrors
                steps = r.steps.map { "\($0.index) \($0.description) \($0.status)" }
                actions = (r.trace?.actions ?? []).map { "\($0.kind) \($0.locator ?? "") \($0.status)" }
            }
        }

        @Test func mergedShardsEqualTheUnshardedRun() async throws {
            let fixture = try BrowserFixture.start()
            defer { fixture.stop() }
            let receiver = try WebhookTests.startServer()
            defer { receiver.process.stop() }
            var config = fixture.config()
            config.batches[0].webhooks = [Webhook(url: "http://127.0.0.1:\(receiver.port)/scene", secretEnv: "HOOK_SECRET")]
            let full = try await fixture.run(config, runId: "full")
            let one = try await fixture.run(config, shard: ShardSpec(index: 1, total: 2), runId: "shard-1")
            let two = try await fixture.run(config, shard: ShardSpec(index: 2, total: 2), runId: "shard-2")
            #expect(one.records.count == 2 && two.records.count == 2)
            #expect(full.manifest.counts.byStatus["error"] == 1, "the broken page errors: \(full.records.map { "\($0.id) \($0.status) \($0.error ?? "")" })")
            #expect(full.manifest.counts.total == 4)

            let merged = try BundleMerger.merge([two.bundle.root, one.bundle.root], into: fixture.root.appendingPathComponent("runs/merged"))
            var a = full.manifest, b = merged.manifest
            #expect(b.mergedFrom == ["shard-1", "shard-2"], "a history lists the merged run, not its shards again")
            b.mergedFrom = nil
            for m in [\RunManifest.runId] { a[keyPath: m] = ""; b[keyPath: m] = "" }
            a.startedAt = .distantPast; b.startedAt = .distantPast; a.finishedAt = nil; b.finishedAt = nil
            // Phase times are the shards' own (two other runs of the same pages): summed, not equal to the full run's.
            let shardRunnerMs = [one, two].compactMap { $0.manifest.counts.timings?.runnerMs }.reduce(0, +)
            #expect(abs((b.counts.timings?.runnerMs ?? 0) - shardRunnerMs) < 0.01, "\(String(describing: b.counts.timings))")
            a.counts.timings = nil; b.counts.timings = nil
            #expect(a == b)
            #expect(b.plannedExecutionIds == ["home", "about", "contact", "broken"].map { "\($0)~default~small~chromium" })

            let (records, problems) = merged.bundle.readExecutions()
            #expect(problems.isEmpty)
            #expect(records.map(Comparable.init) == full.bundle.readExecutions().records.map(Comparable.init))
            // Same screenshots, byte for byte (error pages aside), and the same set of files per execution.
            for record in records {
                let files = { (bundle: RunBundle) in try FileManager.default.contentsOfDirectory(atPath: bundle.executionDirectory(record.id).path).sorted() }
                #expect(try files(merged.bundle) == files(full.bundle), "\(record.id)")
                if let observed = record.artifacts.observed, record.status != .error {
                    let mergedPNG = try Data(contentsOf: merged.bundle.executionDirectory(record.id).appendingPathComponent(observed))
                    let fullPNG = try Data(contentsOf: full.bundle.executionDirectory(record.id).appendingPathComponent(observed))
                    #expect(mergedPNG == fullPNG, "\(record.id): observed.png differs")
                }
            }
            // plan.json of the merged run is the unsharded plan (so `scene run --resume` works on it).
            let plan = try StoredPlan.read(from: merged.bundle)
            let fullPlan = try StoredPlan.read(from: full.bundle)
            #expect(plan.executions == fullPlan.executions)
            #expect(plan.shard == nil)
            // No absolute path of the shards' machine in any text of the merged bundle (plan.json
            // aside: resume needs its baselines folder).
            for file in try FileManager.default.subpathsOfDirectory(atPath: merged.bundle.root.path)
            where file != merged.bundle.planURL.lastPathComponent && BundleMerger.portableExtensions.contains((file as NSString).pathExtension) {
                let text = try String(decoding: Data(contentsOf: merged.bundle.root.appendingPathComponent(file)), as: UTF8.self)
                #expect(!text.contains(fixture.root.path), "\(file) names a path of the shard's machine")
            }
            let journal = try String(contentsOf: merged.bundle.journalURL, encoding: .utf8).split(separator: "\n")
            let fullJournal = try String(contentsOf: full.bundle.journalURL, encoding: .utf8).split(separator: "\n")
            #expect(journal.count == fullJournal.count)

            // Webhooks: each run said started / failed (the broken page) / finished, signed; the
            // merged bundle keeps both shards' delivery logs.
            let received = try receiver.received()
            #expect(received.allSatisfy { $0["signatureValid"] as? Bool == true })
            let events = received.map { ($0["event"] as? String ?? "") }
            #expect(events.filter { $0 == "run.started" }.count == 3)
            #expect(events.filter { $0 == "run.finished" }.count == 3)
            #expect(events.filter { $0 == "execution.failed" }.count == 2, "the broken page, in the full run and in shard 2")
            let mergedLog = try String(contentsOf: merged.bundle.root.appendingPathComponent("webhooks.jsonl"), encoding: .utf8)
            #expect(mergedLog.split(separator: "\n").count == 5)
            #expect(mergedLog.contains(#""outcome":"delivered""#) && !mergedLog.contains(#""outcome":"failed""#))
        }
    }
}
