import Foundation
import SceneConfig
import SceneLocate
import SceneTestSupport
import Testing

/// Healing on the committed snapshots of the demo site pair: v1 locators against v2 pages.
@Suite struct HealingFixtureTests {
    struct Tally { var healed = 0, failed = 0, wrong = 0, goneRefused = 0, goneWrong = 0 }

    static func run(withPrevious: Bool, dir: URL = LocateFixtures.directory) throws -> (Tally, [String]) {
        var t = Tally()
        var log: [String] = []
        for c in try LocateFixtures.healCases() {
            let v1 = try LocateFixtures.page("v1", c.page, in: dir), v2 = try LocateFixtures.page("v2", c.page, in: dir)
            let previous = withPrevious ? v1.element(c.element) : nil
            let outcome = Healer().heal(kind: c.action, failed: c.locator, failedText: nil, snapshot: v2.snapshot, previous: previous)
            let intended = c.isGone ? nil : v2.expect[c.element]
            let picked = outcome.chosen?.element.index
            switch (intended, picked) {
            case (nil, nil): t.goneRefused += 1
            case (nil, .some): t.goneWrong += 1
            case let (i?, p?) where i == p: t.healed += 1
            case (.some, .some): t.wrong += 1
            case (.some, nil): t.failed += 1
            }
            log.append("\(c.element) intended=\(intended.map(String.init) ?? "gone") picked=\(picked.map(String.init) ?? "-") \(outcome.error ?? outcome.reason)")
        }
        return (t, log)
    }

    @Test func healsAtLeastNinetyPercentWithTheBaselineElement() throws {
        let (t, log) = try Self.run(withPrevious: true)
        print(log.joined(separator: "\n"))
        let broken = t.healed + t.failed + t.wrong
        #expect(broken >= 20)
        #expect(Double(t.healed) / Double(broken) >= 0.9, "healed \(t.healed) of \(broken)")
        #expect(t.wrong == 0)
        #expect(t.goneWrong == 0, "a gone element must never be replaced by another")
        #expect(t.goneRefused >= 5)
    }

    @Test func neverPicksAWrongElementFromTheLocatorAlone() throws {
        let (t, log) = try Self.run(withPrevious: false)
        print(log.joined(separator: "\n"))
        // Less to go on without the baseline element: fewer heal, none may be wrong.
        #expect(Double(t.healed) / Double(t.healed + t.failed + t.wrong) >= 0.75, "healed \(t.healed)")
        #expect(t.wrong == 0)
        #expect(t.goneWrong == 0)
    }
}
