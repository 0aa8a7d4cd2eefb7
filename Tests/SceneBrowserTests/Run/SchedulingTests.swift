import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun
import SceneTestSupport

/// Timeouts, retries and fail-fast with the real runner.
@Suite(.serialized) struct SchedulingTests {
    @Test func executionAndRunTimeoutsAreRecordedWithTheirReason() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["p.html": simplePage])
        defer { server.stop() }
        let root = try temporaryDirectory("timeouts")
        defer { try? FileManager.default.removeItem(at: root) }
        let slow = [Step(kind: .wait, wait: .timeout(ms: 30_000))]
        let runner = BatchRunner(RunnerEnvironment(environment: environment))

        // 8 s: past the page load even on a loaded machine, so the limit ends the execution in its step.
        var perExecution = makeRequest([execution("slow", url: "\(server.base)/p.html", steps: slow)], root: root, executionTimeout: 8)
        perExecution.runId = "per-execution"
        let first = try await runner.run(perExecution)
        let timedOut = try #require(first.records.first)
        #expect(timedOut.status == .timedOut)
        #expect(timedOut.timeoutReason?.contains("exceeded its 8000 ms limit (executionTimeout) while step 1") == true, "\(timedOut.timeoutReason ?? "")")
        #expect(first.manifest.status == .error)

        var perRun = makeRequest([execution("a", url: "\(server.base)/p.html", steps: slow),
                                  execution("b", url: "\(server.base)/p.html", steps: slow),
                                  execution("c", url: "\(server.base)/p.html", steps: slow)],
                                 root: root, concurrency: 1, executionTimeout: 60, runTimeout: 12)
        perRun.runId = "per-run"
        let started = ContinuousClock.now
        let second = try await runner.run(perRun)
        // 12 s: the first execution must have started (Chromium launched) before the run ends, even under load.
        #expect(ContinuousClock.now - started < .seconds(40))
        #expect(second.manifest.status == .timedOut)
        #expect(second.manifest.timeoutReason?.contains("the run exceeded its 12 s timeout") == true)
        #expect(second.records.count == 3)
        // One slot, two tasks waiting for it: whichever execution held the slot when the run timed out
        // is timed out, the two that never ran are cancelled, each with the run's reason.
        let summary = "\(second.records.map { "\($0.id) \($0.status) \($0.timeoutReason ?? "") \($0.error ?? "")" })"
        #expect(second.records.filter { $0.status == .timedOut }.count == 1, "\(summary)")
        #expect(second.records.filter { $0.status == .cancelled }.count == 2, "\(summary)")
        #expect(second.records.allSatisfy { $0.timeoutReason?.contains("the run exceeded its 12 s timeout") == true }, "\(summary)")
        #expect(try second.bundle.readManifest().status == .timedOut)
    }

    @Test func aRetryThatPassesIsFlaky() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: [:])
        defer { server.stop() }
        let root = try temporaryDirectory("flaky")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = BatchRunner(RunnerEnvironment(environment: environment))
        var record = makeRequest([execution("f", url: "\(server.base)/flaky/one")], root: root, retries: 1)
        record.baselinesDirectory = root.appendingPathComponent("baselines")
        record.runId = "record"
        let recorded = try await runner.run(record)
        #expect(recorded.records.first?.status == .newBaseline, "first request 503, the retry records the baseline")
        #expect(recorded.records.first?.attempts == 2)

        var compare = makeRequest([execution("f", url: "\(server.base)/flaky/two")], root: root, retries: 1)
        compare.runId = "compare"
        let compared = try await runner.run(compare)
        let flaky = try #require(compared.records.first)
        #expect(flaky.status == .flaky)
        #expect(flaky.attempts == 2)
        let journal = try String(contentsOf: compared.bundle.journalURL, encoding: .utf8)
        #expect(journal.contains("retrying:") && journal.contains("HTTP 503"))
    }

    @Test func failFastCancelsTheRest() async throws {
        let environment = try browserEnvironment()
        let root = try temporaryDirectory("failfast")
        defer { try? FileManager.default.removeItem(at: root) }
        let port = try closedPort()
        var request = makeRequest((1 ... 4).map { execution("p\($0)", url: "http://127.0.0.1:\(port)/") }, root: root, concurrency: 1)
        request.failFast = true
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment)).run(request)
        // One slot: whichever execution the scheduler started first fails, the three waiting are cancelled.
        let summary = "\(outcome.records.map { "\($0.id) \($0.status) \($0.error ?? "")" })"
        #expect(outcome.records.count == 4)
        #expect(outcome.records.filter { $0.status == .error }.count == 1, "\(summary)")
        let cancelled = outcome.records.filter { $0.status == .cancelled }
        #expect(cancelled.count == 3 && cancelled.allSatisfy { $0.error?.contains("--fail-fast") == true }, "\(summary)")
    }
}
