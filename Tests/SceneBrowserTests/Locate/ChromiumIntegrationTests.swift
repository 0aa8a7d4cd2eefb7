import Foundation
import SceneConfig
import SceneLocate
import SceneTestSupport
import Testing

/// End to end with real Chromium through Playwright: fresh snapshots of the demo pages
/// by assets/runner/snapshot.js, healing and plain-language steps resolved on them, and
/// every resulting locator run in Chromium to check it finds exactly the intended element.
@Suite(.serialized) struct ChromiumIntegrationTests {
    @Test func healedAndInterpretedLocatorsFindTheIntendedElementInChromium() throws {
        let live = FileManager.default.temporaryDirectory.appendingPathComponent("scene-snapshots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: live) }
        _ = try BrowserHelper.run(["snapshot", LocateFixtures.site.path, live.path])

        // The committed fixtures must be what snapshot.js produces today.
        for version in ["v1", "v2"] {
            for page in ["login.html", "shop.html", "checkout.html"] {
                let fresh = try LocateFixtures.page(version, page, in: live), committed = try LocateFixtures.page(version, page)
                let shape = { (p: LocateFixtures.Page) in p.snapshot.elements.map { "\($0.tag) \($0.role ?? "-") \($0.name ?? "-") \($0.xpath ?? "-") \($0.frame ?? "-")" } }
                #expect(shape(fresh) == shape(committed), "Fixtures/\(version)-\(page) is stale: rerun browser_helper.py snapshot")
                #expect(fresh.expect == committed.expect)
                #expect(fresh.snapshot.elements.allSatisfy { $0.type != "password" || $0.value == nil }, "no password value may leave the page")
            }
        }

        var checks: [BrowserHelper.Check] = []
        var intended: [String: String] = [:]
        var healed = 0, broken = 0, goneRefused = 0, goneWrong = 0, healedAlone = 0
        var replaced: [String] = []
        for (i, c) in try LocateFixtures.healCases().enumerated() {
            let v1 = try LocateFixtures.page("v1", c.page, in: live), v2 = try LocateFixtures.page("v2", c.page, in: live)
            checks.append(.init(id: "v1-\(i)", version: "v1", page: c.page, locator: c.locator))
            checks.append(.init(id: "v2-\(i)", version: "v2", page: c.page, locator: c.locator))
            let outcome = Healer().heal(kind: c.action, failed: c.locator, failedText: nil, snapshot: v2.snapshot, previous: v1.element(c.element))
            if c.isGone {
                let alone = Healer().heal(kind: c.action, failed: c.locator, failedText: nil, snapshot: v2.snapshot, previous: nil)
                if outcome.ok || alone.ok {
                    goneWrong += 1
                    replaced.append("\(c.locator.javaScript) -> \((outcome.ok ? outcome : alone).reason)")
                } else { goneRefused += 1 }
                continue
            }
            broken += 1
            if let locator = outcome.locator, outcome.chosen?.element.index == v2.expect[c.element] {
                healed += 1
                checks.append(.init(id: "healed-\(i)", version: "v2", page: c.page, locator: locator))
                intended["healed-\(i)"] = c.element
            }
            // As the runner heals when no baseline element was recorded: from the locator alone.
            let alone = Healer().heal(kind: c.action, failed: c.locator, failedText: nil, snapshot: v2.snapshot, previous: nil)
            if let locator = alone.locator {
                checks.append(.init(id: "alone-\(i)", version: "v2", page: c.page, locator: locator))
                intended["alone-\(i)"] = c.element
                healedAlone += 1
            }
        }
        var plainResolved = 0
        for (i, c) in try LocateFixtures.plainCases().enumerated() {
            guard let key = c.element else { continue }
            let page = try LocateFixtures.page(c.version, c.page, in: live)
            let outcome = Interpreter().interpret(c.sentence, snapshot: page.snapshot)
            guard outcome.element?.index == page.expect[key] else { continue }
            plainResolved += 1
            if let locator = outcome.step?.locator {
                checks.append(.init(id: "plain-\(i)", version: c.version, page: c.page, locator: locator))
                intended["plain-\(i)"] = key
            }
        }
        #expect(broken >= 20 && Double(healed) / Double(broken) >= 0.9, "healed \(healed) of \(broken) on live snapshots")
        #expect(goneWrong == 0 && goneRefused >= 5, "removed elements replaced: \(replaced)")
        #expect(plainResolved >= 40, "plain-language steps resolved: \(plainResolved)")

        let results = try BrowserHelper.verify(checks)
        #expect(results.count == checks.count)
        for (i, c) in try LocateFixtures.healCases().enumerated() {
            // Each case is real: its locator works on v1 and is broken on v2.
            let v1 = try #require(results["v1-\(i)"]), v2 = try #require(results["v2-\(i)"])
            #expect(v1.count == 1 && v1.found == c.element, "\(c.locator) must find \(c.element) in v1")
            #expect(!(v2.count == 1 && v2.found == c.element), "\(c.locator) must be broken in v2")
        }
        for (id, key) in intended {
            let r = try #require(results[id])
            #expect(r.count == 1 && r.found == key, "\(id): Chromium found \(r.count) element(s), first \(r.found ?? "none"), wanted \(key)")
        }
        print("chromium: healed \(healed)/\(broken) (locator alone: \(healedAlone)), gone refused \(goneRefused), plain resolved \(plainResolved), locators verified \(intended.count)")
    }
}
