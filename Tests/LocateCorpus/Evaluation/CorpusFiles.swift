public import Foundation
public import SceneConfig
public import SceneLocate
public import SceneLocator
import SceneTestSupport

/// The locate corpus on disk (Tests/LocateCorpus, see its README): snapshots taken by
/// snapshot.js in Chromium, healing cases probed in Chromium, hand-written plain steps.
public struct Corpus: Sendable {
    public var sites: [Site]

    /// One site: its page snapshots by "<version>-<page>", its healing cases and plain steps.
    public struct Site: Sendable {
        public var name: String
        /// Kept out of tuning: reported on its own.
        public var heldOut: Bool
        public var pages: [String: Page]
        public var healCases: [HealCase]
        public var plainSteps: [PlainStep]

        public func page(_ version: String, _ file: String) -> Page? {
            pages["\(version)-\(file.replacingOccurrences(of: ".html", with: ""))"]
        }
    }

    /// A snapshot and where the marked elements are in it (marker -> snapshot index).
    public struct Page: Sendable, Decodable {
        public var snapshot: Snapshot
        public var expect: [String: Int]
        public init(snapshot: Snapshot, expect: [String: Int]) { self.snapshot = snapshot; self.expect = expect }
    }

    /// A locator that found its element on version `from`, run on version `to`.
    public struct HealCase: Sendable, Decodable {
        public var id: String
        public var page: String
        public var from: String
        public var to: String
        /// The marker of the element the locator was written for.
        public var key: String
        public var action: StepKind
        /// How the locator was written: testId, id, role, roleNth, label, placeholder, text, nameAttr, xpath, cssPath.
        public var strategy: String
        public var locator: Locator
        public var now: Probe
        /// The marker of the element meant on `to`; nil when that version removed it.
        public var intended: String?
    }

    /// What the locator finds on the newer version, in Chromium.
    public struct Probe: Sendable, Decodable {
        public var count: Int
        /// The marker of the only match (nil: several, none, or an unmarked element).
        public var found: String?
        public var visible: Bool
        /// Snapshot index of the only match, when it is in the snapshot.
        public var index: Int?
        /// The only match as snapshot.js describes it (what the runner sees before acting).
        public var element: Element?
    }

    /// A plain-language step with what it must do, or `refuse` ("ambiguous" / "absent").
    public struct PlainStep: Sendable, Decodable {
        public var version: String
        public var page: String
        public var sentence: String
        public var kinds: [StepKind]
        public var value: String?
        public var element: String?
        public var refuse: String?

        enum CodingKeys: String, CodingKey { case version, page, sentence, kind, value, element, refuse }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            version = try c.decode(String.self, forKey: .version)
            page = try c.decode(String.self, forKey: .page)
            sentence = try c.decode(String.self, forKey: .sentence)
            value = try c.decodeIfPresent(String.self, forKey: .value)
            element = try c.decodeIfPresent(String.self, forKey: .element)
            refuse = try c.decodeIfPresent(String.self, forKey: .refuse)
            if let one = try? c.decode(StepKind.self, forKey: .kind) { kinds = [one] }
            else { kinds = try c.decodeIfPresent([StepKind].self, forKey: .kind) ?? [] }
        }
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The corpus in this source tree.
    public static let defaultDirectory = repositoryRoot.appendingPathComponent("Tests/LocateCorpus")

    /// Reads corpus.json, then every site's snapshots, healing cases and plain steps.
    public static func load(from directory: URL = defaultDirectory) throws -> Corpus {
        struct Manifest: Decodable { struct Entry: Decodable { var name: String; var heldOut: Bool }; var sites: [Entry] }
        func read<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
            do { return try JSONDecoder().decode(type, from: Data(contentsOf: url)) }
            catch { throw LoadError(description: "\(url.path): \(error)") }
        }
        struct HealFile: Decodable { var cases: [HealCase] }
        struct PlainFile: Decodable { var steps: [PlainStep] }
        let manifest = try read(Manifest.self, directory.appendingPathComponent("corpus.json"))
        var sites: [Site] = []
        for entry in manifest.sites {
            let folder = directory.appendingPathComponent("snapshots").appendingPathComponent(entry.name)
            var pages: [String: Page] = [:]
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
            for file in files {
                pages[String(file.dropLast(5))] = try read(Page.self, folder.appendingPathComponent(file))
            }
            let heal = try read(HealFile.self, directory.appendingPathComponent("heal/\(entry.name).json")).cases
            let plain = try read(PlainFile.self, directory.appendingPathComponent("plain/\(entry.name).json")).steps
            let site = Site(name: entry.name, heldOut: entry.heldOut, pages: pages, healCases: heal, plainSteps: plain)
            let missing = heal.flatMap { [($0.from, $0.page), ($0.to, $0.page)] } + plain.map { ($0.version, $0.page) }
            if let (version, page) = missing.first(where: { site.page($0.0, $0.1) == nil }) {
                throw LoadError(description: "\(entry.name): no snapshot of \(version)/\(page); rerun build.py snapshots")
            }
            sites.append(site)
        }
        return Corpus(sites: sites)
    }
}
