public import SceneBundle
import Foundation
import SceneLocator

/// Two traces of the same task (the baseline run's and tonight's) aligned action by action, and
/// what changed per step: actions added, removed or moved; the element acted on; the duration
/// (by more than `durationFactor` and `minimumDurationChangeMs`); the status; the page URL after
/// the step; console errors and failed requests new since the baseline, attributed to the step
/// during or after which they happened.
///
/// URLs are compared relative to each trace's own origin (the first page it loaded), so a
/// baseline recorded on another host or port does not make every step differ.
public enum TraceDiff {
    public static let defaultDurationFactor = 3.0
    public static let minimumDurationChangeMs = 500.0

    public static func compare(baseline: TraceAnalysis, current: TraceAnalysis, durationFactor: Double = defaultDurationFactor) -> TraceDiffRecord {
        let b = baseline.actions, c = current.actions
        let baseOrigin = origin(of: b), currentOrigin = origin(of: c)
        // The baseline's actions as expected ones, URLs relative to its origin: the alignment of a recording with a trace.
        let expected = b.map { a in
            ExpectedAction(kind: a.kind, locators: a.locator.map { [$0] } ?? [], value: a.redacted ? nil : a.value, redacted: a.redacted,
                           url: (a.url ?? a.value).map { relative($0, origin: baseOrigin) })
        }
        let testIdAttribute = current.contexts.compactMap(\.testIdAttributeName).first ?? "data-testid"
        let pairs = ActionAlignment.align(expected: expected, performed: c, testIdAttribute: testIdAttribute)
        var removed = pairs.compactMap { $0.performed == nil ? $0.expected : nil }
        var added = pairs.compactMap { $0.expected == nil ? $0.performed : nil }
        // A removed action that matches an added one was moved.
        var moved: [(Int, Int)] = []
        for r in removed {
            if let k = added.firstIndex(where: { ActionAlignment.score(expected[r], c[$0], testIdAttribute: testIdAttribute) >= ActionAlignment.threshold }) {
                moved.append((r, added[k]))
                added.remove(at: k)
            }
        }
        removed.removeAll { r in moved.contains { $0.0 == r } }

        let knownErrors = Set(baseline.console.filter(\.isError).map { normalised($0.text, origin: baseOrigin) })
        let knownFailures = Set(baseline.failedRequests.map { requestKey($0, origin: baseOrigin) })
        var steps: [TraceDiffRecord.Step] = []
        var unchanged = 0
        for pair in pairs {
            switch (pair.expected, pair.performed) {
            case (let i?, let j?):
                var details = differences(b[i], c[j], durationFactor: durationFactor)
                if let before = urlAfter(b, i).map({ relative($0, origin: baseOrigin) }), let after = urlAfter(c, j).map({ relative($0, origin: currentOrigin) }),
                   before != after {
                    details.append("page after the step: \(after) instead of \(before)")
                }
                details += newProblems(current, after: j, knownErrors: knownErrors, knownFailures: knownFailures, origin: currentOrigin)
                if details.isEmpty { unchanged += 1; continue }
                steps.append(step(.changed, b[i], c[j], details: details))
            case (let i?, nil) where removed.contains(i):
                steps.append(step(.removed, b[i], nil, details: []))
            case (nil, let j?) where added.contains(j):
                steps.append(step(.added, nil, c[j], details: newProblems(current, after: j, knownErrors: knownErrors, knownFailures: knownFailures,
                                                                           origin: currentOrigin)))
            case (nil, let j?):
                guard let (i, _) = moved.first(where: { $0.1 == j }) else { continue }
                var details = ["performed as step \(j + 1) instead of \(i + 1)"] + differences(b[i], c[j], durationFactor: durationFactor)
                details += newProblems(current, after: j, knownErrors: knownErrors, knownFailures: knownFailures, origin: currentOrigin)
                steps.append(step(.moved, b[i], c[j], details: details))
            default: continue
            }
        }
        return TraceDiffRecord(steps: steps, unchangedSteps: unchanged, durationFactor: durationFactor)
    }

    static func step(_ change: TraceDiffRecord.Step.Change, _ b: TraceAction?, _ c: TraceAction?, details: [String]) -> TraceDiffRecord.Step {
        let action = c ?? b
        return TraceDiffRecord.Step(
            change: change, baselineIndex: b?.index, index: c?.index, kind: action?.kind.rawValue ?? "", locator: action?.locatorText,
            baselineElement: b?.target?.summary, element: c?.target?.summary,
            baselineDurationMs: b?.durationMs.map(rounded), durationMs: c?.durationMs.map(rounded), details: details)
    }

    static func rounded(_ ms: Double) -> Double { (ms * 10).rounded() / 10 }

    /// Differences of one action performed in both traces.
    static func differences(_ b: TraceAction, _ c: TraceAction, durationFactor: Double) -> [String] {
        var details: [String] = []
        if let before = b.target, let after = c.target, !sameElement(before, after) {
            details.append("acted on \(after.summary) instead of \(before.summary)")
        }
        if let before = b.durationMs, let after = c.durationMs {
            if after >= before * durationFactor && after - before >= minimumDurationChangeMs {
                details.append("took \(seconds(after)) instead of \(seconds(before)) (\(factor(after, before))× slower)")
            } else if before >= after * durationFactor && before - after >= minimumDurationChangeMs {
                details.append("took \(seconds(after)) instead of \(seconds(before)) (\(factor(before, after))× faster)")
            }
        }
        if b.status != c.status {
            details.append("\(c.status.rawValue) (was \(b.status.rawValue))" + (c.error.map { ": " + clip($0, 200) } ?? ""))
        }
        if !b.redacted && !c.redacted, c.kind.entersText || c.kind == .select || c.kind == .press, b.value != c.value {
            details.append("value \(c.value.map(StringLiteral.quoted) ?? "none") instead of \(b.value.map(StringLiteral.quoted) ?? "none")")
        }
        return details
    }

    /// The same element as far as people would say: tag, identifying attributes and text.
    static func sameElement(_ a: ElementIdentity, _ b: ElementIdentity) -> Bool {
        guard a.tag == b.tag else { return false }
        for name in ["id", "data-testid", "name", "type", "role", "aria-label", "placeholder", "alt", "title"] where a.attribute(name) != b.attribute(name) {
            return false
        }
        if let x = a.text, let y = b.text, a.textClipped != true, b.textClipped != true,
           x.split(whereSeparator: \.isWhitespace) != y.split(whereSeparator: \.isWhitespace) {
            return false
        }
        return true
    }

    /// The page URL after action `i`: where the next action started (nil for the last one).
    static func urlAfter(_ actions: [TraceAction], _ i: Int) -> String? {
        guard i + 1 < actions.count else { return nil }
        return actions[i + 1].url
    }

    /// Console errors and failed requests of `analysis` between action `j` and the next one, not seen in the baseline.
    static func newProblems(_ analysis: TraceAnalysis, after j: Int, knownErrors: Set<String>, knownFailures: Set<String>, origin: String?) -> [String] {
        let actions = analysis.actions
        let start = j == 0 ? -Double.infinity : actions[j].startMs
        let end = j + 1 < actions.count ? actions[j + 1].startMs : Double.infinity
        var out: [String] = []
        var seen = Set<String>()
        for message in analysis.console where message.isError && message.relativeMs >= start && message.relativeMs < end {
            let key = normalised(message.text, origin: origin)
            guard !knownErrors.contains(key), seen.insert(key).inserted else { continue }
            out.append((message.type == "pageerror" ? "new page error: " : "new console error: ") + clip(message.text, 300))
        }
        for request in analysis.failedRequests where request.relativeMs >= start && request.relativeMs < end {
            let key = requestKey(request, origin: origin)
            guard !knownFailures.contains(key), seen.insert(key).inserted else { continue }
            let outcome = request.status > 0 ? "\(request.status)" : (request.failure ?? "no response")
            out.append("new failed request: \(request.method) \(clip(relative(request.url, origin: origin), 300)) → \(outcome)")
        }
        return out
    }

    static func requestKey(_ r: FailedRequest, origin: String?) -> String {
        var url = relative(r.url, origin: origin)
        if let query = url.firstIndex(of: "?") { url = String(url[..<query]) }
        return "\(r.method) \(url) \(r.status > 0 ? String(r.status) : "failed")"
    }

    /// An error's text with the trace's origin and numbers (ports, ids, times) taken out.
    static func normalised(_ text: String, origin: String?) -> String {
        var s = text
        if let origin { s = s.replacingOccurrences(of: origin, with: "") }
        return s.replacingOccurrences(of: #"[0-9]+"#, with: "#", options: .regularExpression)
    }

    /// The origin (`scheme://host:port`) of the first page a trace loaded.
    static func origin(of actions: [TraceAction]) -> String? {
        guard let url = actions.lazy.compactMap(\.url).first(where: { $0.contains("://") }),
              let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        return String(url[..<(rest.firstIndex(of: "/") ?? url.endIndex)])
    }

    static func relative(_ url: String, origin: String?) -> String {
        guard let origin, url.hasPrefix(origin) else { return url }
        let path = String(url.dropFirst(origin.count))
        return path.isEmpty ? "/" : path
    }

    static func seconds(_ ms: Double) -> String { ms >= 1000 ? String(format: "%.1f s", ms / 1000) : "\(Int(ms.rounded())) ms" }
    static func factor(_ a: Double, _ b: Double) -> String { b <= 0 ? "∞" : String(format: a / b >= 10 ? "%.0f" : "%.1f", a / b) }
    static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }
}
