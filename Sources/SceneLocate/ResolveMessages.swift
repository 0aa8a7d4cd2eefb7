public import SceneConfig
import SceneLocator

/// What the runner asks: check that a locator still finds the baseline's element (`verify`:
/// `previous` and `found`, no snapshot needed), heal a failed or doubted locator, interpret a
/// plain-language step, or pick the elements of the page most like the one a step is recording
/// (`lookAlikes`: `previous` and the page's `snapshot`), kept with the baseline.
public enum ResolveMode: String, Sendable, Equatable, Codable {
    case verify, heal, interpret, lookAlikes
}

/// The runner's `resolve` message (docs: contracts.md, the runner protocol).
public struct ResolveRequest: Sendable, Equatable, Codable {
    public var type: String
    public var requestId: Int
    public var executionId: String?
    public var mode: ResolveMode
    /// heal: the declared step whose locator failed; interpret: a `plain` step whose value is the sentence.
    public var step: Step
    /// The failed locator as Playwright prints it, e.g. `getByRole('button', { name: 'Go' })`.
    public var failedLocator: String?
    public var error: String?
    public var attempt: Int?
    public var snapshot: Snapshot
    /// The element the step acted on in the baseline run, when the runner recorded it.
    public var previous: Element?
    /// verify, heal after a doubt: the element the step's locator finds now.
    public var found: Element?
    /// Index of the step in the execution's declared steps (optional: for the healing record).
    public var stepIndex: Int?
    /// heal: the elements of the baseline's page most like `previous`, when recorded: every
    /// candidate is checked both ways (`Healer.heal`).
    public var lookAlikes: [Element]?

    public init(requestId: Int, executionId: String? = nil, mode: ResolveMode, step: Step, failedLocator: String? = nil,
                error: String? = nil, attempt: Int? = nil, snapshot: Snapshot, previous: Element? = nil, found: Element? = nil,
                stepIndex: Int? = nil, lookAlikes: [Element]? = nil) {
        self.type = "resolve"; self.requestId = requestId; self.executionId = executionId; self.mode = mode
        self.step = step; self.failedLocator = failedLocator; self.error = error; self.attempt = attempt
        self.snapshot = snapshot; self.previous = previous; self.found = found; self.stepIndex = stepIndex
        self.lookAlikes = lookAlikes
    }
}

/// One scored candidate, best first, as the answer lists them.
public struct ResolveCandidate: Sendable, Equatable, Codable, Hashable {
    public var locator: String
    public var score: Double
    /// Snapshot index of the candidate element.
    public var index: Int?
    public init(locator: String, score: Double, index: Int? = nil) {
        self.locator = locator; self.score = score; self.index = index
    }
}

/// Scene's `resolved` answer. `ok == false` carries an error naming the best candidates.
public struct ResolveResponse: Sendable, Equatable, Codable {
    public var type: String
    public var requestId: Int
    public var ok: Bool
    /// The step with a concrete locator (nil when `ok` is false).
    public var step: Step?
    public var locator: String?
    public var confidence: Double
    public var candidates: [ResolveCandidate]
    public var reason: String
    public var error: String?
    /// Snapshot index of the chosen element.
    public var element: Int?
    /// When a locator still found an element unlike the baseline's: both, described for people.
    public var expected: String?
    public var found: String?
    /// verify: the same element; heal with `found`: that element was chosen again. The step runs unchanged.
    public var confirmed: Bool?
    /// lookAlikes: the elements of the snapshot most like `previous`, best first (field values left out).
    public var lookAlikes: [Element]?

    public init(requestId: Int, ok: Bool, step: Step?, locator: String?, confidence: Double,
                candidates: [ResolveCandidate], reason: String, error: String?, element: Int? = nil,
                expected: String? = nil, found: String? = nil, confirmed: Bool? = nil, lookAlikes: [Element]? = nil) {
        self.type = "resolved"; self.requestId = requestId; self.ok = ok; self.step = step; self.locator = locator
        self.confidence = confidence; self.candidates = candidates; self.reason = reason; self.error = error
        self.element = element; self.expected = expected; self.found = found; self.confirmed = confirmed
        self.lookAlikes = lookAlikes
    }

    /// `error` must be encoded as `null` when absent (the contract shows it), so encode by hand.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(requestId, forKey: .requestId)
        try c.encode(ok, forKey: .ok)
        try c.encode(step, forKey: .step)
        try c.encode(locator, forKey: .locator)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(candidates, forKey: .candidates)
        try c.encode(reason, forKey: .reason)
        try c.encode(error, forKey: .error)
        try c.encodeIfPresent(element, forKey: .element)
        try c.encodeIfPresent(expected, forKey: .expected)
        try c.encodeIfPresent(found, forKey: .found)
        try c.encodeIfPresent(confirmed, forKey: .confirmed)
        try c.encodeIfPresent(lookAlikes, forKey: .lookAlikes)
    }
}
