import SceneLocator
import Foundation
import SceneTrace

/// An assertion as the trace records it (`not to.have.text "Welcome"`), split into parts
/// each language spells its own way.
struct Assertion {
    var negated: Bool
    /// `["to", "have", "text"]`.
    var words: [String]
    var argument: String?

    /// Reads an action's assertion value. A bare text (codegen's assertText) means
    /// "contains this text"; no value means "is visible".
    init(_ value: String?) {
        guard var v = value else { self.init(negated: false, words: ["to", "be", "visible"], argument: nil); return }
        let negated = v.hasPrefix("not ")
        if negated { v.removeFirst(4) }
        guard v.hasPrefix("to.") else { self.init(negated: false, words: ["to", "contain", "text"], argument: v); return }
        let space = v.firstIndex(of: " ") ?? v.endIndex
        let words = v[..<space].split(separator: ".").map(String.init)
        let rest = v[space...].trimmingPrefix(" ")
        let argument = rest.isEmpty ? nil : (StringLiteral.unquote(String(rest)) ?? String(rest))
        self.init(negated: negated, words: words, argument: argument)
    }

    private init(negated: Bool, words: [String], argument: String?) {
        self.negated = negated; self.words = words; self.argument = argument
    }

    /// Matchers that take the page rather than an element.
    var isPageLevel: Bool { words == ["to", "have", "title"] || words == ["to", "have", "url"] }

    /// Only the common matchers are generated; others become a comment.
    var isSupported: Bool {
        let known: Set<[String]> = [["to", "be", "visible"], ["to", "be", "hidden"], ["to", "be", "checked"], ["to", "be", "enabled"],
                                    ["to", "be", "disabled"], ["to", "be", "editable"], ["to", "be", "empty"], ["to", "be", "focused"],
                                    ["to", "have", "text"], ["to", "contain", "text"], ["to", "have", "value"],
                                    ["to", "have", "title"], ["to", "have", "url"]]
        let needsArgument = words.count == 3 && words[1] == "have" || words[1] == "contain"
        return known.contains(words) && (!needsArgument || argument != nil)
    }

    /// `is visible`, `does not have text "x"`.
    var plainDescription: String {
        var words = Array(self.words.drop(while: { $0 == "to" }))
        guard let verb = words.first else { return description }
        words.removeFirst()
        let phrase: String
        switch (verb, negated) {
        case ("be", false): phrase = "is"
        case ("be", true): phrase = "is not"
        case ("have", false): phrase = "has"
        case ("contain", false): phrase = "contains"
        default: phrase = (negated ? "does not " : "") + verb
        }
        return ([phrase] + words).joined(separator: " ") + (argument.map { " " + StringLiteral.quoted($0) } ?? "")
    }

    var description: String { (negated ? "not " : "") + words.joined(separator: " ") + (argument.map { " " + StringLiteral.quoted($0) } ?? "") }
}
