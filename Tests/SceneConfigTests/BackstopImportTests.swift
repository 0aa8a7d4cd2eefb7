import SceneLocator
import Foundation
import Testing
@testable import SceneConfig

/// `scene import backstop`: the converted YAML must load through ConfigLoader with the
/// same meaning, and everything left out must be said.
@Suite struct BackstopImportTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/scale/backstop.json")

    func load(_ yaml: String) throws -> Config {
        let (config, diagnostics) = ConfigLoader.validate(data: Data(yaml.utf8), file: "scene.yml")
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(config)
    }

    @Test func aFullBackstopConfigConvertsIntoAValidSceneConfig() throws {
        let result = try BackstopImport.convert(json: Data(contentsOf: Self.fixture))
        let config = try load(result.yaml)
        #expect(config.project.name == "shop_visual")
        #expect(config.viewports.map { "\($0.name) \($0.width)x\($0.height)" } == ["phone 320x480", "tablet-landscape 1024x768"])
        #expect(config.pages.map(\.id) == ["backstopjs-homepage", "backstopjs-homepage-2", "yes"])

        let home = config.pages[0]
        #expect(home.url == "https://garris.github.io/BackstopJS/")
        #expect(home.referenceURL == "https://staging.example.com/BackstopJS/")
        #expect(home.hide == [".ad", "#clock"])
        #expect(home.remove == ["#cookie-banner"])
        #expect(home.readySelector == "#main")
        #expect(home.waitMs == 500)
        #expect(home.fullPage)
        #expect(home.tasks == ["backstopjs-homepage"])
        #expect(config.pages[1].fullPage == false, "selectors: [viewport] captures the viewport only")

        let steps = try #require(config.tasks.first { $0.id == "backstopjs-homepage" }).steps
        #expect(steps.map(\.kind) == [.type, .hover, .click, .click, .wait, .scroll])
        #expect(steps[0].locator == Locator.css("#search") && steps[0].value == "shoes")
        #expect(steps[1].locator == Locator.css(".nav-item"))
        #expect(steps[2].locator == Locator.css("#open-menu") && steps[3].locator == Locator.css("button.primary"))
        #expect(steps[4].wait == .timeout(ms: 250))
        #expect(steps[5].locator == Locator.css("footer"))
        #expect(try #require(config.tasks.first { $0.id == "yes" }).steps.first?.wait == .selector(".loaded"))

        // Two thresholds -> two batches, each with its pages; asyncCaptureLimit -> concurrency.
        #expect(config.batches.map(\.id) == ["backstop-0.1", "backstop-2.5"])
        #expect(config.batches[0].pages == ["backstopjs-homepage", "yes"])
        #expect(config.batches[0].thresholds.minor == 0.1 && config.batches[0].thresholds.failOn == .minor)
        #expect(config.batches[1].thresholds.minor == 2.5 && config.batches[1].thresholds.major == 2.5)
        #expect(config.batches.allSatisfy { $0.concurrency == 5 })
        let plan = try Planner.plan(config, batch: "backstop-0.1", environment: [:])
        #expect(plan.executions.count == 4)
    }

    @Test func everythingLeftOutIsListedInTheResultAndTheFile() throws {
        let result = try BackstopImport.convert(json: Data(contentsOf: Self.fixture))
        let expected = ["viewports[2]", "cookiePath", "readyEvent" /* empty: not listed */, "selectors .price-table",
                        "requireSameDimensions false", "its own viewports", "scenarios[2]: no url", "onReadyScript: scripts",
                        "engine:", "engineOptions", "paths", "onBeforeScript", "asyncCompareLimit"]
        for needle in expected where needle != "readyEvent" {
            #expect(result.notConverted.contains { $0.contains(needle) }, "missing note about \(needle)")
            #expect(result.yaml.contains(needle), "the file's header lacks \(needle)")
        }
        #expect(!result.notConverted.contains { $0.contains("readyEvent") || $0.contains("debug") }, "empty or false settings need no note")
        #expect(!result.yaml.contains("click: \"\""), "an empty clickSelector is no step")
    }

    @Test func selectorsThatLookLikeYAMLStayStrings() throws {
        let json = ##"{"scenarios":[{"label":"x","url":"https://e.x/","readySelector":"null","##
            + ##""hideSelectors":["#a",".b","[data-x]","*","yes","1.5","a: b","&c","!d","- e","~"]}]}"##
        let config = try load(try BackstopImport.convert(json: Data(json.utf8)).yaml)
        #expect(config.pages[0].hide == ["#a", ".b", "[data-x]", "*", "yes", "1.5", "a: b", "&c", "!d", "- e", "~"])
        #expect(config.pages[0].readySelector == "null")
        #expect(config.viewports == [.desktop], "no viewports: Scene's default")
    }

    @Test(arguments: [
        ("not json", "is not valid JSON"), ("[1, 2]", "top level must be an object"), ("{}", "no scenarios"),
        (#"{"scenarios": [{"label": "a"}, 5]}"#, "no scenario could be converted"),
    ])
    func badInputIsAClearError(json: String, message: String) {
        #expect { try BackstopImport.convert(json: Data(json.utf8)) } throws: { "\($0)".contains(message) }
    }
}
