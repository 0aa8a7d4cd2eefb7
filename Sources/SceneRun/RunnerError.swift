import Foundation
public import SceneBundle

/// Why a runner could not start or finish an execution. Messages are meant for the user.
public enum RunnerError: SceneError, Sendable, Equatable {
    /// The runner reported a fatal start-up problem (browser or Playwright missing).
    case fatal(message: String, hint: String?)
    case missingPython(String)
    /// The process ended; `log` holds the end of its stderr.
    case died(status: Int32, log: String)
    case startTimeout(seconds: Double)
    case protocolError(String)

    public var message: String {
        switch self {
        case let .fatal(message, _): return message
        case let .missingPython(path): return "Python interpreter not found at \(path)"
        case let .died(status, log):
            return "the runner process exited (status \(status))" + (log.isEmpty ? "" : ": \(log)")
        case let .startTimeout(seconds): return "the runner did not say hello within \(Int(seconds)) s"
        case let .protocolError(text): return "runner protocol error: \(text)"
        }
    }

    public var hint: String? {
        switch self {
        case let .fatal(_, hint): return hint
        case .missingPython: return "set runner.python in scene.yml or $SCENE_PYTHON, or run `make setup` to create .venv"
        default: return nil
        }
    }

    public var exitStatus: ExitStatus { isPermanent ? .unavailable : .executionErrors }

    /// Start-up problems retrying cannot fix.
    public var isPermanent: Bool {
        switch self {
        case .fatal, .missingPython: return true
        default: return false
        }
    }
}
