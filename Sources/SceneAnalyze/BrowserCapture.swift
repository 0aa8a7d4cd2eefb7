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
        /// Pages shot in several tiles, by page (`observed`, `reference`): the tiles top to bottom,
        /// stitched into the page's file by `TiledPages` before anything reads it.
        public var tiles: [String: [String]]?
        /// Layout snapshots taken with the observed and reference screenshots.
        public var layout: String?
        public var referenceLayout: String?
        public init(observed: String? = nil, reference: String? = nil, trace: String? = nil, console: String? = nil,
                    tiles: [String: [String]]? = nil, layout: String? = nil, referenceLayout: String? = nil) {
            self.observed = observed; self.reference = reference; self.trace = trace; self.console = console; self.tiles = tiles
            self.layout = layout; self.referenceLayout = referenceLayout
        }
    }
    public var status: Status
    public var error: String?
    /// The runner knows the error will be the same on another attempt (an HTTP 404, a step that
    /// cannot be performed as written).
    public var permanent: Bool?
    public var title: String?
    public var artifacts: Files
    public var steps: [StepResult]
    public var healing: [HealingRecord]?
    public var consoleErrors: Int?
    public var pageErrors: Int?
    /// False when the observed screenshot was still changing after the settle shots.
    public var settled: Bool?
    /// What the runner noticed on the way ("observed: page still changing after 3 screenshots",
    /// cookie banners hidden, fonts still loading).
    public var notes: [String]?
    /// The page's own password-field values at the end of the attempt, for the redactor only
    /// (never written or logged; see docs/SECURITY.md).
    public var passwordFieldValues: [String]?
    /// An output the runner could not write (`observed.png`, `trace.zip`, …: a full disk): the
    /// analysis throws it, and the run stops.
    public var storageError: StorageError?
    /// How each page was captured, by page (`observed`, `reference`).
    public var captures: [String: CaptureSummary]?

    public init(status: Status, error: String? = nil, permanent: Bool? = nil, title: String? = nil, artifacts: Files = Files(),
                steps: [StepResult] = [], healing: [HealingRecord]? = nil, consoleErrors: Int? = nil, pageErrors: Int? = nil,
                passwordFieldValues: [String]? = nil, storageError: StorageError? = nil, captures: [String: CaptureSummary]? = nil,
                settled: Bool? = nil, notes: [String]? = nil) {
        self.status = status; self.error = error; self.permanent = permanent; self.title = title; self.artifacts = artifacts; self.steps = steps
        self.healing = healing; self.consoleErrors = consoleErrors; self.pageErrors = pageErrors
        self.passwordFieldValues = passwordFieldValues; self.storageError = storageError; self.captures = captures
        self.settled = settled; self.notes = notes
    }
}
