import Foundation
import SceneConfig
import SceneLocate
import SceneTestSupport
import Testing

/// Plain-language steps over the committed snapshots of the demo pages.
@Suite struct PlainFixtureTests {
    @Test func everyStepResolvesToTheIntendedElement() throws {
        var resolved = 0, withElement = 0
        var failures: [String] = []
        for c in try LocateFixtures.plainCases() {
            let page = try LocateFixtures.page(c.version, c.page)
            let outcome = Interpreter().interpret(c.sentence, snapshot: page.snapshot)
            guard let step = outcome.step else { failures.append("\(c.sentence): \(outcome.error ?? "")"); continue }
            var ok = step.kind == c.kind
            if let v = c.value, step.kind != .scroll { ok = ok && step.value == v }
            if let key = c.element {
                withElement += 1
                let intended = try #require(page.expect[key], "fixture has no element \(key)")
                ok = ok && outcome.element?.index == intended
            }
            if ok { resolved += 1 } else {
                failures.append("\(c.sentence): got \(step.kind.rawValue) element \(outcome.element?.index ?? -1) value \(step.value ?? "-") — \(outcome.reason)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(withElement >= 40)
        #expect(resolved >= 50)
    }
}
