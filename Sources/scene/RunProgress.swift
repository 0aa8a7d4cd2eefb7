import Foundation
import SceneBundle
import SceneRun

/// Progress on stderr: a redrawn bar on a terminal (done/total, failures, ETA), one plain line
/// per event otherwise (CI logs).
final class RunProgress: @unchecked Sendable {
    private let interactive: Bool
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    /// Finished by an earlier session of a resumed run: not part of this session's pace.
    private var doneBefore = 0
    private var failures = 0
    private var started = Date()

    init(interactive: Bool) { self.interactive = interactive }

    var handle: RunObserver { { [self] event in self.on(event) } }

    private func on(_ event: RunEvent) {
        lock.lock(); defer { lock.unlock() }
        switch event {
        case let .started(directory, total, alreadyDone, alreadyFailed):
            self.total = total
            done = alreadyDone
            doneBefore = alreadyDone
            failures = alreadyFailed
            started = Date()
            line("run: \(directory) — \(total) executions"
                 + (alreadyDone > 0 ? ", \(alreadyDone) already finished (\(alreadyFailed) failing)" : ""))
        case let .runnerStarted(pid, browser, playwright, python):
            line("runner \(pid): \(browser), Playwright \(playwright), python \(python)")
        case .executionStarted:
            break
        case let .retrying(id, attempt, reason):
            line("retry \(id) (attempt \(attempt)): \(reason.prefix(200))")
        case let .executionFinished(record):
            done += 1
            if record.status.isFailing { failures += 1 }
            let seconds = (record.durationMs ?? 0) / 1000
            var text = "[\(done)/\(total)] \(record.id) \(record.status.rawValue) (\(String(format: "%.1f", seconds)) s)"
            if let error = record.error, record.status != .passed { text += ": " + error.split(separator: "\n").first.map(String.init)!.prefix(200) }
            line(text)
        case let .stopping(reason):
            line("stopping: \(reason)")
        case let .warning(id, message):
            line("warning: \(id): \(message.prefix(300))")
        }
        if interactive { drawBar() }
    }

    /// Clears the bar so the final summary starts on a clean line.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        if interactive { Stderr.write("\r\u{1B}[2K") }
    }

    private func line(_ text: String) {
        Stderr.write((interactive ? "\r\u{1B}[2K" : "") + text + "\n")
    }

    private func drawBar() {
        let width = 30
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let filled = Int(fraction * Double(width))
        let elapsed = Date().timeIntervalSince(started)
        let eta = Self.eta(elapsed: elapsed, doneNow: done - doneBefore, left: total - done).map(Self.clock) ?? "--:--"

        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Stderr.write("\r\u{1B}[2K\(bar) \(done)/\(total)  failures \(failures)  ETA \(eta)")
    }

    /// The time left at this session's pace; nil before its first execution finished or after the last.
    static func eta(elapsed: TimeInterval, doneNow: Int, left: Int) -> TimeInterval? {
        guard doneNow > 0, left > 0 else { return nil }
        return elapsed / Double(doneNow) * Double(left)
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}
