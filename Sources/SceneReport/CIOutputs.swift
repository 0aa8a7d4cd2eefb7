import Foundation

/// junit.xml and summary.md, written next to the site for CI systems.
enum CIOutputs {
    /// One `<testsuite>` per run, one `<testcase>` per execution (classname = page,
    /// name = task/viewport/browser). Visual failures are `<failure>`, executions that
    /// could not run are `<error>`, unfinished ones `<skipped>`.
    static func junit(_ s: ReportSummary) -> String {
        let x = Escaping.xml
        let errors = s.executions.filter { $0.status == "error" || $0.status == "timedOut" }.count
        let failures = s.executions.filter { $0.status == "failed" }.count
        let skipped = s.executions.filter { ["queued", "running", "cancelled"].contains($0.status) }.count
        let seconds = Formatting.fixed((s.run.durationMs ?? 0) / 1000, 3)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"scene\" tests=\"\(s.counts.total)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\" time=\"\(seconds)\">\n"
        out += "  <testsuite name=\"\(x(s.run.project + " / " + s.run.batch))\" tests=\"\(s.counts.total)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\" time=\"\(seconds)\" timestamp=\"\(Formatting.date(s.run.startedAt))\">\n"
        for e in s.executions {
            let time = Formatting.fixed((e.durationMs ?? 0) / 1000, 3)
            out += "    <testcase classname=\"\(x(e.page))\" name=\"\(x("\(e.task) · \(e.viewport) · \(e.browser)"))\" time=\"\(time)\">\n"
            let detail = "level: \(e.level), diff: \(Formatting.percent(e.diffPercentage)) (\(e.diffPixels) px)\nreport: \(e.report)"
            switch e.status {
            case "failed":
                out += "      <failure type=\"visual-\(e.level)\" message=\"\(x("\(e.level) visual difference, \(Formatting.percent(e.diffPercentage)) — \(e.report)"))\">\(x(detail))</failure>\n"
            case "error", "timedOut":
                let message = e.error ?? e.status
                out += "      <error type=\"\(e.status)\" message=\"\(x(Escaping.truncate(message, 300)))\">\(x(message + "\n" + detail))</error>\n"
            case "queued", "running", "cancelled":
                out += "      <skipped message=\"\(e.status)\"/>\n"
            default:
                out += "      <system-out>\(x(detail))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    /// A Markdown summary for `$GITHUB_STEP_SUMMARY` and PR comments: counts, then the
    /// failing executions (at most `limit` rows, worst first) with links to their pages.
    static func markdown(_ s: ReportSummary, indexLink: String, limit: Int = 50) -> String {
        let md = Escaping.markdownCell
        let icon = s.counts.failing == 0 ? "✅" : "❌"
        var out = "## \(icon) Scene — \(md(s.run.project)) / \(md(s.run.batch))\n\n"
        var facts = ["**\(s.counts.total)** executions", "**\(s.counts.failing)** failing",
                     "status `\(s.run.status)`", "duration \(Formatting.duration(s.run.durationMs))"]
        if let shard = s.run.shard { facts.append("shard \(shard.index)/\(shard.total)") }
        if s.counts.notRun > 0 { facts.append("**\(s.counts.notRun)** planned but not run") }
        out += facts.joined(separator: " · ") + "\n\n"
        if let reason = s.run.timeoutReason { out += "> Timed out: \(md(reason))\n\n" }
        let statuses = s.counts.byStatus.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        out += "| Status | Count |\n|---|---:|\n"
        for (k, v) in statuses { out += "| \(k) | \(v) |\n" }
        out += "\n| Diff level | Count |\n|---|---:|\n"
        for level in ["major", "minor", "none"] { out += "| \(level) | \(s.counts.byLevel[level] ?? 0) |\n" }
        if !s.failures.isEmpty {
            out += "\n### Failing executions\n\n| Page | Task | Viewport | Browser | Status | Level | Diff |\n|---|---|---|---|---|---|---:|\n"
            for e in s.failures.prefix(limit) {
                out += "| [\(md(e.page))](\(linkTarget(e.report))) | \(md(e.task)) | \(md(e.viewport)) | \(md(e.browser)) | \(e.status) | \(e.level) | \(Formatting.percent(e.diffPercentage)) |\n"
            }
            if s.failures.count > limit { out += "\n…and \(s.failures.count - limit) more.\n" }
        }
        out += "\n[Full report](\(linkTarget(indexLink)))\n"
        return out
    }

    /// Markdown link targets cannot hold spaces or parentheses unescaped.
    private static func linkTarget(_ s: String) -> String {
        s.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
