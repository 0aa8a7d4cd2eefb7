import Foundation

/// A location path (`//form[@id='login']//input[2]`, `/html/body/div/button`) checked against one
/// element and its ancestors: `/` and `//` steps, `child::`/`descendant::` axes, name tests and
/// `*`, and predicates over attributes, text and position (`[@a='v']`, `[@a]`, `[2]`, `[last()]`,
/// `contains()`, `starts-with()`, `normalize-space()`, `concat()`, `not()`, `and`, `or`). Anything
/// else (other axes, `..`, unions, `(//a)[2]`) is `unknown`.
struct XPathSelector: Sendable {
    enum Separator: Sendable { case child, descendant }
    struct Step: Sendable {
        /// nil for `*` and `node()`.
        var name: String?
        var predicates: [Expression]
    }
    indirect enum Expression: Sendable, Equatable {
        case attribute(String)
        case literal(String)
        case number(Double)
        case text
        case context
        case call(String, [Expression])
        case compare(Expression, equal: Bool, Expression)
        case and(Expression, Expression)
        case or(Expression, Expression)
    }

    /// `leading` joins the first step to the document: `/` (from the root) or `//` (anywhere).
    let leading: Separator
    let steps: [Step]
    /// `separators[k]` joins step k-1 and k (`separators[0]` is `leading`).
    let separators: [Separator]

    /// nil when the text is not an XPath this reads.
    init?(_ source: String) {
        var parser = XPathParser(source)
        guard let (leading, steps, separators) = parser.path(), parser.atEnd else { return nil }
        self.leading = leading; self.steps = steps; self.separators = separators
    }

    func match(_ chain: ElementChain) -> MatchVerdict {
        var memo: [Int: MatchVerdict] = [:]
        func at(_ s: Int, _ n: Int) -> MatchVerdict {
            let key = s * 10_000 + n
            if let known = memo[key] { return known }
            var verdict = Self.step(steps[s], chain.nodes[n])
            if verdict != .mismatch {
                if s == 0 {
                    if leading == .child {
                        // `/html`: the first step is the document element.
                        verdict = verdict && (n == 0 ? (chain.complete ? .match : .unknown) : .mismatch)
                    }
                } else if separators[s] == .child {
                    verdict = verdict && (n > 0 ? at(s - 1, n - 1) : (chain.complete ? .mismatch : .unknown))
                } else {
                    var above = MatchVerdict.mismatch
                    var a = n - 1
                    while a >= 0 && above != .match { above = above || at(s - 1, a); a -= 1 }
                    if above != .match && !chain.complete { above = above || .unknown }
                    verdict = verdict && above
                }
            }
            memo[key] = verdict
            return verdict
        }
        return at(steps.count - 1, chain.elementIndex)
    }

    static func step(_ step: Step, _ node: ChainNode) -> MatchVerdict {
        var verdict = step.name.map { MatchVerdict($0.lowercased() == node.tag) } ?? .match
        for (k, predicate) in step.predicates.enumerated() where verdict != .mismatch {
            if k == 0, let position = positional(predicate, named: step.name != nil, node) {
                verdict = verdict && position
            } else if k > 0, isPositional(predicate) {
                // A position among the nodes the earlier predicates kept: not known.
                verdict = verdict && .unknown
            } else {
                verdict = verdict && truth(evaluate(predicate, node))
            }
        }
        return verdict
    }

    static func isPositional(_ e: Expression) -> Bool {
        if case .number = e { return true }
        if case .call(let name, _) = e, name == "last" || name == "position" { return true }
        if case .compare(let a, _, let b) = e { return isPositional(a) || isPositional(b) }
        return false
    }

    /// `[2]`, `[last()]`, `[position()=2]`: the node's place among its same-named (or all) siblings.
    static func positional(_ e: Expression, named: Bool, _ node: ChainNode) -> MatchVerdict? {
        guard isPositional(e) else { return nil }
        guard let p = node.position else { return .unknown }
        let index = named ? p.indexOfType : p.index
        let count = named ? p.countOfType : p.count
        func value(_ e: Expression) -> Double? {
            switch e {
            case .number(let n): return n
            case .call("position", []): return Double(index)
            case .call("last", []): return count.map(Double.init)
            default: return nil
            }
        }
        switch e {
        case .number(let n): return MatchVerdict(Double(index) == n)
        case .call("last", []): return count.map { MatchVerdict(index == $0) } ?? .unknown
        case .compare(let a, let equal, let b):
            guard let x = value(a), let y = value(b) else { return .unknown }
            return MatchVerdict((x == y) == equal)
        default: return .unknown
        }
    }

    /// What an expression yields on one node. Strings may be unknown (nil), or only an upper bound
    /// of the true value (`partial`: `text()` is the first text node, of which Scene keeps the whole text).
    enum Value {
        case string(String?, partial: Bool)
        case number(Double)
        case boolean(MatchVerdict)
        /// An attribute: whether it exists, and its value.
        case attribute(exists: MatchVerdict, value: String?)
    }

    static func evaluate(_ e: Expression, _ node: ChainNode) -> Value {
        switch e {
        case .attribute(let name):
            guard let known = node.attribute(name) else { return .attribute(exists: .unknown, value: nil) }
            return .attribute(exists: MatchVerdict(known != nil), value: known ?? "")
        case .literal(let s): return .string(s, partial: false)
        case .number(let n): return .number(n)
        case .text: return .string(node.textClipped ? nil : node.text, partial: true)
        case .context: return .string(node.textClipped ? nil : node.text, partial: false)
        case .and(let a, let b): return .boolean(truth(evaluate(a, node)) && truth(evaluate(b, node)))
        case .or(let a, let b): return .boolean(truth(evaluate(a, node)) || truth(evaluate(b, node)))
        case .compare(let a, let equal, let b):
            let verdict = compare(evaluate(a, node), evaluate(b, node))
            return .boolean(equal ? verdict : !verdict)
        case .call(let name, let arguments):
            let values = arguments.map { evaluate($0, node) }
            switch (name, values.count) {
            case ("not", 1): return .boolean(!truth(values[0]))
            case ("normalize-space", 0):
                return normalized(.string(node.textClipped ? nil : node.text, partial: false))
            case ("normalize-space", 1): return normalized(values[0])
            case ("string", 0): return .string(node.textClipped ? nil : node.text, partial: false)
            case ("string", 1): return string(values[0])
            case ("concat", _):
                var out = ""
                for v in values {
                    guard case .string(let s?, false) = string(v) else { return .string(nil, partial: false) }
                    out += s
                }
                return .string(out, partial: false)
            case ("contains", 2), ("starts-with", 2), ("ends-with", 2):
                return .boolean(contains(name, string(values[0]), string(values[1]), clipped: node.textClipped))
            case ("true", 0): return .boolean(.match)
            case ("false", 0): return .boolean(.mismatch)
            default: return .boolean(.unknown)
            }
        }
    }

    static func string(_ v: Value) -> Value {
        switch v {
        case .string: return v
        case .number(let n): return .string(n == n.rounded() ? String(Int(n)) : String(n), partial: false)
        case .boolean(let b): return b == .unknown ? .string(nil, partial: false) : .string(b == .match ? "true" : "false", partial: false)
        case .attribute(let exists, let value): return exists == .unknown ? .string(nil, partial: false) : .string(value ?? "", partial: false)
        }
    }

    static func normalized(_ v: Value) -> Value {
        guard case .string(let s, let partial) = string(v) else { return v }
        return .string(s.map(ChainNode.normalised), partial: partial)
    }

    static func truth(_ v: Value) -> MatchVerdict {
        switch v {
        case .boolean(let b): return b
        case .number(let n): return MatchVerdict(n != 0)
        case .string(let s, _): return s.map { MatchVerdict(!$0.isEmpty) } ?? .unknown
        case .attribute(let exists, _): return exists
        }
    }

    static func compare(_ a: Value, _ b: Value) -> MatchVerdict {
        if case .attribute(let exists, _) = a, exists == .mismatch { return .mismatch }
        if case .attribute(let exists, _) = b, exists == .mismatch { return .mismatch }
        if case .number(let x) = a, case .number(let y) = b { return MatchVerdict(x == y) }
        guard case .string(let x?, let xPartial) = string(a), case .string(let y?, let yPartial) = string(b) else { return .unknown }
        if x == y { return .match }
        // A partial value equals the other only if the other is inside it.
        if (xPartial && x.contains(y)) || (yPartial && y.contains(x)) { return .unknown }
        return .mismatch
    }

    static func contains(_ function: String, _ a: Value, _ b: Value, clipped: Bool) -> MatchVerdict {
        guard case .string(let haystack?, _) = a, case .string(let needle?, _) = b else { return .unknown }
        let found: Bool
        switch function {
        case "starts-with": found = haystack.hasPrefix(needle)
        case "ends-with": found = haystack.hasSuffix(needle)
        default: found = needle.isEmpty || haystack.contains(needle)
        }
        return found ? .match : (clipped ? .unknown : .mismatch)
    }
}

/// Reads the XPath subset `XPathSelector` understands.
struct XPathParser {
    private let chars: [Character]
    private var i = 0

    init(_ source: String) {
        var s = source.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("xpath=") { s.removeFirst(6) }
        chars = Array(s)
    }

    var atEnd: Bool { skipSpaceCopy() >= chars.count }

    mutating func path() -> (XPathSelector.Separator, [XPathSelector.Step], [XPathSelector.Separator])? {
        guard let leading = separator() else { return nil }
        var steps: [XPathSelector.Step] = []
        var separators: [XPathSelector.Separator] = [leading]
        repeat {
            guard let (step, descendantAxis) = step() else { return nil }
            // `/descendant::x` is `//x`.
            if descendantAxis { separators[separators.count - 1] = .descendant }
            steps.append(step)
            guard !atEnd, let next = separator() else { break }
            separators.append(next)
        } while true
        return steps.isEmpty ? nil : (separators[0], steps, separators)
    }

    private mutating func separator() -> XPathSelector.Separator? {
        skipSpace()
        guard eat("/") else { return nil }
        return eat("/") ? .descendant : .child
    }

    /// One step, and whether it named the descendant axis.
    private mutating func step() -> (XPathSelector.Step, Bool)? {
        skipSpace()
        var descendantAxis = false
        if let axisEnd = lookahead("::") {
            switch String(chars[i..<axisEnd]) {
            case "child": break
            case "descendant": descendantAxis = true
            default: return nil
            }
            i = axisEnd + 2
        }
        var name: String?
        if eat("*") {
            name = nil
        } else if let n = self.name() {
            if n == "node" {
                guard eat("("), eat(")") else { return nil }
            } else {
                name = n.lowercased()
            }
        } else {
            return nil
        }
        var predicates: [XPathSelector.Expression] = []
        while true {
            skipSpace()
            guard eat("[") else { break }
            guard let e = expression() else { return nil }
            skipSpace()
            guard eat("]") else { return nil }
            predicates.append(e)
        }
        return (XPathSelector.Step(name: name, predicates: predicates), descendantAxis)
    }

    private mutating func expression() -> XPathSelector.Expression? {
        guard var left = andExpression() else { return nil }
        while keyword("or") {
            guard let right = andExpression() else { return nil }
            left = .or(left, right)
        }
        return left
    }

    private mutating func andExpression() -> XPathSelector.Expression? {
        guard var left = equality() else { return nil }
        while keyword("and") {
            guard let right = equality() else { return nil }
            left = .and(left, right)
        }
        return left
    }

    private mutating func equality() -> XPathSelector.Expression? {
        guard let left = primary() else { return nil }
        skipSpace()
        if eat("!") {
            guard eat("="), let right = primary() else { return nil }
            return .compare(left, equal: false, right)
        }
        if eat("=") {
            guard let right = primary() else { return nil }
            return .compare(left, equal: true, right)
        }
        return left
    }

    private mutating func primary() -> XPathSelector.Expression? {
        skipSpace()
        guard let c = peek else { return nil }
        if c == "@" {
            i += 1
            guard let n = name() else { return nil }
            return .attribute(n)
        }
        if c == "\"" || c == "'" {
            i += 1
            var out = ""
            while let d = peek, d != c { out.append(d); i += 1 }
            guard eat(c) else { return nil }
            return .literal(out)
        }
        if c.isNumber {
            var digits = ""
            while let d = peek, d.isNumber || d == "." { digits.append(d); i += 1 }
            return Double(digits).map { .number($0) }
        }
        if c == "." {
            i += 1
            return .context
        }
        if c == "(" {
            i += 1
            guard let e = expression() else { return nil }
            skipSpace()
            return eat(")") ? e : nil
        }
        guard let function = name() else { return nil }
        skipSpace()
        guard eat("(") else { return nil }
        var arguments: [XPathSelector.Expression] = []
        skipSpace()
        if !eat(")") {
            repeat {
                guard let a = expression() else { return nil }
                arguments.append(a)
                skipSpace()
            } while eat(",")
            guard eat(")") else { return nil }
        }
        return function == "text" && arguments.isEmpty ? .text : .call(function, arguments)
    }

    private mutating func name() -> String? {
        var out = ""
        while let c = peek, c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." && !out.isEmpty { out.append(c); i += 1 }
        return out.isEmpty ? nil : out
    }

    /// A word operator (`and`, `or`) surrounded by spaces.
    private mutating func keyword(_ word: String) -> Bool {
        let start = i
        skipSpace()
        let w = Array(word)
        guard i + w.count <= chars.count, Array(chars[i..<(i + w.count)]) == w,
              i + w.count == chars.count || !(chars[i + w.count].isLetter || chars[i + w.count] == "-") else { i = start; return false }
        i += w.count
        return true
    }

    private func lookahead(_ token: String) -> Int? {
        let t = Array(token)
        var k = i
        while k < chars.count, chars[k].isLetter || chars[k] == "-" { k += 1 }
        return k > i && k + t.count <= chars.count && Array(chars[k..<(k + t.count)]) == t ? k : nil
    }

    private var peek: Character? { i < chars.count ? chars[i] : nil }

    private mutating func eat(_ c: Character) -> Bool {
        guard peek == c else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() { while let c = peek, c.isWhitespace { i += 1 } }
    private func skipSpaceCopy() -> Int { var k = i; while k < chars.count, chars[k].isWhitespace { k += 1 }; return k }
}
