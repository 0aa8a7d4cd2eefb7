import SceneBundle
import SceneTrace

/// The three outputs of a reproduction.
public enum ReproFormat: String, Sendable, CaseIterable {
    case python, typescript, steps
    public var fileName: String {
        switch self {
        case .python: return ExecutionFiles.reproPython
        case .typescript: return ExecutionFiles.reproTypeScript
        case .steps: return ExecutionFiles.reproSteps
        }
    }
}

/// Turns actions into a Playwright script or numbered plain-language steps.
public enum ReproGenerator {
    public static func generate(_ actions: [ReproAction], format: ReproFormat, options: ReproOptions = ReproOptions()) throws -> String {
        guard !actions.isEmpty else { throw ReproError.noActions }
        if let base = options.baseURL, URLRewriter.origin(of: base) == nil { throw ReproError.badBaseURL(base) }
        var omitted = 0
        var kept = actions
        if let last = options.last, last > 0, last < actions.count {
            omitted = actions.count - last
            kept = startingAt(actions, omitted)
        }
        kept = kept.map { URLRewriter.rewrite($0, base: options.baseURL) }
        let language = format.language
        let full = render(kept, language: language, omitted: omitted, capped: false, options: options)
        guard full.utf8.count > options.maxBytes else { return full }
        // Too big: keep the most recent actions that fit (binary search on how many to drop).
        var low = 1, high = kept.count - 1, best = high
        while low <= high {
            let mid = (low + high) / 2
            let text = render(startingAt(kept, mid), language: language, omitted: omitted + mid, capped: true, options: options)
            if text.utf8.count <= options.maxBytes { best = mid; high = mid - 1 } else { low = mid + 1 }
        }
        return render(startingAt(kept, best), language: language, omitted: omitted + best, capped: true, options: options)
    }

    /// The actions from `index` on, opened by a navigation to the page the first of them ran on.
    static func startingAt(_ actions: [ReproAction], _ index: Int) -> [ReproAction] {
        let rest = Array(actions[min(index, actions.count)...])
        guard let first = rest.first, first.kind != .navigate else { return rest }
        let url = first.url ?? actions[..<index].last(where: { $0.url != nil })?.url
        guard let url else { return rest }
        return [ReproAction(kind: .navigate, value: url, url: url, timeMs: first.timeMs)] + rest
    }

    static func render(_ actions: [ReproAction], language: some ReproLanguage, omitted: Int, capped: Bool, options: ReproOptions) -> String {
        var out = language.header(options, count: actions.count)
        if omitted > 0 {
            out += language.comment(capped
                ? "Note: output capped at \(options.maxBytes / 1024) KB; the first \(omitted) action(s) were left out, the most recent kept."
                : "The first \(omitted) action(s) were left out (only the last ones were asked for).")
        }
        var previous: Double?
        for (i, action) in actions.enumerated() {
            if let t = action.timeMs, let p = previous, t - p > options.pauseThresholdMs {
                out += language.pause(seconds: (t - p) / 1000)
            }
            previous = action.timeMs ?? previous
            out += language.action(action, number: i + 1)
            if let error = action.error { out += language.comment("This action failed in the trace: \(error.split(separator: "\n").first ?? "")") }
        }
        return out + language.footer(options)
    }
}

extension ReproFormat {
    var language: any ReproLanguage {
        switch self {
        case .python: return PlaywrightScript(dialect: .python)
        case .typescript: return PlaywrightScript(dialect: .typescript)
        case .steps: return PlainSteps()
        }
    }
}

/// How one output spells its header, actions, pauses and comments.
protocol ReproLanguage: Sendable {
    /// The opening, with the source and the screen (`options.viewport`).
    func header(_ options: ReproOptions, count: Int) -> String
    func action(_ a: ReproAction, number: Int) -> String
    /// Time that passed between two actions in the original (a person pausing, or a page loading).
    func pause(seconds: Double) -> String
    func comment(_ text: String) -> String
    func footer(_ options: ReproOptions) -> String
}

extension ReproLanguage {
    /// The value to type: the secret placeholder for redacted ones.
    func typedValue(_ a: ReproAction) -> String { a.redacted ? userProvidedValue : (a.value ?? "") }

    /// `3` for 3.0, `2.625` for 2.625.
    func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e9 ? String(Int(x)) : String(x) }

    func seconds(_ s: Double) -> String {
        let tenths = Int((s * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) s"
    }
}

/// Rewrites origins for `--base-url`.
enum URLRewriter {
    /// `scheme://host[:port]` of an absolute http(s) URL.
    static func origin(of url: String) -> Substring? {
        guard let scheme = url.range(of: "://"), url.hasPrefix("http://") || url.hasPrefix("https://") else { return nil }
        let rest = url[scheme.upperBound...]
        guard !rest.isEmpty, rest.first != "/" else { return nil }
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? url.endIndex
        return url[..<end]
    }

    static func rewrite(_ url: String, base: String) -> String {
        var b = base
        while b.hasSuffix("/") { b.removeLast() }
        if let o = origin(of: url) { return b + url[o.endIndex...] }
        if url.hasPrefix("/") { return b + url }
        return url // about:blank, data: and the like stay as they are
    }

    static func rewrite(_ a: ReproAction, base: String?) -> ReproAction {
        guard let base else { return a }
        var r = a
        r.url = a.url.map { rewrite($0, base: base) }
        if a.kind == .navigate { r.value = a.value.map { rewrite($0, base: base) } }
        return r
    }
}
