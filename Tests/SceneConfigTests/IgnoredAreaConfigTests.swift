import Foundation
import Testing
@testable import SceneConfig

/// `ignore`: selectors and boxes with their tolerance, and located errors for what cannot be one.
@Suite struct IgnoredAreaConfigTests {
    @Test func selectorsAndBoxesWithTolerances() throws {
        let (config, diagnostics) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1:8000"}
        pages:
          - id: home
            url: /
            ignore:
              - .ad-slot
              - {selector: "#carousel", maxDiffPixels: 200}
              - box: {x: 0, y: 10.5, width: 300, height: 50}
                maxDiffRatio: 0.05
          - id: about
            url: /about
            ignore: .clock
        """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let pages = try #require(config).pages
        #expect(pages[0].ignore == [IgnoredArea(selector: ".ad-slot"), IgnoredArea(selector: "#carousel", maxDiffPixels: 200),
                                    IgnoredArea(box: PageBox(x: 0, y: 10.5, width: 300, height: 50), maxDiffRatio: 0.05)])
        #expect(pages[0].ignore?[2].label == "box 0,10.5 300×50")
        #expect(pages[1].ignore == [IgnoredArea(selector: ".clock")])
    }

    @Test func anAreaNeedsOneOfSelectorAndBoxAndAToleranceInRange() {
        let (_, diagnostics) = validate("""
        project: {name: demo, baseURL: "http://127.0.0.1:8000"}
        pages:
          - id: home
            url: /
            ignore:
              - {maxDiffPixels: 3}
              - {selector: .a, box: {x: 0, y: 0, width: 1, height: 1}}
              - {selector: .b, maxDiffRatio: 2}
              - {box: {x: 0, y: 0, width: 0, height: 5}}
              - {selector: .c, maxDiffPixel: 4}
        """)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.message.contains("exactly one of 'selector' and 'box'") && $0.line == 6 }, "\(errors)")
        #expect(errors.contains { $0.message.contains("exactly one of 'selector' and 'box'") && $0.line == 7 }, "\(errors)")
        #expect(errors.contains { $0.keyPath == "pages[0].ignore[2].maxDiffRatio" && $0.line == 8 }, "\(errors)")
        #expect(errors.contains { $0.keyPath == "pages[0].ignore[3].box.width" && $0.line == 9 }, "\(errors)")
        #expect(errors.contains { $0.message.contains("unknown key 'maxDiffPixel'") && $0.hint == "did you mean 'maxDiffPixels'?" }, "\(errors)")
    }
}
