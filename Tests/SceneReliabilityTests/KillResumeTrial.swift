import Foundation
import SceneTestSupport

/// Where a running `scene run` is, read from its bundle: how many executions the journal shows
/// finished and running, whether one is being post-processed (its runner output is there, its
/// execution.json not yet), whether run.json is final, whether the report is being written.
struct BundleProgress: CustomStringConvertible {
    var planned = 0
    var done = 0
    var running = 0
    var postProcessing = false
    var manifestFinal = false
    var reportStarted = false

    /// The bundle under `work/<runs>`, nil before it exists.
    static func bundle(in runs: URL) -> URL? {
        (try? FileManager.default.contentsOfDirectory(atPath: runs.path))?.first.map { runs.appendingPathComponent($0) }
    }

    init?(runs: URL) {
        guard let bundle = Self.bundle(in: runs), FileManager.default.fileExists(atPath: bundle.appendingPathComponent("journal.jsonl").path) else { return nil }
        let journal = JournalView(bundle: bundle)
        planned = journal.lines.count
        done = journal.terminal.count
        running = journal.running
        let executions = bundle.appendingPathComponent("executions")
        postProcessing = ((try? FileManager.default.contentsOfDirectory(atPath: executions.path)) ?? []).contains { id in
            let folder = executions.appendingPathComponent(id)
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent("trace.zip").path)
                && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("execution.json").path)
        }
        let manifest = (try? JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("run.json")))) as? [String: Any]
        manifestFinal = (manifest?["status"] as? String).map { $0 != "running" } ?? false
        reportStarted = FileManager.default.fileExists(atPath: bundle.appendingPathComponent("report").path)
    }

    var description: String {
        "\(done)/\(planned) done, \(running) running" + (postProcessing ? ", post-processing" : "")
            + (manifestFinal ? ", run.json final" : "") + (reportStarted ? ", report started" : "")
    }
}

/// A moment of a run, told by its bundle, so a fault lands there however fast the machine is.
enum RunMoment: CustomStringConvertible, CaseIterable {
    /// The plan is journaled, no execution started.
    case planned
    /// An execution runs in the browser, `done` finished.
    case running(done: Int)
    /// An execution's runner output is there and scene post-processes it (redaction, trace, diff), `done` finished.
    case postProcessing(done: Int)
    /// Every execution finished, run.json not final yet.
    case allDone
    /// run.json is final and the report is being written.
    case report
    /// The run has ended (nothing to interrupt: a resume must change nothing).
    case finished

    /// Ten moments of a three-execution run: 0, some, most and all done; during post-processing; during
    /// the report; after the end.
    static let allCases: [RunMoment] = [.planned, .running(done: 0), .postProcessing(done: 0), .running(done: 1), .postProcessing(done: 1),
                                        .running(done: 2), .postProcessing(done: 2), .allDone, .report, .finished]

    func reached(_ progress: BundleProgress) -> Bool {
        switch self {
        case .planned: return progress.planned > 0
        case let .running(done): return progress.done >= done && progress.running > 0
        case let .postProcessing(done): return progress.done >= done && progress.postProcessing
        case .allDone: return progress.planned > 0 && progress.done == progress.planned
        case .report: return progress.manifestFinal && progress.reportStarted
        case .finished: return false
        }
    }

    var description: String {
        switch self {
        case .planned: "when the plan is journaled"
        case let .running(done): "while one runs after \(done) done"
        case let .postProcessing(done): "during post-processing after \(done) done"
        case .allDone: "when all are done, before run.json is final"
        case .report: "while the report is written"
        case .finished: "after the run ended"
        }
    }
}

/// When a trial strikes: at a bundle moment (plus a delay), or after a fixed time.
enum Strike: CustomStringConvertible {
    case at(RunMoment, delay: Double)
    case after(seconds: Double)

    var description: String {
        switch self {
        case let .at(moment, delay): "\(moment)" + (delay > 0 ? String(format: " + %.2f s", delay) : "")
        case let .after(seconds): String(format: "at %.1f s", seconds)
        }
    }

    /// Waits until the strike is due (or the process ended); what the bundle showed then, and
    /// whether the moment was seen (a moment waited for gives up after 120 s and strikes anyway).
    func wait(for process: Process, runs: URL, watch: () -> Void) -> (progress: BundleProgress?, seen: Bool) {
        let started = Date()
        var seen = false
        while process.isRunning {
            watch()
            switch self {
            case let .after(seconds):
                if Date().timeIntervalSince(started) >= seconds { return (BundleProgress(runs: runs), true) }
            case let .at(moment, delay):
                if let progress = BundleProgress(runs: runs), moment.reached(progress) {
                    seen = true
                    if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
                    return (BundleProgress(runs: runs) ?? progress, seen)
                }
                if Date().timeIntervalSince(started) >= 120 { return (BundleProgress(runs: runs), false) }
            }
            usleep(10_000)
        }
        if case .at(.finished, _) = self { seen = true }
        return (BundleProgress(runs: runs), seen)
    }
}

/// One chaos trial: `scene run` is SIGKILLed at a chosen moment, then `scene run --resume`
/// finishes it. `ResumeCheck` lists every broken promise.
struct KillResumeTrial {
    let work: URL
    let environment: [String: String]
    let strike: Strike

    struct Outcome: CustomStringConvertible {
        var strike: Strike
        var atKill: BundleProgress?
        var seen = false
        var finishedBeforeKill = false
        var problems: [String] = []
        /// The kill interrupted work: scene was still going.
        var interruptedWork: Bool { !finishedBeforeKill && atKill != nil }
        var description: String {
            "kill \(strike): \(atKill.map(\.description) ?? "no bundle yet") at the kill" + (seen ? "" : " (moment not seen)")
                + (finishedBeforeKill ? " (run had finished)" : "") + (problems.isEmpty ? ", ok" : ", PROBLEMS: " + problems.joined(separator: "; "))
        }
    }

    func run() throws -> Outcome {
        var outcome = Outcome(strike: strike)
        let runs = work.appendingPathComponent("runs")
        let process = try SceneExecutable.start(["run", "--config", "scene.yml"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        var family: Set<pid_t> = []
        (outcome.atKill, outcome.seen) = strike.wait(for: process, runs: runs) { family.formUnion(Processes.descendants(of: process.processIdentifier)) }
        outcome.finishedBeforeKill = !process.isRunning
        family.formUnion(Processes.descendants(of: process.processIdentifier))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // The runner notices its closed stdin and stops its browser: nothing may outlive scene for long.
        let survivors = Processes.waitGone(Array(family), seconds: 30)
        if !survivors.isEmpty {
            outcome.problems.append("still alive 30 s after scene was killed: " + survivors.map { "\($0) \(Processes.commandLine($0).prefix(60))" }.joined(separator: ", "))
            survivors.forEach { kill($0, SIGKILL) }
        }
        guard let bundle = BundleProgress.bundle(in: runs), FileManager.default.fileExists(atPath: bundle.appendingPathComponent("journal.jsonl").path) else {
            // Killed before the bundle existed: a fresh run is the only way, and it must work.
            try? FileManager.default.removeItem(at: runs)
            let fresh = try SceneExecutable.run(["run", "--config", "scene.yml"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
            if fresh.status != 0 { outcome.problems.append("fresh run after an early kill exited \(fresh.status): \(fresh.stderr.suffix(400))") }
            return outcome
        }
        outcome.problems += try ResumeCheck(bundle: bundle, baselines: work.appendingPathComponent("baselines")).resume(environment: environment, in: work)
        return outcome
    }
}

/// What must hold after `scene run --resume` finishes an interrupted run: every planned execution
/// finished exactly once in the journal and passed; work done before is neither redone nor changed;
/// run.json final; the report built; no half-written file; every baseline from a passed execution.
struct ResumeCheck {
    let bundle: URL
    let baselines: URL
    let done: Set<String>
    let linesBefore: [String: Int]
    let recordsBefore: [String: Data]

    /// Notes what the interrupted run had finished.
    init(bundle: URL, baselines: URL) {
        self.bundle = bundle
        self.baselines = baselines
        let before = JournalView(bundle: bundle)
        done = before.terminal
        linesBefore = before.lines
        var records: [String: Data] = [:]
        for id in done { records[id] = FileManager.default.contents(atPath: bundle.appendingPathComponent("executions/\(id)/execution.json").path) }
        recordsBefore = records
    }

    /// Resumes the run and returns every broken promise.
    func resume(environment: [String: String], in work: URL) throws -> [String] {
        var problems: [String] = []
        let resumed = try SceneExecutable.run(["run", "--resume", bundle.path], environment: environment, in: work)
        if resumed.status != 0 { problems.append("resume exited \(resumed.status): \(resumed.stderr.suffix(600))") }
        let after = JournalView(bundle: bundle)
        if after.unreadableLines > 0 { problems.append("\(after.unreadableLines) journal lines cannot be read") }
        let manifest = (try? JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("run.json")))) as? [String: Any]
        let ids = (manifest?["plannedExecutionIds"] as? [String]) ?? []
        if ids.isEmpty { problems.append("run.json lists no planned executions") }
        var statuses: [String: String] = [:]
        for id in ids {
            let finals = after.finalLines[id, default: 0]
            if finals != 1 || !after.terminal.contains(id) { problems.append("\(id) finished \(finals) times in the journal (last state final: \(after.terminal.contains(id)))") }
            let record = FileManager.default.contents(atPath: bundle.appendingPathComponent("executions/\(id)/execution.json").path)
            let status = record.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }?["status"] as? String
            statuses[id] = status
            if !["passed", "newBaseline"].contains(status ?? "") { problems.append("\(id) ended \(status ?? "without execution.json")") }
            if done.contains(id) {
                if recordsBefore[id] != record { problems.append("\(id) was done before the interruption but its record changed") }
                if after.lines[id, default: 0] != linesBefore[id, default: 0] { problems.append("\(id) was done before the interruption but ran again") }
            }
        }
        let runStatus = manifest?["status"] as? String
        if runStatus != "passed" { problems.append("run.json status \(runStatus ?? "missing")") }
        if (manifest?["counts"] as? [String: Any])?["total"] as? Int != ids.count { problems.append("run.json counts \(manifest?["counts"] ?? "none")") }
        if !FileManager.default.fileExists(atPath: bundle.appendingPathComponent("report/index.html").path) {
            problems.append("no report/index.html after the resume")
        }
        for root in [bundle, baselines] {
            let leftovers = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".tmp") || $0.contains(".redact-") }
            if !leftovers.isEmpty { problems.append("half-written files left in \(root.lastPathComponent): \(leftovers.prefix(5))") }
        }
        // Every baseline comes from a finished execution that recorded it, byte for byte its screenshot.
        let metas = (FileManager.default.enumerator(atPath: baselines.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".elements.json") && !$0.hasSuffix(".layout.json") }
        for meta in metas {
            let url = baselines.appendingPathComponent(meta)
            guard let fields = (try? JSONSerialization.jsonObject(with: Data(contentsOf: url))) as? [String: Any],
                  let id = fields["executionId"] as? String else { problems.append("unreadable baseline meta \(meta)"); continue }
            if statuses[id] != "newBaseline" { problems.append("baseline \(meta) comes from \(id), which ended \(statuses[id] ?? "unplanned")") }
            let image = FileManager.default.contents(atPath: url.deletingPathExtension().appendingPathExtension("png").path)
            let copy = FileManager.default.contents(atPath: bundle.appendingPathComponent("executions/\(id)/baseline.png").path)
            if image == nil || image != copy { problems.append("baseline of \(id) is not the screenshot its record shows") }
        }
        if metas.count != statuses.values.filter({ $0 == "newBaseline" }).count {
            problems.append("\(metas.count) baselines for \(statuses.values.filter { $0 == "newBaseline" }.count) newBaseline executions")
        }
        return problems
    }
}

/// journal.jsonl read back: lines per execution, final lines per execution (an outcome: not queued,
/// running, or `cancelled`, which marks an execution a stopped run did not finish), executions whose
/// last state is final, how many are running now, and lines that are not a journal entry.
struct JournalView {
    var lines: [String: Int] = [:]
    var finalLines: [String: Int] = [:]
    var terminal: Set<String> = []
    var running = 0
    var unreadableLines = 0

    init(bundle: URL) {
        guard let data = FileManager.default.contents(atPath: bundle.appendingPathComponent("journal.jsonl").path) else { return }
        var last: [String: String] = [:]
        let complete = data.last == 0x0A ? data : data.prefix(upTo: (data.lastIndex(of: 0x0A).map { $0 + 1 }) ?? data.startIndex)
        for line in complete.split(separator: 0x0A) {
            guard let entry = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                  let id = entry["executionId"] as? String, let status = entry["status"] as? String else { unreadableLines += 1; continue }
            lines[id, default: 0] += 1
            if !["queued", "running", "cancelled"].contains(status) { finalLines[id, default: 0] += 1 }
            last[id] = status
        }
        terminal = Set(last.filter { !["queued", "running", "cancelled"].contains($0.value) }.keys)
        running = last.values.filter { $0 == "running" }.count
    }
}
