public import SceneConfig
import SceneLocator

/// One attribute's contribution to a candidate's score.
public struct FeatureScore: Sendable, Equatable, Hashable {
    public var feature: String
    public var weight: Double
    public var similarity: Double
}

/// A candidate element with its score (0...1) and the per-attribute breakdown behind it.
public struct ScoredElement: Sendable, Equatable {
    public var element: Element
    public var score: Double
    /// Best similarity among the identifying attributes (id, test id, text, name, label, ...):
    /// structure alone (tag, path, classes) never makes a confident match.
    public var evidence: Double
    public var features: [FeatureScore]

    /// "name 1.00, role 1.00, path 0.86; differs: testId 0.31" — what matched and what did not.
    public var explanation: String {
        let sorted = features.sorted { $0.weight * $0.similarity > $1.weight * $1.similarity }
        let matched = sorted.filter { $0.similarity >= 0.5 }.map { "\($0.feature) \(fmt($0.similarity))" }
        let differs = sorted.filter { $0.similarity < 0.5 }.map { "\($0.feature) \(fmt($0.similarity))" }
        var s = matched.isEmpty ? "nothing matched" : "matched " + matched.joined(separator: ", ")
        if !differs.isEmpty { s += "; differs: " + differs.joined(separator: ", ") }
        return s
    }
}

func fmt(_ x: Double) -> String {
    let v = (x * 100).rounded() / 100
    var s = String(v)
    if s.split(separator: ".").last.map({ $0.count < 2 }) ?? false { s += "0" }
    return s
}

/// Weighted attribute matching in the manner of Healenium: every attribute the target
/// profile knows is compared with the candidate's (exact, fuzzy or set similarity), the
/// root-to-node tag paths by their longest common subsequence, and the weighted mean is
/// the score. Weights are plain values so a caller can tune them.
public struct HealingScorer: Sendable {
    public struct Weights: Sendable, Equatable {
        public var tag = 1.0, id = 1.5, testId = 3.0, classes = 1.0, text = 1.5, role = 1.0, name = 2.5
        public var label = 1.5, placeholder = 1.0, nameAttr = 1.5, ariaLabel = 1.0, type = 0.75, href = 1.5
        public var path = 1.0, position = 0.3, frame = 0.3
        /// Identifier words (`#nav-pricing`) against the candidate's visible words ("Pricing").
        public var identifierWords = 1.0
        public init() {}
    }

    public var weights: Weights
    let target: TargetProfile
    let p: PreparedProfile

    public init(target: TargetProfile, weights: Weights = Weights()) {
        self.target = target
        self.weights = weights
        self.p = PreparedProfile(target)
    }

    /// Scores one element, with the per-attribute breakdown.
    public func score(_ e: Element) -> ScoredElement {
        var folder = Folder()
        var features: [FeatureScore] = []
        let (score, evidence) = withUnsafePointer(to: e) { evaluate($0, &folder, &features, record: true) }
        return ScoredElement(element: e, score: score, evidence: evidence, features: features)
    }

    /// The `count` best elements that can take the action `kind` (nil: any element), best first
    /// (ties: top-most, then page order). Only these get a breakdown: scoring the rest allocates nothing.
    public func best(of elements: [Element], count: Int, for kind: StepKind?) -> [ScoredElement] {
        var folder = Folder()
        var none: [FeatureScore] = []
        var top: [(index: Int, score: Double, top: Bool)] = []
        func before(_ a: (index: Int, score: Double, top: Bool), _ b: (index: Int, score: Double, top: Bool)) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if a.top != b.top { return a.top }
            return a.index < b.index
        }
        // Through a buffer pointer, elements are borrowed, not copied.
        elements.withUnsafeBufferPointer { buffer in
            for i in buffer.indices where kind.map({ ActionFit.accepts($0, buffer.baseAddress! + i) }) ?? true {
                let (s, _) = evaluate(buffer.baseAddress! + i, &folder, &none, record: false)
                let entry = (index: i, score: s, top: buffer[i].isTop ?? true)
                if top.count < count { top.append(entry); top.sort(by: before) }
                else if let last = top.last, before(entry, last) { top[top.count - 1] = entry; top.sort(by: before) }
            }
        }
        return top.map { score(elements[$0.index]) }
    }

    /// Weighted mean of the attribute similarities, and the best identifying one.
    func evaluate(_ pointer: UnsafePointer<Element>, _ folder: inout Folder, _ features: inout [FeatureScore], record: Bool) -> (Double, Double) {
        var total = 0.0, weight = 0.0, evidence = 0.0
        func add(_ name: String, _ w: Double, _ s: Double, identifying: Bool = false) {
            total += w * s; weight += w
            if identifying { evidence = max(evidence, s) }
            if record { features.append(FeatureScore(feature: name, weight: w, similarity: s)) }
        }
        // A candidate without the attribute (ids stripped in a redesign) is weaker evidence
        // against it than a conflicting value: it counts with half the weight.
        func fuzzy(_ name: String, _ weight: Double, _ mine: Prepared?, _ theirs: String?) {
            guard let mine else { return }
            let w = name == target.brokenAttribute ? weight / 2 : weight
            guard let theirs, !theirs.isEmpty else { add(name, w / 2, 0, identifying: true); return }
            folder.load(theirs)
            add(name, w, Similarity.of(mine, folder.bytes, folder.tokens), identifying: true)
        }
        let w = weights
        if let tag = target.tag { add("tag", w.tag, tag == pointer.pointee.tag ? 1 : 0) }
        fuzzy("id", w.id, p.id, pointer.pointee.id)
        fuzzy("testId", w.testId, p.testId, pointer.pointee.testId)
        if let classes = target.classes, !classes.isEmpty { add("classes", w.classes, Similarity.jaccard(classes, pointer.pointee.classes ?? [])) }
        fuzzy("text", w.text, p.text, pointer.pointee.text ?? pointer.pointee.name)
        if let role = target.role { add("role", w.role, role == pointer.pointee.role ? 1 : 0) }
        fuzzy("name", w.name, p.name, pointer.pointee.name)
        fuzzy("label", w.label, p.label, pointer.pointee.label)
        fuzzy("placeholder", w.placeholder, p.placeholder, pointer.pointee.placeholder)
        fuzzy("nameAttr", w.nameAttr, p.nameAttr, pointer.pointee.nameAttr)
        fuzzy("ariaLabel", w.ariaLabel, p.ariaLabel, pointer.pointee.ariaLabel)
        if let type = target.type { add("type", w.type, type == (pointer.pointee.type ?? "") ? 1 : 0) }
        fuzzy("href", w.href, p.href, pointer.pointee.href)
        if let path = target.ancestors { add("path", w.path, Similarity.pathSimilarity(path, pointer.pointee.ancestors ?? [])) }
        if let box = target.box, let other = pointer.pointee.box {
            let dx = box.centerX - other.centerX, dy = box.centerY - other.centerY
            add("position", w.position, 1 / (1 + (dx * dx + dy * dy).squareRoot() / 200))
        }
        if let frame = target.frame {
            // Main frame vs a frame is a real difference; a renamed iframe much less so.
            let theirs = pointer.pointee.frame ?? ""
            var s = frame == theirs ? 1.0 : 0.0
            if s == 0, !frame.isEmpty, !theirs.isEmpty, let mine = p.frame {
                folder.load(theirs)
                s = 0.5 + 0.5 * Similarity.of(mine, folder.bytes, folder.tokens)
            }
            add("frame", w.frame, s)
        }
        if let words = p.identifierWords {
            // The identifier's words among the candidate's visible words; when few of them are,
            // how well they cover the visible words counts too ("tab-reviews" and "Reviews").
            var best = 0.0
            func cover(_ visible: String?) {
                guard let visible, !words.tokens.isEmpty else { return }
                folder.load(visible)
                let common = Double(Similarity.tokenOverlap(words.tokens, folder.tokens).common)
                guard common > 0 else { return }
                let ofId = common / Double(words.tokens.count), ofVisible = common / Double(folder.tokens.count)
                best = max(best, ofId, (ofId + ofVisible) / 2)
            }
            cover(pointer.pointee.name); cover(pointer.pointee.label); cover(pointer.pointee.text); cover(pointer.pointee.placeholder)
            add("idWords", w.identifierWords, best, identifying: true)
        }
        return (weight > 0 ? total / weight : 0, evidence)
    }
}

/// The target's strings prepared once, not once per candidate.
struct PreparedProfile: Sendable {
    var id, testId, text, name, label, placeholder, nameAttr, ariaLabel, href, frame: Prepared?
    /// Words of the identifiers (id, test id, name attribute) when there is no visible text to compare.
    var identifierWords: Prepared?

    init(_ t: TargetProfile) {
        func prep(_ s: String?) -> Prepared? { s.flatMap { $0.isEmpty ? nil : Prepared($0) } }
        id = prep(t.id); testId = prep(t.testId); text = prep(t.text); name = prep(t.name); label = prep(t.label)
        placeholder = prep(t.placeholder); nameAttr = prep(t.nameAttr); ariaLabel = prep(t.ariaLabel); href = prep(t.href)
        frame = prep(t.frame)
        if text == nil, name == nil, label == nil {
            let ids = [t.id, t.testId, t.nameAttr].compactMap { $0 }.joined(separator: " ")
            identifierWords = prep(ids.isEmpty ? nil : ids.replacingOccurrencesOfNoise())
        }
    }
}

extension String {
    /// Identifier noise words that never appear as visible text ("btn", "nav", "input", ...).
    func replacingOccurrencesOfNoise() -> String {
        let noise: Set<String> = ["btn", "button", "nav", "link", "input", "field", "txt", "lbl", "id", "el", "item", "js", "the",
                                  "tab", "menu", "select", "dropdown", "checkbox", "chk", "radio", "icon", "img", "label", "form"]
        let words = split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0) }
        return words.filter { !noise.contains($0.lowercased()) }.joined(separator: " ")
    }
}
