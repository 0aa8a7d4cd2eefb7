public import Foundation
public import SceneBundle

/// Which executions carry their full-size images, `trace.zip` and filmstrip.
public enum ReportDetail: String, Sendable, CaseIterable {
    /// Executions that need a look: failed, error, timed out, flaky, or with any visual
    /// difference. The others show their first screen, steps, trace table, console and repro.
    case changed
    /// Every execution (a baseline night's new screenshots included).
    case all
}

/// How a report is built. Defaults suit `scene report <run>`.
public struct ReportOptions: Sendable {
    /// Folder holding `templates/` and `assets/report/`; nil = `ReportResources.locate()`.
    public var resourcesDirectory: URL?
    /// Absolute URL where the site will be published (CI artifact, S3 prefix); when set,
    /// junit.xml and summary.md link there instead of using relative paths.
    public var linkBase: String?
    /// Console lines kept per execution page (the rest are counted, not shown).
    public var consoleLimit: Int
    /// Characters kept of any one console message, error or repro script.
    public var textLimit: Int
    /// Pages are written by this many workers.
    public var concurrency: Int
    /// Which executions carry full-size images, trace.zip and frames.
    public var detail: ReportDetail
    /// Also store the lossless PNG screenshots (and diff image) of those executions, for download.
    public var originals: Bool
    /// Earlier reports, run folders (their `report/`), folders of those, or `history.json`
    /// files, for the history index; empty: no history.
    public var history: [URL]
    /// Runs kept in the history index, this one included.
    public var historyLimit: Int

    public init(resourcesDirectory: URL? = nil, linkBase: String? = nil, consoleLimit: Int = 200,
                textLimit: Int = 4000, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                detail: ReportDetail = .changed, originals: Bool = false, history: [URL] = [], historyLimit: Int = 30) {
        self.resourcesDirectory = resourcesDirectory; self.linkBase = linkBase
        self.consoleLimit = consoleLimit; self.textLimit = textLimit; self.concurrency = max(1, concurrency)
        self.detail = detail; self.originals = originals; self.history = history; self.historyLimit = max(1, historyLimit)
    }
}

/// A report problem the user can act on (bad bundle, missing resources).
public struct ReportError: SceneError, Sendable {
    public var path: String
    public var message: String
    public var hint: String?
    public init(path: String, message: String, hint: String? = nil) { self.path = path; self.message = message; self.hint = hint }
    public var location: String? { path }
}
