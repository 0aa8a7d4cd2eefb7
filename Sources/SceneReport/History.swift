public import Foundation
import SceneBundle

/// The history index: one row and one bar per run found under a runs folder.
struct HistoryPage {
    struct Row {
        var runId: String, batch: String, status: String, startedAt: String
        var total: Int, failing: Int, hasFailing: Bool, diffPixels: String, maxDiff: String
        var href: String?
    }
    var runs: [Row]
    var runCount: Int
    var failuresChart: String
    var diffChart: String
    var problems: [String]
    var hasProblems: Bool
    var assets = "assets/report"
}

extension ReportBuilder {
    /// Builds `into/index.html` (trend charts and a table of runs, newest first) and each
    /// run's report under `into/runs/<run>/`, so the history folder is self-contained.
    /// A run's report is rebuilt only when its run.json is newer than its summary.json.
    @discardableResult
    public func buildHistory(runs: URL, into site: URL) throws -> [ReportSummary] {
        let resources = try ReportResources(directory: options.resourcesDirectory)
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: runs.path) else {
            throw ReportError(path: runs.path, message: "cannot list the runs folder")
        }
        try prepare(site)
        try copyAssets(resources, into: site)
        var summaries: [(summary: ReportSummary, href: String)] = []
        var problems: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let bundle = RunBundle(root: runs.appendingPathComponent(name))
            guard fm.fileExists(atPath: bundle.manifestURL.path) else { continue }
            let safe = SafeName.of(name)
            let target = site.appendingPathComponent("runs/\(safe)")
            let summaryURL = target.appendingPathComponent("summary.json")
            do {
                if Self.modified(summaryURL) <= Self.modified(bundle.manifestURL) {
                    try build(bundle: bundle, into: target)
                }
                summaries.append((try BundleIO.readJSON(ReportSummary.self, from: summaryURL), "runs/\(safe)/index.html"))
            } catch {
                problems.append("\(bundle.root.path): \(Self.describe(error))")
            }
        }
        summaries.sort { $0.summary.run.startedAt < $1.summary.run.startedAt }
        let chronological = summaries.map(\.summary)
        let page = HistoryPage(
            runs: summaries.reversed().map { s, href in
                HistoryPage.Row(runId: s.run.runId, batch: s.run.batch, status: s.run.status, startedAt: Formatting.date(s.run.startedAt),
                                total: s.counts.total, failing: s.counts.failing, hasFailing: s.counts.failing > 0,
                                diffPixels: Formatting.number(s.totals.diffPixels), maxDiff: Formatting.percent(s.totals.maxDiffPercentage), href: href)
            },
            runCount: summaries.count,
            failuresChart: TrendChart.svg(chronological.map { .init(summary: $0, value: Double($0.counts.failing)) }, color: "#cf222e", unit: "failing"),
            diffChart: TrendChart.svg(chronological.map { .init(summary: $0, value: Double($0.totals.diffPixels)) }, color: "#0969da", unit: "px"),
            problems: problems, hasProblems: !problems.isEmpty)
        try SiteFiles.write(try resources.render("history", page), to: site.appendingPathComponent("index.html"))
        return chronological
    }

    static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }
}

/// A bar chart as static SVG markup (no script, no style attribute: CSP-safe). Every
/// label is XML-escaped; the caller inserts the result unescaped.
enum TrendChart {
    struct Point {
        /// Axis label: the run's start time (runs are nightly, so the day and hour).
        var label: String
        var runId: String
        var value: Double
        init(summary: ReportSummary, value: Double) {
            label = String(Formatting.date(summary.run.startedAt).prefix(16)).replacingOccurrences(of: "T", with: " ")
            runId = summary.run.runId
            self.value = value
        }
    }

    static func svg(_ points: [Point], color: String, unit: String) -> String {
        let width = 900.0, height = 220.0, left = 56.0, bottom = 28.0, top = 12.0
        let plotW = width - left - 8, plotH = height - top - bottom
        let maxValue = max(points.map(\.value).max() ?? 0, 1)
        let step = points.isEmpty ? plotW : plotW / Double(points.count)
        let barW = max(1, min(40, step * 0.7))
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(Escaping.xml(unit)) per run\">"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(width - 8))\" y2=\"\(f(top + plotH))\" stroke=\"#999\"/>"
        for tick in [0.0, 0.5, 1.0] {
            let y = top + plotH * (1 - tick)
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\" font-size=\"11\" fill=\"#667085\">\(Escaping.xml(Formatting.compact(maxValue * tick)))</text>"
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - 8))\" y2=\"\(f(y))\" stroke=\"#e5e7eb\"/>"
        }
        let labelEvery = max(1, (points.count + 5) / 6)
        for (i, p) in points.enumerated() {
            let h = plotH * p.value / maxValue
            let x = left + step * Double(i) + (step - barW) / 2
            out += "<rect x=\"\(f(x))\" y=\"\(f(top + plotH - h))\" width=\"\(f(barW))\" height=\"\(f(max(h, p.value > 0 ? 1 : 0)))\" fill=\"\(color)\">"
            out += "<title>\(Escaping.xml("\(p.runId) (\(p.label)): \(Formatting.number(Int(p.value))) \(unit)"))</title></rect>"
            if i % labelEvery == 0 {
                out += "<text x=\"\(f(x + barW / 2))\" y=\"\(f(height - 10))\" text-anchor=\"middle\" font-size=\"10\" fill=\"#667085\">\(Escaping.xml(p.label))</text>"
            }
        }
        return out + "</svg>"
    }
}
