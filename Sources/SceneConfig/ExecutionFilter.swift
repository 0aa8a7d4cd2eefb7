public import SceneBundle

/// `--filter`, one meaning for `scene plan`, `scene run` and `scene approve`. A filter is a glob on
/// the whole id (`home~*~mobile~*`: it holds a `~`), on a named part (`viewport=mob*`), or on the one
/// part whose values it matches (`mobile` is a viewport when a viewport is called so). Filters on the
/// same part are alternatives; filters on different parts must all match:
/// `--filter 'pricing*' --filter about --filter mobile` keeps the pricing and about pages on mobile.
///
/// A filter that matches nothing, or a bare glob that matches values of two parts (a page and a task
/// both called `checkout`), is an error naming the candidates: never a silently empty or wrong set.
public struct ExecutionFilter: Sendable, Equatable {
    public enum Part: String, Sendable, CaseIterable {
        case id, page, task, viewport, browser
        func value(of key: ExecutionKey) -> String {
            switch self {
            case .id: return key.id
            case .page: return key.page
            case .task: return key.task
            case .viewport: return key.viewport
            case .browser: return key.browser
            }
        }
    }

    /// The globs of each part the filters name.
    public private(set) var globs: [Part: [String]] = [:]

    public var isEmpty: Bool { globs.isEmpty }

    /// - Parameter keys: the executions the filters choose among (a batch's plan, a run's records):
    ///   a bare glob's part is the one whose values it matches there.
    public init(_ filters: [String], among keys: [ExecutionKey]) throws(PlanError) {
        for filter in filters {
            let part: Part
            var glob = filter
            if let equals = filter.firstIndex(of: "="), let named = Part(rawValue: String(filter[..<equals])) {
                part = named
                glob = String(filter[filter.index(after: equals)...])
            } else if filter.contains("=") && !filter.contains("~") {
                throw PlanError(message: "--filter '\(filter)': unknown part '\(filter.prefix { $0 != "=" })'",
                                hint: "name one of \(Part.allCases.map { "\($0.rawValue)=" }.joined(separator: ", "))")
            } else if filter.contains("~") {
                part = .id
            } else {
                let parts = Part.allCases.filter { part in part != .id && keys.contains { Glob.matches(filter, part.value(of: $0)) } }
                guard parts.count == 1 else {
                    if parts.isEmpty { throw Self.matchesNothing(filter, keys) }
                    let examples = parts.map { part in
                        "\(part.rawValue) '\(keys.map(part.value).first { Glob.matches(filter, $0) }!)'"
                    }
                    throw PlanError(message: "--filter '\(filter)' matches more than one part: \(examples.joined(separator: " and "))",
                                    hint: "say which: " + parts.map { "--filter '\($0.rawValue)=\(filter)'" }.joined(separator: " or "))
                }
                part = parts[0]
            }
            guard keys.contains(where: { Glob.matches(glob, part.value(of: $0)) }) else { throw Self.matchesNothing(filter, keys) }
            globs[part, default: []].append(glob)
        }
    }

    /// True when, for every part the filters name, one of its globs matches.
    public func matches(_ key: ExecutionKey) -> Bool {
        globs.allSatisfy { part, globs in globs.contains { Glob.matches($0, part.value(of: key)) } }
    }

    /// The filters as the user would read them back: `page=pricing* or about, and viewport=mobile`.
    public var description: String {
        Part.allCases.compactMap { part in globs[part].map { "\(part.rawValue)=\($0.joined(separator: " or "))" } }.joined(separator: ", and ")
    }

    static func matchesNothing(_ filter: String, _ keys: [ExecutionKey]) -> PlanError {
        func values(_ part: Part) -> String {
            let all = Array(Set(keys.map(part.value))).sorted()
            return all.prefix(6).joined(separator: ", ") + (all.count > 6 ? ", …" : "")
        }
        return PlanError(message: "--filter '\(filter)' matches no execution",
                         hint: "pages: \(values(.page)); tasks: \(values(.task)); viewports: \(values(.viewport)); browsers: \(values(.browser))")
    }
}
