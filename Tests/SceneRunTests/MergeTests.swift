import Foundation
import SceneBundle
import SceneTestSupport
import Testing
@testable import SceneRun

/// `BundleMerger` on synthetic shard bundles: ordering, counts, journal, artifacts, and
/// every way a set of shards can be wrong.
@Suite struct MergeTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("scene-merge-\(UUID().uuidString)")
    /// Plan order of the unsharded run: round-robin over 2 shards gives [0,2,4] and [1,3].
    let plan = ["a~default~desktop~chromium", "b~default~desktop~chromium", "c~default~desktop~chromium",
                "d~default~desktop~chromium", "e~default~desktop~chromium"]
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func key(_ id: String) -> ExecutionKey {
        let p = id.split(separator: "~").map(String.init)
        return ExecutionKey(page: p[0], task: p[1], viewport: p[2], browser: p[3])
    }

    /// Writes a shard bundle holding `ids` (each with an observed.png), journal lines a second apart.
    @discardableResult
    func makeShard(_ index: Int, of total: Int, ids: [String], name: String? = nil, batch: String = "nightly", digest: String = "d1",
                   statuses: [String: ExecutionStatus] = [:], skipRecords: Set<String> = [], finishedAt: Date? = nil,
                   journalTail: String = "") throws -> URL {
        let dir = root.appendingPathComponent(name ?? "shard-\(index)")
        let bundle = RunBundle(root: dir)
        var manifest = RunManifest(runId: "run-\(index)", project: "demo", batch: batch, configDigest: digest,
                                   shard: ShardSpec(index: index, total: total), startedAt: t0.addingTimeInterval(Double(index)),
                                   sceneVersion: "0.1.0", plannedExecutionIds: ids)
        var records: [ExecutionRecord] = []
        var journal = ""
        for (n, id) in ids.enumerated() {
            let time = t0.addingTimeInterval(Double(10 * n + index))
            journal += #"{"attempt":1,"executionId":"\#(id)","status":"running","time":"\#(ISO8601DateFormatter().string(from: time))"}"# + "\n"
            guard !skipRecords.contains(id) else { continue }
            var record = ExecutionRecord(key: key(id), url: "http://127.0.0.1/\(id)", status: statuses[id] ?? .passed)
            record.artifacts.observed = "observed.png"
            try bundle.writeExecution(record)
            try Data("png of \(id)".utf8).write(to: bundle.executionDirectory(id).appendingPathComponent("observed.png"))
            records.append(record)
        }
        try Data((journal + journalTail).utf8).write(to: bundle.journalURL)
        manifest.counts = RunCounts(records)
        manifest.finishedAt = finishedAt ?? t0.addingTimeInterval(100 + Double(index))
        manifest.status = .passed
        manifest.browserVersions = ["chromium": "156"]
        try bundle.writeManifest(manifest)
        return dir
    }

    func twoShards() throws -> [URL] {
        [try makeShard(1, of: 2, ids: [plan[0], plan[2], plan[4]], statuses: [plan[2]: .failed]),
         try makeShard(2, of: 2, ids: [plan[1], plan[3]], statuses: [plan[3]: .error])]
    }

    @Test func mergesIntoPlanOrderWithRecomputedCountsJournalAndLinkedArtifacts() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let shards = try twoShards()
        let before = try shards.map { try FileManager.default.contentsOfDirectory(atPath: $0.appendingPathComponent("executions").path).sorted() }
        let out = root.appendingPathComponent("merged")
        let result = try BundleMerger.merge(shards.reversed(), into: out)  // argument order does not matter

        let m = try RunBundle(root: out).readManifest()
        #expect(m == result.manifest)
        #expect(m.plannedExecutionIds == plan)
        #expect(m.shard == nil)
        #expect(m.runId == "merged")
        #expect(m.counts.total == 5)
        #expect(m.counts.byStatus == ["passed": 3, "failed": 1, "error": 1])
        #expect(m.status == .error)
        #expect(m.startedAt == t0.addingTimeInterval(1))
        #expect(m.finishedAt == t0.addingTimeInterval(102))
        #expect(m.browserVersions == ["chromium": "156"])
        let (records, problems) = RunBundle(root: out).readExecutions()
        #expect(problems.isEmpty)
        #expect(records.map(\.id) == plan.sorted())

        // Journal: all 5 lines, in time order.
        let lines = try String(contentsOf: out.appendingPathComponent("journal.jsonl"), encoding: .utf8).split(separator: "\n")
        let entries = try lines.map { try BundleIO.decoder.decode(JournalEntry.self, from: Data($0.utf8)) }
        #expect(entries.count == 5)
        #expect(entries.map(\.time) == entries.map(\.time).sorted())
        #expect(entries.map(\.executionId) == [plan[0], plan[1], plan[2], plan[3], plan[4]])

        // Artifacts: same bytes, hard-linked (same inode), shards untouched.
        let merged = out.appendingPathComponent("executions/\(plan[3])/observed.png")
        let original = shards[1].appendingPathComponent("executions/\(plan[3])/observed.png")
        #expect(try Data(contentsOf: merged) == Data("png of \(plan[3])".utf8))
        let inode = { (u: URL) in try FileManager.default.attributesOfItem(atPath: u.path)[.systemFileNumber] as? Int }
        #expect(try inode(merged) == inode(original))
        let after = try shards.map { try FileManager.default.contentsOfDirectory(atPath: $0.appendingPathComponent("executions").path).sorted() }
        #expect(before == after)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["merged", "shard-1", "shard-2"], "no staging folder left")
    }

    @Test func aMissingShardIsAnErrorUnlessAllowed() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let one = try makeShard(1, of: 3, ids: [plan[0], plan[3]])
        let three = try makeShard(3, of: 3, ids: [plan[2]])
        #expect { try BundleMerger.merge([one, three], into: root.appendingPathComponent("m")) } throws: { error in
            "\(error)".contains("missing shard(s) 2 of 3")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("m").path))
        let result = try BundleMerger.merge([one, three], into: root.appendingPathComponent("m"), options: MergeOptions(allowIncomplete: true))
        #expect(result.missingShards == [2])
        #expect(result.manifest.status == .error, "all passed, but a shard is missing")
        #expect(result.manifest.counts.total == 3)
    }

    @Test func duplicateShardsAreAnErrorOrTheLatestWins() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let shards = try twoShards()
        let rerun = try makeShard(2, of: 2, ids: [plan[1], plan[3]], name: "shard-2-rerun", finishedAt: t0.addingTimeInterval(500))
        #expect { try BundleMerger.merge(shards + [rerun], into: root.appendingPathComponent("m")) } throws: { error in
            "\(error)".contains("shard 2 is also given by")
        }
        let result = try BundleMerger.merge(shards + [rerun], into: root.appendingPathComponent("m"), options: MergeOptions(duplicates: .latest))
        #expect(result.manifest.counts.byStatus == ["passed": 4, "failed": 1], "the re-run's d passed")
        #expect(result.warnings.contains { $0.contains("shard 2 given twice") })
    }

    @Test func anExecutionInTwoShardsIsAnError() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let a = try makeShard(1, of: 2, ids: [plan[0], plan[2]])
        let b = try makeShard(2, of: 2, ids: [plan[1], plan[2]])
        #expect { try BundleMerger.merge([a, b], into: root.appendingPathComponent("m")) } throws: { error in
            "\(error)".contains("execution \(plan[2]) is also in")
        }
    }

    @Test func shardsOfAnotherBatchOrConfigAreRejected() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let a = try makeShard(1, of: 2, ids: [plan[0]])
        let otherBatch = try makeShard(2, of: 2, ids: [plan[1]], name: "b", batch: "smoke")
        let otherConfig = try makeShard(2, of: 2, ids: [plan[1]], name: "c", digest: "d2")
        let otherTotal = try makeShard(2, of: 3, ids: [plan[1]], name: "t")
        for (other, field) in [(otherBatch, "batch"), (otherConfig, "config digest"), (otherTotal, "shard total")] {
            #expect { try BundleMerger.merge([a, other], into: root.appendingPathComponent("m")) } throws: { error in
                "\(error)".contains("error: \(field) ")
            }
        }
    }

    @Test func missingRecordsUnfinishedShardsAndNonShardsAreReported() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let a = try makeShard(1, of: 2, ids: [plan[0], plan[2]], skipRecords: [plan[2]])
        let b = try makeShard(2, of: 2, ids: [plan[1]])
        #expect { try BundleMerger.merge([a, b], into: root.appendingPathComponent("m")) } throws: { error in
            "\(error)".contains("planned executions without a record: \(plan[2])")
        }
        let allowed = try BundleMerger.merge([a, b], into: root.appendingPathComponent("m"), options: MergeOptions(allowIncomplete: true))
        #expect(allowed.missingExecutions == [plan[2]])

        // Not a shard, not a bundle.
        var whole = try RunBundle(root: b).readManifest()
        whole.shard = nil
        try RunBundle(root: b).writeManifest(whole)
        #expect { try BundleMerger.merge([a, b], into: root.appendingPathComponent("x")) } throws: { error in
            "\(error)".contains("is not a shard")
        }
        #expect { try BundleMerger.merge([root.appendingPathComponent("nowhere")], into: root.appendingPathComponent("x")) } throws: { error in
            "\(error)".contains("not a run bundle (no run.json)")
        }
    }

    @Test func aTornJournalLineIsDroppedWithAWarningAndAnOccupiedOutputIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let a = try makeShard(1, of: 2, ids: [plan[0]], journalTail: #"{"attempt":1,"executionId":"a~def"#)
        let b = try makeShard(2, of: 2, ids: [plan[1]])
        let result = try BundleMerger.merge([a, b], into: root.appendingPathComponent("m"))
        #expect(result.warnings.contains { $0.contains("dropped an unreadable line") })
        let occupied = root.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: occupied.appendingPathComponent("file"))
        #expect { try BundleMerger.merge([a, b], into: occupied) } throws: { error in "\(error)".contains("exists and is not empty") }
        #expect(try String(contentsOf: occupied.appendingPathComponent("file"), encoding: .utf8) == "keep me")
    }

    /// A shard's errors, notes, console lines, journal and logs name files as its machine saw
    /// them; the merged bundle keeps no such path, and the shard's own files are untouched.
    @Test func mergedBundleHoldsNoAbsolutePathOfAShardMachine() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let shards = try twoShards()
        let machine = "/builds/ci-runner-7/work/acme"
        let record1 = RunBundle(root: shards[0]).executionRecordURL(plan[2])
        var record = try RunBundle(root: shards[0]).readExecution(plan[2])
        record.error = "could not store or compare the baseline: \(machine)/runs/run-1/executions/\(plan[2])/baseline.png: error: truncated PNG"
        record.warnings = ["trace not written: [Errno 28] \(machine)/runs/run-1/executions/\(plan[2])/.trace.zip.77.tmp"]
        record.steps = [StepResult(index: 0, description: "open file:///builds/ci-runner-7/site/index.html", status: "failed", durationMs: 1,
                                   error: "baseline \(machine)/baselines/a/default/desktop-chromium.png is unreadable")]
        try RunBundle(root: shards[0]).writeExecution(record)
        try FileManager.default.createDirectory(at: shards[0].appendingPathComponent("logs"), withIntermediateDirectories: true)
        try Data("runner started: /usr/lib/python3/runner.py at http://127.0.0.1:8000/a/b (shard 1/2)\n".utf8)
            .write(to: shards[0].appendingPathComponent("logs/runner-1.log"))
        let journal = shards[1].appendingPathComponent("journal.jsonl")
        try (try String(contentsOf: journal, encoding: .utf8) + #"{"attempt":1,"executionId":"b~default~desktop~chromium","message":"\#(machine)/runs/run-2/x","status":"error","time":"2027-01-15T08:00:30Z"}"# + "\n")
            .write(to: journal, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("merged")
        _ = try BundleMerger.merge(shards, into: out)
        let merged = try RunBundle(root: out).readExecution(plan[2])
        #expect(merged.error == "could not store or compare the baseline: executions/\(plan[2])/baseline.png: error: truncated PNG")
        #expect(merged.warnings == ["trace not written: [Errno 28] executions/\(plan[2])/.trace.zip.77.tmp"])
        #expect(merged.steps[0].description == "open …/index.html")
        #expect(merged.steps[0].error == "baseline baselines/a/default/desktop-chromium.png is unreadable")
        let log = try String(contentsOf: out.appendingPathComponent("logs/shard-1/runner-1.log"), encoding: .utf8)
        #expect(log == "runner started: …/runner.py at http://127.0.0.1:8000/a/b (shard 1/2)\n", "URLs and fractions are not paths")
        for file in try FileManager.default.subpathsOfDirectory(atPath: out.path) where !file.hasSuffix(".png") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let text = String(decoding: try Data(contentsOf: out.appendingPathComponent(file)), as: UTF8.self)
            #expect(!text.contains("/builds/"), "\(file) still names the shard machine's path")
        }
        #expect(try String(contentsOf: record1, encoding: .utf8).contains(machine), "the shard's own record is not rewritten")
    }
}
