public import Foundation
public import SceneBundle

/// What a build produced, for the command line to print.
public struct ReportResult: Sendable {
    public var site: URL
    public var summary: ReportSummary
    /// Unreadable execution records and similar problems that did not stop the build.
    public var warnings: [String]
}

/// Turns a run bundle into a static site (`index.html`, `x/<execution>.html`, `assets/`,
/// `data/`) plus `junit.xml`, `summary.json` and `summary.md` in the same folder.
///
/// Artifacts are hard-linked (or copied) into `x/<safe-id>/`, so the folder alone is the
/// whole report: it can be uploaded as a CI artifact, served statically or opened from
/// file://. Pages hold no inline script or style, so they work under
/// `Content-Security-Policy: default-src 'self'; img-src 'self' data:`.
public struct ReportBuilder: Sendable {
    public var options: ReportOptions
    public init(_ options: ReportOptions = ReportOptions()) { self.options = options }

    static let marker = ".scene-report"
    static let historyJSON = "history.json"
    static let historyPage = "history.html"

    @discardableResult
    public func build(bundle: RunBundle, into site: URL) throws -> ReportResult {
        let resources = try ReportResources(directory: options.resourcesDirectory)
        let manifest: RunManifest
        do { manifest = try bundle.readManifest() } catch {
            throw ReportError(path: bundle.manifestURL.path, message: "cannot read run manifest: \(Self.describe(error))",
                              hint: "pass a run folder (it holds run.json and executions/)")
        }
        let (unsorted, problems) = bundle.readExecutions(workers: options.concurrency)
        let records = unsorted.sorted { $0.id < $1.id }
        let previous = try prepare(site)
        defer { if let previous { try? FileManager.default.removeItem(at: previous) } }
        try copyAssets(resources, into: site)
        let store = try SiteStore(site: site)
        let safeNames = Self.uniqueSafeNames(records.map(\.id))
        let runTitle = "\(manifest.project) / \(manifest.batch)"
        let reportBase = options.linkBase.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let safeById = Dictionary(zip(records.map(\.id), safeNames), uniquingKeysWith: { first, _ in first })
        let summary = ReportSummary(manifest: manifest, records: records, report: reportBase) { r in
            (reportBase ?? "") + "x/\(safeById[r.id] ?? SafeName.of(r.id)).html"
        }
        let history = options.history.isEmpty ? nil : assembleHistory(summary, site: site)

        let maker = ExecutionPageMaker(bundle: bundle, store: store, options: options, runTitle: runTitle, runId: manifest.runId,
                                       hasHistory: history != nil)
        let head = HTML(markup: try resources.render("head", ["assets": "../assets/report"]))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("x"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("data"), withIntermediateDirectories: true)
        let failures = ErrorList()
        let thumbnails = Slots<String>(count: records.count)
        Parallel.forEach(records.count, workers: options.concurrency) { i in
            do {
                let link = { (j: Int) in ExecutionPage.Link(href: "\(safeNames[j]).html", label: records[j].id) }
                let page = try maker.make(records[i], safe: safeNames[i],
                                          prev: i > 0 ? link(i - 1) : nil, next: i + 1 < records.count ? link(i + 1) : nil)
                thumbnails.set(i, page.thumbnail)
                try SiteFiles.write(page.html(head: head), toPath: site.path + "/x/" + safeNames[i] + ".html")
            } catch {
                failures.append("\(records[i].id): \(Self.describe(error))")
            }
        }
        // The dashboard needs every thumbnail's place in the store; its files and the CI
        // files are independent of each other.
        let changes = Dictionary(records.filter { $0.status == .failed }.compactMap { r in ExecutionPageMaker.changeSummary(r).map { (r.id, $0) } },
                                 uniquingKeysWith: { first, _ in first })
        let positions = Dictionary(records.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let thumbnailPaths = thumbnails.values
        let groups = ChangeGroups.group(records)
        let dashboard = DashboardPage(manifest: manifest, summary: summary, warnings: problems, historyRuns: history?.index.runs.count,
                                      changes: groups, flakyProposals: history.map { FlakyProposals.propose(groups, index: $0.index) } ?? [:]) { id in
            guard let i = positions[id] else { return (id, nil) }
            return ((reportBase ?? "") + "x/\(safeNames[i]).html", thumbnailPaths[i])
        }
        let writers: [@Sendable () throws -> Void] = [
            { try SiteFiles.write(DashboardData.script(records: records, safeNames: safeNames, thumbnails: thumbnails.values, run: dashboard.runData),
                                  to: site.appendingPathComponent("data/index.js")) },
            { try SiteFiles.write(try resources.render("dashboard", dashboard), to: site.appendingPathComponent("index.html")) },
            { try BundleIO.writeJSON(summary, to: site.appendingPathComponent("summary.json")) },
            { try SiteFiles.write(CIOutputs.junit(summary), to: site.appendingPathComponent("junit.xml")) },
            { try SiteFiles.write(CIOutputs.markdown(summary, indexLink: (reportBase ?? "") + "index.html", changes: changes),
                                  to: site.appendingPathComponent("summary.md")) },
            { if let history { try writeHistory(history, site: site, resources: resources) } },
        ]
        Parallel.forEach(writers.count, workers: options.concurrency, chunk: 1) { i in
            do { try writers[i]() } catch { failures.append("index: \(Self.describe(error))") }
        }
        if let first = failures.first {
            throw ReportError(path: site.path, message: "cannot write the report: \(first)")
        }
        store.removeUnused()
        return ReportResult(site: site, summary: summary, warnings: problems + (history?.problems.map { "\($0.file.path): \($0.message)" } ?? []))
    }

    /// The history of this run and the earlier ones `options.history` names.
    private func assembleHistory(_ summary: ReportSummary, site: URL)
        -> (index: HistoryIndex, problems: [(file: URL, message: String)], otherBatches: Int) {
        var sources = HistorySources(site: site, project: summary.run.project, batch: summary.run.batch, limit: options.historyLimit)
        for url in options.history { sources.read(url) }
        let current = HistoryRun(summary: summary, report: "./")
        let (index, others) = HistoryIndex.assemble(current: current, earlier: sources.runs, limit: options.historyLimit, now: summary.generatedAt)
        return (index, sources.problems, others)
    }

    /// `history.json`, `data/history.js` (the same for pages opened from file://, which
    /// cannot fetch) and `history.html`.
    private func writeHistory(_ history: (index: HistoryIndex, problems: [(file: URL, message: String)], otherBatches: Int), site: URL,
                              resources: ReportResources) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let json = String(decoding: try encoder.encode(history.index), as: UTF8.self)
        try SiteFiles.write(json + "\n", to: site.appendingPathComponent(Self.historyJSON))
        // Safe inside a script: JSONEncoder escapes no "<", so "</script>" could only end a
        // script element written inline, and this is a separate file.
        try SiteFiles.write("window.SCENE_HISTORY = " + json + ";\n", to: site.appendingPathComponent("data/history.js"))
        // The published page names files relative to the report, not by this machine's paths.
        let page = HistoryPage(index: history.index, problems: history.problems.map { "\(HistorySources.path(of: $0.file, from: site)): \($0.message)" },
                               otherBatches: history.otherBatches)
        try SiteFiles.write(try resources.render("history", page), to: site.appendingPathComponent(Self.historyPage))
    }

    /// Creates the site folder, or clears a previous report there. A non-empty folder
    /// that is not a report is refused rather than overwritten. The previous pages are
    /// moved aside into the returned folder, which the caller deletes after the build:
    /// freeing 10k+ inodes right before creating as many made ext4 step over every inode
    /// freed in the last minute on each allocation, which tripled the time of a rebuild.
    @discardableResult
    func prepare(_ site: URL) throws -> URL? {
        let fm = FileManager.default
        let markerURL = site.appendingPathComponent(Self.marker)
        var previous: URL?
        if let entries = try? fm.contentsOfDirectory(atPath: site.path), !entries.isEmpty {
            guard fm.fileExists(atPath: markerURL.path) else {
                throw ReportError(path: site.path, message: "output folder is not empty and holds no previous report",
                                  hint: "choose an empty or new folder with --out")
            }
            let aside = site.appendingPathComponent(".scene-report-previous")
            try? fm.removeItem(at: aside)  // left by an interrupted build
            if fm.fileExists(atPath: site.appendingPathComponent("x").path) {
                try fm.createDirectory(at: aside, withIntermediateDirectories: true)
                try fm.moveItem(at: site.appendingPathComponent("x"), to: aside.appendingPathComponent("x"))
                previous = aside
            }
            // history/ held copies of whole reports before the history became an index.
            for name in ["data", "assets", "index.html", "summary.json", "junit.xml", "summary.md", Self.historyJSON, Self.historyPage, "history"] {
                try? fm.removeItem(at: site.appendingPathComponent(name))
            }
        }
        try fm.createDirectory(at: site, withIntermediateDirectories: true)
        try SiteFiles.write("scene report folder; rebuilding it replaces its content\n", to: markerURL)
        return previous
    }

    func copyAssets(_ resources: ReportResources, into site: URL) throws {
        let target = site.appendingPathComponent("assets/report")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: resources.assetsDirectory.path)
        for name in names.sorted() where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: resources.assetsDirectory.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
    }

    /// Safe names that stay distinct even on case-insensitive file systems.
    static func uniqueSafeNames(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.map { id in
            var name = SafeName.of(id)
            if !seen.insert(name.lowercased()).inserted {
                name += "_" + String(SafeName.fnv1a(id), radix: 16)
                seen.insert(name.lowercased())
            }
            return name
        }
    }

    static func join(_ base: String, _ path: String) -> String {
        base.hasSuffix("/") ? base + path : base + "/" + path
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? ReportError { return e.message }
        if let e = error as? DecodingError {
            switch e {
            case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
                let path = c.codingPath.map(\.stringValue).joined(separator: ".")
                return path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)"
            @unknown default: return "\(e)"
            }
        }
        return error.localizedDescription
    }
}

/// Errors collected by the page workers (NSLock: Mutex needs macOS 15).
private final class ErrorList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var first: String? { lock.lock(); defer { lock.unlock() }; return items.first }
}
