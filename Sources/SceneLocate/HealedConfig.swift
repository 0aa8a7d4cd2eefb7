import Foundation
public import SceneBundle
public import SceneConfig
import SceneLocator

/// One step of scene.yml to rewrite with its healed locator.
public struct HealedStep: Sendable, Equatable {
    /// `file:line:column` of the step, as the config loader recorded it.
    public var source: String
    public var line: Int
    public var column: Int
    public var before: Step
    public var after: Step
    public var failedLocator: String
    public var chosenLocator: String
    /// The executions that healed this step this way.
    public var executions: [String]
}

/// Turns a run's healing records into scene.yml edits and applies them to the file's text.
/// Pure: the caller reads the run bundle and the file, and decides where to write.
public enum HealedConfig {
    /// - Parameters:
    ///   - steps: per execution id, the declared steps it ran (from the run's plan).
    ///   - records: per execution id, its healing records.
    /// - Returns: one edit per healed step (when executions disagree, the most frequent choice
    ///   wins and the others are reported), and problems that prevented an edit.
    public static func edits(steps: [String: [Step]], records: [String: [HealingRecord]]) -> (edits: [HealedStep], problems: [String]) {
        var problems: [String] = []
        var votes: [String: [String: (step: Step, record: HealingRecord, executions: [String])]] = [:]
        for (execution, list) in records.sorted(by: { $0.key < $1.key }) {
            for record in list {
                // A confirmed locator was kept as declared: nothing to rewrite.
                guard let chosen = record.chosenLocator, record.confirmed != true else { continue }
                guard let declared = steps[execution], declared.indices.contains(record.step) else {
                    problems.append("\(execution): healed step \(record.step + 1) is not in the run's plan"); continue
                }
                let step = declared[record.step]
                guard let source = step.source else { problems.append("\(execution): step \(record.step + 1) has no source location"); continue }
                var entry = votes[source, default: [:]][chosen] ?? (step, record, [])
                entry.executions.append(execution)
                votes[source, default: [:]][chosen] = entry
            }
        }
        let edits = resolve(votes, problems: &problems) { step, locator in var s = step; s.locator = locator; return s }
        return (edits, problems)
    }

    /// Plain-language steps that ran, written as the declarative steps they resolved to
    /// (sentence re-read by the grammar for the action and value, the runner's locator).
    public static func plainEdits(steps: [String: [Step]], results: [String: [StepResult]]) -> (edits: [HealedStep], problems: [String]) {
        var votes: [String: [String: (step: Step, record: HealingRecord, executions: [String])]] = [:]
        for (execution, list) in results.sorted(by: { $0.key < $1.key }) {
            for result in list where result.status == "passed" {
                guard let declared = steps[execution], declared.indices.contains(result.index), let locator = result.resolvedLocator else { continue }
                let step = declared[result.index]
                guard step.kind == .plain, let source = step.source else { continue }
                let record = HealingRecord(step: result.index, failedLocator: step.value ?? "", chosenLocator: locator, score: 1, reason: "")
                var entry = votes[source, default: [:]][locator] ?? (step, record, [])
                entry.executions.append(execution)
                votes[source, default: [:]][locator] = entry
            }
        }
        var problems: [String] = []
        let edits = resolve(votes, problems: &problems) { step, locator in
            guard let sentence = step.value, let command = try? PlainGrammar.parse(sentence) else { return nil }
            var after = Step(kind: command.kind, locator: locator, value: command.value, wait: command.wait, scrollY: command.scrollY,
                             timeoutMs: step.timeoutMs, optional: step.optional, source: step.source)
            if command.kind == .wait, case .text(let m)? = locator.target { after.wait = .text(m.text); after.locator = nil }
            return after
        }
        return (edits, problems)
    }

    /// One edit per step source: the most frequent choice wins, disagreements are reported.
    private static func resolve(_ votes: [String: [String: (step: Step, record: HealingRecord, executions: [String])]],
                                problems: inout [String], rewrite: (Step, Locator) -> Step?) -> [HealedStep] {
        var edits: [HealedStep] = []
        for (source, choices) in votes.sorted(by: { $0.key < $1.key }) {
            let ranked = choices.sorted { $0.value.executions.count != $1.value.executions.count ? $0.value.executions.count > $1.value.executions.count : $0.key < $1.key }
            let (chosen, entry) = ranked[0]
            if ranked.count > 1 {
                problems.append("\(source): executions healed this step differently (\(ranked.map { "\($0.key) ×\($0.value.executions.count)" }.joined(separator: ", "))); writing \(chosen)")
            }
            guard let (line, column) = location(source) else { problems.append("\(source): unreadable source location"); continue }
            guard let locator = Locator(code: chosen), let after = rewrite(entry.step, locator) else {
                problems.append("\(source): cannot read the locator \(chosen)"); continue
            }
            edits.append(HealedStep(source: source, line: line, column: column, before: entry.step, after: after,
                                    failedLocator: entry.record.failedLocator, chosenLocator: chosen, executions: entry.executions))
        }
        return edits
    }

    /// `path/scene.yml:12:9` -> (12, 9).
    static func location(_ source: String) -> (Int, Int)? {
        let parts = source.split(separator: ":")
        guard parts.count >= 3, let line = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]), line > 0, column > 0 else { return nil }
        return (line, column)
    }

    /// A changed range of lines: `count` lines from `start` (0-based) become `lines`.
    public struct Replacement: Sendable, Equatable {
        public var start: Int
        public var count: Int
        public var lines: [String]
    }

    /// The line ranges the edits replace. Each step must start at its recorded place with its
    /// action key (`click:`); its block continuation lines (indented deeper) are replaced too,
    /// and a trailing comment on a one-line step is kept.
    public static func replacements(_ edits: [HealedStep], in text: String) -> (replacements: [Replacement], problems: [String]) {
        let lines = text.components(separatedBy: "\n")
        var out: [Replacement] = [], problems: [String] = []
        for edit in edits.sorted(by: { $0.line < $1.line }) {
            guard edit.line <= lines.count else { problems.append("\(edit.source): past the end of the file"); continue }
            let line = lines[edit.line - 1]
            let utf = Array(line)
            guard edit.column - 1 <= utf.count else { problems.append("\(edit.source): past the end of the line"); continue }
            let prefix = String(utf[..<(edit.column - 1)]), rest = String(utf[(edit.column - 1)...])
            // A declared step starts with its action key; a plain one with its sentence (maybe quoted).
            let start = edit.before.kind == .plain
                ? String((edit.before.value ?? "").prefix(12)) : edit.before.kind.rawValue + ":"
            guard rest.hasPrefix(start) || (edit.before.kind == .plain && (rest.dropFirst().hasPrefix(start))) else {
                problems.append("\(edit.source): expected the step '\(start)' there; has scene.yml changed since the run?"); continue
            }
            var end = edit.line  // exclusive, 0-based index of the first line after the step
            while end < lines.count, !lines[end].trimmingCharacters(in: .whitespaces).isEmpty, indentation(lines[end]) > edit.column - 1 {
                end += 1
            }
            let comment = end == edit.line ? trailingComment(rest) : nil
            let body = StepShorthand.body(edit.after) + (comment.map { "  " + $0 } ?? "")
            if let last = out.last, last.start + last.count > edit.line - 1 { problems.append("\(edit.source): overlaps another edit"); continue }
            out.append(Replacement(start: edit.line - 1, count: end - (edit.line - 1), lines: [prefix + body]))
        }
        return (out, problems)
    }

    public static func apply(_ replacements: [Replacement], to text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        for r in replacements.sorted(by: { $0.start > $1.start }) { lines.replaceSubrange(r.start..<(r.start + r.count), with: r.lines) }
        return lines.joined(separator: "\n")
    }

    /// A unified diff of the replacements (3 lines of context), as `diff -u` prints it.
    public static func unifiedDiff(_ replacements: [Replacement], in text: String, oldName: String, newName: String, context: Int = 3) -> String {
        guard !replacements.isEmpty else { return "" }
        let lines = text.components(separatedBy: "\n")
        var out = "--- \(oldName)\n+++ \(newName)\n"
        // Group replacements whose context windows touch into one hunk.
        var groups: [[Replacement]] = []
        for r in replacements.sorted(by: { $0.start < $1.start }) {
            if let last = groups.last?.last, r.start - (last.start + last.count) <= 2 * context { groups[groups.count - 1].append(r) }
            else { groups.append([r]) }
        }
        var shift = 0  // new-file line offset from the replacements before this hunk
        for group in groups {
            let first = group[0], last = group[group.count - 1]
            let from = max(0, first.start - context), to = min(lines.count, last.start + last.count + context)
            var body: [String] = []
            var oldCount = 0, newCount = 0, cursor = from
            for r in group {
                for l in lines[cursor..<r.start] { body.append(" " + l); oldCount += 1; newCount += 1 }
                for l in lines[r.start..<(r.start + r.count)] { body.append("-" + l); oldCount += 1 }
                for l in r.lines { body.append("+" + l); newCount += 1 }
                cursor = r.start + r.count
            }
            for l in lines[cursor..<to] { body.append(" " + l); oldCount += 1; newCount += 1 }
            out += "@@ -\(from + 1),\(oldCount) +\(from + 1 + shift),\(newCount) @@\n" + body.joined(separator: "\n") + "\n"
            shift += newCount - oldCount
        }
        return out
    }

    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// A `# comment` outside quotes and brackets at the end of a one-line step.
    static func trailingComment(_ s: String) -> String? {
        var quote: Character? = nil, depth = 0, previous: Character = " "
        for (i, c) in s.enumerated() {
            if let q = quote { if c == q { quote = nil } }
            else if c == "'" || c == "\"" { quote = c }
            else if c == "{" || c == "[" { depth += 1 }
            else if c == "}" || c == "]" { depth -= 1 }
            else if c == "#", depth == 0, previous == " " || previous == "\t" { return String(s.dropFirst(i)) }
            previous = c
        }
        return nil
    }
}
