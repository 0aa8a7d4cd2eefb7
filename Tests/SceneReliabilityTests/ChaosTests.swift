import Foundation
import Testing
import SceneTestSupport

/// Chaos on real batches (real Chromium): scene killed at random moments then resumed, the
/// browser crashing, the site hanging, the output folder read-only or full. The CI version
/// runs 3 kill trials; `make chaos` runs CHAOS_TRIALS (default 20).
@Suite("Chaos", .serialized)
struct ChaosTests {
    static func config(base: String, pages: Int, extra: String = "", steps: String = "") -> String {
        """
        project: {name: chaos, baseURL: "\(base)/"}
        viewports: [{name: small, width: 480, height: 360}]
        pages:
        \((0..<pages).map { "  - {id: p\($0), url: plain/\($0).html}" }.joined(separator: "\n"))
        \(extra)
        batches:
          - id: chaos
            concurrency: 2
            retries: 1
            executionTimeout: 40s
        stabilization: {settleShots: 2}
        """
    }

    /// Each trial kills scene at a moment its bundle shows (so the kill lands there however fast the
    /// machine is): the plan journaled; an execution running after 0, 1, 2 done; one post-processed
    /// after 0, 1, 2 done; all done; the report being written; after the end. CI runs three of them,
    /// `make chaos` CHAOS_TRIALS (20: every moment twice, the second time 0.15 s later).
    @Test func killsThenResume() throws {
        let environment = try browserEnvironment()
        let trials = max(3, Int(ProcessInfo.processInfo.environment["CHAOS_TRIALS"] ?? "") ?? 3)
        let server = try siteServer()
        defer { server.stop() }
        let strikes: [Strike] = trials == 3
            ? [.at(.running(done: 0), delay: 0), .at(.postProcessing(done: 1), delay: 0), .at(.report, delay: 0)]
            : (0..<trials).map { .at(RunMoment.allCases[$0 % RunMoment.allCases.count], delay: 0.15 * Double($0 / RunMoment.allCases.count)) }
        var outcomes: [KillResumeTrial.Outcome] = []
        for (trial, strike) in strikes.enumerated() {
            let work = try temporaryDirectory("chaos-\(trial + 1)")
            defer { try? FileManager.default.removeItem(at: work) }
            try Data(Self.config(base: server.base, pages: 3).utf8).write(to: work.appendingPathComponent("scene.yml"))
            let outcome = try KillResumeTrial(work: work, environment: environment, strike: strike).run()
            FileHandle.standardError.write(Data("chaos trial \(trial + 1)/\(trials): \(outcome)\n".utf8))
            outcomes.append(outcome)
        }
        let broken = outcomes.enumerated().filter { !$0.element.problems.isEmpty }
        #expect(broken.isEmpty, "\(broken.map { "trial \($0.offset + 1): \($0.element)" }.joined(separator: "\n"))")
        // Every kill landed at its moment and, when it struck at once (no delay) before the report, interrupted a
        // running scene. The report of three executions is written in less time than a poll of the bundle takes on a
        // quiet machine, so a kill aimed at it may find the run finished: that trial then checks the resume of a
        // finished run, and says so in its outcome ("run had finished").
        let missed = outcomes.filter { outcome in
            guard case let .at(moment, delay) = outcome.strike else { return false }
            switch moment {
            case .finished, .report: return !outcome.seen
            default: return !outcome.seen || (delay == 0 && !outcome.interruptedWork)
            }
        }
        #expect(missed.isEmpty, "\(missed)")
    }

    /// Chromium's main process SIGKILLed while executions run: the runner notices, exits, and
    /// scene starts a new one and retries what was running; nothing hangs.
    @Test func browserKilledMidRun() throws {
        let environment = try browserEnvironment()
        let server = try siteServer()
        defer { server.stop() }
        let work = try temporaryDirectory("browser-kill")
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(Self.config(base: server.base, pages: 4).utf8).write(to: work.appendingPathComponent("scene.yml"))
        let process = try SceneExecutable.startRun(in: work, environment: environment)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        var browser: pid_t?
        let deadline = Date().addingTimeInterval(90)
        while browser == nil && Date() < deadline && process.isRunning {
            usleep(200_000)
            let journal = (try? FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("runs").path))?.first
                .flatMap { FileManager.default.contents(atPath: work.appendingPathComponent("runs/\($0)/journal.jsonl").path) }
            guard let journal, String(decoding: journal, as: UTF8.self).contains(#""status":"running""#) else { continue }
            browser = Processes.descendants(of: process.processIdentifier).first {
                let command = Processes.commandLine($0)
                return command.contains("chromium") && !command.contains("--type=")
            }
        }
        let target = try #require(browser, "no Chromium main process found under scene while an execution ran")
        kill(target, SIGKILL)
        let finished = Processes.waitGone([process.processIdentifier], seconds: 240)
        #expect(finished.isEmpty, "scene did not finish within 240 s after its browser was killed")
        process.waitUntilExit()
        let bundle = try #require(try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("runs").path).first)
        let view = JournalView(bundle: work.appendingPathComponent("runs/\(bundle)"))
        #expect(view.terminal.count == 4, "terminal: \(view.terminal)")
        #expect(view.finalLines.values.allSatisfy { $0 == 1 })
        #expect(process.terminationStatus == 0, "every execution should pass after the runner was replaced (exit \(process.terminationStatus))")
    }

    /// A site that accepts connections and never answers: the execution times out with a clear
    /// reason, the others pass, the run ends on time.
    @Test func hangingSite() throws {
        let environment = try browserEnvironment()
        let server = try siteServer()
        defer { server.stop() }
        let work = try temporaryDirectory("hang")
        defer { try? FileManager.default.removeItem(at: work) }
        let config = Self.config(base: server.base, pages: 1).replacingOccurrences(of: "  - {id: p0, url: plain/0.html}",
                                                                                   with: "  - {id: p0, url: plain/0.html}\n  - {id: hang, url: hang}")
            .replacingOccurrences(of: "executionTimeout: 40s", with: "executionTimeout: 8s").replacingOccurrences(of: "retries: 1", with: "retries: 0")
        try Data(config.utf8).write(to: work.appendingPathComponent("scene.yml"))
        let started = Date()
        let result = try SceneExecutable.run(["run", "--config", "scene.yml", "--json"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        let elapsed = Date().timeIntervalSince(started)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(elapsed < 90, "the run took \(elapsed) s")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let executions = (document["executions"] as? [[String: Any]]) ?? []
        let hang = executions.first { ($0["id"] as? String)?.hasPrefix("hang~") == true }
        #expect(["timedOut", "error"].contains(hang?["status"] as? String ?? ""), "\(executions)")
        #expect((hang?["error"] as? String ?? "").contains("load"), "the error should say the page never loaded: \(hang ?? [:])")
        #expect(executions.first { ($0["id"] as? String)?.hasPrefix("p0~") == true }?["status"] as? String == "newBaseline")
    }

    /// Output that cannot be written: a runs "folder" that is a file (root ignores read-only
    /// modes), then a full disk (a 48 KB tmpfs).
    @Test func unwritableOutput() throws {
        let environment = try browserEnvironment()
        let server = try siteServer()
        defer { server.stop() }
        let work = try temporaryDirectory("unwritable")
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(Self.config(base: server.base, pages: 2).utf8).write(to: work.appendingPathComponent("scene.yml"))
        try Data("not a folder".utf8).write(to: work.appendingPathComponent("runs"))
        let blocked = try SceneExecutable.run(["run", "--config", "scene.yml"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(blocked.status == 65 && blocked.stderr.contains("cannot write the run bundle"), "\(blocked.status) \(blocked.stderr)")
        try FileManager.default.removeItem(at: work.appendingPathComponent("runs"))
        try FileManager.default.createDirectory(at: work.appendingPathComponent("runs"), withIntermediateDirectories: true)

        let full = work.appendingPathComponent("runs")
        guard mount("tmpfs", full.path, "tmpfs", 0, "size=48k") == 0 else {
            Issue.record("cannot mount a 48 KB tmpfs on \(full.path) (errno \(errno)): the full-disk case needs root")
            return
        }
        defer { umount(full.path) }
        let started = Date()
        let result = try SceneExecutable.run(["run", "--config", "scene.yml"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(Date().timeIntervalSince(started) < 120)
        FileHandle.standardError.write(Data("full disk: exit \(result.status)\n\(result.stderr.suffix(1200))\n".utf8))
        #expect([2, 65].contains(result.status), "exit \(result.status): \(result.stderr.suffix(800))")
        #expect(result.stderr.contains("space") || result.stderr.contains("cannot write"), "no clear reason: \(result.stderr.suffix(800))")
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr.suffix(800))")
        // Every error names its cause: no opaque "The operation could not be completed. (Module.Type error N.)".
        #expect(!result.stderr.contains("could not be completed. ("), "an opaque error: \(result.stderr.suffix(800))")
    }
}
