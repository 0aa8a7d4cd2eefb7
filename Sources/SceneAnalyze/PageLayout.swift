public import Foundation
public import SceneBundle

/// A layout snapshot (`layout.json`, written by `assets/runner/layout.js` right after the final
/// screenshot): every visible element in document order with its parent, stable path, identity,
/// own text, image source, box in screenshot pixels and a fixed set of computed styles.
///
/// Columnar: each field is one array over the elements and holds indices into `strings`; styles
/// are rows of indices shared by the elements that have the same computed values. Decoding checks
/// every index, so the diff never traps on a damaged or hostile file.
public struct PageLayout: Sendable, Equatable {
    /// Device pixels per CSS pixel: boxes are in screenshot pixels.
    public var scale: Double
    public var width: Int
    public var height: Int
    /// The page had more visible elements than the snapshot's limit.
    public var truncated: Bool
    public var styleNames: [String]
    public var strings: [String]
    /// Distinct style rows: `styleNames.count` string indices each.
    public var styles: [[Int]]
    public var columns: Columns

    public struct Columns: Codable, Sendable, Equatable {
        /// The nearest recorded ancestor (-1 for a root); always before the element.
        public var parent: [Int]
        /// Path from that ancestor (`div:nth-of-type(2)`, joined by `>` through ancestors without a box).
        public var path: [Int]
        public var tag: [Int]
        public var id: [Int]
        public var classes: [Int]
        public var testId: [Int]
        public var role: [Int]
        public var name: [Int]
        public var text: [Int]
        public var src: [Int]
        /// x, y, width, height per element.
        public var box: [Int]
        public var style: [Int]
    }

    public var count: Int { columns.tag.count }

    /// Files larger than this are refused unread (20,000 elements stay far below).
    public static let maxBytes = 32 << 20
    /// More elements than the runner ever records: a file claiming more is not a snapshot.
    public static let maxElements = 100_000

    /// Reads and checks a layout file.
    public static func read(_ url: URL) throws -> PageLayout {
        guard let data = BundleIO.readRegularFile(url.path, upTo: maxBytes + 1) else {
            throw LayoutError(path: url.path, reason: "not a readable regular file")
        }
        guard data.count <= maxBytes else { throw LayoutError(path: url.path, reason: "larger than \(maxBytes >> 20) MB") }
        do { return try PageLayout(json: data) }
        catch let error as LayoutError { throw LayoutError(path: url.path, reason: error.reason) }
        catch { throw LayoutError(path: url.path, reason: "not a layout snapshot (\(ErrorText.message(error).prefix(300)))") }
    }

    public init(json data: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: data)
        guard file.schemaVersion == 1 else { throw LayoutError(path: nil, reason: "unknown schemaVersion \(file.schemaVersion)") }
        scale = file.scale.isFinite && file.scale > 0 ? file.scale : 1
        width = file.width; height = file.height; truncated = file.truncated ?? false
        styleNames = file.styleNames; strings = file.strings; styles = file.styles; columns = file.elements
        try validate()
    }

    /// A snapshot built in memory (tests, benchmarks).
    public init(scale: Double = 1, width: Int, height: Int, truncated: Bool = false, styleNames: [String], strings: [String],
                styles: [[Int]], columns: Columns) throws {
        self.scale = scale; self.width = width; self.height = height; self.truncated = truncated
        self.styleNames = styleNames; self.strings = strings; self.styles = styles; self.columns = columns
        try validate()
    }

    private struct File: Decodable {
        var schemaVersion: Int
        var scale: Double
        var width: Int
        var height: Int
        var truncated: Bool?
        var styleNames: [String]
        var strings: [String]
        var styles: [[Int]]
        var elements: Columns
    }

    private func validate() throws {
        let n = count, c = columns
        func bad(_ why: String) -> LayoutError { LayoutError(path: nil, reason: why) }
        guard n <= Self.maxElements else { throw bad("\(n) elements, more than \(Self.maxElements)") }
        guard !strings.isEmpty, strings[0].isEmpty else { throw bad("string 0 must be the empty string") }
        for (name, column) in [("parent", c.parent), ("path", c.path), ("id", c.id), ("classes", c.classes), ("testId", c.testId),
                               ("role", c.role), ("name", c.name), ("text", c.text), ("src", c.src), ("style", c.style)]
        where column.count != n {
            throw bad("column \(name) has \(column.count) entries for \(n) elements")
        }
        guard c.box.count == 4 * n else { throw bad("box has \(c.box.count) numbers for \(n) elements") }
        let stringCount = strings.count
        for column in [c.path, c.tag, c.id, c.classes, c.testId, c.role, c.name, c.text, c.src] {
            for i in column where i < 0 || i >= stringCount { throw bad("string index \(i) out of range") }
        }
        for (i, p) in c.parent.enumerated() where p < -1 || p >= i { throw bad("element \(i) has parent \(p)") }
        for s in c.style where s < 0 || s >= styles.count { throw bad("style row \(s) out of range") }
        for row in styles {
            guard row.count == styleNames.count else { throw bad("a style row has \(row.count) values for \(styleNames.count) names") }
            for i in row where i < 0 || i >= stringCount { throw bad("string index \(i) out of range") }
        }
        for v in c.box where abs(v) > 1 << 30 { throw bad("box value \(v) out of range") }
    }

    @inline(__always) func box(_ i: Int) -> LayoutBox {
        LayoutBox(x: columns.box[4 * i], y: columns.box[4 * i + 1], width: columns.box[4 * i + 2], height: columns.box[4 * i + 3])
    }
}

/// A layout file that cannot be used; the comparison goes on without an explanation.
public struct LayoutError: SceneError, Equatable {
    public var path: String?
    public var reason: String
    public var location: String? { path }
    public var message: String { "layout snapshot unusable: \(reason)" }
}
