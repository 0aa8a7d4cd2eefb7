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

    /// How well one attribute matched (nil: it was not compared).
    public func similarity(_ feature: String) -> Double? { features.first { $0.feature == feature }?.similarity }

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

/// Weighted attribute matching in the manner of Healenium, with the context a person uses to
/// tell equal-looking elements apart. Every attribute the target profile knows is compared with
/// the candidate's: its words (name, text, label, placeholder, title, compared across fields,
/// rare words of the page weighing most), its identifiers (id, test id, name, href, classes),
/// its kind (role, tag, type), where it sits (the text of its row or card, its landmarks, its
/// heading), and its structure (tag path, position, frame). The weighted mean is the score.
/// Weights are plain values so a caller can tune them.
public struct HealingScorer: Sendable {
    public struct Weights: Sendable, Equatable {
        public var words = 3.0, testId = 2.0, id = 1.0, nameAttr = 1.0, href = 1.5, classes = 0.5
        public var role = 1.0, tag = 0.25, type = 1.0
        public var container = 2.0, regions = 2.0, heading = 0.5
        /// Its table column's header against where the candidate sits (its column, its heading).
        public var column = 1.0
        /// A select's options: the same choices.
        public var options = 1.5
        public var path = 0.5, position = 0.3, frame = 0.3, peers = 0.5, place = 1.0
        /// `peers` when the target was its form's only submit button (`HealingScorer.isFormSubmit`).
        public var submit = 1.5
        /// Identifier words (`#nav-pricing`) against the candidate's visible words ("Pricing").
        public var identifierWords = 1.0
        /// What one side's identifiers say against what the other side shows or is called
        /// (`#txtEmail` and "Email"; "Register" and `cta-register`; `#lnkOpenAccount` and
        /// `open-account`): counted only when they agree (`crossAgree`).
        public var crossWords = 1.0
        public init() {}
    }

    public var weights: Weights
    let target: TargetProfile
    let p: PreparedProfile
    let page: TokenWeights

    /// - Parameters:
    ///   - page: the snapshot's elements, from which word weights are learnt (empty: all words weigh the same).
    ///   - readsOwners: the page is the fresh one, where entries told apart by "my" are told so
    ///     (`ownersTell`); not the baseline's look-alikes read back against a candidate: a
    ///     redesign that dropped "My" from every entry made that old difference no difference.
    public init(target: TargetProfile, page: [Element] = [], weights: Weights = Weights(), readsOwners: Bool = true) {
        self.target = target
        self.weights = weights
        self.p = PreparedProfile(target)
        self.page = page.isEmpty ? TokenWeights() : TokenWeights(page)
        self.areaGone = Self.areaGone(target.regions ?? [], from: page)
        self.onlySearchField = p.searchField && page.lazy.filter(Self.isSearchField).count == 1
        self.ownersTell = readsOwners ? Self.ownersTell(page) : []
    }

    /// The groups (a role in a nearest landmark) whose short labels are some personal ("My
    /// learning"), some not ("Courses"): there the possessive tells two entries apart, elsewhere
    /// it is decoration a redesign drops ("My account" became "Account").
    let ownersTell: Set<String>

    static func ownersTell(_ page: [Element]) -> Set<String> {
        // Personal labels first, folded only when their letters may say "my" (a page of thousands
        // mostly does not): then the other short labels of those groups only.
        var personal = Set<String>()
        for e in page {
            guard let name = e.name, let role = e.role, mayBePersonal(name) else { continue }
            let words = Prepared(name).tokens
            if words.count <= personalLabelWords, words.contains(where: personalWords.contains) { personal.insert(ownerGroup(role, e.regions)) }
        }
        guard !personal.isEmpty else { return [] }
        var both = Set<String>()
        for e in page {
            guard let name = e.name, !name.isEmpty, let role = e.role, case let key = ownerGroup(role, e.regions),
                  personal.contains(key), !both.contains(key) else { continue }
            let words = Prepared(name).tokens
            if words.count <= personalLabelWords, !words.contains(where: personalWords.contains) { both.insert(key) }
        }
        return both
    }

    /// Whether a name's letters have "my" or "mi" ("mine"), any case: the only names worth folding
    /// to look for a personal label.
    static func mayBePersonal(_ name: String) -> Bool {
        // Read in place: every name of the page is asked.
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
            var previous: UInt8 = 0
            for b in bytes {
                if (previous | 0x20) == UInt8(ascii: "m"), (b | 0x20) == UInt8(ascii: "y") || (b | 0x20) == UInt8(ascii: "i") { return true }
                previous = b
            }
            return false
        }
        return name.utf8.withContiguousStorageIfAvailable(scan) ?? scan(name.utf8)
    }

    static func ownerGroup(_ role: String, _ regions: [String]?) -> String { role + "|" + (regions?.first ?? "") }

    /// The target was a search field and the page has exactly one: a search box is reworded
    /// ("Search users", "Filter users", "Search people") but a page keeps one.
    let onlySearchField: Bool

    /// A field for searching: a search box (role or type), or a text field in a search landmark.
    static func isSearchField(_ e: Element) -> Bool {
        e.role == "searchbox" || (e.tag == "input" && e.type == "search")
            || (e.regions?.first?.hasPrefix("search") == true && ActionFit.isEditable(e))
    }

    /// No element of the page is where the target was (its dialog, as `places` reads its
    /// landmarks): the page was restructured (the edit dialog became a page), so every candidate
    /// is elsewhere and being elsewhere tells none apart.
    let areaGone: Bool

    static func areaGone(_ regions: [String], from page: [Element]) -> Bool {
        let mine = places(regions)
        guard !mine.isEmpty, !page.isEmpty else { return false }
        // Region by region, without building each element's set of places: a 5,000-element page.
        return !page.contains { e in
            (e.regions ?? []).contains { areas[Element.regionKind($0)].map { !mine.isDisjoint(with: $0) } ?? false }
        }
    }

    /// Scores one element, with the per-attribute breakdown.
    public func score(_ e: Element) -> ScoredElement {
        var folders = Folders()
        var features: [FeatureScore] = []
        let (score, evidence) = withUnsafePointer(to: e) { evaluate($0, &folders, &features, record: true) }
        return ScoredElement(element: e, score: score, evidence: evidence, features: features)
    }

    /// The `count` best elements that can take the action `kind` (nil: any element), best first
    /// (ties: top-most, then page order). Only these get a breakdown: scoring the rest allocates nothing.
    public func best(of elements: [Element], count: Int, for kind: StepKind?) -> [ScoredElement] {
        var folders = Folders()
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
                let (s, _) = evaluate(buffer.baseAddress! + i, &folders, &none, record: false)
                let entry = (index: i, score: s, top: buffer[i].isTop ?? true)
                if top.count < count { top.append(entry); top.sort(by: before) }
                else if let last = top.last, before(entry, last) { top[top.count - 1] = entry; top.sort(by: before) }
            }
        }
        return top.map { score(elements[$0.index]) }
    }

    /// Role families: within one, a refactor may swap roles (a button became a link styled as
    /// a button, a checkbox a switch); across them it is another kind of control.
    static let families: [String: Int] = [
        "button": 1, "link": 1, "menuitem": 1, "tab": 1, "treeitem": 1, "option": 1,
        "gridcell": 9, "cell": 9, "row": 9, "columnheader": 9, "rowheader": 9,
        "textbox": 2, "searchbox": 2, "spinbutton": 2, "combobox": 2,
        "checkbox": 3, "switch": 3, "menuitemcheckbox": 3, "radio": 4, "menuitemradio": 4,
        "listbox": 5, "slider": 6, "img": 7, "heading": 8,
    ]

    /// 1 for the same role, 0.5 for one of the same family, 0.25 for a choice that changed form
    /// (`choices`), 0 across families. The target's role `a` comes with its family and whether it
    /// is a choice, looked up once for a page (`PreparedProfile`).
    static func roleSimilarity(_ a: String, family: Int?, choice: Bool, _ b: String) -> Double {
        if a == b { return 1 }
        guard let fa = family, let fb = families[b] else { return 0 }
        if fa == fb { return 0.5 }
        return choice && choices.contains(b) ? choiceSimilarity : 0
    }

    /// A choice that changed form (`roleSimilarity`), and the words it must still match.
    static let choiceSimilarity = 0.25, sameChoiceWords = 0.9

    /// One of several options to pick, however it is built: a row of buttons (time slots, sizes)
    /// becomes a radio group, and back. A person still picks the same option.
    static let choices: Set<String> = ["button", "radio", "option", "tab"]

    /// Reused buffers for scoring a page: one for an element's own strings, one each for its row
    /// or card text and its heading, which neighbours share (a folder folds nothing for the
    /// string it already holds).
    struct Folders {
        var own = Folder(), row = Folder(), heading = Folder()
    }

    /// Weighted mean of the attribute similarities, and the best identifying one. The element is
    /// read through its pointer: a copy would retain every field it has.
    func evaluate(_ e: UnsafePointer<Element>, _ folders: inout Folders, _ features: inout [FeatureScore], record: Bool) -> (Double, Double) {
        // Evidence: identifying attributes that agree, combined as independent signals (noisy
        // OR): several weak ones (a shared rare word, a similar id, a similar name attribute)
        // make evidence, structure (tag, path, position, landmarks) never does.
        var total = 0.0, weight = 0.0, disbelief = 1.0
        func add(_ name: String, _ w: Double, _ s: Double, identifying: Bool = false, evidence: Double? = nil) {
            total += w * s; weight += w
            let e = evidence ?? s
            if identifying, e >= Self.evidenceFloor { disbelief *= 1 - min(e, 0.99) }
            if record { features.append(FeatureScore(feature: name, weight: w, similarity: s)) }
        }
        // A candidate without the attribute (ids stripped in a redesign) is weaker evidence
        // against it than a conflicting value: it counts with half the weight.
        @discardableResult
        func fuzzy(_ name: String, _ weight: Double, _ mine: Prepared?, _ theirs: String?, identifying: Bool = true, context: Bool = false,
                   in folder: inout Folder) -> Double {
            guard let mine else { return 0 }
            let w = name == target.brokenAttribute ? weight / 2 : weight
            guard let theirs, !theirs.isEmpty else { add(name, w / 2, 0, identifying: identifying); return 0 }
            folder.load(theirs)
            let s = context ? Similarity.overlap(mine, folder.tokens, page)
                : Similarity.weighted(mine, folder.bytes, folder.tokens, page, containment: Self.containmentBase)
            add(name, w, s, identifying: identifying)
            return s
        }
        let w = weights
        var otherNumber = false, otherOwner = false, wordsShared = 0.0, wordsDisagree = false, crossVisible = 0.0
        if !p.words.isEmpty {
            // What a person reads, across fields: a text that became an aria-label or a title still matches.
            // As evidence, a shared rare word counts more than the score gives it ("Express
            // delivery" and "Express (next day)").
            // A placeholder that is only a hint ("City or airport", "dd/mm/yyyy") is often shared
            // by sibling fields: when both sides have a name, a hint that agrees counts half.
            var best = 0.0, shared = 0.0, hintBest = 0.0, hintShared = 0.0, any = false, named = false
            let meaning = p.identifierMeaning?.tokens ?? []
            // Numbers are read from the same folded words (the placeholder aside): see `otherNumber`.
            let numbers = !p.numbers.isEmpty
            var sameNumber = false, theirNumber = false, theirsPersonal = false
            for field in 0..<Self.visibleFields {
                guard let theirs = Self.visible(e, field), !theirs.isEmpty else { continue }
                let theirHint = field == 3 && theirs != e.pointee.name && theirs != e.pointee.label && theirs != e.pointee.text
                named = named || !theirHint
                let countNumbers = numbers && !sameNumber && field != 3 && Self.hasNumber(theirs)
                guard best < 1 || countNumbers else { continue }
                any = true
                folders.own.load(theirs)
                if !ownersTell.isEmpty, folders.own.tokens.count <= Self.personalLabelWords, folders.own.tokens.contains(where: Self.personalWords.contains) {
                    theirsPersonal = true
                }
                // The target's identifier words among these words (`crossWords`), read while they are loaded.
                if !meaning.isEmpty { crossVisible = max(crossVisible, Self.share(meaning, folders.own.tokens, ofTheirs: true)) }
                if best < 1 {
                    for (index, mine) in p.words.enumerated() {
                        let similarity = Similarity.weighted(mine, folders.own.bytes, folders.own.tokens, page, containment: Self.containmentBase)
                        let sharing = Self.sharedWordEvidence * Similarity.contentOverlap(mine, folders.own.tokens, page)
                        if theirHint || index == p.hint {
                            hintBest = max(hintBest, similarity); hintShared = max(hintShared, sharing)
                        } else {
                            best = max(best, similarity); shared = max(shared, sharing)
                        }
                    }
                    if best < Self.namedAfterRow, let row = p.container,
                       p.words.contains(where: { Self.namedAfterRow(folders.own.tokens, own: $0.tokens, row: row.tokens) }) {
                        best = Self.namedAfterRow
                    }
                }
                if countNumbers {
                    theirNumber = true
                    sameNumber = folders.own.tokens.contains { p.numbers.contains($0) }
                }
            }
            if named && p.words.count > (p.hint == nil ? 0 : 1) {
                best = max(best, (best + hintBest) / 2); shared = max(shared, (shared + hintShared) / 2)
            } else {
                best = max(best, hintBest); shared = max(shared, hintShared)
            }
            let broken = ["name", "text", "label", "placeholder"].contains(target.brokenAttribute ?? "")
            add("words", any ? (broken ? w.words / 2 : w.words) : w.words / 2, best, identifying: true, evidence: max(best, shared))
            wordsShared = best
            wordsDisagree = any && max(best, shared) < Self.wordsAgree
            otherNumber = theirNumber && !sameNumber
            otherOwner = best >= Self.ownerWords && theirsPersonal != p.personal && ownersTell.contains(Self.ownerGroup(e.pointee.role ?? "", e.pointee.regions))
        }
        fuzzy("testId", w.testId, p.testId, e.pointee.testId, in: &folders.own)
        fuzzy("id", w.id, p.id, e.pointee.id, in: &folders.own)
        fuzzy("nameAttr", w.nameAttr, p.nameAttr, e.pointee.nameAttr, in: &folders.own)
        // The number its words say is in its identifier too ("Address line 2", `delivery_line2`):
        // the same identifier under another number (`delivery.line1`) is its numbered sibling,
        // whatever the sibling says now ("Street address").
        if !p.numberedIdentifiers.isEmpty, !otherNumber {
            otherNumber = (0..<Self.identifierFields).contains { field in
                guard let theirs = Self.identifier(e, field), let (stem, numbers) = Self.numberedIdentifier(theirs) else { return false }
                return p.numberedIdentifiers.contains { $0.stem == stem && $0.numbers != numbers }
            }
        }
        if let mine = target.href, !mine.isEmpty {
            // Another address is another page ("users/101/edit" is not "users/101"): only the same one is evidence.
            var s = 0.0
            if let theirs = e.pointee.href, let prepared = p.href {
                folders.own.load(theirs)
                s = Self.hrefSimilarity(mine, prepared, theirs, folders.own.tokens)
            }
            add("href", e.pointee.href == nil ? w.href / 2 : w.href, s, identifying: true, evidence: s >= 0.8 ? s : 0)
        }
        if let classes = target.classes, !classes.isEmpty { add("classes", w.classes, Similarity.jaccard(classes, e.pointee.classes ?? [])) }
        // Another kind of control (a search box for a button, a switch for a tab) is not the same
        // element; one without a role (a `summary` that opens its answer) is of no known kind.
        var otherKind = false
        if let role = target.role {
            let similarity = Self.roleSimilarity(role, family: p.roleFamily, choice: p.roleIsChoice, e.pointee.role ?? "")
            otherKind = similarity == 0 && p.roleFamily != nil && !(e.pointee.role ?? "").isEmpty
            // A choice that changed form (`choices`) is the same option only when it still says the same.
            otherKind = otherKind || (similarity == Self.choiceSimilarity && wordsShared < Self.sameChoiceWords)
            add("role", w.role, similarity)
        }
        // With the same role, tag and type are how it is built (a checkbox input became a button
        // with role=checkbox), not what it is.
        let sameRole = target.role != nil && target.role == e.pointee.role
        if let tag = target.tag { add("tag", w.tag, tag == e.pointee.tag ? 1 : sameRole ? 0.5 : 0) }
        var otherInput = false
        if let type = target.type, !(sameRole && type != (e.pointee.type ?? "") && e.pointee.tag != target.tag) {
            add("type", w.type, type == (e.pointee.type ?? "") ? 1 : 0)
            // A text field is not an e-mail, phone or date field.
            otherInput = target.tag == "input" && e.pointee.tag == "input" && type != (e.pointee.type ?? "")
                && Self.textInputs.contains(type) && Self.textInputs.contains(e.pointee.type ?? "")
                && !Self.plainText.isSuperset(of: [type, e.pointee.type ?? ""])
        }
        // A control without words of its own, or with words shared by every row ("Select row"),
        // is told by its row: then the row is evidence, when their words have something in common.
        var otherItem = false
        if let mine = p.container {
            var s = 0.0
            if let theirs = e.pointee.container, !theirs.isEmpty {
                folders.row.load(theirs)
                s = Similarity.overlap(mine, folders.row.tokens, page)
                otherItem = Self.otherItem(p, unit: (folders.row.bytes, folders.row.tokens), heading: e.pointee.heading, &folders.heading)
            }
            // Words that disagree ("Add to wishlist" and "Add Blue Mug to cart" share little) are
            // not outweighed by the card they sit in: the card holds both buttons.
            let evidence = otherItem ? 0 : p.words.isEmpty ? s : wordsShared >= Self.wordsAgree ? Self.containerEvidence * s : 0
            add("container", e.pointee.container == nil ? w.container / 2 : w.container, s, identifying: true, evidence: evidence)
        }
        var otherArea = false
        if let regions = target.regions, !regions.isEmpty {
            let theirs = e.pointee.regions ?? []
            add("regions", areaGone ? w.regions / 2 : w.regions, Self.regionSimilarity(regions, theirs))
            otherArea = !areaGone && Self.movedArea(regions, theirs)
        } else if let box = target.box, box.y > Self.headerDepth, e.pointee.regions?.contains("banner") == true {
            // Outside every landmark, well below the top of the page (an old footer of plain
            // divs): the page's header is another area.
            otherArea = true
        }
        let heading = fuzzy("heading", w.heading, p.heading, e.pointee.heading, identifying: false, context: true, in: &folders.heading)
        // A numbered section ("Attendee 1", "Room 2") is another one under another number: the
        // same fields, but another person's.
        let otherSection = heading > 0 && Self.numberedOtherwise(e.pointee.heading, than: p.headingNumbers)
        if let mine = p.column {
            // A table's column became a section of its own ("Tue 10 Mar" over a list of times) or a
            // group's legend: its header is read where a person reads it now.
            var s = 0.0
            if let theirs = e.pointee.column ?? e.pointee.heading ?? Self.groupName(e.pointee.regions), !theirs.isEmpty {
                folders.own.load(theirs)
                s = Similarity.overlap(mine, folders.own.tokens, page)
            }
            add("column", w.column, s)
        }
        if let mine = p.options, e.pointee.tag == "select" || e.pointee.options != nil {
            // The same choices make the same select whatever its label says now; a short list
            // (Yes / No) is shared by too many to tell.
            var s = 0.0
            if let theirs = e.pointee.options, !theirs.isEmpty {
                folders.own.load(theirs.joined(separator: " | "))
                let (common, union) = Similarity.tokenOverlap(mine.tokens, folders.own.tokens)
                s = union > 0 ? Double(common) / Double(union) : 0
            }
            add("options", w.options, s, identifying: (target.options?.count ?? 0) >= Self.tellingOptions)
        }
        if let mine = target.unitPeers, mine.count == 2, mine[1] > 1, e.pointee.container != nil {
            // The same place among the row's or card's controls of its kind (its second button).
            add("place", w.place, e.pointee.unitPeers == mine ? 1 : 0)
        }
        if let mine = target.peers, mine.count == 2, let theirs = e.pointee.peers, theirs.count == 2, target.role == e.pointee.role {
            // The same place among its kind in its area: the only one both times is evidence
            // ("the newsletter's button"); the same place among as many, a little.
            let same = mine == theirs
            // A form's only submit button is what a redesign rewords most ("Subscribe", "Sign up",
            // "Join"): its form's only submit button again is the match, whatever it says.
            let submit = same && p.onlySubmit && Self.isFormSubmit(e.pointee)
            // Being the only one counts as no more than the same place when its own words say
            // another thing: the only checkbox of a form that lost "Remember me" may be its
            // "Email me product news".
            let only = wordsDisagree && !submit ? Self.samePlaceEvidence : Self.onlyOneEvidence
            // The same place among as many under the same heading ("Price": its second text
            // field) is the section's layout kept, more than the same place in a whole area.
            let place = heading >= Self.sameHeading ? Self.samePlaceUnderHeadingEvidence : Self.samePlaceEvidence
            let evidence = same ? (mine[1] == 1 ? only : mine[1] <= 6 ? place : 0) : 0
            add("peers", submit ? w.submit : w.peers, same ? 1 : 0, identifying: true, evidence: evidence)
        }
        if p.searchField {
            let searching = Self.isSearchField(e.pointee)
            add("search", w.peers, searching ? 1 : 0, identifying: true, evidence: searching && onlySearchField ? Self.onlyOneEvidence : 0)
        }
        if let path = target.ancestors { add("path", w.path, Similarity.pathSimilarity(path, p.pathHashes, e.pointee.ancestors ?? [])) }
        if let box = target.box, let other = e.pointee.box {
            let dx = box.centerX - other.centerX, dy = box.centerY - other.centerY
            add("position", w.position, 1 / (1 + (dx * dx + dy * dy).squareRoot() / 200))
        }
        if let frame = target.frame {
            // Main frame vs a frame is a real difference; a renamed iframe much less so.
            let theirs = e.pointee.frame ?? ""
            var s = frame == theirs ? 1.0 : 0.0
            if s == 0, !frame.isEmpty, !theirs.isEmpty, let mine = p.frame {
                folders.own.load(theirs)
                s = 0.5 + 0.5 * Similarity.of(mine, folders.own.bytes, folders.own.tokens)
            }
            add("frame", w.frame, s)
        }
        if let words = p.identifierWords {
            // The identifier's words among the candidate's visible words; when few of them are,
            // how well they cover the visible words counts too ("tab-reviews" and "Reviews").
            var best = 0.0
            func cover(_ visible: String?) {
                guard let visible, !words.tokens.isEmpty else { return }
                folders.own.load(visible)
                let common = Double(Similarity.tokenOverlap(words.tokens, folders.own.tokens).common)
                guard common > 0 else { return }
                let ofId = common / Double(words.tokens.count), ofVisible = common / Double(folders.own.tokens.count)
                best = max(best, ofId, (ofId + ofVisible) / 2)
            }
            for field in 0..<Self.visibleFields { cover(Self.visible(e, field)) }
            add("idWords", w.identifierWords, best, identifying: true)
        }
        // Only what the words do not already say: "Transfer" and `btnTransfer` are one signal.
        if wordsShared + Self.crossBeyondWords < 1 {
            let cross = max(crossVisible, crossIdentifiers(e, &folders.own))
            if cross >= Self.crossAgree, cross > wordsShared + Self.crossBeyondWords { add("crossWords", w.crossWords, cross, identifying: true) }
        }
        var score = weight > 0 ? total / weight : 0
        if otherKind || otherNumber || otherOwner { score *= Self.otherKindFactor }
        if otherItem { score *= Self.otherItemFactor }
        if otherSection { score *= Self.otherKindFactor }
        if otherArea || otherInput { score *= Self.otherAreaFactor }
        return (score, 1 - disbelief)
    }

    /// An element's visible words field by field, `0..<visibleFields`: name, text, label,
    /// placeholder (3), title. Read in place: an array of them for every element of a page
    /// was a tenth of scoring it.
    static func visible(_ e: UnsafePointer<Element>, _ field: Int) -> String? {
        switch field {
        case 0: e.pointee.name
        case 1: e.pointee.text
        case 2: e.pointee.label
        case 3: e.pointee.placeholder
        default: e.pointee.title
        }
    }

    static let visibleFields = 5

    /// An element's identifiers field by field, `0..<identifierFields`: test id, id, name attribute.
    static func identifier(_ e: UnsafePointer<Element>, _ field: Int) -> String? {
        switch field {
        case 0: e.pointee.testId
        case 1: e.pointee.id
        default: e.pointee.nameAttr
        }
    }

    static let identifierFields = 3

    /// Identifiers are written from what an element said when it was built, so they keep its
    /// meaning across a rewording, and the other way round: the target's identifier words among
    /// the candidate's visible words (read with them, in `evaluate`) or identifiers, and the
    /// target's visible words among the candidate's identifiers (which carry prefixes: the share
    /// of the target's side).
    func crossIdentifiers(_ e: UnsafePointer<Element>, _ folder: inout Folder) -> Double {
        var best = 0.0
        for field in 0..<Self.identifierFields {
            guard let identifier = Self.identifier(e, field), !identifier.isEmpty, best < 1 else { continue }
            folder.load(identifier)
            if let mine = p.identifierMeaning?.tokens, !mine.isEmpty, identifier != target.testId, identifier != target.id {
                best = max(best, Self.share(mine, folder.tokens, ofTheirs: false))
            }
            if !p.visibleTokens.isEmpty { best = max(best, Self.share(p.visibleTokens, folder.tokens, ofTheirs: false)) }
        }
        return best
    }

    /// The share of `mine` found in `theirs`; with `ofTheirs`, the smaller of that and the share of `theirs` found in `mine`.
    static func share(_ mine: [UInt64], _ theirs: [UInt64], ofTheirs: Bool) -> Double {
        let common = Double(Similarity.tokenOverlap(mine, theirs).common)
        guard common > 0 else { return 0 }
        return ofTheirs ? min(common / Double(mine.count), common / Double(theirs.count)) : common / Double(mine.count)
    }

    /// Below this share, identifiers and words of the other side do not count (`crossWords`).
    static let crossAgree = 0.6, crossBeyondWords = 0.2

    /// The candidate's row or card shows another item than the target's: the title of one (its
    /// heading, when the heading is inside the card: "Dr Rohan Patel") is not in the other's
    /// text. A card re-sorted into a removed card's place, or a new one in it, holds the same
    /// buttons; its title tells it apart. `unit` is the candidate's folded row or card text;
    /// `folder` folds its heading.
    static func otherItem(_ p: PreparedProfile, unit: (bytes: [UInt8], tokens: [UInt64]), heading: String?, _ folder: inout Folder) -> Bool {
        guard let mine = p.container else { return false }
        // One unit is a part of the other (a form's row became a fieldset that also holds its
        // neighbours): every word of it besides the element's own is in the other. The title the
        // larger one has is then a section's, not another item's.
        if partOf(mine.tokens, unit.tokens, own: p.visibleTokens) || partOf(unit.tokens, mine.tokens, own: p.visibleTokens) { return false }
        if let title = p.itemTitle { return !mostlyIn(title.tokens, unit.tokens) }
        guard let heading, !heading.isEmpty else { return false }
        let unitBytes = unit.bytes
        folder.load(heading)
        return titles(folder.bytes, unitBytes) && !mostlyIn(folder.tokens, mine.tokens)
    }

    /// Every word of `a` that says something, besides `own`, is in `b` (all sorted token hashes).
    static func partOf(_ a: [UInt64], _ b: [UInt64], own: [UInt64]) -> Bool {
        a.allSatisfy { Vocabulary.stopHashes.contains($0) || own.sortedContains($0) || b.sortedContains($0) }
    }

    /// At least two thirds of the words of `a` that say something are in `b` (both sorted token
    /// hashes; "Dr Claire Moreau" in "Claire Moreau Paediatrics …"); false when `a` has none.
    static func mostlyIn(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        var content = 0, inside = 0
        for t in a where !Vocabulary.stopHashes.contains(t) {
            content += 1
            if b.sortedContains(t) { inside += 1 }
        }
        return content > 0 && inside * 3 >= content * 2
    }

    /// A heading is its card's title when the card's text starts with it (an image's alt or a
    /// badge may come first): a page's heading above a list of rows is not.
    static func titles(_ heading: [UInt8], _ unit: [UInt8]) -> Bool {
        guard !heading.isEmpty, heading.count <= unit.count else { return false }
        // Where the heading may start: within `titleSlack` bytes of the card's start. Compared in
        // place (the generic `firstRange(of:)` was a tenth of scoring a real page).
        let lastStart = min(unit.count, heading.count + Self.titleSlack) - heading.count
        return heading.withUnsafeBufferPointer { h in
            unit.withUnsafeBufferPointer { u in
                (0...lastStart).contains { start in h.indices.allSatisfy { u[start + $0] == h[$0] } }
            }
        }
    }

    /// How far into its card's text a title may start.
    static let titleSlack = 24

    /// The name of the nearest named group (a fieldset's legend) among its landmarks.
    static func groupName(_ regions: [String]?) -> String? {
        guard let group = regions?.first(where: { $0.hasPrefix("group: ") }) else { return nil }
        return String(group.dropFirst(7))
    }

    /// A select needs at least this many options for its options to tell it apart.
    static let tellingOptions = 3

    /// 1 for the same address, 0.8 for the same path with another query or fragment, otherwise
    /// at most 0.5 by the words the two share.
    static func hrefSimilarity(_ a: String, _ prepared: Prepared, _ b: String, _ tokens: [UInt64]) -> Double {
        // The address before its query and fragment, read without splitting: every element with a link passes here.
        func path(_ s: String) -> Substring.UTF8View { s.utf8.prefix { $0 != 63 && $0 != 35 } }  // "?", "#"
        if a == b { return 1 }
        if case let mine = path(a), !mine.isEmpty, mine.elementsEqual(path(b)) { return 0.8 }
        let (common, union) = Similarity.tokenOverlap(prepared.tokens, tokens)
        return union > 0 ? 0.5 * Double(common) / Double(union) : 0
    }

    /// Its words are the target's own words plus words of the target's row or card, nothing
    /// else: "Add Red Kettle to cart" for the "Add to cart" of the Red Kettle's card, "Select Alice
    /// Martin" for the "Select row" of Alice's row (a refactor that names a control after its
    /// item). Another card's button brings words of another card.
    /// Of its own words it may lose only one that stands for the item ("item", "row"): "Add to
    /// wishlist" is not "Add Red Kettle to cart", though the card holds both buttons.
    /// Only a short action label ("Edit", "Add to cart", at most two words that say something)
    /// is completed by the item's name; a longer one (an article's title) is a name already.
    /// `own` is one of the target's words (its name or its text, not both: an icon's glyph is no
    /// third word of its name).
    static func namedAfterRow(_ theirs: [UInt64], own: [UInt64], row: [UInt64]) -> Bool {
        guard own.lazy.filter({ !Vocabulary.stopHashes.contains($0) }).count <= 2 else { return false }
        var kept = 0, added = false
        for t in theirs where !Vocabulary.stopHashes.contains(t) {
            if own.sortedContains(t) { kept += 1 }
            else if row.sortedContains(t) { added = true }
            else { return false }
        }
        guard kept > 0, added else { return false }
        let lost = own.filter { !Vocabulary.stopHashes.contains($0) && !theirs.sortedContains($0) }
        return lost.allSatisfy { Self.itemWords.contains($0) }
    }

    /// Words that stand for the item a row or card shows: a control named after the item drops them.
    static let itemWords: Set<UInt64> = Set(["item", "row", "entry", "product", "record", "line"].map { Vocabulary.hash($0) })

    /// What a control named after its row or card (`namedAfterRow`) scores on words: below the same words.
    static let namedAfterRow = 0.9

    /// The hashes of the numbers in `s` ("3" of "Page 3"), clock times written one way (`Folder`).
    static func numbers(_ s: String) -> [UInt64] {
        (Folder.clockTimes(s) ?? s).split(whereSeparator: { !$0.isNumber }).map { Vocabulary.hash(String($0)) }
    }

    /// An identifier's letters (lower-cased, separators dropped) and its numbers ("deliveryline",
    /// ["2"] of `delivery[line2]`), nil when it has no number.
    static func numberedIdentifier(_ s: String) -> (stem: String, numbers: [String])? {
        guard s.contains(where: \.isNumber) else { return nil }
        let stem = String(s.lowercased().filter(\.isLetter))
        return (stem, s.split(whereSeparator: { !$0.isNumber }).map(String.init))
    }

    /// `s` is numbered, but with none of `mine` ("Attendee 2" for "Attendee 1"): another section
    /// of the same kind. False when `mine` is empty or `s` has no number.
    static func numberedOtherwise(_ s: String?, than mine: [UInt64]) -> Bool {
        guard !mine.isEmpty, let s, hasNumber(s) else { return false }
        return !numbers(s).contains(where: mine.contains)
    }

    /// "My", "Mine": a short label that says whose its list is ("My courses", "My tasks") is not
    /// one that does not ("Courses", the catalogue; "New task") where entries of both kinds sit
    /// side by side (`ownersTell`), though "my" is a stop word the words compare without
    /// (`otherOwner` in `evaluate`).
    static let personalWords: Set<UInt64> = Set(["my", "mine"].map { Vocabulary.hash($0) })

    /// How much the words must agree without "my" for "my" to be what tells them apart: words that
    /// disagree anyway ("All open" for "My open tickets") are told apart by them.
    static let ownerWords = 0.5

    /// At most this many words make a short label (a menu entry, not a sentence that says "my").
    static let personalLabelWords = 3

    /// Whether a string has a number (its words are then folded to compare numbers): the target's
    /// words had a number ("Page 3", "Row 12") and the candidate's have another one, not this:
    /// numbers name things, another number is another thing (`otherNumber` in `evaluate`).
    static func hasNumber(_ s: String) -> Bool {
        // Read in place: asked of every field of every element of a page. Nil: a byte beyond
        // ASCII, where Unicode says what a number is.
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool? {
            var other = false
            for b in bytes {
                if b >= 48 && b <= 57 { return true }
                other = other || b >= 128
            }
            return other ? nil : false
        }
        return (s.utf8.withContiguousStorageIfAvailable(scan) ?? scan(s.utf8)) ?? s.contains(where: \.isNumber)
    }

    /// A button that submits its form (a submit input, or a button without another type) with a
    /// form or a search as its nearest area: with `peers` [0, 1], the form's only submit button.
    static func isFormSubmit(tag: String?, type: String?, role: String?, regions: [String]?) -> Bool {
        guard submits(tag: tag, type: type, role: role), let area = regions?.first.map(Element.regionKind) else { return false }
        return area == "form" || area == "search"
    }

    /// A button that submits the form around it: a submit input, or a button without another type.
    static func submits(tag: String?, type: String?, role: String?) -> Bool {
        role == "button" && (type == "submit" || (tag == "button" && (type ?? "").isEmpty))
    }

    static func isFormSubmit(_ e: Element) -> Bool {
        isFormSubmit(tag: e.tag, type: e.type, role: e.role, regions: e.regions) && e.peers?.last == 1
    }

    /// Input types that take any text: a text field that became a search field is still one.
    static let plainText: Set<String> = ["text", "search"]

    /// Input types a person types text into.
    static let textInputs: Set<String> = ["text", "email", "tel", "number", "password", "date", "url", "search", "datetime-local", "month", "week", "time"]

    /// How far down the page (CSS pixels) a header reaches at most: an element below it was not in it.
    static let headerDepth = 240.0

    /// What a candidate in another page area (the footer for the header's menu), or a field of
    /// another input type, keeps of its score.
    static let otherAreaFactor = 0.8

    /// Where on the page a landmark puts an element: the top (header, its menu), a side (a
    /// sidebar, its menu), the content, the bottom (footer), a dialog. A menu may be at the top or
    /// at a side, and a refactor may turn a sidebar into a navigation: those stay in place.
    static let areas: [Substring: Set<String>] = [
        "banner": ["top"], "navigation": ["top", "side"], "search": ["top", "content"], "complementary": ["side"],
        "main": ["content"], "contentinfo": ["bottom"], "dialog": ["dialog"],
    ]

    /// The areas (`areas`) its landmarks put an element in.
    static func places(_ regions: [String]) -> Set<String> {
        regions.reduce(into: Set<String>()) { set, region in set.formUnion(areas[Element.regionKind(region)] ?? []) }
    }

    /// The candidate is in another area of the page than the target was (the footer's "About"
    /// for the header's): both in some area, none in common.
    static func movedArea(_ mine: [String], _ theirs: [String]) -> Bool {
        let a = places(mine), b = places(theirs)
        return !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b)
    }

    /// Identifying similarities below this are noise, not evidence.
    static let evidenceFloor = 0.2
    /// A shared word's share of the smaller side's words, as evidence.
    static let sharedWordEvidence = 0.8
    /// The share of the row's similarity that counts as evidence when the words agree only a
    /// little, and how much they must agree for that.
    static let containerEvidence = 0.6, wordsAgree = 0.3
    /// The only control of its role in its area, both times; the same place among as many.
    static let onlyOneEvidence = 0.6, samePlaceEvidence = 0.35
    /// The same place among as many under a heading that still reads the same (at least `sameHeading`).
    static let samePlaceUnderHeadingEvidence = 0.45, sameHeading = 0.9
    /// Where containment starts ("Remove" in "Remove item"): below an exact name, so the same
    /// words beat the same words plus others.
    static let containmentBase = 0.5

    /// What a candidate of another kind of control keeps of its score.
    static let otherKindFactor = 0.6
    /// What a candidate in another item's row or card (`otherItem`) keeps: too little to be taken.
    static let otherItemFactor = 0.3

    /// The page areas a person names (header, menu, main, sidebar, footer, a dialog): an
    /// element that moved from one to another is likely another element.
    static let majorRegions: Set<Substring> = ["banner", "navigation", "main", "contentinfo", "complementary", "dialog", "search"]

    /// Landmarks and groups around the element, nearest first: each of the target's counts 1 when
    /// the candidate has it, 0.6 when it has one of the same kind under another name; the page
    /// areas (`majorRegions`) count twice, and so does being in a different one.
    static func regionSimilarity(_ mine: [String], _ theirs: [String]) -> Double {
        guard !mine.isEmpty else { return 1 }
        let kind = Element.regionKind
        var sum = 0.0, total = 0.0
        for region in mine {
            let k = kind(region), weight = majorRegions.contains(k) ? 2.0 : 1.0
            total += weight
            if theirs.contains(region) { sum += weight }
            else if theirs.contains(where: { kind($0) == k }) { sum += 0.6 * weight }
        }
        // Candidate areas the target was not in.
        for region in theirs where majorRegions.contains(kind(region)) && !mine.contains(where: { kind($0) == kind(region) }) { total += 2 }
        return total > 0 ? sum / total : 1
    }
}

/// The target's strings prepared once, not once per candidate.
struct PreparedProfile: Sendable {
    var id, testId, nameAttr, href, frame, container, heading, column: Prepared?
    /// A select's option texts, folded as one string.
    var options: Prepared?
    /// The title of its row or card: its heading, when the heading is in the card's text.
    var itemTitle: Prepared?
    /// It was a field for searching (`HealingScorer.isSearchField`, or a text field that says "search").
    var searchField = false
    /// Its visible words (name, text, label, placeholder, title), each distinct one once.
    var words: [Prepared] = []
    /// The index in `words` of a placeholder that is only a hint (no name, text or label says it).
    var hint: Int?
    /// Words of the identifiers (id, test id, name attribute) when there is no visible text to compare.
    var identifierWords: Prepared?
    /// Words of the identifiers that say something (noise and numbered parts dropped: `ctl00`, `btn`), for `crossWords`.
    var identifierMeaning: Prepared?
    /// The content words of its visible words (stop words dropped), sorted, for `crossWords`.
    var visibleTokens: [UInt64] = []
    /// The tokens of its words that are numbers ("3" of "Page 3").
    var numbers: [UInt64] = []
    /// The numbers of its heading ("1" of "Attendee 1").
    var headingNumbers: [UInt64] = []
    /// It was its form's only submit button (`HealingScorer.isFormSubmit`).
    var onlySubmit = false
    /// It has a short label that says "my" (`HealingScorer.personalWords`).
    var personal = false
    /// Its identifiers whose numbers its words say too (`HealingScorer.numberedIdentifier`).
    var numberedIdentifiers: [(stem: String, numbers: [String])] = []
    /// Its ancestors' hashes, for `Similarity.pathSimilarity`.
    var pathHashes: [UInt64] = []
    /// Its role's family and whether it is a choice (`HealingScorer.roleSimilarity`).
    var roleFamily: Int?, roleIsChoice = false

    init(_ t: TargetProfile) {
        func prep(_ s: String?) -> Prepared? { s.flatMap { $0.isEmpty ? nil : Prepared($0) } }
        pathHashes = (t.ancestors ?? []).map { Vocabulary.hash($0) }
        roleFamily = t.role.flatMap { HealingScorer.families[$0] }
        roleIsChoice = t.role.map(HealingScorer.choices.contains) ?? false
        id = prep(t.id); testId = prep(t.testId); nameAttr = prep(t.nameAttr); href = prep(t.href)
        frame = prep(t.frame); container = prep(t.container); heading = prep(t.heading); column = prep(t.column)
        options = prep(t.options?.joined(separator: " | "))
        if let heading, let container, HealingScorer.titles(heading.bytes, container.bytes) { itemTitle = heading }
        let searchWord = Vocabulary.hash("search")
        let editable = ActionFit.isEditable(Element(index: 0, tag: t.tag ?? "", role: t.role, type: t.type))
        searchField = t.role == "searchbox" || t.type == "search" || (editable && (t.regions?.first?.hasPrefix("search") == true
            || [t.name, t.label, t.placeholder, t.id, t.nameAttr].contains { $0.map { Prepared($0).tokens.contains(searchWord) } ?? false }))
        for s in [t.name, t.text, t.label, t.placeholder, t.ariaLabel, t.title] {
            guard let s, let prepared = prep(s), !words.contains(prepared) else { continue }
            if s == t.placeholder { hint = words.count }
            words.append(prepared)
            // Numbers as `Folder` reads them: a clock time's hour written one way.
            for number in HealingScorer.numbers(s) where !numbers.contains(number) { numbers.append(number) }
        }
        headingNumbers = t.heading.map(HealingScorer.numbers) ?? []
        personal = words.contains { $0.tokens.count <= HealingScorer.personalLabelWords && $0.tokens.contains(where: HealingScorer.personalWords.contains) }
        onlySubmit = t.peers?.last == 1 && HealingScorer.isFormSubmit(tag: t.tag, type: t.type, role: t.role, regions: t.regions)
        let ids = [t.id, t.testId, t.nameAttr].compactMap { $0 }.joined(separator: " ").replacingOccurrencesOfNoise()
        if words.isEmpty { identifierWords = prep(ids) }
        identifierMeaning = prep(ids.split(separator: " ").filter { !$0.contains(where: \.isNumber) }.joined(separator: " "))
        visibleTokens = Array(Set(words.flatMap(\.tokens).filter { !Vocabulary.stopHashes.contains($0) })).sorted()
        numberedIdentifiers = [t.id, t.nameAttr, t.testId].compactMap { $0.flatMap(HealingScorer.numberedIdentifier) }
            .filter { $0.numbers.contains { numbers.contains(Vocabulary.hash($0)) } }
    }
}

extension String {
    /// Identifier noise words that never appear as visible text ("btn", "nav", "input", ...).
    func replacingOccurrencesOfNoise() -> String {
        let noise: Set<String> = ["btn", "button", "nav", "link", "input", "field", "txt", "lbl", "id", "el", "item", "js", "the",
                                  "tab", "menu", "select", "dropdown", "checkbox", "chk", "radio", "icon", "img", "label", "form",
                                  "sel", "ddl", "cbo", "cmb", "tb", "rb", "cb",
                                  // WebForms-era control prefixes: GridView, hyperlink, panel, repeater, content placeholder.
                                  "lnk", "gv", "hl", "pnl", "rpt", "cph", "ctl", "main"]
        // Words split at separators and at camelCase ("currencySel": currency, Sel).
        var words: [String] = [], word = ""
        for c in self {
            if !c.isLetter && !c.isNumber {
                if !word.isEmpty { words.append(word); word = "" }
                continue
            }
            if c.isUppercase, let last = word.last, last.isLowercase { words.append(word); word = "" }
            word.append(c)
        }
        if !word.isEmpty { words.append(word) }
        return words.filter { !noise.contains($0.lowercased()) }.joined(separator: " ")
    }
}

extension Array where Element == UInt64 {
    /// Binary search in a sorted array of tokens.
    func sortedContains(_ token: UInt64) -> Bool {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < token { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low] == token
    }
}
