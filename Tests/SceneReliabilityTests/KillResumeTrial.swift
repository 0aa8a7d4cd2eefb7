import Foundation
import SceneTestSupport

/// One chaos trial: `scene run` is SIGKILLed at a chosen moment, then `scene run --resume`
/// finishes it. `check()` lists every broken promise: an execution not finished exactly once,
/// completed work redone or lost, a half file left, a runner or browser outliving scene, a report
/// that does not build.
struct KillResumeTrial {
    /// When scene is killed: after a fixed time, or as soon as the journal shows `finished`
    /// executions done and one running (so the kill lands mid-execution however fast the machine is).
    enum Moment: CustomStringConvertible {
        case after(seconds: Double)
        case whileRunning(finished: Int)

        var description: String {
            switch self {
            case .after(let seconds): "kill at \(String(format: "%.1f", seconds)) s"
            case .whileRunning(let finished): "kill while one runs after \(finished) done"
            }
        }
    }

    let work: URL
    let environment: [String: String]
    let moment: Moment

    struct Outcome: CustomStringConvertible {
        var moment: Moment
        var doneBeforeKill = 0
        var planned = 0
        var finishedBeforeKill = false
        var problems: [String] = []
        /// The kill interrupted work: the run was planned, unfinished, and not all done.
        var interruptedWork: Bool { !finishedBeforeKill && planned > 0 && doneBeforeKill < planned }
        var description: String {
            "\(moment): \(doneBeforeKill)/\(planned) done before the kill"
                + (finishedBeforeKill ? " (run had finished)" : "") + (problems.isEmpty ? ", ok" : ", PROBLEMS: " + problems.joined(separator: "; "))
        }
    }

    /// Whether the moment to kill has come (a journal moment gives up after 120 s and kills anyway).
    private func due(startedAt started: Date) -> Bool {
        switch moment {
        case .after(let seconds):
            return Date().timeIntervalSince(started) >= seconds
        case .whileRunning(let finished):
            if Date().timeIntervalSince(started) >= 120 { return true }
            let runs = work.appendingPathComponent("runs")
            guard let runId = (try? FileManager.default.contentsOfDirectory(atPath: runs.path))?.first else { return false }
            let view = JournalView(bundle: runs.appendingPathComponent(runId))
            return view.terminal.count >= finished && view.running > 0
        }
    }

    func run() throws -> Outcome {
        var outcome = Outcome(moment: moment)
        let process = try SceneExecutable.startRun(in: work, environment: environment)
        let started = Date()
        var family: Set<pid_t> = []
        while !due(startedAt: started) && process.isRunning {
            family.formUnion(Processes.descendants(of: process.processIdentifier))
            usleep(50_000)
        }
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

        let runs = work.appendingPathComponent("runs")
        guard let runId = (try? FileManager.default.contentsOfDirectory(atPath: runs.path))?.first,
              FileManager.default.fileExists(atPath: runs.appendingPathComponent("\(runId)/journal.jsonl").path) else {
            // Killed before the bundle existed: a fresh run is the only way, and it must work.
            try? FileManager.default.removeItem(at: runs)
            let fresh = try SceneExecutable.run(["run", "--config", "scene.yml"], environment: environment, in: work)
            if fresh.status != 0 { outcome.problems.append("fresh run after an early kill exited \(fresh.status): \(fresh.stderr.suffix(400))") }
            return outcome
        }
        let bundle = runs.appendingPathComponent(runId)
        let before = JournalView(bundle: bundle)
        let done = before.terminal
        outcome.doneBeforeKill = done.count
        var recordsBefore: [String: Data] = [:]
        for id in done { recordsBefore[id] = FileManager.default.contents(atPath: bundle.appendingPathComponent("executions/\(id)/execution.json").path) }

        let resumed = try SceneExecutable.run(["run", "--resume", bundle.path], environment: environment, in: work)
        if resumed.status != 0 { outcome.problems.append("resume exited \(resumed.status): \(resumed.stderr.suffix(600))") }
        let after = JournalView(bundle: bundle)
        let planned = (try? JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("run.json")))) as? [String: Any]
        let ids = (planned?["plannedExecutionIds"] as? [String]) ?? []
        outcome.planned = ids.count
        if ids.isEmpty { outcome.problems.append("run.json lists no planned executions") }
        for id in ids {
            let finals = after.terminalLines[id, default: 0]
            if finals != 1 { outcome.problems.append("\(id) finished \(finals) times in the journal") }
            let record = FileManager.default.contents(atPath: bundle.appendingPathComponent("executions/\(id)/execution.json").path)
            let status = record.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }?["status"] as? String
            if !["passed", "newBaseline"].contains(status ?? "") { outcome.problems.append("\(id) ended \(status ?? "without execution.json")") }
            if done.contains(id) {
                if recordsBefore[id] != record { outcome.problems.append("\(id) was done before the kill but its record changed") }
                if after.lines[id, default: 0] != before.lines[id, default: 0] { outcome.problems.append("\(id) was done before the kill but ran again") }
            }
        }
        let runStatus = planned?["status"] as? String
        if runStatus != "passed" { outcome.problems.append("run.json status \(runStatus ?? "missing")") }
        if !FileManager.default.fileExists(atPath: bundle.appendingPathComponent("report/index.html").path) {
            outcome.problems.append("no report/index.html after the resume")
        }
        let leftovers = (FileManager.default.enumerator(atPath: bundle.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".tmp") }
        if !leftovers.isEmpty { outcome.problems.append("half-written files left: \(leftovers.prefix(5))") }
        return outcome
    }
}

/// journal.jsonl read back: lines per execution, terminal lines per execution, executions whose last
/// state is terminal, and how many are running now.
struct JournalView {
    var lines: [String: Int] = [:]
    var terminalLines: [String: Int] = [:]
    var terminal: Set<String> = []
    var running = 0

    init(bundle: URL) {
        guard let data = FileManager.default.contents(atPath: bundle.appendingPathComponent("journal.jsonl").path) else { return }
        var last: [String: String] = [:]
        for line in data.split(separator: 0x0A) {
            guard let entry = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                  let id = entry["executionId"] as? String, let status = entry["status"] as? String else { continue }
            lines[id, default: 0] += 1
            if !["queued", "running"].contains(status) { terminalLines[id, default: 0] += 1 }
            last[id] = status
        }
        terminal = Set(last.filter { !["queued", "running", "cancelled"].contains($0.value) }.keys)
        running = last.values.filter { $0 == "running" }.count
    }
}
