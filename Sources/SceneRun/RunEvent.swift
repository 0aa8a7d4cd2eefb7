public import SceneBundle

/// What a run reports while it goes, for progress displays and tests.
public enum RunEvent: Sendable {
    /// `total` executions in the plan, `alreadyDone` of them finished by an earlier (resumed) session.
    case started(runDirectory: String, total: Int, alreadyDone: Int)
    case runnerStarted(pid: Int32, browser: String, playwright: String)
    case executionStarted(id: String, attempt: Int)
    case retrying(id: String, attempt: Int, reason: String)
    case executionFinished(ExecutionRecord)
    case stopping(reason: String)
}

public typealias RunObserver = @Sendable (RunEvent) -> Void
