public import SceneBundle

/// What a run reports while it goes, for progress displays and tests.
public enum RunEvent: Sendable {
    /// `total` executions in the plan, `alreadyDone` of them finished by an earlier (resumed) session,
    /// `alreadyFailed` of those failing.
    case started(runDirectory: String, total: Int, alreadyDone: Int, alreadyFailed: Int)
    /// `python`: the interpreter and the rule that found it (`Discovered.description`).
    case runnerStarted(pid: Int32, browser: String, playwright: String, python: String)
    case executionStarted(id: String, attempt: Int)
    case retrying(id: String, attempt: Int, reason: String)
    case executionFinished(ExecutionRecord)
    case stopping(reason: String)
    /// Something the run worked around, e.g. a baseline elements file it could not use.
    case warning(id: String, message: String)
}

public typealias RunObserver = @Sendable (RunEvent) -> Void
