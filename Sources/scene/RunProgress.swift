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
    private var failures = 0
    private var started = Date()

    init(interactive: Bool) { self.interactive = interactive }

    var handle: RunObserver { { [self] event in self.on(event) } }

    private func on(_ event: RunEvent) {
        lock.lock(); defer { lock.unlock() }
        switch event {
        case let .started(directory, total, alreadyDone):
            self.total = total
            done = alreadyDone
            started = Date()
            line("run: \(directory) — \(total) executions" + (alreadyDone > 0 ? ", \(alreadyDone) already finished" : ""))
        case let .runnerStarted(pid, browser, playwright):
            line("runner \(pid): \(browser), Playwright \(playwright)")
        case .executionStarted:
            break
        case let .retrying(id, attempt, reason):
            line("retry \(id) (attempt \(attempt)): \(reason.prefix(200))")
        case let .executionFinished(record):
            done += 1
            if [.failed, .error, .timedOut].contains(record.status) { failures += 1 }
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
        let eta = done == 0 || done >= total ? "--:--" : Self.clock(elapsed / Double(done) * Double(total - done))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Stderr.write("\r\u{1B}[2K\(bar) \(done)/\(total)  failures \(failures)  ETA \(eta)")
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}
