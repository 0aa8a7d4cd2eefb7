import ArgumentParser
import Foundation
import SceneBundle
import SceneTestSupport
import Testing
@testable import scene

/// `scene changes` on a run bundle: lists its groups, refuses a folder that is not a run.
@Suite struct ChangesCommandTests {
    @Test func listsTheRunsChangesAndRefusesANonRun() throws {
        let root = ReportFixture.temporaryDirectory("changes-bundle")
        defer { try? FileManager.default.removeItem(at: root) }
        let bundle = try ReportFixture.bundle(at: root)
        #expect(ChangeGroups.group(bundle.readExecutions().records).count == 3)
        try ChangesCommand.parse([root.path]).run()
        try ChangesCommand.parse([root.path, "--json", "--show", "0"]).run()
        let empty = ReportFixture.temporaryDirectory("changes-empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: (any Error).self) { try ChangesCommand.parse([empty.path]).run() }
    }
}

/// `scene approve --flaky`: the change goes into the baselines folder's known-changes.jsonl (nothing
/// promoted), once; a damaged file is refused at its line; --flaky without a change is a usage error.
@Suite struct ApproveFlakyTests {
    @Test func recordsTheChangeAsFlakyOnce() throws {
        let root = ReportFixture.temporaryDirectory("flaky-bundle")
        let baselines = ReportFixture.temporaryDirectory("flaky-baselines")
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: baselines) }
        _ = try ReportFixture.bundle(at: root)
        let file = BaselinesFolder(root: baselines).knownChangesURL
        try ApproveCommand.parse([root.path, "--flaky", "--group", "a1b2c3d4", "--reason", "rotating ad", "--baselines", baselines.path, "--yes"]).run()
        let known = try KnownChanges.read(file)
        #expect(known.entries.count == 1)
        let entry = try #require(known.entries.first)
        #expect(entry.fingerprint == "a1b2c3d4e5f60718" && entry.kind == .flaky && entry.reason == "rotating ad" && entry.runId == "2026-11-21T01-00-00Z")
        // Nothing promoted: only the known change was written into the baselines folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: baselines.path) == [KnownChanges.fileName])
        // Marked again: already known, no second line.
        try ApproveCommand.parse([root.path, "--flaky", "--group", "a1b2c3d4e5f60718", "--baselines", baselines.path, "--yes"]).run()
        #expect(try KnownChanges.read(file).entries.count == 1)
        // A decisions file's "flaky" list does the same; a damaged line stops it, naming the line.
        let decisions = root.appendingPathComponent("approvals.json")
        try Data(#"{"runId": "2026-11-21T01-00-00Z", "flaky": ["0f1e2d3c4b5a6978"]}"#.utf8).write(to: decisions)
        try Data((try String(contentsOf: file, encoding: .utf8) + "{oops\n").utf8).write(to: file)
        do {
            try ApproveCommand.parse([root.path, "--from", decisions.path, "--baselines", baselines.path, "--yes"]).run()
            Issue.record("a damaged known-changes.jsonl was accepted")
        } catch let error as SceneFailure { #expect(error.location == "\(file.path):2", "\(error)") }
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: file)
        try ApproveCommand.parse([root.path, "--from", decisions.path, "--baselines", baselines.path, "--yes"]).run()
        #expect(try KnownChanges.read(file).entries.map(\.fingerprint) == ["a1b2c3d4e5f60718", "0f1e2d3c4b5a6978"])
        #expect(throws: SceneFailure.self) { try ApproveCommand.parse([root.path, "--flaky", "--baselines", baselines.path, "--yes"]).run() }
        // Changes known already count as decided: approving the execution's last change promotes it.
        try ApproveCommand.parse([root.path, "--group", "9a8b7c6d", "--baselines", baselines.path, "--yes"]).run()
        let audit = try String(contentsOf: BaselinesFolder(root: baselines).auditURL, encoding: .utf8)
        #expect(audit.split(separator: "\n").count == 1 && audit.contains("evil"), "\(audit)")
    }
}
