public import Foundation
public import SceneConfig
public import SceneLocate
public import SceneLocator

/// The demo site pair (sample-runs/heal), its broken-locator cases and the committed snapshots.
public enum LocateFixtures {
    public static let repoRoot = repositoryRoot
    public static let site = repoRoot.appendingPathComponent("sample-runs/heal")
    public static let directory = repoRoot.appendingPathComponent("Tests/SceneLocateTests/Fixtures")

    /// A snapshot plus where the intended elements are (data-expect key -> index), found by the
    /// helper outside snapshot.js so the scorer never sees the key.
    public struct Page: Decodable {
        public var snapshot: Snapshot
        public var expect: [String: Int]
        public func element(_ key: String) -> Element? { expect[key].map { snapshot.elements[$0] } }
    }

    public struct HealCase: Decodable {
        public var page: String
        public var action: StepKind
        public var element: String
        public var gone: Bool?
        public var locator: Locator
        public var isGone: Bool { gone ?? false }
    }

    public static func page(_ version: String, _ name: String, in dir: URL = directory) throws -> Page {
        let file = dir.appendingPathComponent("\(version)-\(name.replacingOccurrences(of: ".html", with: "")).json")
        return try JSONDecoder().decode(Page.self, from: Data(contentsOf: file))
    }

    public static func healCases() throws -> [HealCase] {
        struct File: Decodable { var heal: [HealCase] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: site.appendingPathComponent("cases.json"))).heal
    }
}

extension LocateFixtures {
    public struct PlainCase: Decodable {
        public var version: String
        public var page: String
        public var sentence: String
        public var kind: StepKind
        public var value: String?
        public var element: String?
    }

    public static func plainCases() throws -> [PlainCase] {
        struct File: Decodable { var steps: [PlainCase] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: site.appendingPathComponent("plain.json"))).steps
    }
}
