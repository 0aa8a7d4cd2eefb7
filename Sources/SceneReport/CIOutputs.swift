import SceneBundle
import Foundation

/// junit.xml and summary.md, written next to the site for CI systems.
enum CIOutputs {
    /// One `<testsuite>` per run, one `<testcase>` per execution (classname = page,
    /// name = task/viewport/browser). Visual failures are `<failure>`, executions that
    /// could not run are `<error>`, unfinished ones `<skipped>`; a `flaky` one passes with a
    /// `<flakyFailure>` per failed attempt (the Surefire convention CI systems read).
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
                + (e.warnings ?? []).map { "\nwarning: " + $0 }.joined()
            switch e.status {
            case "failed":
                // A visual difference, or no baseline to compare with (the error says so).
                let message = e.error ?? "\(e.level) visual difference, \(Formatting.percent(e.diffPercentage)) — \(e.report)"
                let type = e.error == nil ? "visual-\(e.level)" : "failed"
                out += "      <failure type=\"\(type)\" message=\"\(x(Escaping.truncate(message, 300)))\">\(x(message + "\n" + detail))</failure>\n"
            case "flaky":
                for attempt in e.earlierAttempts ?? [] {
                    out += "      <flakyFailure message=\"\(x(Escaping.truncate(attempt, 300)))\" type=\"retried\"/>\n"
                }
                out += "      <system-out>\(x("passed on attempt \(e.attempts ?? 2)\n" + detail))</system-out>\n"
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

    /// A Markdown summary for `$GITHUB_STEP_SUMMARY` and PR comments: the failing executions
    /// first (at most `limit`; those that could not run before visual failures, worst first),
    /// each with its message and a link to its page, then the passing ones with warnings,
    /// then the counts. `changes` describes a
    /// visual failure (by execution id: its blocks and regions).
    static func markdown(_ s: ReportSummary, indexLink: String, changes: [String: String] = [:], limit: Int = 50) -> String {
        let md = Escaping.markdownCell
        let icon = s.counts.failing == 0 ? "✅" : "❌"
        var out = "## \(icon) Scene — \(md(s.run.project)) / \(md(s.run.batch))\n\n"
        var facts = ["**\(s.counts.total)** executions", "**\(s.counts.failing)** failing",
                     "status `\(s.run.status)`", "duration \(Formatting.duration(s.run.durationMs))"]
        if let level = s.run.level { facts.insert("run level `\(level)`", at: 3) }
        if let shard = s.run.shard { facts.append("shard \(shard.index)/\(shard.total)") }
        if s.counts.notRun > 0 { facts.append("**\(s.counts.notRun)** planned but not run") }
        out += facts.joined(separator: " · ") + " · [report](\(linkTarget(indexLink)))\n\n"
        if let reason = s.run.timeoutReason { out += "> Timed out: \(md(reason))\n\n" }
        if !s.failures.isEmpty {
            let couldNotRun = s.failures.filter { $0.status != "failed" }, visual = s.failures.filter { $0.status == "failed" }
            out += "### Failing executions (\(s.failures.count))\n\n"
            for e in (couldNotRun + visual).prefix(limit) {
                let what = e.status == "failed"
                    ? "\(e.level) visual difference, \(Formatting.percent(e.diffPercentage)) (\(Formatting.number(e.diffPixels)) px)"
                    : e.status
                out += "- **\(md(e.page))** · \(md(e.task)) · \(md(e.viewport)) · \(md(e.browser)) — \(what) — [open](\(linkTarget(e.report)))\n"
                // The top finding in words; its selector stays Markdown code, the page's text is escaped.
                if let change = e.change { out += "  > what changed: \(Escaping.markdownCode(change))\n" }
                for line in [e.error, changes[e.id], e.unstable.map { "unstable: " + $0 }].compactMap({ $0 }) where !line.isEmpty {
                    out += "  > \(md(Escaping.truncate(line, 300)))\n"
                }
            }
            if s.failures.count > limit { out += "\n…and \(s.failures.count - limit) more in the [report](\(linkTarget(indexLink + "#fo=1"))).\n" }
            out += "\n"
        }
        let warned = s.executions.filter { !$0.failing && !($0.warnings ?? []).isEmpty }
        if !warned.isEmpty {
            out += "### Warnings (\(warned.count) execution\(warned.count == 1 ? "" : "s"))\n\n"
            for e in warned.prefix(limit) {
                out += "- **\(md(e.page))** · \(md(e.task)) · \(md(e.viewport)) · \(md(e.browser)) — \(e.status) — [open](\(linkTarget(e.report)))\n"
                for line in (e.warnings ?? []).prefix(5) { out += "  > \(md(Escaping.truncate(line, 300)))\n" }
            }
            if warned.count > limit { out += "\n…and \(warned.count - limit) more in the [report](\(linkTarget(indexLink))).\n" }
            out += "\n"
        }
        let flaky = s.executions.filter { $0.status == "flaky" }
        if !flaky.isEmpty {
            out += "### Flaky executions (passed on retry)\n\n| Page | Task | Viewport | Browser | Earlier attempts |\n|---|---|---|---|---|\n"
            for e in flaky.prefix(limit) {
                let earlier = (e.earlierAttempts ?? []).joined(separator: "; ")
                out += "| [\(md(e.page))](\(linkTarget(e.report))) | \(md(e.task)) | \(md(e.viewport)) | \(md(e.browser)) | \(md(earlier)) |\n"
            }
            out += "\n"
        }
        let statuses = s.counts.byStatus.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        out += "| Status | Count |\n|---|---:|\n"
        for (k, v) in statuses { out += "| \(k) | \(v) |\n" }
        out += "\n| Diff level | Count |\n|---|---:|\n"
        for level in DiffLevel.allCases.reversed() { out += "| \(level.rawValue) | \(s.counts.byLevel[level.rawValue] ?? 0) |\n" }
        if let timings = s.totals.timings {
            let phases = timings.phases.compactMap { p in p.ms.map { "\(p.name) \(Formatting.duration($0))" } }
            out += "\nTime by phase (all executions): " + phases.joined(separator: " · ") + "\n"
        }
        return out
    }

    /// Markdown link targets cannot hold spaces or parentheses unescaped.
    private static func linkTarget(_ s: String) -> String {
        s.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
