import Foundation
import SceneBundle

/// Finds, in Playwright's DOM snapshots, the element each call acted on.
///
/// Facts of the format this relies on (Playwright 1.40 to 1.65): a `frame-snapshot` event holds
/// one frame's DOM as nested arrays, `["TAG", {attributes}, child, ...]` for an element, a JSON
/// string for a text node, and `[[k, n]]` for a subtree unchanged since an earlier snapshot of
/// the same frame (`k` snapshots back, node `n` counted in post-order over that snapshot's
/// explicit nodes). Before acting, Playwright marks the element it resolved with the attribute
/// `__playwright_target__` (value: the call id up to 1.5x, empty since), which appears in the
/// call's `input`/`action` snapshot and usually its `after` snapshot.
///
/// Memory stays bounded: per explicit node only its tag and its text (clipped) are kept, so
/// that a later snapshot's references can be resolved; snapshots a newer full snapshot makes
/// unreachable are dropped, and at most `maxStoredBytes` are kept in all. Of each target only
/// what `ElementIdentity` holds survives.
struct SnapshotTargets {
    /// A target found for a call, with the phase it came from (the `action` snapshot wins).
    struct Found { var element: ElementIdentity; var rank: Int }
    struct CallKey: Hashable { var context: Int; var callId: String }
    private(set) var found: [CallKey: Found] = [:]

    var maxStoredBytes = 64 << 20
    private var frames: [String: FrameNodes] = [:]
    private var storedBytes = 0
    private var tags = TagTable()
    private var scanner = SnapshotScanner()

    /// The call a snapshot line belongs to and the page URL it shows, read from its first bytes.
    struct Head { var callId: String?; var frameURL: String? }

    /// Reads one `frame-snapshot` line: its node table (for later references) and, when it marks
    /// a target, the identity of that element.
    @discardableResult
    mutating func consume(snapshotLine line: Data, context: Int) -> Head {
        line.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Head in
            guard let html = JSONBytes.find(Self.htmlKey, in: raw, from: 0) else { return Head() }
            let head = UnsafeRawBufferPointer(rebasing: raw[0..<html])
            let callId = JSONBytes.stringField("callId", in: head)
            let result = Head(callId: callId, frameURL: JSONBytes.stringField("frameUrl", in: head))
            guard let frameId = JSONBytes.stringField("frameId", in: head) else { return result }
            let marked = callId != nil && JSONBytes.find(Self.targetKey, in: raw, from: html) != nil
            var frame = frames[frameId] ?? FrameNodes()
            let scanned = scanner.scan(raw, from: html + Self.htmlKey.count, frame: frame, tags: &tags, target: marked ? callId : nil)
            // A snapshot that cannot be read still takes its place: later references count back over it.
            if let scanned, !scanned.hadReferences { storedBytes -= frame.dropAll() }
            storedBytes += frame.append(scanned?.nodes ?? SnapshotNodes())
            while storedBytes > maxStoredBytes, let freed = frame.dropOldest() { storedBytes -= freed }
            frames[frameId] = frame
            if let element = scanned?.target, let callId {
                let key = CallKey(context: context, callId: callId)
                let rank = Self.phaseRank(head)
                if (found[key]?.rank ?? -1) < rank { found[key] = Found(element: element, rank: rank) }
            }
            return result
        }
    }

    /// The head of a snapshot line, without reading its DOM.
    static func head(_ line: Data) -> Head {
        line.withUnsafeBytes { raw in
            guard let html = JSONBytes.find(htmlKey, in: raw, from: 0) else { return Head() }
            let head = UnsafeRawBufferPointer(rebasing: raw[0..<html])
            return Head(callId: JSONBytes.stringField("callId", in: head), frameURL: JSONBytes.stringField("frameUrl", in: head))
        }
    }

    /// A snapshot line was lost (too long to read): references that cross it cannot be trusted.
    mutating func lostSnapshot() {
        for key in frames.keys { storedBytes -= frames[key]!.dropAll() }
    }

    /// `action`/`input` (the element about to be acted on) over `after` over `before`.
    static func phaseRank(_ head: UnsafeRawBufferPointer) -> Int {
        let phase = JSONBytes.stringField("phase", in: head)
            ?? JSONBytes.stringField("snapshotName", in: head).map { String($0.prefix { $0 != "@" }) }
        switch phase {
        case "action", "input": return 2
        case "after": return 1
        default: return 0
        }
    }

    static let htmlKey = Array(#""html":"#.utf8)
    static let targetKey = Array("__playwright_target__".utf8)
}

/// The explicit nodes of one snapshot, in post-order: tag and clipped text, what a later
/// snapshot's reference to one of them needs.
struct SnapshotNodes {
    var tags: [UInt16] = []
    var spans: [TextSpan] = []
    var bytes: [UInt8] = []
    var byteCount: Int { bytes.count + tags.count * 2 + spans.count * MemoryLayout<TextSpan>.stride }

    struct TextSpan { var start: UInt32; var length: UInt16; var status: TextStatus }

    func text(_ n: Int) -> ArraySlice<UInt8> {
        let span = spans[n]
        return bytes[Int(span.start)..<(Int(span.start) + Int(span.length))]
    }
}

/// Whether a node's text is all there, cut at the limit, or not known (an unresolvable reference inside).
enum TextStatus: UInt8, Comparable {
    case complete, clipped, unknown
    static func < (a: TextStatus, b: TextStatus) -> Bool { a.rawValue < b.rawValue }
}

/// One frame's snapshots, oldest first; references count back from the newest.
struct FrameNodes {
    private var snapshots: [SnapshotNodes] = []

    /// The node of the snapshot `back` before the one being scanned (which is not stored yet).
    func node(back: Int, index: Int) -> (snapshot: SnapshotNodes, index: Int)? {
        let local = snapshots.count - back
        guard back > 0, local >= 0, index >= 0, index < snapshots[local].tags.count else { return nil }
        return (snapshots[local], index)
    }

    mutating func append(_ nodes: SnapshotNodes) -> Int {
        snapshots.append(nodes)
        return nodes.byteCount
    }

    /// Drops every stored snapshot; returns the bytes freed. References further back than what
    /// remains resolve to nothing, so nothing is ever resolved against the wrong snapshot.
    mutating func dropAll() -> Int {
        let bytes = snapshots.reduce(0) { $0 + $1.byteCount }
        snapshots.removeAll()
        return bytes
    }

    mutating func dropOldest() -> Int? {
        guard snapshots.count > 1 else { return nil }
        let bytes = snapshots[0].byteCount
        snapshots[0] = SnapshotNodes()
        return bytes > 0 ? bytes : nil
    }
}

/// Tag names interned to small numbers (0 = a text node, `unknown` = a node not resolvable).
struct TagTable {
    private var ids: [UInt64: UInt16] = [:]
    private var raw: [[UInt8]] = [[]]
    private(set) var names: [String] = ["#text"]
    /// Tags whose content is not page text (head, style, script...).
    private(set) var textless: [Bool] = [false]
    static let text: UInt16 = 0
    static let unknown: UInt16 = .max
    static let textlessNames: Set<String> = ["head", "style", "script", "noscript", "title"]

    mutating func id(_ bytes: UnsafeRawBufferPointer) -> UInt16 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        while let id = ids[hash] {
            if raw[Int(id)].elementsEqual(bytes) { return id }
            hash &+= 1
        }
        guard names.count < Int(UInt16.max) - 1 else { return Self.unknown }
        let id = UInt16(names.count)
        ids[hash] = id
        raw.append([UInt8](bytes))
        let name = String(decoding: bytes, as: UTF8.self).lowercased()
        names.append(name)
        textless.append(Self.textlessNames.contains(name))
        return id
    }

    func name(_ id: UInt16) -> String? { id != Self.unknown && Int(id) < names.count ? names[Int(id)] : nil }
    func isTextless(_ id: UInt16) -> Bool { id != Self.unknown && Int(id) < textless.count && textless[Int(id)] }
}

/// One pass over a snapshot's `html` value: builds its node table and, when asked, the identity
/// of the element marked for a call. Iterative, so a hostile depth cannot overflow the stack; any
/// syntax it does not expect ends the scan (the snapshot's references then resolve to nothing).
struct SnapshotScanner {
    /// One open element.
    private struct Open {
        var tag: UInt16
        var textStart: Int
        var status: TextStatus
        /// Byte range of its attributes object in the line (empty: none).
        var attributes: Range<Int>
        /// Tags of its element children so far (`TagTable.unknown` for an unresolvable reference).
        var childTags: [UInt16]
        var excluded: Bool
    }

    struct Result {
        var nodes: SnapshotNodes
        var hadReferences: Bool
        var target: ElementIdentity?
    }

    /// The target while its ancestors are still open.
    private struct Path {
        var depth: Int
        var element: ElementIdentity
        /// Stack depth of each ancestor kept (shadow-root templates are left out).
        var ancestorDepths: [Int]
        /// Path elements still open (the ones below close first).
        var open: Int
        var closed = false
    }

    private var stack: [Open] = []
    private var text: [UInt8] = []
    /// Sibling tags are collected only on lines that mark a target (positions of its path).
    private var tracking = false
    static let maxText = ElementIdentity.maxTextLength
    /// Deeper documents are not scanned (real pages stay far below).
    static let maxDepth = 4096

    mutating func scan(_ p: UnsafeRawBufferPointer, from start: Int, frame: FrameNodes, tags: inout TagTable,
                       target callId: String?) -> Result? {
        stack.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        var nodes = SnapshotNodes()
        var hadReferences = false
        var path: Path?
        let callIdBytes = callId.map { Array($0.utf8) }
        tracking = callIdBytes != nil
        var i = JSONBytes.skipSpace(p, start)
        var expectValue = true
        while i < p.count {
            if expectValue {
                expectValue = false
                let c = p[i]
                if c == UInt8(ascii: "\"") {
                    guard let end = JSONBytes.stringEnd(p, i) else { return nil }
                    textNode(p, i + 1, end, into: &nodes)
                    i = JSONBytes.skipSpace(p, end + 1)
                } else if c == UInt8(ascii: "[") {
                    let j = JSONBytes.skipSpace(p, i + 1)
                    guard j < p.count else { return nil }
                    if p[j] == UInt8(ascii: "[") {
                        guard let (back, index, end) = JSONBytes.reference(p, j) else { return nil }
                        hadReferences = true
                        reference(frame.node(back: back, index: index))
                        i = JSONBytes.skipSpace(p, end)
                    } else if p[j] == UInt8(ascii: "\"") {
                        guard let tagEnd = JSONBytes.stringEnd(p, j), stack.count < Self.maxDepth else { return nil }
                        let tag = tags.id(UnsafeRawBufferPointer(rebasing: p[(j + 1)..<tagEnd]))
                        var k = JSONBytes.skipSpace(p, tagEnd + 1)
                        var attributes = k..<k
                        var childFollows = false
                        if k < p.count && p[k] == UInt8(ascii: ",") {
                            let a = JSONBytes.skipSpace(p, k + 1)
                            if a < p.count && p[a] == UInt8(ascii: "{") {
                                guard let objectEnd = JSONBytes.objectEnd(p, a) else { return nil }
                                attributes = a..<(objectEnd + 1)
                                k = JSONBytes.skipSpace(p, objectEnd + 1)
                            } else {
                                k = a
                                childFollows = true
                            }
                        }
                        let parentExcluded = stack.last?.excluded ?? false
                        let excluded = parentExcluded || tags.isTextless(tag)
                            || (tags.name(tag) == "template" && JSONBytes.find(Self.styleSheetKey, in: UnsafeRawBufferPointer(rebasing: p[attributes]), from: 0) != nil)
                        stack.append(Open(tag: tag, textStart: text.count, status: .complete, attributes: attributes, childTags: [], excluded: excluded))
                        if let callIdBytes, path == nil, !attributes.isEmpty,
                           Self.isMarked(UnsafeRawBufferPointer(rebasing: p[attributes]), callId: callIdBytes) {
                            path = discover(p, tags: tags)
                        }
                        i = k
                        if childFollows { expectValue = true; continue }
                        if i < p.count && p[i] == UInt8(ascii: ",") { i = JSONBytes.skipSpace(p, i + 1); expectValue = true; continue }
                    } else if p[j] == UInt8(ascii: "]") {
                        i = JSONBytes.skipSpace(p, j + 1)
                    } else {
                        return nil
                    }
                } else {
                    return nil
                }
            }
            // After a value: `,` (another child), `]` (the open element closes), or the end of the html value.
            guard i < p.count, !stack.isEmpty else { break }
            if p[i] == UInt8(ascii: ",") {
                i = JSONBytes.skipSpace(p, i + 1)
                expectValue = true
            } else if p[i] == UInt8(ascii: "]") {
                close(p, into: &nodes, path: &path, tags: tags)
                i = JSONBytes.skipSpace(p, i + 1)
                if stack.isEmpty { break }
            } else {
                return nil
            }
        }
        guard stack.isEmpty else { return nil }
        return Result(nodes: nodes, hadReferences: hadReferences, target: path?.closed == true ? path?.element : nil)
    }

    private mutating func textNode(_ p: UnsafeRawBufferPointer, _ start: Int, _ end: Int, into nodes: inout SnapshotNodes) {
        let before = text.count
        var status = TextStatus.complete
        if let top = stack.last, !top.excluded,
           !JSONBytes.appendCollapsed(p, start, end, to: &text, floor: top.textStart, limit: top.textStart + Self.maxText) {
            status = .clipped
            stack[stack.count - 1].status = max(stack[stack.count - 1].status, .clipped)
        }
        store(TagTable.text, from: before, status: status, into: &nodes)
    }

    /// A child that is a node of an earlier snapshot (or nil when it cannot be resolved).
    private mutating func reference(_ node: (snapshot: SnapshotNodes, index: Int)?) {
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        guard let (snapshot, n) = node else {
            if tracking { stack[top].childTags.append(TagTable.unknown) }
            stack[top].status = .unknown
            return
        }
        let tag = snapshot.tags[n]
        if tracking && tag != TagTable.text { stack[top].childTags.append(tag) }
        if !stack[top].excluded {
            let status = snapshot.spans[n].status
            if !appendText(snapshot.text(n)) || status == .clipped { stack[top].status = max(stack[top].status, .clipped) }
            if status == .unknown { stack[top].status = .unknown }
        }
    }

    /// Appends already collapsed text to the open element; false when it is full.
    private mutating func appendText(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let top = stack.last else { return true }
        let limit = top.textStart + Self.maxText
        for byte in bytes {
            if byte == 0x20, text.last == 0x20 || text.count == top.textStart { continue }
            if text.count >= limit { return false }
            text.append(byte)
        }
        return true
    }

    private mutating func store(_ tag: UInt16, from start: Int, status: TextStatus, into nodes: inout SnapshotNodes) {
        let length = min(text.count - start, Int(UInt16.max))
        nodes.spans.append(.init(start: UInt32(truncatingIfNeeded: nodes.bytes.count), length: UInt16(length), status: status))
        nodes.bytes.append(contentsOf: text[start..<(start + length)])
        nodes.tags.append(tag)
    }

    /// The element just opened is the target: its ancestors are the open stack.
    private func discover(_ p: UnsafeRawBufferPointer, tags: TagTable) -> Path {
        let depth = stack.count - 1
        var ancestors: [ElementIdentity.Ancestor] = []
        var depths: [Int] = []
        for d in 0..<depth {
            guard let tag = tags.name(stack[d].tag), tag != "template" else { continue }
            ancestors.append(.init(tag: tag, attributes: Self.attributes(p, stack[d].attributes, ancestor: true).attributes,
                                   position: d > 0 ? Self.position(after: stack[d - 1].childTags, tag: stack[d].tag) : nil))
            depths.append(d)
        }
        let tag = tags.name(stack[depth].tag) ?? ""
        let own = Self.attributes(p, stack[depth].attributes, ancestor: false, tag: tag)
        var element = ElementIdentity(tag: tag, attributes: own.attributes, ancestors: ancestors,
                                      ancestorsComplete: true, position: depth > 0 ? Self.position(after: stack[depth - 1].childTags, tag: stack[depth].tag) : nil,
                                      checked: own.checked)
        if element.ancestors.count > ElementIdentity.maxAncestors {
            let drop = element.ancestors.count - ElementIdentity.maxAncestors
            element.ancestors.removeFirst(drop)
            depths.removeFirst(drop)
            element.ancestorsComplete = false
        }
        return Path(depth: depth, element: element, ancestorDepths: depths, open: depth)
    }

    /// The position of the element that follows `siblings` (its parent's element children so far).
    static func position(after siblings: [UInt16], tag: UInt16) -> ElementIdentity.Position? {
        guard !siblings.contains(TagTable.unknown) else { return nil }
        return .init(index: siblings.count + 1, indexOfType: siblings.filter { $0 == tag }.count + 1)
    }

    private mutating func close(_ p: UnsafeRawBufferPointer, into nodes: inout SnapshotNodes, path: inout Path?, tags: TagTable) {
        let open = stack.removeLast()
        let depth = stack.count
        if var found = path {
            if depth == found.depth && !found.closed {
                // The target: its text is complete now.
                if open.status != .unknown {
                    found.element.text = String(decoding: open.textStart < text.count ? text[open.textStart...] : [], as: UTF8.self)
                        .trimmingCharacters(in: .whitespaces)
                    if open.status == .clipped { found.element.textClipped = true }
                }
                found.closed = true
            } else if found.closed && depth == found.open - 1 {
                // An ancestor on the path: all its children are known, so its child on the path gets its sibling counts.
                found.open -= 1
                let counts = open.childTags.contains(TagTable.unknown) ? nil : open.childTags
                func counted(_ position: ElementIdentity.Position?, _ tag: String) -> ElementIdentity.Position? {
                    guard var position, let counts else { return position }
                    position.count = counts.count
                    position.countOfType = counts.filter { tags.name($0) == tag }.count
                    return position
                }
                if depth + 1 == found.depth {
                    found.element.position = counted(found.element.position, found.element.tag)
                } else if let k = found.ancestorDepths.firstIndex(of: depth + 1) {
                    found.element.ancestors[k].position = counted(found.element.ancestors[k].position, found.element.ancestors[k].tag)
                }
                if let k = found.ancestorDepths.firstIndex(of: depth), found.element.ancestors[k].tag == "label", open.status != .unknown {
                    found.element.ancestors[k].text = String(decoding: text[open.textStart...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                }
            }
            path = found
        }
        store(open.tag, from: open.textStart, status: open.status, into: &nodes)
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        if tracking { stack[top].childTags.append(open.tag) }
        if open.excluded && !stack[top].excluded {
            text.removeSubrange(open.textStart...)
        } else if !open.excluded {
            if open.status > stack[top].status { stack[top].status = open.status }
            let limit = stack[top].textStart + Self.maxText
            if text.count > limit {
                text.removeSubrange(limit...)
                while let last = text.last, last & 0xC0 == 0x80 { text.removeLast() }
                if let last = text.last, last >= 0xC0 { text.removeLast() }
                stack[top].status = max(stack[top].status, .clipped)
            }
        }
    }

    static let styleSheetKey = Array("__playwright_style_sheet_".utf8)

    /// True when the attributes object carries the target mark for `callId` (or the empty mark of newer versions).
    static func isMarked(_ object: UnsafeRawBufferPointer, callId: [UInt8]) -> Bool {
        guard let at = JSONBytes.find(SnapshotTargets.targetKey, in: object, from: 0) else { return false }
        var i = at + SnapshotTargets.targetKey.count
        guard i < object.count, object[i] == UInt8(ascii: "\"") else { return false }
        i = JSONBytes.skipSpace(object, i + 1)
        guard i < object.count, object[i] == UInt8(ascii: ":") else { return false }
        i = JSONBytes.skipSpace(object, i + 1)
        guard i < object.count, object[i] == UInt8(ascii: "\""), let end = JSONBytes.stringEnd(object, i) else { return false }
        let value = UnsafeRawBufferPointer(rebasing: object[(i + 1)..<end])
        return value.isEmpty || value.elementsEqual(callId)
    }

    /// The attributes worth keeping: never Playwright's own (`__playwright_*`, among them field
    /// values), event handlers or styles, and a `value` only where it is a label (buttons,
    /// checkboxes, radios, options): on a field it may be a password or a token.
    static func attributes(_ p: UnsafeRawBufferPointer, _ range: Range<Int>, ancestor: Bool, tag: String = "")
        -> (attributes: [ElementIdentity.Attribute], checked: Bool?) {
        guard range.count > 1 else { return ([], nil) }
        var result: [ElementIdentity.Attribute] = []
        var checked: Bool?
        var valueAttribute: String?
        var i = JSONBytes.skipSpace(p, range.lowerBound + 1)
        while i < range.upperBound, p[i] == UInt8(ascii: "\""), let keyEnd = JSONBytes.stringEnd(p, i) {
            let name = JSONBytes.decode(p, i + 1, keyEnd, limit: 100).lowercased()
            var j = JSONBytes.skipSpace(p, keyEnd + 1)
            guard j < range.upperBound, p[j] == UInt8(ascii: ":") else { break }
            j = JSONBytes.skipSpace(p, j + 1)
            guard j < range.upperBound, p[j] == UInt8(ascii: "\""), let valueEnd = JSONBytes.stringEnd(p, j) else { break }
            let value = JSONBytes.decode(p, j + 1, valueEnd, limit: ElementIdentity.maxValueLength)
            if name == "__playwright_checked_" { checked = value == "true" }
            if name == "value" {
                valueAttribute = value
            } else if !name.hasPrefix("__playwright") && !name.hasPrefix("on") && name != "style"
                        && (!ancestor || ElementIdentity.ancestorAttributes.contains(name)) && result.count < ElementIdentity.maxAttributes {
                result.append(.init(name: name, value: value))
            }
            i = JSONBytes.skipSpace(p, valueEnd + 1)
            if i < range.upperBound && p[i] == UInt8(ascii: ",") { i = JSONBytes.skipSpace(p, i + 1) }
        }
        let type = result.first { $0.name == "type" }?.value.lowercased() ?? ""
        if let valueAttribute, !ancestor, tag == "option" || ["submit", "button", "reset", "checkbox", "radio", "image"].contains(type) {
            result.append(.init(name: "value", value: valueAttribute))
        }
        return (result, checked)
    }
}
