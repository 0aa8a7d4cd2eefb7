import SceneLocator
public import SceneBundle
import Foundation

/// The human-readable form of an analysis, for terminals.
public enum TraceTable {
    public static func render(_ a: TraceAnalysis, name: String, comparison: TraceDiffRecord? = nil, againstName: String? = nil) -> String {
        var out = "\(name): "
        out += a.playwrightVersion.map { "Playwright \($0), " } ?? ""
        out += "trace format \(a.traceVersion.map(String.init) ?? "?"), \(a.contexts.count) context(s), "
        out += "\(a.actions.count) action(s), \(a.failed.count) failed\n"
        let rows = a.actions.map { x -> [String] in
            let target = x.locatorText ?? (x.kind == .navigate || x.kind == .reload || x.kind == .goBack || x.kind == .goForward ? x.url ?? "" : "")
            let value = x.redacted ? TraceRedaction.placeholder : x.value.map { StringLiteral.quoted(clip($0, 30)) } ?? ""
            let status = x.status == .passed ? "ok" : x.status.rawValue + (x.error.map { ": " + clip($0, 50) } ?? "")
            return [String(x.index), x.kind.rawValue, clip(target, 60), clip(x.target?.summary ?? "", 50), value, format(x.startMs),
                    x.durationMs.map(format) ?? "-", status]
        }
        out += table(header: ["#", "kind", "target", "element", "value", "start ms", "ms", "status"], rows: rows)
        if a.traceMerged {
            out += "\nmissing from the recording (performed, not recorded): \(a.missing.count)\n"
            for m in a.missing {
                out += "  + at \(m.position): \(m.action.kind.rawValue) \(m.action.locatorText ?? m.action.url ?? "")\n"
            }
            out += "not performed (recorded, absent from the trace): \(a.notPerformed.count)\n"
            for n in a.notPerformed {
                out += "  - #\(n.position): \(n.action.kind.rawValue) \(n.action.locatorText ?? n.action.url ?? "")\n"
            }
            if let c = a.coverage { out += "coverage: \(format(c * 100)) %\n" }
        }
        if let comparison { out += render(comparison, against: againstName ?? "the baseline") }
        let s = a.stats
        let skipped = s.garbageLines + s.oversizedLines + s.unknownEventTypes.values.reduce(0, +) + s.orphanEvents
        if skipped > 0 {
            out += "skipped: \(s.garbageLines) unreadable line(s), \(s.oversizedLines) oversized line(s), "
            out += "\(s.unknownEventTypes.values.reduce(0, +)) unknown event(s), \(s.orphanEvents) orphan event(s)\n"
        }
        return out
    }

    /// What changed since another trace of the same task, one line per step.
    public static func render(_ d: TraceDiffRecord, against name: String) -> String {
        var out = "\ncompared with \(name): \(d.steps.count) step(s) changed, \(d.unchangedSteps) unchanged\n"
        for s in d.steps {
            let what = "\(s.kind) \(s.locator ?? "")".trimmingCharacters(in: .whitespaces)
            switch s.change {
            case .removed: out += "  - removed (baseline step \((s.baselineIndex ?? 0) + 1)): \(what)\(s.baselineElement.map { " " + $0 } ?? "")\n"
            case .added: out += "  + added (step \((s.index ?? 0) + 1)): \(what)\(s.element.map { " " + $0 } ?? "")\n"
            case .moved, .changed: out += "  ~ step \((s.index ?? 0) + 1) \(what)\n"
            }
            for detail in s.details { out += "      \(clip(detail, 200))\n" }
        }
        return out
    }

    static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }

    static func format(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func table(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ") + "\n"
        }
        return ([line(header)] + rows.map(line)).joined()
    }
}
