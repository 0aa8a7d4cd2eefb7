import SceneLocator
import Foundation
import SceneConfig
import SceneLocate

/// The demo site pair (sample-runs/heal), its broken-locator cases and the committed snapshots.
enum Fixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let site = repoRoot.appendingPathComponent("sample-runs/heal")
    static let directory = repoRoot.appendingPathComponent("Tests/SceneLocateTests/Fixtures")

    /// A snapshot plus where the intended elements are (data-expect key -> index), found by the
    /// helper outside snapshot.js so the scorer never sees the key.
    struct Page: Decodable {
        var snapshot: Snapshot
        var expect: [String: Int]
        func element(_ key: String) -> Element? { expect[key].map { snapshot.elements[$0] } }
    }

    struct HealCase: Decodable {
        var page: String
        var action: StepKind
        var element: String
        var gone: Bool?
        var locator: Locator
        var isGone: Bool { gone ?? false }
    }

    static func page(_ version: String, _ name: String, in dir: URL = directory) throws -> Page {
        let file = dir.appendingPathComponent("\(version)-\(name.replacingOccurrences(of: ".html", with: "")).json")
        return try JSONDecoder().decode(Page.self, from: Data(contentsOf: file))
    }

    static func healCases() throws -> [HealCase] {
        struct File: Decodable { var heal: [HealCase] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: site.appendingPathComponent("cases.json"))).heal
    }
}

extension Fixtures {
    struct PlainCase: Decodable {
        var version: String
        var page: String
        var sentence: String
        var kind: StepKind
        var value: String?
        var element: String?
    }

    static func plainCases() throws -> [PlainCase] {
        struct File: Decodable { var steps: [PlainCase] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: site.appendingPathComponent("plain.json"))).steps
    }
}
