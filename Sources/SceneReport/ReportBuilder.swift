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
        let safeNames = Self.uniqueSafeNames(records.map(\.id))
        let runTitle = "\(manifest.project) / \(manifest.batch)"

        let maker = ExecutionPageMaker(bundle: bundle, site: site, options: options, runTitle: runTitle)
        let head = HTML(markup: try resources.render("head", ["assets": "../assets/report"]))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("x"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("data"), withIntermediateDirectories: true)
        let failures = ErrorList()
        let summaryBox = SummaryBox()
        // Item 0 is the dashboard and the CI files, made while the other thread starts on
        // the pages (they need only the records), so no core idles through a serial tail.
        Parallel.forEach(records.count + 1, workers: options.concurrency) { item in
            guard item > 0 else {
                do {
                    summaryBox.value = try writeIndex(site: site, manifest: manifest, records: records, safeNames: safeNames,
                                                      problems: problems, resources: resources)
                } catch {
                    failures.append("index: \(Self.describe(error))")
                }
                return
            }
            let i = item - 1
            do {
                let link = { (j: Int) in ExecutionPage.Link(href: "\(safeNames[j]).html", label: records[j].id) }
                let page = try maker.make(records[i], safe: safeNames[i],
                                          prev: i > 0 ? link(i - 1) : nil, next: i + 1 < records.count ? link(i + 1) : nil)
                try SiteFiles.write(page.html(head: head), toPath: maker.pagesPath + "/" + safeNames[i] + ".html")
            } catch {
                failures.append("\(records[i].id): \(Self.describe(error))")
            }
        }
        if let first = failures.first {
            throw ReportError(path: site.path, message: "cannot write the report: \(first)")
        }
        guard let summary = summaryBox.value else { throw ReportError(path: site.path, message: "no summary was made") }
        return ReportResult(site: site, summary: summary, warnings: problems)
    }

    /// `index.html`, `data/index.js`, `summary.json`, `junit.xml` and `summary.md`.
    private func writeIndex(site: URL, manifest: RunManifest, records: [ExecutionRecord], safeNames: [String],
                            problems: [String], resources: ReportResources) throws -> ReportSummary {
        let safeById = Dictionary(zip(records.map(\.id), safeNames), uniquingKeysWith: { first, _ in first })
        let pageHref: (ExecutionRecord) -> String = { [safe = safeById, base = options.linkBase] r in
            let rel = "x/\(safe[r.id] ?? SafeName.of(r.id)).html"
            return base.map { Self.join($0, rel) } ?? rel
        }
        let summary = ReportSummary(manifest: manifest, records: records, pageHref: pageHref)
        let dashboard = DashboardPage(manifest: manifest, summary: summary, warnings: problems)
        try SiteFiles.write(DashboardData.script(records: records, safeNames: safeNames, run: dashboard.runData),
                            to: site.appendingPathComponent("data/index.js"))
        try SiteFiles.write(try resources.render("dashboard", dashboard), to: site.appendingPathComponent("index.html"))
        try BundleIO.writeJSON(summary, to: site.appendingPathComponent("summary.json"))
        try SiteFiles.write(CIOutputs.junit(summary), to: site.appendingPathComponent("junit.xml"))
        let indexLink = options.linkBase.map { Self.join($0, "index.html") } ?? "index.html"
        try SiteFiles.write(CIOutputs.markdown(summary, indexLink: indexLink), to: site.appendingPathComponent("summary.md"))
        return summary

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
            for name in ["data", "assets", "index.html", "summary.json", "junit.xml", "summary.md"] {
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

/// The summary made by the index worker (written once, read after the workers finish).
private final class SummaryBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: ReportSummary?
    var value: ReportSummary? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
