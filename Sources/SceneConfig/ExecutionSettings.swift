public import SceneBundle

/// What a page or a task may set for its own executions, over the batch's settings. Every key left
/// out is inherited: an execution takes each setting from its task, else its page, else its batch.
public struct ExecutionOverrides: Sendable, Equatable, Codable, Hashable {
    public var thresholds: ThresholdOverrides?
    public var executionTimeoutSeconds: Double?
    public var navigationTimeoutSeconds: Double?
    public var stepTimeoutSeconds: Double?
    public var captureTimeoutSeconds: Double?
    public init(thresholds: ThresholdOverrides? = nil, executionTimeoutSeconds: Double? = nil, navigationTimeoutSeconds: Double? = nil,
                stepTimeoutSeconds: Double? = nil, captureTimeoutSeconds: Double? = nil) {
        self.thresholds = thresholds; self.executionTimeoutSeconds = executionTimeoutSeconds
        self.navigationTimeoutSeconds = navigationTimeoutSeconds; self.stepTimeoutSeconds = stepTimeoutSeconds
        self.captureTimeoutSeconds = captureTimeoutSeconds
    }

    /// `top`'s keys over `base`'s, key by key; nil when neither sets anything.
    public static func merged(_ base: ExecutionOverrides?, _ top: ExecutionOverrides?) -> ExecutionOverrides? {
        guard let base else { return top }
        guard let top else { return base }
        return ExecutionOverrides(
            thresholds: ThresholdOverrides.merged(base.thresholds, top.thresholds),
            executionTimeoutSeconds: top.executionTimeoutSeconds ?? base.executionTimeoutSeconds,
            navigationTimeoutSeconds: top.navigationTimeoutSeconds ?? base.navigationTimeoutSeconds,
            stepTimeoutSeconds: top.stepTimeoutSeconds ?? base.stepTimeoutSeconds,
            captureTimeoutSeconds: top.captureTimeoutSeconds ?? base.captureTimeoutSeconds)
    }
}

/// Thresholds a page or a task sets over the batch's (the run-level `runMajorPercent` stays the batch's).
public struct ThresholdOverrides: Sendable, Equatable, Codable, Hashable {
    public var pixel: Double?
    public var includeAntiAliasing: Bool?
    public var minor: Double?
    public var major: Double?
    public var failOn: DiffLevel?
    public init(pixel: Double? = nil, includeAntiAliasing: Bool? = nil, minor: Double? = nil, major: Double? = nil, failOn: DiffLevel? = nil) {
        self.pixel = pixel; self.includeAntiAliasing = includeAntiAliasing; self.minor = minor; self.major = major; self.failOn = failOn
    }

    static func merged(_ base: ThresholdOverrides?, _ top: ThresholdOverrides?) -> ThresholdOverrides? {
        guard let base else { return top }
        guard let top else { return base }
        return ThresholdOverrides(pixel: top.pixel ?? base.pixel, includeAntiAliasing: top.includeAntiAliasing ?? base.includeAntiAliasing,
                                  minor: top.minor ?? base.minor, major: top.major ?? base.major, failOn: top.failOn ?? base.failOn)
    }

    /// `thresholds` with these keys replacing its own.
    public func applied(to thresholds: Thresholds) -> Thresholds {
        var t = thresholds
        if let pixel { t.pixel = pixel }
        if let includeAntiAliasing { t.includeAntiAliasing = includeAntiAliasing }
        if let minor { t.minor = minor }
        if let major { t.major = major }
        if let failOn { t.failOn = failOn }
        return t
    }
}

/// The time limits an execution runs under, in seconds. Nothing caps them beyond what scene.yml says.
public struct TimeLimits: Sendable, Equatable {
    public static let defaultNavigationSeconds = 30.0
    public static let defaultStepSeconds = 10.0
    public static let defaultCaptureSeconds = 30.0
    /// The whole execution: load, steps, stabilisation, capture, a reference page.
    public var execution: Double
    /// Loading the page (until its load event).
    public var navigation: Double
    /// Each step (its own `timeoutMs` wins), and the page's readySelector.
    public var step: Double
    /// Taking the screenshot.
    public var capture: Double
}

/// Everything an execution takes from its batch, page and task: thresholds and time limits.
public struct ExecutionSettings: Sendable, Equatable {
    public var thresholds: Thresholds
    public var timeLimits: TimeLimits
}

extension Batch {
    /// The settings `execution` runs with: its task's, else its page's, else this batch's, else the defaults.
    public func settings(for execution: PlannedExecution) -> ExecutionSettings {
        let o = execution.overrides
        let limits = TimeLimits(
            execution: o?.executionTimeoutSeconds ?? executionTimeoutSeconds,
            navigation: o?.navigationTimeoutSeconds ?? navigationTimeoutSeconds ?? TimeLimits.defaultNavigationSeconds,
            step: o?.stepTimeoutSeconds ?? stepTimeoutSeconds ?? TimeLimits.defaultStepSeconds,
            capture: o?.captureTimeoutSeconds ?? captureTimeoutSeconds ?? TimeLimits.defaultCaptureSeconds)
        return ExecutionSettings(thresholds: o?.thresholds?.applied(to: thresholds) ?? thresholds, timeLimits: limits)
    }
}
