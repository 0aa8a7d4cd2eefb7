public import SceneLocator
/// What a script or task written from a recording holds where the recording left a secret value
/// out: the person running it provides the value.
public let userProvidedValue = "[user-provided]"

/// An action that should appear in the trace: a declared step, a recorded action or a codegen line.
public struct ExpectedAction: Sendable, Equatable {
    public var kind: ActionKind
    /// Alternative ways to find the element, best first (a recorder keeps several strategies).
    public var locators: [Locator]
    public var value: String?
    /// The value is a secret: never shown, rendered as `[user-provided]`.
    public var redacted: Bool
    public var url: String?
    /// When the recorder saw it (ms since the recording started).
    public var timeMs: Double?
    /// Not reported as "not performed" when absent (steps that may leave no call in a trace).
    public var optional: Bool
    /// Where it came from (`scene.yml:12:7`, `recorder`, `codegen:3`).
    public var source: String?

    public init(kind: ActionKind, locators: [Locator] = [], value: String? = nil, redacted: Bool = false, url: String? = nil,
                timeMs: Double? = nil, optional: Bool = false, source: String? = nil) {
        self.kind = kind; self.locators = locators; self.value = value; self.redacted = redacted; self.url = url
        self.timeMs = timeMs; self.optional = optional; self.source = source
    }

    /// The best locator as `getByRole(...)` text.
    public var locatorText: String? { locators.first?.javaScript }
}
