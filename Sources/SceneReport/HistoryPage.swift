import Foundation

/// `history.html`: trend charts and the runs of the history index, newest first, each
/// linking to its own report; the grid of executions that changed is drawn by
/// assets/report/history.js from `data/history.js`.
struct HistoryPage {
    struct Row {
        var runId: String, status: String, level: String?, startedAt: String
        var total: Int, failing: Int, hasFailing: Bool, diffPixels: String, maxDiff: String
        var href: String?
        var note: String?
        var isCurrent: Bool
    }
    var title: String
    var runs: [Row]
    var runCount: Int
    var failuresChart: String
    var diffChart: String
    var problems: [String]
    var hasProblems: Bool
    var otherBatches: Int
    var hasOtherBatches: Bool
    var assets = "assets/report"

    init(index: HistoryIndex, problems: [String], otherBatches: Int) {
        title = "\(index.project) / \(index.batch)"
        runs = index.runs.enumerated().map { i, r in
            var notes: [String] = []
            if let shard = r.run.shard { notes.append("shard \(shard.index)/\(shard.total)") }
            if let shards = r.run.mergedFrom, !shards.isEmpty { notes.append("merged from \(shards.count) shards") }
            if r.report == nil { notes.append("no report") }
            return Row(runId: r.run.runId, status: r.run.status, level: r.run.level, startedAt: Formatting.date(r.run.startedAt), total: r.counts.total,
                       failing: r.counts.failing, hasFailing: r.counts.failing > 0, diffPixels: Formatting.number(r.totals.diffPixels),
                       maxDiff: Formatting.percent(r.totals.maxDiffPercentage), href: r.report.map { $0 + "index.html" },
                       note: notes.isEmpty ? nil : notes.joined(separator: ", "), isCurrent: i == 0)
        }
        runCount = index.runs.count
        let chronological = Array(index.runs.reversed())
        failuresChart = TrendChart.svg(chronological.map { .init(run: $0.run, value: Double($0.counts.failing)) }, color: "#cf222e", unit: "failing")
        diffChart = TrendChart.svg(chronological.map { .init(run: $0.run, value: Double($0.totals.diffPixels)) }, color: "#0969da", unit: "px")
        self.problems = problems.prefix(50).map { Escaping.truncate($0, 500) }
        hasProblems = !problems.isEmpty
        self.otherBatches = otherBatches
        hasOtherBatches = otherBatches > 0
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
        init(run: ReportSummary.Run, value: Double) {
            label = String(Formatting.date(run.startedAt).prefix(16)).replacingOccurrences(of: "T", with: " ")
            runId = run.runId
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
