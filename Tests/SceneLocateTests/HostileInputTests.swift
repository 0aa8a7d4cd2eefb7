import SceneLocator
import Foundation
import SceneConfig
@testable import SceneLocate
import SceneTestSupport
import Testing

/// Bad input gives an answer or a clear error, never a crash or a hang.
@Suite struct HostileInputTests {
    @Test func garbageSentencesAndLocatorsAreRefusedCleanly() throws {
        let shop = try LocateFixtures.page("v1", "shop.html").snapshot
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("abc '\"“”,.:#{}[]()\\/\u{1}\u{0}é🛒 into from the second button")
        for _ in 0..<80 {
            let s = String((0..<Int.random(in: 0...60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            let outcome = Interpreter().interpret(s, snapshot: shop)
            #expect(outcome.ok || outcome.error != nil)
            _ = Locator(code: s)
            _ = SelectorHints.css(s)
            _ = SelectorHints.xpath(s)
            _ = Healer().heal(kind: .click, failed: nil, failedText: s, snapshot: shop, previous: nil)
        }
        let long = String(repeating: "Click the button ", count: 100)
        #expect(Interpreter().interpret(long, snapshot: shop).error?.contains("too long") == true)
    }

    @Test func hugeAndEmptySnapshotsStayBounded() {
        let deep = Element(index: 0, tag: "button", role: "button", name: String(repeating: "x", count: 100_000),
                           ancestors: Array(repeating: "div", count: 20_000))
        let snapshot = Snapshot(elements: [deep, Element(index: 1, tag: "a")])
        let start = ContinuousClock.now
        let outcome = Healer().heal(kind: .click, failed: Locator(selector: "#go"), failedText: nil, snapshot: snapshot, previous: deep)
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(outcome.ok || outcome.error != nil)
        let empty = Healer().heal(kind: .fill, failed: Locator(selector: "#go"), failedText: nil, snapshot: Snapshot(elements: []), previous: nil)
        #expect(empty.error?.contains("no element on the page can take 'fill'") == true)
        let nothing = Healer().heal(kind: .click, failed: nil, failedText: nil, snapshot: snapshot, previous: nil)
        #expect(nothing.error?.contains("says nothing") == true)
    }

    @Test func truncatedRequestJSONIsADecodingErrorNotACrash() throws {
        let v2 = try LocateFixtures.page("v2", "login.html")
        let data = try JSONEncoder().encode(ResolveRequest(requestId: 1, mode: .heal, step: Step(kind: .click, locator: Locator(selector: "#x")),
                                                           snapshot: v2.snapshot))
        for cut in stride(from: 0, to: data.count, by: max(1, data.count / 50)) {
            #expect(throws: (any Error).self) { try JSONDecoder().decode(ResolveRequest.self, from: data.prefix(cut)) }
        }
    }
}
