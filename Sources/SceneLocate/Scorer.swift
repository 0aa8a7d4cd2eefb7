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

    /// Scores every element (no filtering: callers filter by action first).
    public func score(_ e: Element) -> ScoredElement {
        var features: [FeatureScore] = []
        features.reserveCapacity(16)
        var evidence = 0.0
        func add(_ name: String, _ w: Double, _ s: Double, identifying: Bool = false) {
            features.append(FeatureScore(feature: name, weight: w, similarity: s))
            if identifying { evidence = max(evidence, s) }
        }
        // A candidate without the attribute (ids stripped in a redesign) is weaker evidence
        // against it than a conflicting value: it counts with half the weight.
        func fuzzy(_ name: String, _ w: Double, _ mine: Prepared?, _ theirs: String?) {
            guard let mine else { return }
            guard let theirs, !theirs.isEmpty else { add(name, w / 2, 0, identifying: true); return }
            add(name, w, Similarity.of(mine, Prepared(theirs)), identifying: true)
        }
        let w = weights
        if let tag = target.tag { add("tag", w.tag, tag == e.tag ? 1 : 0) }
        fuzzy("id", w.id, p.id, e.id)
        fuzzy("testId", w.testId, p.testId, e.testId)
        if let classes = target.classes, !classes.isEmpty { add("classes", w.classes, Similarity.jaccard(classes, e.classes ?? [])) }
        fuzzy("text", w.text, p.text, e.text ?? e.name)
        if let role = target.role { add("role", w.role, role == e.role ? 1 : 0) }
        fuzzy("name", w.name, p.name, e.name)
        fuzzy("label", w.label, p.label, e.label)
        fuzzy("placeholder", w.placeholder, p.placeholder, e.placeholder)
        fuzzy("nameAttr", w.nameAttr, p.nameAttr, e.nameAttr)
        fuzzy("ariaLabel", w.ariaLabel, p.ariaLabel, e.ariaLabel)
        if let type = target.type { add("type", w.type, type == (e.type ?? "") ? 1 : 0) }
        fuzzy("href", w.href, p.href, e.href)
        if let path = target.ancestors { add("path", w.path, Similarity.pathSimilarity(path, e.ancestors ?? [])) }
        if let box = target.box, let other = e.box {
            let d = ((box.centerX - other.centerX) * (box.centerX - other.centerX) + (box.centerY - other.centerY) * (box.centerY - other.centerY)).squareRoot()
            add("position", w.position, 1 / (1 + d / 200))
        }
        if let frame = target.frame {
            // Main frame vs a frame is a real difference; a renamed iframe much less so.
            let theirs = e.frame ?? ""
            let s = frame == theirs ? 1 : (frame.isEmpty || theirs.isEmpty ? 0 : 0.5 + 0.5 * Similarity.of(Prepared(frame), Prepared(theirs)))
            add("frame", w.frame, s)
        }
        if let words = p.identifierWords {
            let visible = [e.name, e.label, e.text, e.placeholder].compactMap { $0 }.joined(separator: " ")
            let (common, _) = Similarity.tokenOverlap(words.tokens, Prepared(visible).tokens)
            let s = words.tokens.isEmpty ? 0 : Double(common) / Double(words.tokens.count)
            add("idWords", w.identifierWords, s, identifying: true)
        }
        var total = 0.0, weight = 0.0
        for f in features { total += f.weight * f.similarity; weight += f.weight }
        return ScoredElement(element: e, score: weight > 0 ? total / weight : 0, evidence: evidence, features: features)
    }
}

/// The target's strings prepared once, not once per candidate.
struct PreparedProfile: Sendable {
    var id, testId, text, name, label, placeholder, nameAttr, ariaLabel, href: Prepared?
    /// Words of the identifiers (id, test id, name attribute) when there is no visible text to compare.
    var identifierWords: Prepared?

    init(_ t: TargetProfile) {
        func prep(_ s: String?) -> Prepared? { s.flatMap { $0.isEmpty ? nil : Prepared($0) } }
        id = prep(t.id); testId = prep(t.testId); text = prep(t.text); name = prep(t.name); label = prep(t.label)
        placeholder = prep(t.placeholder); nameAttr = prep(t.nameAttr); ariaLabel = prep(t.ariaLabel); href = prep(t.href)
        if text == nil, name == nil, label == nil {
            let ids = [t.id, t.testId, t.nameAttr].compactMap { $0 }.joined(separator: " ")
            identifierWords = prep(ids.isEmpty ? nil : ids.replacingOccurrencesOfNoise())
        }
    }
}

extension String {
    /// Identifier noise words that never appear as visible text ("btn", "nav", "input", ...).
    func replacingOccurrencesOfNoise() -> String {
        let noise: Set<String> = ["btn", "button", "nav", "link", "input", "field", "txt", "lbl", "id", "el", "item", "js", "the"]
        let words = split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0) }
        return words.filter { !noise.contains($0.lowercased()) }.joined(separator: " ")
    }
}
