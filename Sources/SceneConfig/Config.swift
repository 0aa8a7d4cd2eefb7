public import Foundation
public import SceneBundle
public import SceneLocator

/// A parsed and validated `scene.yml`. Every field has a default so a five-line file works.
public struct Config: Sendable, Equatable {
    public var project: Project
    public var viewports: [Viewport]
    public var browsers: [BrowserName]
    public var pages: [Page]
    public var tasks: [TaskDefinition]
    public var batches: [Batch]
    public var runner: RunnerSettings
    public var stabilization: Stabilization

    public init(project: Project, viewports: [Viewport] = [.desktop], browsers: [BrowserName] = [.chromium],
                pages: [Page], tasks: [TaskDefinition] = [], batches: [Batch] = [],
                runner: RunnerSettings = RunnerSettings(), stabilization: Stabilization = Stabilization()) {
        self.project = project; self.viewports = viewports; self.browsers = browsers; self.pages = pages
        self.tasks = tasks; self.batches = batches; self.runner = runner; self.stabilization = stabilization
    }
}

public struct Project: Sendable, Equatable, Codable {
    public var name: String
    /// Base URL pages' paths are resolved against; `SCENE_BASE_URL` overrides it.
    public var baseURL: String?
    /// Where run bundles go (`runs/<run-id>`): relative to the config file, or absolute.
    public var runsDirectory: String
    /// Where approved baselines live: relative to the config file, or absolute.
    public var baselinesDirectory: String
    public init(name: String, baseURL: String? = nil, runsDirectory: String = "runs", baselinesDirectory: String = "baselines") {
        self.name = name; self.baseURL = baseURL; self.runsDirectory = runsDirectory; self.baselinesDirectory = baselinesDirectory
    }

    /// `runsDirectory` as a folder: an absolute path (or `~/…`) as written, else under `configDirectory`.
    public func runsURL(configDirectory: URL) -> URL { Self.folder(runsDirectory, configDirectory: configDirectory) }
    /// `baselinesDirectory` as a folder: an absolute path (or `~/…`) as written, else under `configDirectory`.
    public func baselinesURL(configDirectory: URL) -> URL { Self.folder(baselinesDirectory, configDirectory: configDirectory) }

    static func folder(_ path: String, configDirectory: URL) -> URL {
        let expanded = NSString(string: path).expandingTildeInPath
        return (expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded, isDirectory: true)
                                        : configDirectory.appendingPathComponent(expanded, isDirectory: true)).standardizedFileURL
    }
}

public struct Viewport: Sendable, Equatable, Codable {
    public var name: String
    public var width: Int
    public var height: Int
    public var deviceScaleFactor: Double
    public var mobile: Bool
    public var userAgent: String?
    public init(name: String, width: Int, height: Int, deviceScaleFactor: Double = 1, mobile: Bool = false, userAgent: String? = nil) {
        self.name = name; self.width = width; self.height = height
        self.deviceScaleFactor = deviceScaleFactor; self.mobile = mobile; self.userAgent = userAgent
    }
    public static let desktop = Viewport(name: "desktop", width: 1280, height: 800)
}

public enum BrowserName: String, Sendable, Equatable, Codable, CaseIterable {
    case chromium, firefox, webkit
}

/// Credentials for HTTP basic auth. The password is never stored: only the name of
/// the environment variable that holds it.
public struct BasicAuth: Sendable, Equatable, Codable {
    public var username: String
    public var passwordEnv: String
    public init(username: String, passwordEnv: String) { self.username = username; self.passwordEnv = passwordEnv }
}

public struct Page: Sendable, Equatable, Codable {
    public var id: String
    /// A path resolved against the base URL, or an absolute URL.
    public var url: String
    /// Optional second URL captured in the same execution (e.g. production vs staging).
    public var referenceURL: String?
    public var basicAuth: BasicAuth?
    /// Selectors made invisible (visibility: hidden), removed from the DOM, or painted over.
    public var hide: [String]
    public var remove: [String]
    public var mask: [String]
    /// Areas compared but not counted: their pixels stay in the screenshot and the viewer (nil: none;
    /// optional so that plans written before it still read).
    public var ignore: [IgnoredArea]?
    /// Wait for this selector before capture.
    public var readySelector: String?
    /// Extra wait before capture, in milliseconds.
    public var waitMs: Int
    public var fullPage: Bool
    /// Tasks run on this page when a batch does not name any (default: ["default"]).
    public var tasks: [String]?
    /// Thresholds and time limits of this page's executions, over the batch's.
    public var overrides: ExecutionOverrides?
    public init(id: String, url: String, referenceURL: String? = nil, basicAuth: BasicAuth? = nil,
                hide: [String] = [], remove: [String] = [], mask: [String] = [], ignore: [IgnoredArea]? = nil, readySelector: String? = nil,
                waitMs: Int = 0, fullPage: Bool = true, tasks: [String]? = nil, overrides: ExecutionOverrides? = nil) {
        self.id = id; self.url = url; self.referenceURL = referenceURL; self.basicAuth = basicAuth
        self.hide = hide; self.remove = remove; self.mask = mask; self.ignore = ignore; self.readySelector = readySelector
        self.waitMs = waitMs; self.fullPage = fullPage; self.tasks = tasks; self.overrides = overrides
    }
}

/// An area of a page that is compared but not counted in the execution's level (`Page.ignore`):
/// unlike a mask, its pixels stay in the screenshot, and the viewer outlines it. With a tolerance,
/// more changed pixels in it than allowed fail the execution on their own (docs/DIFF.md).
public struct IgnoredArea: Sendable, Equatable, Codable {
    /// A CSS selector: every element it matches when the screenshot is taken is an area of its own.
    public var selector: String?
    /// A fixed box, in CSS px of the page (document coordinates on a full page).
    public var box: PageBox?
    /// Changed pixels allowed in the area (nil: any number).
    public var maxDiffPixels: Int?
    /// Share of the area's pixels allowed to change, 0 to 1 (nil: any share).
    public var maxDiffRatio: Double?
    public init(selector: String? = nil, box: PageBox? = nil, maxDiffPixels: Int? = nil, maxDiffRatio: Double? = nil) {
        self.selector = selector; self.box = box; self.maxDiffPixels = maxDiffPixels; self.maxDiffRatio = maxDiffRatio
    }

    /// How the area is named in records and the report.
    public var label: String {
        if let selector { return selector }
        guard let box else { return "area" }
        return "box \(box.x.formatted()),\(box.y.formatted()) \(box.width.formatted())×\(box.height.formatted())"
    }
}

/// A rectangle in CSS px.
public struct PageBox: Sendable, Equatable, Codable {
    public var x: Double, y: Double, width: Double, height: Double
    public init(x: Double, y: Double, width: Double, height: Double) { self.x = x; self.y = y; self.width = width; self.height = height }
}

public enum StepKind: String, Sendable, Equatable, Codable, CaseIterable {
    case goto, click, dblclick, fill, type, press, hover, select, check, uncheck, scroll
    case wait, evaluate, setCookie, setLocalStorage, screenshot, assertVisible, assertText, assertTitle
    /// A plain-language sentence, interpreted through the runner's `resolve` message.
    case plain
}

/// What a `wait` step waits for.
public enum WaitCondition: Sendable, Equatable, Codable, Hashable {
    case selector(String)
    case text(String)
    case networkIdle
    case timeout(ms: Int)
}

/// One declared step, already normalised from its YAML shorthand. This is exactly what
/// the runner receives as JSON.
public struct Step: Sendable, Equatable, Codable, Hashable {
    public var kind: StepKind
    public var locator: Locator?
    /// fill/type/select value, press key, evaluate script, goto URL, cookie/localStorage value,
    /// assertion text, plain-language sentence, screenshot name.
    public var value: String?
    /// setCookie/setLocalStorage key.
    public var name: String?
    /// Cookie marked secret: its value is never written to any output.
    public var secret: Bool?
    public var wait: WaitCondition?
    /// scroll: pixels down (negative = up); nil with `locator` = scroll it into view; `value: "bottom"` = to the end.
    public var scrollY: Int?
    public var timeoutMs: Int?
    public var optional: Bool?
    /// Where the step was declared (`file:line:column`), for error messages.
    public var source: String?
    public init(kind: StepKind, locator: Locator? = nil, value: String? = nil, name: String? = nil, secret: Bool? = nil,
                wait: WaitCondition? = nil, scrollY: Int? = nil, timeoutMs: Int? = nil, optional: Bool? = nil, source: String? = nil) {
        self.kind = kind; self.locator = locator; self.value = value; self.name = name; self.secret = secret
        self.wait = wait; self.scrollY = scrollY; self.timeoutMs = timeoutMs; self.optional = optional; self.source = source
    }
}

public struct TaskDefinition: Sendable, Equatable, Codable {
    public var id: String
    public var steps: [Step]
    /// Thresholds and time limits of this task's executions, over the page's and the batch's.
    public var overrides: ExecutionOverrides?
    public init(id: String, steps: [Step] = [], overrides: ExecutionOverrides? = nil) {
        self.id = id; self.steps = steps; self.overrides = overrides
    }
    /// The implicit task: load the page, stabilise, capture.
    public static let `default` = TaskDefinition(id: "default")
}

/// Diff thresholds. A comparison's level is `major` above `major` %, `minor` above `minor` %, else `none`.
public struct Thresholds: Sendable, Equatable, Codable {
    /// pixelmatch colour threshold (0...1).
    public var pixel: Double
    public var includeAntiAliasing: Bool
    /// Percent of changed pixels (shift-aware) above which an execution is minor / major.
    public var minor: Double
    public var major: Double
    /// The level from which an execution counts as failed.
    public var failOn: DiffLevel
    /// Run level: percent of executions at `major` above which the whole run is major.
    public var runMajorPercent: Double
    /// A change is `noise` (not `minor`) when it has at most `noiseMaxPixels` changed pixels, no
    /// inserted or removed rows, and no `noiseWindow` × `noiseWindow` square holds more than
    /// `noisePixelsPerWindow` of them: isolated pixels, not a changed word or line.
    public var noiseWindow: Int
    public var noisePixelsPerWindow: Int
    public var noiseMaxPixels: Int
    public init(pixel: Double = 0.1, includeAntiAliasing: Bool = false, minor: Double = 0, major: Double = 1.0,
                failOn: DiffLevel = .minor, runMajorPercent: Double = 10, noiseWindow: Int = 8, noisePixelsPerWindow: Int = 6,
                noiseMaxPixels: Int = 200) {
        self.pixel = pixel; self.includeAntiAliasing = includeAntiAliasing; self.minor = minor; self.major = major
        self.failOn = failOn; self.runMajorPercent = runMajorPercent
        self.noiseWindow = noiseWindow; self.noisePixelsPerWindow = noisePixelsPerWindow; self.noiseMaxPixels = noiseMaxPixels
    }
}

public struct Webhook: Sendable, Equatable, Codable {
    public var url: String
    /// Events to send (`run.started`, `execution.failed`, `run.finished`); empty = all.
    public var events: [String]
    /// Environment variable holding the HMAC-SHA256 signing secret.
    public var secretEnv: String?
    public init(url: String, events: [String] = [], secretEnv: String? = nil) { self.url = url; self.events = events; self.secretEnv = secretEnv }
}

public enum HealedStepPolicy: String, Sendable, Equatable, Codable { case pass, warn, fail }

public struct Batch: Sendable, Equatable, Codable {
    public var id: String
    /// Page ids or globs; empty = all pages.
    public var pages: [String]
    /// Task ids; empty = each page's tasks, or "default".
    public var tasks: [String]
    /// Viewport names; empty = all.
    public var viewports: [String]
    /// Browsers; empty = the project's.
    public var browsers: [BrowserName]
    public var thresholds: Thresholds
    /// Executions at once; nil = number of cores.
    public var concurrency: Int?
    /// Retries of an execution that failed for a reason a new attempt may not meet again.
    public var retries: Int
    public var executionTimeoutSeconds: Double
    /// Page load limit; nil = `TimeLimits.defaultNavigationSeconds`.
    public var navigationTimeoutSeconds: Double?
    /// Limit of each step; nil = `TimeLimits.defaultStepSeconds`.
    public var stepTimeoutSeconds: Double?
    /// Screenshot limit; nil = `TimeLimits.defaultCaptureSeconds`.
    public var captureTimeoutSeconds: Double?
    public var runTimeoutSeconds: Double?
    public var webhooks: [Webhook]
    public var healing: Bool
    public var maxHealingAttempts: Int
    public var healedSteps: HealedStepPolicy
    /// Largest screenshot or baseline decoded, in pixels (width × height); nil = SceneImaging's default (100 million).
    public var maxImagePixels: Int?
    /// Largest trace.zip read or redacted, in uncompressed megabytes; nil = SceneTrace's default (2048).
    public var maxTraceMegabytes: Int?
    public init(id: String, pages: [String] = [], tasks: [String] = [], viewports: [String] = [], browsers: [BrowserName] = [],
                thresholds: Thresholds = Thresholds(), concurrency: Int? = nil, retries: Int = 1,
                executionTimeoutSeconds: Double = 120, runTimeoutSeconds: Double? = nil, webhooks: [Webhook] = [],
                healing: Bool = true, maxHealingAttempts: Int = 3, healedSteps: HealedStepPolicy = .warn) {
        self.id = id; self.pages = pages; self.tasks = tasks; self.viewports = viewports; self.browsers = browsers
        self.thresholds = thresholds; self.concurrency = concurrency; self.retries = retries
        self.executionTimeoutSeconds = executionTimeoutSeconds; self.runTimeoutSeconds = runTimeoutSeconds
        self.webhooks = webhooks; self.healing = healing; self.maxHealingAttempts = maxHealingAttempts; self.healedSteps = healedSteps
    }
}

public enum RunnerBackend: String, Sendable, Equatable, Codable { case local, docker, remote }

public struct RunnerSettings: Sendable, Equatable, Codable {
    public var backend: RunnerBackend
    /// local: the browser executable (default /usr/bin/chromium when it exists, else Playwright's own).
    public var executablePath: String?
    /// local: the Python interpreter with Playwright (default .venv/bin/python next to the project, then python3).
    public var python: String?
    /// docker: image and engine (`docker` or `podman`), network mode.
    public var image: String?
    public var engine: String?
    public var network: String?
    /// remote: `ws://…` Playwright server or `http://…` CDP endpoint.
    public var endpoint: String?
    /// Runner processes; each keeps one browser alive.
    public var processes: Int?
    public var headless: Bool
    public init(backend: RunnerBackend = .local, executablePath: String? = nil, python: String? = nil, image: String? = nil,
                engine: String? = nil, network: String? = nil, endpoint: String? = nil, processes: Int? = nil, headless: Bool = true) {
        self.backend = backend; self.executablePath = executablePath; self.python = python; self.image = image
        self.engine = engine; self.network = network; self.endpoint = endpoint; self.processes = processes; self.headless = headless
    }
}

/// What the runner does before capture so screenshots are repeatable.
public struct Stabilization: Sendable, Equatable, Codable {
    public var disableAnimations: Bool
    public var hideCaret: Bool
    public var waitForFonts: Bool
    public var autoScroll: Bool
    /// Extra selectors clicked or hidden to dismiss cookie banners (common consent frameworks are built in).
    public var cookieBannerSelectors: [String]
    public var suppressCookieBanners: Bool
    /// Take shots until two in a row are equal (or the first equals the baseline's), at most this many.
    public var settleShots: Int
    /// Tallest capture, CSS px: a taller page is captured down to here and ends with a marker band.
    public var maxHeight: Int
    public init(disableAnimations: Bool = true, hideCaret: Bool = true, waitForFonts: Bool = true, autoScroll: Bool = true,
                cookieBannerSelectors: [String] = [], suppressCookieBanners: Bool = true, settleShots: Int = 3,
                maxHeight: Int = 100_000) {
        self.disableAnimations = disableAnimations; self.hideCaret = hideCaret; self.waitForFonts = waitForFonts
        self.autoScroll = autoScroll; self.cookieBannerSelectors = cookieBannerSelectors
        self.suppressCookieBanners = suppressCookieBanners; self.settleShots = settleShots; self.maxHeight = maxHeight
    }
}

/// One execution of the matrix, fully resolved: what the runner needs and nothing it must look up.
public struct PlannedExecution: Sendable, Equatable, Codable {
    public var key: ExecutionKey
    public var id: String { key.id }
    /// Absolute URL.
    public var url: String
    public var referenceURL: String?
    public var viewport: Viewport
    public var page: Page
    public var steps: [Step]
    /// The page's overrides with the task's on top (`ExecutionOverrides.merged`); the batch's settings apply under them.
    public var overrides: ExecutionOverrides?
    public init(key: ExecutionKey, url: String, referenceURL: String?, viewport: Viewport, page: Page, steps: [Step],
                overrides: ExecutionOverrides? = nil) {
        self.key = key; self.url = url; self.referenceURL = referenceURL; self.viewport = viewport; self.page = page; self.steps = steps
        self.overrides = overrides
    }
}

/// A batch expanded into executions, in stable order, after filters and the shard cut.
public struct Plan: Sendable, Equatable {
    public var batch: Batch
    public var shard: ShardSpec?
    public var executions: [PlannedExecution]
    /// The expected seconds of each execution (`ShardBalancer.costs`), in the order of `executions`.
    public var costs: [Double]
    /// For a shard: every execution id of the plan before the cut, in plan order (merge restores the
    /// order from it and checks that all shards were cut from the same plan).
    public var unshardedIds: [String]?
    public init(batch: Batch, shard: ShardSpec?, executions: [PlannedExecution], costs: [Double]? = nil, unshardedIds: [String]? = nil) {
        self.batch = batch; self.shard = shard; self.executions = executions
        self.costs = costs ?? executions.map(ShardBalancer.estimatedSeconds)
        self.unshardedIds = unshardedIds
    }
}
