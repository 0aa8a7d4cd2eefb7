import Foundation

/// Why a runner could not start or finish an execution. Messages are meant for the user.
public enum RunnerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The runner reported a fatal start-up problem (browser or Playwright missing).
    case fatal(message: String, hint: String?)
    case missingPython(String)
    /// The process ended; `log` holds the end of its stderr.
    case died(status: Int32, log: String)
    case startTimeout(seconds: Double)
    case protocolError(String)

    public var description: String {
        switch self {
        case let .fatal(message, hint): return hint.map { "\(message)\nhint: \($0)" } ?? message
        case let .missingPython(path):
            return "Python interpreter not found at \(path)\nhint: set runner.python in scene.yml or $SCENE_PYTHON, or run `make setup` to create .venv"
        case let .died(status, log):
            return "the runner process exited (status \(status))" + (log.isEmpty ? "" : ": \(log)")
        case let .startTimeout(seconds): return "the runner did not say hello within \(Int(seconds)) s"
        case let .protocolError(text): return "runner protocol error: \(text)"
        }
    }

    /// Start-up problems retrying cannot fix.
    public var isPermanent: Bool {
        switch self {
        case .fatal, .missingPython: return true
        default: return false
        }
    }
}
