import Foundation
import SceneBundle
import SceneConfig
import Testing
@testable import SceneRun
import SceneTestSupport

/// Each fault gives a clear per-execution error and the run goes on.
@Suite(.serialized) struct FaultTests {
    @Test func badPagesFailClearlyAndTheRunContinues() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["ok.html": simplePage])
        defer { server.stop() }
        let root = try temporaryDirectory("faults")
        defer { try? FileManager.default.removeItem(at: root) }
        let executions = [
            execution("unreachable", url: "http://127.0.0.1:\(try closedPort())/nothing"),
            execution("http500", url: "\(server.base)/status/500"),
            execution("hang", url: "\(server.base)/hang"),
            execution("selector", url: "\(server.base)/ok.html",
                      steps: [Step(kind: .wait, wait: .selector("#never"), timeoutMs: 800)]),
            execution("script", url: "\(server.base)/ok.html",
                      steps: [Step(kind: .evaluate, value: "() => { throw new Error('boom from test') }")]),
            execution("ok", url: "\(server.base)/ok.html"),
        ]
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment))
            .run(makeRequest(executions, root: root, executionTimeout: 8))
        let byPage = Dictionary(uniqueKeysWithValues: outcome.records.map { ($0.key.page, $0) })
        #expect(byPage["unreachable"]?.status == .error)
        #expect(byPage["unreachable"]?.error?.contains("could not reach") == true, "\(byPage["unreachable"]?.error ?? "")")
        #expect(byPage["unreachable"]?.error?.contains("ERR_CONNECTION_REFUSED") == true)
        #expect(byPage["http500"]?.error?.contains("HTTP 500") == true)
        #expect(byPage["hang"]?.error?.contains("did not finish loading") == true)
        #expect(byPage["selector"]?.error?.contains("#never") == true)
        #expect(byPage["selector"]?.steps.first?.status == "failed")
        #expect(byPage["script"]?.error?.contains("boom from test") == true)
        #expect(byPage["ok"]?.status == .newBaseline)
        #expect(outcome.manifest.status == .error)
        #expect(outcome.manifest.counts.byStatus["error"] == 5)
    }

    @Test func runnerKilledMidExecutionIsRestartedAndRetried() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["slow.html": simplePage])
        defer { server.stop() }
        let root = try temporaryDirectory("sigkill")
        defer { try? FileManager.default.removeItem(at: root) }
        let slow = execution("slow", url: "\(server.base)/slow.html", steps: [Step(kind: .wait, wait: .timeout(ms: 2500))])
        let pids = PidBox()
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment))
            .run(makeRequest([slow], root: root, retries: 0, concurrency: 1)) { event in
                if case let .runnerStarted(pid, _, _, _) = event, pids.add(pid) == 1 {
                    Task.detached {
                        try await Task.sleep(for: .milliseconds(1500))
                        kill(pid, SIGKILL)
                    }
                }
            }
        let record = try #require(outcome.records.first)
        #expect(pids.count == 2, "the dead runner was replaced")
        #expect(record.attempts == 2)
        #expect(record.status == .newBaseline || record.status == .flaky)
        let journal = try String(contentsOf: outcome.bundle.journalURL, encoding: .utf8)
        #expect(journal.contains("runner crashed during the execution"))
    }

    /// A browser that is not there fails every execution the same way: the run stops before any,
    /// with the reason (and fix) in run.json, instead of retrying each one.
    @Test func missingChromiumStopsTheRunWithAClearReason() async throws {
        let environment = try browserEnvironment()
        let root = try temporaryDirectory("nochromium")
        defer { try? FileManager.default.removeItem(at: root) }
        var request = makeRequest([execution("a", url: "http://127.0.0.1:9/"), execution("b", url: "http://127.0.0.1:9/")], root: root, retries: 2)
        request.config.runner.executablePath = "/nonexistent/chromium"
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment)).run(request)
        #expect(outcome.records.count == 2)
        #expect(outcome.manifest.status == .error)
        #expect(outcome.manifest.stopReason?.contains("executable not found at /nonexistent/chromium") == true, "\(outcome.manifest.stopReason ?? "")")
        for record in outcome.records {
            #expect(record.status == .cancelled, "no execution is judged")
            #expect(record.error?.contains("executable not found at /nonexistent/chromium") == true, "\(record.error ?? "")")
            #expect(record.attempts == 0, "a missing browser is not retried")
        }
    }

    @Test func missingPlaywrightIsAClearError() async throws {
        var environment = try browserEnvironment()
        let bare = try temporaryDirectory("barepy")
        defer { try? FileManager.default.removeItem(at: bare) }
        // A Python without Playwright: the system interpreter with user site-packages switched off.
        environment["SCENE_PYTHON"] = "/usr/bin/python3"
        environment["PYTHONNOUSERSITE"] = "1"
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment))
            .run(makeRequest([execution("a", url: "http://127.0.0.1:9/")], root: bare))
        let record = try #require(outcome.records.first)
        #expect(record.status == .cancelled && outcome.manifest.status == .error)
        #expect(record.error?.contains("Playwright for Python is not installed") == true, "\(record.error ?? "")")
        #expect(outcome.manifest.stopReason?.contains("Playwright for Python is not installed") == true)
        #expect(outcome.manifest.stopReason?.contains("fix: ") == true, "the fix is said: \(outcome.manifest.stopReason ?? "")")
    }

    /// An execution folder that cannot be written stops the run cleanly: nothing more is attempted,
    /// every execution ends cancelled with the reason naming the folder, and the run says how to finish.
    @Test func unwritableOutputStopsTheRun() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["ok.html": simplePage])
        defer { server.stop() }
        let root = try temporaryDirectory("readonly")
        let executionsDir = LockedPath()
        defer {
            if let dir = executionsDir.path { _ = try? run("/usr/bin/chattr", ["-i", dir]) }
            try? FileManager.default.removeItem(at: root)
        }
        let outcome = try await BatchRunner(RunnerEnvironment(environment: environment))
            .run(makeRequest([execution("a", url: "\(server.base)/ok.html"), execution("b", url: "\(server.base)/ok.html")], root: root)) { event in
                if case let .started(runDirectory, _, _, _) = event {
                    // Root ignores file modes, so an immutable folder stands in for a read-only disk.
                    let dir = runDirectory + "/executions"
                    executionsDir.path = dir
                    _ = try? run("/usr/bin/chattr", ["+i", dir])
                }
            }
        #expect(outcome.records.count == 2)
        for record in outcome.records {
            #expect(record.status == .cancelled)
            #expect(record.error?.contains("/executions/") == true && record.error?.contains("error: cannot write: ") == true
                    && record.error?.contains("scene run --resume") == true, "\(record.error ?? "no error")")
        }
        #expect(outcome.storageFailure?.contains("cannot write") == true, "\(outcome.storageFailure ?? "no storage failure")")
        #expect(outcome.manifest.status == .error)
        #expect(try outcome.bundle.readManifest().counts.byStatus["cancelled"] == 2)
    }
}

final class PidBox: @unchecked Sendable {
    private let lock = NSLock()
    private var pids: [Int32] = []
    func add(_ pid: Int32) -> Int { lock.withLock { pids.append(pid); return pids.count } }
    var count: Int { lock.withLock { pids.count } }
}

final class LockedPath: @unchecked Sendable {
    private let lock = NSLock()
    private var value: String?
    var path: String? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

@discardableResult
func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}
