import Foundation
import SceneAnalyze
import SceneBundle
import Testing

/// A page described as a tree, written in the runner's columnar layout format (what layout.js
/// returns), so the tests go through the same decoder as real snapshots.
struct Node {
    var tag: String
    var classes = ""
    var id = ""
    var testId = ""
    var text = ""
    var src = ""
    var box: (Int, Int, Int, Int)
    var style: [String: String] = [:]
    var children: [Node] = []

    init(_ tag: String, _ classes: String = "", id: String = "", text: String = "", src: String = "", box: (Int, Int, Int, Int),
         style: [String: String] = [:], _ children: [Node] = []) {
        self.tag = tag; self.classes = classes; self.id = id; self.text = text; self.src = src; self.box = box
        self.style = style; self.children = children
    }

    static let styleNames = ["color", "background-color", "background-image", "border", "font-size", "line-height", "margin",
                             "padding", "display"]
    static let defaults = ["color": "#111111", "background-color": "transparent", "background-image": "none", "border": "none",
                           "font-size": "16px", "line-height": "24px", "margin": "0px", "padding": "0px", "display": "block"]

    /// The layout.json of this tree (document order, parents first).
    func layoutJSON(truncated: Bool = false) throws -> Data {
        var strings = [""], index = ["": 0]
        func s(_ v: String) -> Int {
            if let i = index[v] { return i }
            strings.append(v); index[v] = strings.count - 1
            return strings.count - 1
        }
        var columns: [String: [Int]] = [:]
        for key in ["parent", "path", "tag", "id", "classes", "testId", "role", "name", "text", "src", "box", "style"] { columns[key] = [] }
        var styles: [[Int]] = [], styleIndex: [[Int]: Int] = [:]
        func visit(_ n: Node, parent: Int, segment: String) {
            let me = columns["tag"]!.count
            columns["parent"]!.append(parent); columns["path"]!.append(s(segment)); columns["tag"]!.append(s(n.tag))
            columns["id"]!.append(s(n.id)); columns["classes"]!.append(s(n.classes)); columns["testId"]!.append(s(n.testId))
            columns["role"]!.append(0); columns["name"]!.append(0); columns["text"]!.append(s(n.text)); columns["src"]!.append(s(n.src))
            columns["box"]! += [n.box.0, n.box.1, n.box.2, n.box.3]
            let row = Self.styleNames.map { s(n.style[$0] ?? Self.defaults[$0]!) }
            if styleIndex[row] == nil { styleIndex[row] = styles.count; styles.append(row) }
            columns["style"]!.append(styleIndex[row]!)
            var seen: [String: Int] = [:]
            let totals = Dictionary(n.children.map { ($0.tag, 1) }, uniquingKeysWith: +)
            for child in n.children {
                seen[child.tag, default: 0] += 1
                visit(child, parent: me, segment: totals[child.tag]! > 1 ? "\(child.tag):nth-of-type(\(seen[child.tag]!))" : child.tag)
            }
        }
        visit(self, parent: -1, segment: tag)
        let object: [String: Any] = ["schemaVersion": 1, "scale": 1, "width": box.2, "height": box.3, "truncated": truncated,
                                     "styleNames": Self.styleNames, "strings": strings, "styles": styles, "elements": columns]
        return try JSONSerialization.data(withJSONObject: object)
    }

    func layout() throws -> PageLayout { try PageLayout(json: layoutJSON()) }
}

/// A list page: a header, then `count` entries 40 px tall, starting at `top`.
func listPage(count: Int = 50, top: Int = 60, banner: Int? = nil) -> Node {
    var entries: [Node] = []
    var y = top + (banner ?? 0)
    if let banner { entries.append(Node("div", "banner", text: "Moving on 1 March", box: (20, top, 1000, banner))) }
    for i in 1...count {
        entries.append(Node("article", "entry", box: (20, y, 1000, 40), [
            Node("h3", text: "Note \(i)", box: (20, y, 1000, 20)), Node("p", text: "Day \(i)", box: (20, y + 20, 1000, 20))]))
        y += 40
    }
    return Node("body", box: (0, 0, 1040, y + 20), [
        Node("header", box: (0, 0, 1040, top), [Node("a", "brand", text: "Northwind", box: (20, 10, 100, 30))]),
        Node("main", box: (0, top, 1040, y - top), entries)])
}

func comparison(regions: [Region] = [], bands: [Band] = [], width: Int = 1040) -> DiffRecord {
    DiffRecord(identical: false, width: width, height: 3000, expectedWidth: width, expectedHeight: 3000, diffPixels: 1,
               diffPercentage: 0.1, shiftAwareDiffPixels: 1, maxDelta: 1, level: .minor, regions: regions, bands: bands)
}

@Suite struct LayoutDiffTests {
    @Test func oneBlockInsertedAboveFiftyIsOneAddedAndOneMoved() throws {
        let before = try listPage().layout(), after = try listPage(banner: 48).layout()
        let e = LayoutDiff.explain(baseline: before, observed: after,
                                   comparison: comparison(bands: [Band(kind: .inserted, y: 60, height: 48)]))
        #expect(e.findings.map(\.kind) == [.added, .moved], "\(e.findings.map(\.summary))")
        let added = try #require(e.findings.first), moved = try #require(e.findings.last)
        #expect(added.element.selector == "div.banner" && added.bands == [0] && added.pixels == 48 * 1040)
        #expect(moved.related == 49 && moved.summary.hasSuffix("moved down 48 px"), "\(moved.summary)")
        #expect(moved.visible, "the shift shows although the alignment counts moved rows as free")
        #expect(e.matchedElements == after.count - 1)
    }

    @Test func aBlockThatGrewIsResizedAndWhatFollowsMoved() throws {
        func page(_ height: Int) -> Node {
            Node("body", box: (0, 0, 1000, 400 + height), [
                Node("div", "hero", box: (0, 0, 1000, height), [Node("h1", text: "Welcome", box: (20, 20, 400, 40))]),
                Node("p", text: "Below", box: (0, height, 1000, 30)), Node("p", text: "Further", box: (0, height + 30, 1000, 30))])
        }
        let e = LayoutDiff.explain(baseline: try page(100).layout(), observed: try page(112).layout(),
                                   comparison: comparison(bands: [Band(kind: .inserted, y: 100, height: 12)]))
        #expect(e.findings.map(\.kind) == [.resized, .moved], "\(e.findings.map(\.summary))")
        #expect(e.findings.first?.summary == "`div.hero` resized 1000×100 → 1000×112 px (12 px taller)")
        #expect(e.findings.last?.related == 1, "body grew because the hero did: not a finding of its own")
    }

    @Test func anInheritedColourIsOneFindingOnTheElementThatSetsIt() throws {
        func page(_ colour: String) -> Node {
            Node("body", box: (0, 0, 800, 300), [
                Node("div", "card featured", box: (10, 10, 300, 200), style: ["color": colour], [
                    Node("h3", text: "Team", box: (20, 20, 280, 30), style: ["color": colour]),
                    Node("p", "price", text: "$29", box: (20, 60, 280, 40), style: ["color": colour, "font-size": "36px"])])])
        }
        let e = LayoutDiff.explain(baseline: try page("#1d2430").layout(), observed: try page("#7c3aed").layout(),
                                   comparison: comparison(regions: [Region(x: 20, y: 20, width: 280, height: 80, pixels: 900)]))
        #expect(e.findings.count == 1, "\(e.findings.map(\.summary))")
        let f = try #require(e.top)
        #expect(f.kind == .style && f.element.selector == "div.card.featured" && f.related == 2)
        #expect(f.changes == [PropertyChange(property: "color", old: "#1d2430", new: "#7c3aed")])
        #expect(f.summary == "`div.card.featured`: color #1d2430 → #7c3aed (2 more elements inherit it)")
        #expect(f.regions == [0] && f.pixels == 900)
    }

    @Test func aLineHeightInheritedAsARatioFoldsIntoTheAncestor() throws {
        func page(_ ratio: Double) -> Node {
            func px(_ size: Double) -> String { "\(size * ratio)px" }
            return Node("article", box: (0, 0, 800, 600), style: ["line-height": px(16)], [
                Node("h2", text: "Roll out", box: (0, 0, 800, 40), style: ["font-size": "21px", "line-height": px(21)]),
                Node("p", text: "Upload the bundle.", box: (0, 40, 800, 30), style: ["line-height": px(16)])])
        }
        let e = LayoutDiff.explain(baseline: try page(1.6).layout(), observed: try page(1.9).layout(), comparison: nil)
        #expect(e.findings.map(\.element.selector) == ["article"], "\(e.findings.map(\.summary))")
        #expect(e.top?.related == 2)
    }

    @Test func oneRuleChangingSeveralElementsIsOneFinding() throws {
        func page(_ background: String) -> Node {
            Node("main", box: (0, 0, 900, 300), (0..<3).map { i in
                Node("div", "card", box: (i * 300, 0, 290, 200), style: ["background-color": background], [
                    Node("h3", text: "Plan \(i)", box: (i * 300 + 10, 10, 270, 30))]) })
        }
        let e = LayoutDiff.explain(baseline: try page("#ffffff").layout(), observed: try page("#fde68a").layout(), comparison: nil)
        #expect(e.findings.count == 1)
        #expect(e.top?.element.selector == "div.card" && e.top?.related == 2)
        #expect(e.top?.summary == "`div.card` (3 elements): background-color #ffffff → #fde68a")
    }

    @Test func textChangeNamesTheElementAndBothTexts() throws {
        func page(_ price: String) -> Node {
            Node("div", "cards", box: (0, 0, 900, 200), ["$0", price, "$99"].enumerated().map { i, p in
                Node("div", "card", box: (i * 300, 0, 290, 200), [Node("p", "price", text: p, box: (i * 300 + 10, 40, 270, 50))]) })
        }
        let e = LayoutDiff.explain(baseline: try page("$29").layout(), observed: try page("$35").layout(),
                                   comparison: comparison(regions: [Region(x: 320, y: 50, width: 40, height: 30, pixels: 400)]))
        #expect(e.findings.count == 1)
        #expect(e.top?.summary == "`p.price`: text “$29” → “$35”")
        #expect(e.top?.element.path == "div>div:nth-of-type(2)>p")
    }

    @Test func swappedSiblingsAreReorderedNotRewritten() throws {
        func page(_ names: [String]) -> Node {
            Node("div", "cards", box: (0, 0, 900, 200), names.enumerated().map { i, n in
                Node("div", "card", box: (i * 300, 0, 290, 200), [
                    Node("h3", text: n, box: (i * 300 + 10, 10, 270, 30)), Node("p", text: "About \(n)", box: (i * 300 + 10, 50, 270, 30))]) })
        }
        let e = LayoutDiff.explain(baseline: try page(["Fast", "Safe", "Simple"]).layout(),
                                   observed: try page(["Safe", "Fast", "Simple"]).layout(),
                                   comparison: comparison(regions: [Region(x: 0, y: 0, width: 600, height: 100, pixels: 3000)]))
        #expect(e.findings.map(\.kind) == [.reordered], "\(e.findings.map(\.summary))")
        #expect(e.top?.element.selector.hasPrefix("div.card") == true && e.top?.pixels == 3000)
    }

    @Test func pixelsNoFindingCoversAreAnImagesContentOrUnexplained() throws {
        let page = Node("body", box: (0, 0, 800, 600), [
            Node("img", "hero", src: "hero.png", box: (0, 0, 800, 300)),
            Node("p", text: "Caption", box: (0, 320, 800, 30))])
        let e = LayoutDiff.explain(baseline: try page.layout(), observed: try page.layout(), comparison: comparison(regions: [
            Region(x: 100, y: 100, width: 50, height: 50, pixels: 2000), Region(x: 10, y: 325, width: 20, height: 10, pixels: 12)]))
        #expect(e.findings.count == 1)
        #expect(e.top?.kind == .content && e.top?.element.selector == "img.hero" && e.top?.regions == [0])
        #expect(e.top?.summary == "`img.hero`: its content changed (same source and styles, different pixels)")
        #expect(e.unexplained == [UnexplainedRegion(region: 1, inside: ElementLabel(selector: "p", path: "body>p", text: "Caption"))])
    }

    @Test func aChangeWithNoChangedPixelsIsNotVisible() throws {
        func page(_ colour: String) -> Node {
            Node("body", box: (0, 0, 800, 600), [
                Node("div", "under", box: (0, 0, 400, 200), style: ["background-color": colour]),
                Node("div", "banner", text: "Sale", box: (500, 0, 300, 100), style: ["background-color": "#dc2626"])])
        }
        func bannerPage(_ colour: String) -> Node {
            var p = page("#ffffff")
            p.children[1].style["background-color"] = colour
            return p
        }
        let hidden = LayoutDiff.explain(baseline: try page("#ffffff").layout(), observed: try page("#000000").layout(),
                                        comparison: comparison(regions: [Region(x: 600, y: 20, width: 50, height: 50, pixels: 10)]))
        #expect(hidden.findings.map(\.visible) == [false], "the covered element changed, the pixels elsewhere are not its doing")
        #expect(hidden.top == nil)
        let shown = LayoutDiff.explain(baseline: try bannerPage("#dc2626").layout(), observed: try bannerPage("#7c3aed").layout(),
                                       comparison: comparison(regions: [Region(x: 500, y: 0, width: 300, height: 100, pixels: 30000)]))
        #expect(shown.top?.element.selector == "div.banner")
    }

    @Test func damagedFilesAreRefusedWithTheReason() throws {
        let good = try JSONSerialization.jsonObject(with: listPage(count: 2).layoutJSON()) as! [String: Any]
        func refused(_ change: (inout [String: Any]) -> Void) -> String? {
            var object = good
            change(&object)
            let data = try! JSONSerialization.data(withJSONObject: object)
            do { _ = try PageLayout(json: data); return nil } catch let e as LayoutError { return e.reason } catch { return "\(error)" }
        }
        func elements(_ change: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) -> Void {
            { o in var e = o["elements"] as! [String: Any]; change(&e); o["elements"] = e }
        }
        #expect(refused { _ in } == nil)
        #expect(refused(elements { $0["tag"] = [0] })?.contains("column parent has") == true)
        #expect(refused(elements { $0["parent"] = ($0["parent"] as! [Int]).map { _ in 5 } })?.contains("parent") == true)
        #expect(refused(elements { $0["text"] = ($0["text"] as! [Int]).map { _ in 9999 } })?.contains("out of range") == true)
        #expect(refused(elements { $0["box"] = [1, 2, 3] })?.contains("box") == true)
        #expect(refused { $0["schemaVersion"] = 7 }?.contains("schemaVersion") == true)
        #expect(refused { $0["styles"] = [[0]] }?.contains("a style row has 1 values") == true)
        #expect(throws: (any Error).self) { try PageLayout(json: Data("not json".utf8)) }
        let missing = URL(fileURLWithPath: "/nonexistent/layout.json")
        #expect(throws: LayoutError.self) { try PageLayout.read(missing) }
    }
}
