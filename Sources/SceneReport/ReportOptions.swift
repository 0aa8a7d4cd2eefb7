public import Foundation
public import SceneBundle

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

    public init(resourcesDirectory: URL? = nil, linkBase: String? = nil, consoleLimit: Int = 200,
                textLimit: Int = 4000, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.resourcesDirectory = resourcesDirectory; self.linkBase = linkBase
        self.consoleLimit = consoleLimit; self.textLimit = textLimit; self.concurrency = max(1, concurrency)
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
