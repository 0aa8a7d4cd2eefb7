import Foundation
import SceneBundle
import Testing
@testable import SceneRun
import SceneTestSupport

/// The `scene` executable itself: killed with SIGKILL and resumed, interrupted with SIGINT.
@Suite(.serialized) struct CommandLineTests {
    @Test func killedRunIsResumedWithoutLossOrDuplicates() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["a.html": simplePage])
        defer { server.stop() }
        let project = try temporaryDirectory("resume")
        defer { try? FileManager.default.removeItem(at: project) }
        // 2.5 s a page: on a loaded machine the first run must still be running when the test kills it.
        try writeConfig(in: project, base: server.base, pages: ["a", "b", "c", "d"], waitMs: 2500)

        let log = project.appendingPathComponent("first.stderr")
        let first = try SceneExecutable.start(["run", "--config", project.appendingPathComponent("scene.yml").path, "--no-report"] + SceneExecutable.recordMissingBaselines,
                                              environment: environment, stderr: log)
        let run: URL
        do { run = try await waitForRun(in: project) } catch {
            Issue.record("no run bundle; scene \(first.isRunning ? "still running" : "exited \(first.terminationStatus)"): \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            throw error
        }
        let journal = run.appendingPathComponent("journal.jsonl")
        let done = try await waitUntil(seconds: 60) {
            Journal.latestStates(at: journal).values.filter { $0.status == .newBaseline }.map(\.executionId).first
        }
        let before = try RunBundle(root: run).readExecution(done)
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(try RunBundle(root: run).readManifest().status == .running, "a killed run is left as running")

        let finished = Journal.latestStates(at: journal).values.filter { $0.status.isTerminal && $0.status != .cancelled }.count

        let second = try SceneExecutable.run(["run", "--resume", run.path, "--no-report"], environment: environment)
        #expect(second.status == 0, "\(second.stderr)")
        // The progress counts on from what the first session finished, failures included.
        #expect(second.stderr.contains("4 executions, \(finished) already finished (0 failing)"), "\(second.stderr)")
        if finished < 4 { #expect(second.stderr.contains("[\(finished + 1)/4] "), "\(second.stderr)") }
        let bundle = RunBundle(root: run)
        let manifest = try bundle.readManifest()
        #expect(manifest.status == .passed)
        #expect(manifest.counts.total == 4)
        let (records, problems) = bundle.readExecutions()
        #expect(problems.isEmpty)
        #expect(records.map(\.key.page) == ["a", "b", "c", "d"])
        #expect(records.allSatisfy { $0.status == .newBaseline })
        #expect(try bundle.readExecution(done) == before, "a finished execution is not redone")
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
        let runsOfDone = lines.filter { $0.contains(done) && $0.contains(#""status":"running""#) }
        #expect(runsOfDone.count == 1)
        let dirs = try FileManager.default.contentsOfDirectory(atPath: bundle.executionsURL.path).filter { !$0.hasPrefix(".") }
        #expect(dirs.count == 4)
    }

    @Test func interruptCancelsCleanly() async throws {
        let environment = try browserEnvironment()
        let server = try TestServer(pages: ["a.html": simplePage])
        defer { server.stop() }
        let project = try temporaryDirectory("sigint")
        defer { try? FileManager.default.removeItem(at: project) }
        try writeConfig(in: project, base: server.base, pages: ["a", "b"], waitMs: 90_000)
        let scene = try SceneExecutable.start(["run", "--config", project.appendingPathComponent("scene.yml").path, "--no-report"] + SceneExecutable.recordMissingBaselines, environment: environment)
        let run = try await waitForRun(in: project)
        _ = try await waitUntil(seconds: 60) {
            Journal.latestStates(at: run.appendingPathComponent("journal.jsonl")).values.first { $0.status == .running }
        }
        try await Task.sleep(for: .milliseconds(500))
        let sent = ContinuousClock.now
        kill(scene.processIdentifier, SIGINT)
        scene.waitUntilExit()
        #expect(ContinuousClock.now - sent < .seconds(45), "cancelling does not wait for the 90 s step")
        #expect(scene.terminationStatus == 130)
        let bundle = RunBundle(root: run)
        #expect(try bundle.readManifest().status == .cancelled)
        let records = bundle.readExecutions().records
        #expect(records.count == 2)
        #expect(records.allSatisfy { $0.status == .cancelled })
    }
}

func writeConfig(in project: URL, base: String, pages: [String], waitMs: Int) throws {
    let pageList = pages.map { "  - {id: \($0), url: a.html, tasks: [slow]}" }.joined(separator: "\n")
    let yaml = """
    project: {name: cli-test, baseURL: "\(base)/"}
    viewports: [{name: small, width: 480, height: 360}]
    pages:
    \(pageList)
    tasks:
      - id: slow
        steps:
          - wait: \(waitMs)
    batches:
      - id: main
        concurrency: 1
        retries: 0
        executionTimeout: 60
    stabilization: {settleShots: 1, autoScroll: false}
    """
    try Data(yaml.utf8).write(to: project.appendingPathComponent("scene.yml"))
}

func waitForRun(in project: URL) async throws -> URL {
    let runs = project.appendingPathComponent("runs")
    // Generous: with every browser suite running at once on two cores, the first bundle has come after 30 s.
    let name = try await waitUntil(seconds: 90) {
        try? FileManager.default.contentsOfDirectory(atPath: runs.path).first { !$0.hasPrefix(".") }
    }
    return runs.appendingPathComponent(name)
}

func waitUntil<T>(seconds: Double, _ probe: () throws -> T?) async throws -> T {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while ContinuousClock.now < deadline {
        if let value = try probe() { return value }
        try await Task.sleep(for: .milliseconds(100))
    }
    throw MissingPrerequisite(description: "condition not met within \(seconds) s")
}
