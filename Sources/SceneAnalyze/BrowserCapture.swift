public import SceneBundle

/// What the browser stage reported for one attempt (the runner's `result` message, minus what
/// only the scheduler needs). Artifact names are relative to the execution folder.
public struct BrowserCapture: Decodable, Sendable, Equatable {
    /// How the attempt ended in the browser; the visual verdict is decided by the analysis.
    public enum Status: String, Decodable, Sendable {
        case passed, error, timedOut, cancelled
        /// A runner speaking a newer protocol may send a status this one does not know: an error.
        public init(from decoder: any Decoder) throws {
            self = Status(rawValue: try decoder.singleValueContainer().decode(String.self)) ?? .error
        }
    }
    public struct Files: Decodable, Sendable, Equatable {
        public var observed: String?
        public var reference: String?
        public var trace: String?
        public var console: String?
        public init(observed: String? = nil, reference: String? = nil, trace: String? = nil, console: String? = nil) {
            self.observed = observed; self.reference = reference; self.trace = trace; self.console = console
        }
    }
    public var status: Status
    public var error: String?
    public var title: String?
    public var artifacts: Files
    public var steps: [StepResult]
    public var healing: [HealingRecord]?
    public var consoleErrors: Int?
    public var pageErrors: Int?

    public init(status: Status, error: String? = nil, title: String? = nil, artifacts: Files = Files(), steps: [StepResult] = [],
                healing: [HealingRecord]? = nil, consoleErrors: Int? = nil, pageErrors: Int? = nil) {
        self.status = status; self.error = error; self.title = title; self.artifacts = artifacts; self.steps = steps
        self.healing = healing; self.consoleErrors = consoleErrors; self.pageErrors = pageErrors
    }
}
